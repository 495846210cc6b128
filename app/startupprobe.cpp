#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <stdexcept>

namespace app::startup {

namespace {

qint64 nanoseconds(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return static_cast<qint64>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

qint64 monotonicNanoseconds()
{
    return nanoseconds(CLOCK_MONOTONIC);
}

struct Probe
{
    qint64 launch = 0;
    QSize size;
};

// The probe in this process's environment, read once.
const std::optional<Probe> &probe()
{
    static const std::optional<Probe> given = []() -> std::optional<Probe> {
        const QList<QByteArray> parts = qgetenv(kProbeVariable).split(',');
        if (parts.size() != 2)
            return std::nullopt;
        const QList<QByteArray> size = parts[1].split('x');
        bool launchOk = false, widthOk = false, heightOk = false;
        Probe read {parts[0].toLongLong(&launchOk), QSize(size.value(0).toInt(&widthOk), size.value(1).toInt(&heightOk))};
        if (!launchOk || !widthOk || !heightOk || size.size() != 2 || read.size.isEmpty())
            return std::nullopt;
        return read;
    }();
    return given;
}

// Watches the window's paint events; after the first has been handled, reports.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs once the paint of the whole window and its flush have returned.
            QMetaObject::invokeMethod(this, &FirstPaint::report, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        QGuiApplication::sync(); // an X server has drawn what it was sent
        const double ms = static_cast<double>(monotonicNanoseconds() - probe()->launch) / 1e6;
        const double cpuMs = static_cast<double>(nanoseconds(CLOCK_PROCESS_CPUTIME_ID)) / 1e6;
        std::printf("startup_ms %.3f cpu_ms %.3f\n", ms, cpuMs);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    bool m_seen = false;
};

// The launch's milliseconds from the child's report ("startup_ms 123.4 cpu_ms 98.7"), or nothing.
std::optional<Launch> reported(const QByteArray &out)
{
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() == 4 && words[0] == "startup_ms" && words[2] == "cpu_ms") {
            bool wallOk = false, cpuOk = false;
            const Launch launch {words[1].toDouble(&wallOk), words[3].toDouble(&cpuOk)};
            if (wallOk && cpuOk && launch.ms > 0.0 && launch.cpuMs > 0.0)
                return launch;
        }
    }
    return std::nullopt;
}

Launch launchOnce(QSize size, const QString &platform)
{
    constexpr int kLaunchTimeoutMs = 60'000;
    QTemporaryDir home; // settings and the last session: none, as on a first start
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    const qint64 launch = monotonicNanoseconds();
    environment.insert(QString::fromLatin1(kProbeVariable),
                       QStringLiteral("%1,%2x%3").arg(launch).arg(size.width()).arg(size.height()));
    child.setProcessEnvironment(environment);
    child.start();
    const bool finished = child.waitForFinished(kLaunchTimeoutMs);
    if (!finished)
        child.kill();
    const std::optional<Launch> launched = reported(child.readAllStandardOutput());
    if (!finished || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || !launched) {
        const QByteArray said = child.readAllStandardError().trimmed().right(400);
        throw std::runtime_error("the launched window did not report its first paint"
                                 + std::string(said.isEmpty() ? "" : ": " + said.toStdString()));
    }
    return *launched;
}

} // namespace

std::optional<QSize> probedSize()
{
    return probe() ? std::optional(probe()->size) : std::nullopt;
}

void reportFirstPaint(QWidget *window)
{
    if (probe())
        new FirstPaint(window);
}

std::vector<Launch> measureStartup(int runs, QSize size, const QString &platform)
{
    launchOnce(size, platform); // fills the disk cache: the program and its libraries
    std::vector<Launch> launches;
    for (int run = 0; run < runs; ++run)
        launches.push_back(launchOnce(size, platform));
    return launches;
}

} // namespace app::startup
