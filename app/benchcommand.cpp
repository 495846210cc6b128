#include "benchcommand.h"

#include "benchdriver.h"
#include "core/commandline.h"
#include "core/distribution.h"
#include "core/numberparse.h"
#include "core/preset.h"
#include "document.h"
#include "mainwindow.h"
#include "startupprobe.h"
#include "widgets/model/lessonstate.h"
#include "widgets/panelcatalog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScreen>
#include <QSize>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <optional>
#include <sstream>

namespace app {

namespace {

struct BenchOptions
{
    int updates = 2000;
    int outcomes = 2;
    std::vector<const BenchInput *> inputs; // the first is the one the top-level keys describe
    int movesPerFrame = 1;
    QSize size {1920, 1080};
    std::string platform = "offscreen";
    bool startup = false;
    int runs = 5;
    bool json = false;
    bool exportFigures = false;
};

constexpr int kLargestSide = 8192;
constexpr int kSmallestSide = 200;

QSize readSize(const core::CommandLine &given)
{
    if (!given.count("--size"))
        return {1920, 1080};
    const std::string &text = given.at("--size");
    const std::size_t x = text.find('x');
    if (x == std::string::npos)
        throw core::UsageError("--size: \"" + text + "\" is not WIDTHxHEIGHT (as 1920x1080)");
    return QSize(int(core::parseOptionWhole("--size", text.substr(0, x), kSmallestSide, kLargestSide)),
                 int(core::parseOptionWhole("--size", text.substr(x + 1), kSmallestSide, kLargestSide)));
}

bool fits(const BenchInput &input, int outcomes)
{
    return input.outcomes == BenchInput::Outcomes::Any
        || (input.outcomes == BenchInput::Outcomes::Many) == (outcomes > 2);
}

std::vector<const BenchInput *> readInputs(const core::CommandLine &given, int outcomes)
{
    const std::string name = given.count("--input") ? given.at("--input") : "p";
    std::vector<const BenchInput *> inputs;
    if (name == "all") {
        for (const BenchInput &input : benchInputs()) {
            if (fits(input, outcomes))
                inputs.push_back(&input);
        }
        return inputs;
    }
    const BenchInput *input = benchInputByName(name);
    if (!input) {
        std::string names;
        for (const BenchInput &known : benchInputs())
            names += std::string(known.name) + ", ";
        throw core::UsageError("--input: \"" + name + "\" is not one of " + names + "all");
    }
    if (!fits(*input, outcomes))
        throw core::UsageError(input->outcomes == BenchInput::Outcomes::Many
                                   ? "--input " + name + " needs --outcomes above 2 (the many-outcome editor)"
                                   : "--input " + name + " needs two outcomes (it is on the Two outcomes page)");
    return {input};
}

BenchOptions readOptions(const core::CommandLine &given)
{
    BenchOptions options;
    options.startup = given.count("--startup");
    if (options.startup) {
        for (const char *other : {"--updates", "--outcomes", "--input", "--moves-per-frame", "--export"}) {
            if (given.count(other))
                throw core::UsageError(std::string("--startup times the launch alone: ") + other
                                       + " does not go with it (it takes --runs, --size, --platform and --json)");
        }
    } else if (given.count("--runs")) {
        throw core::UsageError("--runs counts the launches of --startup, which is not given");
    }
    options.updates = int(given.whole("--updates", 1, 10'000'000, options.updates));
    options.outcomes = int(given.whole("--outcomes", 2, double(core::kMaxListEntries), options.outcomes));
    options.inputs = readInputs(given, options.outcomes);
    options.movesPerFrame = int(given.whole("--moves-per-frame", 1, 64, options.movesPerFrame));
    options.size = readSize(given);
    options.runs = int(given.whole("--runs", 1, 1000, options.runs));
    if (given.count("--platform")) {
        options.platform = given.at("--platform");
        if (options.platform != "offscreen" && options.platform != "xcb")
            throw core::UsageError("--platform: \"" + options.platform + "\" is not offscreen or xcb");
    }
    options.json = given.count("--json");
    options.exportFigures = given.count("--export");
    return options;
}

// The bench's own folder, as long as the process lives: the offscreen screen's description (which a
// --startup child reads too) and the bench window's settings.
const QTemporaryDir &benchFolder()
{
    static const QTemporaryDir folder;
    return folder;
}

// The offscreen platform's screen is 800x800 unless told otherwise; given the size of the window,
// the window lays out as on a screen of that size (the docks show from 1600 pixels wide).
QByteArray offscreenPlatform(QSize screen)
{
    QFile config(benchFolder().filePath(QStringLiteral("screen.json")));
    if (!benchFolder().isValid() || !config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return "offscreen";
    config.write(QStringLiteral(R"({"screens": [{"name": "bench", "x": 0, "y": 0, "width": %1, "height": %2,
 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]})")
                     .arg(screen.width())
                     .arg(screen.height())
                     .toUtf8());
    return "offscreen:configfile=" + config.fileName().toUtf8();
}

// What --platform asks for, as QT_QPA_PLATFORM says it.
QByteArray platformVariable(const BenchOptions &options)
{
    return options.platform == "xcb" ? QByteArray("xcb") : offscreenPlatform(options.size);
}

// An n-outcome distribution for the many-outcome page.
core::Distribution someDistribution(int outcomes, double phase)
{
    std::vector<double> weights(static_cast<std::size_t>(outcomes));
    for (int i = 0; i < outcomes; ++i)
        weights[static_cast<std::size_t>(i)] = 1.0 + 0.5 * std::sin(0.37 * i + phase);
    return core::Distribution::fromEntries(weights, core::Distribution::Sum::Normalize);
}

// Milliseconds to write every panel as PNG, SVG and PDF at 1600x900 (the export default): the
// median of three rounds.
double timeExport(MainWindow &window)
{
    QTemporaryDir folder;
    std::vector<double> rounds;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (const char *format : {"png", "svg", "pdf"}) {
            FigureJob job;
            job.panels = widgets::panelNames();
            job.options.format = *widgets::figureFormatByName(QString::fromLatin1(format));
            job.out = folder.filePath(QStringLiteral("bench.") + QString::fromLatin1(format));
            window.exportFigures(job);
        }
        rounds.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(rounds.begin(), rounds.end());
    return rounds[1];
}

// The resident set size in KiB (VmRSS of /proc/self/status), or -1 where there is none.
long long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // readAll, not atEnd(): /proc files say they are empty.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            bool ok = false;
            const long long kb = line.mid(6).simplified().split(' ').value(0).toLongLong(&ok);
            return ok ? kb : -1;
        }
    }
    return -1;
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(values.size()))) - 1;
    return values[std::min(index, values.size() - 1)];
}

