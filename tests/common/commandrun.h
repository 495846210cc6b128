#pragma once

// Runs the entropylab executable (ENTROPYLAB_EXECUTABLE, defined by the suite's CMake target) as a
// user's shell would, for the suites that test its commands. Header-only.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace testsupport {

// What a finished run left: its exit code (-1 when it crashed or did not finish), stdout, stderr.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `entropylab arguments...` in `environment`, waited for up to `timeoutMs`.
inline Run entropylab(const QStringList &arguments,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                      int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ENTROPYLAB_EXECUTABLE), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace testsupport
