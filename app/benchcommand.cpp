#include "benchcommand.h"

#include "core/commandline.h"
#include "core/distribution.h"
#include "core/numberparse.h"
#include "core/preset.h"
#include "document.h"
#include "mainwindow.h"
#include "widgets/model/lessonstate.h"
#include "widgets/panelcatalog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <optional>

namespace app {

namespace {

struct BenchOptions
{
    int updates = 2000;
    int outcomes = 2;
    bool json = false;
    bool exportFigures = false;
};

BenchOptions readOptions(const core::CommandLine &given)
{
    BenchOptions options;
    options.updates = int(given.whole("--updates", 1, 10'000'000, options.updates));
    options.outcomes = int(given.whole("--outcomes", 2, double(core::kMaxListEntries), options.outcomes));
    options.json = given.count("--json");
    options.exportFigures = given.count("--export");
    return options;
}

// A slider dragged back and forth across (0, 1), as a teacher would.
double sliderValue(int update)
{
    constexpr int kStepsPerSweep = 500;
    const int phase = update % (2 * kStepsPerSweep);
    const int step = phase < kStepsPerSweep ? phase : 2 * kStepsPerSweep - phase;
    return 0.001 + 0.998 * step / kStepsPerSweep;
}

// An n-outcome distribution that moves with the slider value, for the many-outcome recompute.
core::Distribution movingDistribution(int outcomes, double value, double phase)
{
    std::vector<double> weights(static_cast<std::size_t>(outcomes));
    for (int i = 0; i < outcomes; ++i)
        weights[static_cast<std::size_t>(i)] = 1.0 + value * std::sin(0.37 * i + phase);
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

double percentile(std::vector<double> sorted, double fraction)
{
    const auto index = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(sorted.size()))) - 1;
    return sorted[std::min(index, sorted.size() - 1)];
}

} // namespace

const core::CommandSpec &benchCommand()
{
    static const core::CommandSpec command {
        "bench",
        "time recompute and replot of the window",
        "Moves p through N slider values in the default main window at 1920x1080 (offscreen unless "
        "QT_QPA_PLATFORM says otherwise) and times each update: the recompute plus a synchronous repaint of the "
        "page on screen. Prints the median, 99th percentile and maximum in milliseconds, and the resident memory "
        "(VmRSS) after the warm-up and at the end in KiB (rss_start_kb, rss_end_kb).",
        {
            {"--updates", "N", "the number of slider values (default 2000)"},
            {"--outcomes", "N",
             "above 2, p and q get N outcomes and the many-outcome page is shown: the slider moves p_1 and the "
             "other outcomes make room, redrawing the bars, the table, contributions, code lengths and sampling"},
            {"--export", "",
             "also the time to write every panel as PNG, SVG and PDF at 1600x900 (export_all_ms, the median of "
             "three rounds)"},
            {"--json", "", "one JSON object instead of the table"},
        },
    };
    return command;
}

int runBench(const core::CommandLine &given)
{
    const BenchOptions options = readOptions(given);

    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    widgets::LessonState *state = window.document()->state();
    if (options.outcomes > 2) {
        // The many-outcome page, with p_1 dragged and the rest making room.
        const core::Distribution p = movingDistribution(options.outcomes, 0.5, 0.0);
        const core::Distribution q = movingDistribution(options.outcomes, 0.5, 1.0);
        QStringList labels;
        for (const std::string &label : core::defaultLabels(std::size_t(options.outcomes)))
            labels << QString::fromStdString(label);
        state->setDistributions(p, q, labels, true);
        window.pages()->setCurrentIndex(1);
    }
    QApplication::processEvents();
    constexpr int kWarmUp = 20;
    long long rssStart = -1; // after the warm-up: the window, its caches and fonts are made by then
    std::vector<double> milliseconds;
    milliseconds.reserve(static_cast<std::size_t>(options.updates));
    double checksum = 0.0; // keeps the many-outcome recompute from being optimised away
    QElapsedTimer timer;
    for (int update = -kWarmUp; update < options.updates; ++update) {
        const double value = sliderValue(update + kWarmUp);
        timer.start();
        state->setP(value);
        if (options.outcomes > 2)
            checksum += core::crossEntropy(state->pDistribution(), state->qDistribution(), state->unit());
        window.replotNow();
        const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (update >= 0)
            milliseconds.push_back(elapsed);
        QApplication::processEvents();
        if (update == -1)
            rssStart = residentKb();
    }
    const long long rssEnd = residentKb();
    const double exportMs = options.exportFigures ? timeExport(window) : 0.0;
    std::sort(milliseconds.begin(), milliseconds.end());
    const double median = percentile(milliseconds, 0.5);
    const double p99 = percentile(milliseconds, 0.99);
    const double maximum = milliseconds.back();
    const auto number = [](double ms) { return core::formatRoundTrip(std::round(ms * 1000.0) / 1000.0); };
    if (options.json) {
        std::cout << "{\"updates\": " << options.updates << ", \"outcomes\": " << options.outcomes
                  << ", \"median_ms\": " << number(median) << ", \"p99_ms\": " << number(p99)
                  << ", \"max_ms\": " << number(maximum) << ", \"rss_start_kb\": " << rssStart
                  << ", \"rss_end_kb\": " << rssEnd;
        if (options.exportFigures)
            std::cout << ", \"export_all_ms\": " << number(exportMs);
        std::cout << "}\n";
    } else {
        std::cout << "updates   " << options.updates << "\noutcomes  " << options.outcomes << "\nmedian    "
                  << number(median) << " ms\np99       " << number(p99) << " ms\nmax       " << number(maximum)
                  << " ms\nrss start " << rssStart << " KiB\nrss end   " << rssEnd << " KiB (growth "
                  << rssEnd - rssStart << " KiB)\n";
        if (options.exportFigures)
            std::cout << "export    " << number(exportMs) << " ms (every panel as PNG, SVG and PDF)\n";
    }
    return std::isfinite(checksum) ? 0 : 1;
}

} // namespace app