std::string number(double ms)
{
    return core::formatRoundTrip(std::round(ms * 1000.0) / 1000.0);
}

// One input's frames, summed up.
struct InputResult
{
    const BenchInput *input = nullptr;
    double median = 0, p99 = 0, maximum = 0;
    double cpuMedian = 0, cpuP99 = 0, cpuMaximum = 0;
    int drags = 0, undoSteps = 0, unpainted = 0;
};

InputResult summarise(const BenchInput &input, const DragRun &run)
{
    std::vector<double> wall, cpu;
    InputResult result {&input};
    for (const FrameTime &frame : run.frames) {
        wall.push_back(frame.wallMs);
        cpu.push_back(frame.cpuMs);
        result.unpainted += frame.painted ? 0 : 1;
    }
    result.median = percentile(wall, 0.5);
    result.p99 = percentile(wall, 0.99);
    result.maximum = *std::max_element(wall.begin(), wall.end());
    result.cpuMedian = percentile(cpu, 0.5);
    result.cpuP99 = percentile(cpu, 0.99);
    result.cpuMaximum = *std::max_element(cpu.begin(), cpu.end());
    result.drags = run.drags;
    result.undoSteps = run.undoSteps;
    return result;
}

// The keys of one input, as the JSON's top level and its "inputs" give them.
std::string jsonKeys(const InputResult &r)
{
    return "\"median_ms\": " + number(r.median) + ", \"p99_ms\": " + number(r.p99) + ", \"max_ms\": "
        + number(r.maximum) + ", \"cpu_median_ms\": " + number(r.cpuMedian) + ", \"cpu_p99_ms\": "
        + number(r.cpuP99) + ", \"cpu_max_ms\": " + number(r.cpuMaximum) + ", \"drags\": "
        + std::to_string(r.drags) + ", \"undo_steps\": " + std::to_string(r.undoSteps)
        + ", \"unpainted_frames\": " + std::to_string(r.unpainted);
}

std::string sizeText(QSize size)
{
    return std::to_string(size.width()) + "x" + std::to_string(size.height());
}

