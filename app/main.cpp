#include "benchcommand.h"
#include "computecommand.h"
#include "document.h"
#include "exportcommand.h"
#include "fuzzcommand.h"
#include "mainwindow.h"
#include "widgets/model/session.h"
#include "translations.h"
#include "entropylab_version.h"

#include "core/commandline.h"

#include <QApplication>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

namespace {

// A subcommand: its options (name, summary, usage text) and what runs it.
struct Subcommand
{
    const core::CommandSpec &(*spec)();
    int (*run)(const core::CommandLine &options); // throws core::UsageError for bad input
    bool needsWidgets; // runs in a QApplication, offscreen unless the caller chose a platform
};

// Every subcommand, in the order `entropylab --help` lists them.
constexpr Subcommand kSubcommands[] = {
    {app::computeCommand, app::runCompute, false},
    {app::exportCommand, app::runExport, true},
    {app::benchCommand, app::runBench, true},
    {app::fuzzCommand, app::runFuzz, true},
};

// `entropylab --help`: the window and every subcommand, with its summary.
std::string usageText()
{
    std::vector<std::pair<std::string, std::string>> rows {{"entropylab [Qt options]", "open the lesson window"}};
    for (const Subcommand &command : kSubcommands)
        rows.emplace_back(core::briefSynopsis(command.spec()), command.spec().summary);
    rows.emplace_back("entropylab COMMAND --help", "the options of a command");
    rows.emplace_back("entropylab --help | --version", "this text, or the version");
    std::size_t width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    std::string text;
    for (const auto &[synopsis, summary] : rows)
        text += (text.empty() ? "Usage: " : "       ") + synopsis + std::string(width + 3 - synopsis.size(), ' ')
            + summary + '\n';
    return text
        + "\nEntropyLab teaches the information theory behind the cross-entropy loss: the information of an\n"
          "event, entropy, KL divergence, cross entropy and the loss of logistic regression.\n";
}

bool hasDisplay()
{
    const auto set = [](const char *name) {
        const char *value = std::getenv(name);
        return value && *value;
    };
    return set("QT_QPA_PLATFORM") || set("DISPLAY") || set("WAYLAND_DISPLAY");
}

void describeApplication()
{
    QApplication::setApplicationName(QStringLiteral("EntropyLab"));
    QApplication::setApplicationVersion(QStringLiteral(ENTROPYLAB_VERSION));
    QApplication::setOrganizationName(QStringLiteral("EntropyLab"));
    // Matches the installed desktop entry, so a Wayland desktop shows its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.entropylab.EntropyLab"));
}

// Benchmark, export and fuzz need widgets but no screen: offscreen unless the caller chose a platform.
template<typename Command>
int runHeadless(int argc, char *argv[], Command &&command)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!std::getenv("XDG_RUNTIME_DIR")) {
        // A private runtime folder where the session has none (CI, ssh): Qt would warn, then make it.
        const std::string runtime = "/tmp/runtime-" + std::to_string(getuid());
        if (mkdir(runtime.c_str(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", runtime.c_str());
    }
    // The offscreen platform says this of every window given a minimum size; it means nothing here.
    static const QtMessageHandler standard = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (message != QLatin1String("This plugin does not support propagateSizeHints()"))
            standard(type, context, message);
    });
    QApplication application(argc, argv);
    describeApplication();
    app::installTranslations(application, app::effectiveLanguage()); // figures speak the user's language
    return command();
}

// ENTROPYLAB_STARTUP_PROBE=<launch time, ns since the epoch>: prints the milliseconds from then to
// the end of the window's first paint ("startup_ms N") and exits there. For measuring start-up only.
void probeStartup(QWidget *window)
{
    const qint64 launched = qEnvironmentVariable("ENTROPYLAB_STARTUP_PROBE").toLongLong();
    if (launched <= 0)
        return;
    struct FirstPaint : QObject
    {
        qint64 launched;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                // Queued: runs when this paint and its flush to the screen are done.
                QTimer::singleShot(0, qApp, [launched = launched] {
                    const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                           std::chrono::system_clock::now().time_since_epoch())
                                           .count();
                    std::cout << "startup_ms " << double(now - launched) / 1e6 << std::endl;
                    std::_Exit(0); // at once: nothing queued after the frame runs, or counts
                });
                deleteLater();
            }
            return false;
        }
    };
    auto *probe = new FirstPaint;
    probe->launched = launched;
    window->installEventFilter(probe);
}

// The lesson window in `language`, with the last session, or with `session` when a window is
// rebuilt in another language (Preferences) and hands its session over.
app::MainWindow *openWindow(const QString &language, const std::optional<widgets::Session> &session)
{
    auto *window = new app::MainWindow(language);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->document()->restoreLastSession();
    if (session)
        window->document()->applySession(*session);
    QObject::connect(window, &app::MainWindow::languageChangeRequested, window, [window](const QString &next) {
        app::installTranslations(*qApp, next);
        const widgets::Session kept = window->document()->session();
        app::MainWindow *fresh = openWindow(next, kept);
        fresh->setGeometry(window->geometry());
        window->document()->autosave();
        window->deleteLater(); // not close(): that would save the old window's state over the new one's
    });
    window->resize(window->sizeHint());
    probeStartup(window);
    window->show();
    return window;
}

int runWindow(int argc, char *argv[])
{
    if (!hasDisplay()) {
        std::cerr << "entropylab: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                     "  Run it on a desktop, or under a virtual display: xvfb-run -a entropylab\n"
                     "  Without any display, 'entropylab compute --p 0.3 --q 0.6' prints the numbers.\n";
        return 1;
    }
    QApplication application(argc, argv);
    describeApplication();
    app::installTranslations(application, app::effectiveLanguage());
    openWindow(app::effectiveLanguage(), std::nullopt);
    return QApplication::exec();
}

// Reads the subcommand's options and runs it; bad input is one line on stderr and exit code 2.
int runSubcommand(const Subcommand &command, char *argv[], const std::vector<std::string> &args)
{
    const core::CommandSpec &spec = command.spec();
    try {
        const core::CommandLine options = core::parseCommandLine(spec, args);
        if (options.wantsHelp()) {
            std::cout << core::usageText(spec);
            return 0;
        }
        if (!command.needsWidgets)
            return command.run(options);
        // Qt must not see the subcommand's own options; it only gets the program name.
        int qtArgc = 1;
        return runHeadless(qtArgc, argv, [&] { return command.run(options); });
    } catch (const core::UsageError &e) {
        std::cerr << "entropylab " << spec.name << ": " << e.what() << '\n';
        return 2;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty()) {
        const std::string &command = args.front();
        if (command == "--help" || command == "-h") {
            std::cout << usageText();
            return 0;
        }
        if (command == "--version" || command == "-v") {
            std::cout << "entropylab " << ENTROPYLAB_VERSION << '\n';
            return 0;
        }
        for (const Subcommand &subcommand : kSubcommands) {
            if (subcommand.spec().name == command)
                return runSubcommand(subcommand, argv, {args.begin() + 1, args.end()});
        }
        if (command.front() != '-') {
            std::cerr << "entropylab: unknown command \"" << command << "\" (see entropylab --help)\n";
            return 2;
        }
    }
    return runWindow(argc, argv);
}
