#include "benchcommand.h"
#include "computecommand.h"
#include "exportcommand.h"
#include "fuzzcommand.h"
#include "mainwindow.h"
#include "widgets/model/session.h"
#include "translations.h"

#include <QApplication>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const char *const kUsage
    = "Usage: entropylab [Qt options]          open the lesson window\n"
      "       entropylab compute --p P [...]   print entropy, cross entropy, KL and losses\n"
      "       entropylab export --panel NAME --out PATH [...]   write a figure (PNG, SVG, PDF, TeX)\n"
      "       entropylab bench [--updates N]   time recompute and replot of the window\n"
      "       entropylab fuzz [--events N] [--seed S]   send random user events, check invariants\n"
      "       entropylab --help | --version\n"
      "\n"
      "EntropyLab teaches the information theory behind the cross-entropy loss: the information\n"
      "of an event, entropy, KL divergence, cross entropy and the loss of logistic regression.\n"
      "Run 'entropylab compute --help' for the command line calculator.\n";

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

// Benchmark and export need widgets but no screen: offscreen unless the caller chose a platform.
template<typename Command>
int runHeadless(int argc, char *argv[], const std::vector<std::string> &args, Command &&command)
{
    if (std::find(args.begin(), args.end(), "--help") != args.end())
        return command(); // usage text only: no Qt needed
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

// The lesson window in `language`, with the last session, or with `session` when a window is
// rebuilt in another language (Preferences) and hands its session over.
app::MainWindow *openWindow(const QString &language, const std::optional<widgets::Session> &session)
{
    auto *window = new app::MainWindow(language);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->restoreLastSession();
    if (session)
        window->applySession(*session);
    QObject::connect(window, &app::MainWindow::languageChangeRequested, window, [window](const QString &next) {
        app::installTranslations(*qApp, next);
        const widgets::Session kept = window->session();
        app::MainWindow *fresh = openWindow(next, kept);
        fresh->setGeometry(window->geometry());
        window->autosave();
        window->deleteLater(); // not close(): that would save the old window's state over the new one's
    });
    window->resize(window->sizeHint());
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

} // namespace

int main(int argc, char *argv[])
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty()) {
        const std::string &command = args.front();
        if (command == "--help" || command == "-h") {
            std::cout << kUsage;
            return 0;
        }
        if (command == "--version" || command == "-v") {
            std::cout << "entropylab " << ENTROPYLAB_VERSION << '\n';
            return 0;
        }
        if (command == "compute")
            return app::runCompute({args.begin() + 1, args.end()}, std::cout, std::cerr);
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        // Qt must not see the subcommand's own options; it only gets the program name.
        int qtArgc = 1;
        if (command == "bench")
            return runHeadless(qtArgc, argv, rest, [&] { return app::runBench(rest); });
        if (command == "fuzz")
            return runHeadless(qtArgc, argv, rest, [&] { return app::runFuzz(rest); });
        if (command == "export")
            return runHeadless(qtArgc, argv, rest, [&] { return app::runExport(rest, std::cout, std::cerr); });
        if (command.front() != '-') {
            std::cerr << "entropylab: unknown command \"" << command << "\" (see entropylab --help)\n";
            return 2;
        }
    }
    return runWindow(argc, argv);
}