int runStartup(const BenchOptions &options)
{
    std::vector<startup::Launch> launches;
    try {
        launches = startup::measureStartup(options.runs, options.size, QString::fromUtf8(platformVariable(options)));
    } catch (const std::runtime_error &e) {
        std::cerr << "entropylab bench: " << e.what() << '\n';
        return 1;
    }
    std::vector<double> ms, cpuMs;
    for (const startup::Launch &launch : launches) {
        ms.push_back(launch.ms);
        cpuMs.push_back(launch.cpuMs);
    }
    const auto list = [](const std::vector<double> &values) {
        std::string text;
        for (double value : values)
            text += (text.empty() ? "" : ", ") + number(value);
        return text;
    };
    if (options.json) {
        std::cout << "{\"runs\": " << options.runs << ", \"size\": \"" << sizeText(options.size)
                  << "\", \"platform\": \"" << options.platform << "\", \"startup_ms\": " << number(percentile(ms, 0.5))
                  << ", \"startup_cpu_ms\": " << number(percentile(cpuMs, 0.5)) << ", \"startup_runs_ms\": ["
                  << list(ms) << "], \"startup_runs_cpu_ms\": [" << list(cpuMs) << "]}\n";
    } else {
        std::cout << "from the launch to the end of the window's first paint, " << sizeText(options.size) << " on "
                  << options.platform << ", the median of " << options.runs << " launches:\n"
                  << "wall " << number(percentile(ms, 0.5)) << " ms (" << list(ms) << ")\n"
                  << "cpu  " << number(percentile(cpuMs, 0.5)) << " ms (" << list(cpuMs) << ")\n";
    }
    return 0;
}

// The lesson window at the size asked for, shown and exposed, with n outcomes on the Many outcomes page.
void prepareWindow(MainWindow &window, const BenchOptions &options)
{
    window.resize(options.size);
    if (options.outcomes > 2) {
        QStringList labels;
        for (const std::string &label : core::defaultLabels(std::size_t(options.outcomes)))
            labels << QString::fromStdString(label);
        window.document()->state()->setDistributions(someDistribution(options.outcomes, 0.0),
                                                     someDistribution(options.outcomes, 1.0), labels, true);
        window.pages()->setCurrentIndex(1);
    }
    window.show();
}

} // namespace

const core::CommandSpec &benchCommand()
{
    static const core::CommandSpec command {
        "bench",
        "time the window's frames under a dragging mouse, or its start-up",
        "Drags a control of the lesson window with real mouse events, posted to the event queue as a window system "
        "delivers them: a press on the handle, moves along the track, a release at its end (one undo step), and "
        "the next drag back. Each frame is timed from posting its moves to the end of the event loop's work: "
        "the recompute, queued replots, layout, the paint and the flush of the window, and on X11 a round trip "
        "to the server, so the frame is on screen. Prints the median, 99th percentile and maximum of the wall "
        "time and of the main thread's CPU time in milliseconds per input, the drags and undo steps, the frames "
        "that painted no plot (unpainted_frames; should be 0), and the resident memory (VmRSS) after the "
        "warm-up and at the end in KiB (rss_start_kb, rss_end_kb). The window starts with new, empty settings, as "
        "a new user sees it.\n\n"
        "With --json, the top-level keys (median_ms, p99_ms, max_ms, cpu_median_ms, cpu_p99_ms, cpu_max_ms, "
        "drags, undo_steps, unpainted_frames) describe the first input, and \"inputs\" holds the same keys for "
        "each input by name.",
        {
            {"--updates", "N", "the frames timed per input (default 2000), after 20 not timed"},
            {"--input", "p|q|yhat|bar|all",
             "what is dragged (default p): the slider of p, q or ŷ, or the bar of p₁ in the many-outcome editor "
             "(needs --outcomes above 2; ŷ needs two outcomes); all runs every input that fits the outcomes"},
            {"--moves-per-frame", "K",
             "the mouse moves that arrive in one frame (default 1); a fast drag delivers several, as 4"},
            {"--outcomes", "N",
             "above 2, p and q get N outcomes and the Many outcomes page is shown: the bars, the table, "
             "contributions, code lengths and sampling redraw"},
            {"--size", "WxH", "the window's size (default 1920x1080)"},
            {"--platform", "offscreen|xcb",
             "where the window is shown (default offscreen, whose screen gets the window's size); xcb needs an "
             "X display, as xvfb-run -a -s \"-screen 0 1920x1080x24\" gives"},
            {"--startup", "",
             "instead: launches the window --runs times and prints the median time from the launch to the end of "
             "its first paint (startup_ms) and the CPU time the process took until then (startup_cpu_ms), with new "
             "settings each time"},
            {"--runs", "N", "the launches --startup times (default 5), after one not timed"},
            {"--export", "",
             "also the time to write every panel as PNG, SVG and PDF at 1600x900 (export_all_ms, the median of "
             "three rounds)"},
            {"--json", "", "one JSON object instead of the table"},
        },
    };
    return command;
}

void prepareBench(const core::CommandLine &given)
{
    const BenchOptions options = readOptions(given);
    if (options.platform == "xcb" && qgetenv("DISPLAY").isEmpty())
        throw core::UsageError(
            "--platform xcb needs an X display, and DISPLAY is unset (try xvfb-run -a -s \"-screen 0 1920x1080x24\")");
    // --startup launches its windows on the platform; the launcher itself needs none.
    qputenv("QT_QPA_PLATFORM", options.startup ? QByteArray("offscreen") : platformVariable(options));
    // The window as a new user first sees it, whatever this user's settings (theme, docks, page).
    if (!options.startup && benchFolder().isValid()) {
        qputenv("XDG_CONFIG_HOME", benchFolder().filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", benchFolder().filePath(QStringLiteral("data")).toUtf8());
    }
}

int runBench(const core::CommandLine &given)
{
    const BenchOptions options = readOptions(given);
    if (options.startup)
        return runStartup(options);

    MainWindow window;
    prepareWindow(window, options);
    if (!waitUntilExposed(window, 10'000)) {
        std::cerr << "entropylab bench: the window was not shown on " << options.platform << " within 10 s\n";
        return 1;
    }
    if (window.size() != options.size)
        std::cerr << "entropylab bench: the window is " << sizeText(window.size()) << ", not "
                  << sizeText(options.size) << " (its least size, or the screen's)\n";

    constexpr int kWarmUpFrames = 20; // the first frames make caches, fonts and buffers
    long long rssStart = -1;
    std::vector<InputResult> results;
    for (const BenchInput *input : options.inputs) {
        dragAndTime(window, *input, kWarmUpFrames, options.movesPerFrame);
        if (rssStart < 0)
            rssStart = residentKb();
        const DragRun run = dragAndTime(window, *input, options.updates, options.movesPerFrame);
        if (!run.moved) {
            std::cerr << "entropylab bench: dragging " << input->name << " did not move it\n";
            return 1;
        }
        results.push_back(summarise(*input, run));
    }
    const long long rssEnd = residentKb();
    const double exportMs = options.exportFigures ? timeExport(window) : 0.0;

    const InputResult &first = results.front();
    if (options.json) {
        std::cout << "{\"updates\": " << options.updates << ", \"outcomes\": " << options.outcomes << ", \"input\": \""
                  << first.input->name << "\", \"moves_per_frame\": " << options.movesPerFrame << ", \"size\": \""
                  << sizeText(window.size()) << "\", \"platform\": \"" << options.platform << "\", "
                  << jsonKeys(first) << ", \"rss_start_kb\": " << rssStart << ", \"rss_end_kb\": " << rssEnd
                  << ", \"inputs\": {";
        for (std::size_t i = 0; i < results.size(); ++i)
            std::cout << (i ? ", " : "") << '"' << results[i].input->name << "\": {" << jsonKeys(results[i]) << '}';
        std::cout << '}';
        if (options.exportFigures)
            std::cout << ", \"export_all_ms\": " << number(exportMs);
        std::cout << "}\n";
        return 0;
    }
    std::cout << options.updates << " frames per input, " << options.outcomes << " outcomes, "
              << options.movesPerFrame << (options.movesPerFrame == 1 ? " move" : " moves") << " a frame, "
              << sizeText(window.size()) << " on " << options.platform << "\n"
              << "milliseconds from the input to the end of the event loop's work, paint included:\n"
              << std::left << std::setw(8) << "input" << std::right << std::setw(9) << "median" << std::setw(9)
              << "p99" << std::setw(9) << "max" << std::setw(11) << "cpu median" << std::setw(11) << "cpu p99"
              << std::setw(11) << "cpu max" << std::setw(8) << "drags" << std::setw(12) << "undo steps"
              << std::setw(11) << "unpainted" << '\n';
    for (const InputResult &r : results) {
        std::ostringstream row;
        row.setf(std::ios::fixed);
        row.precision(3);
        row << std::left << std::setw(8) << r.input->name << std::right;
        for (double ms : {r.median, r.p99, r.maximum})
            row << std::setw(9) << ms;
        for (double ms : {r.cpuMedian, r.cpuP99, r.cpuMaximum})
            row << std::setw(11) << ms;
        row << std::setw(8) << r.drags << std::setw(12) << r.undoSteps << std::setw(11) << r.unpainted;
        std::cout << row.str() << '\n';
    }
    std::cout << "rss start " << rssStart << " KiB, end " << rssEnd << " KiB (growth " << rssEnd - rssStart
              << " KiB)\n";
    if (options.exportFigures)
        std::cout << "export    " << number(exportMs) << " ms (every panel as PNG, SVG and PDF)\n";
    return 0;
}

} // namespace app
