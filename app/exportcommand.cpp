#include "exportcommand.h"

#include "figurejob.h"
#include "widgets/model/session.h"

#include "core/commandline.h"
#include "core/lessoninputs.h"
#include "core/numberparse.h"
#include "core/preset.h"
#include "core/units.h"
#include "widgets/model/lessonstate.h"
#include "widgets/model/trainingstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/presetlibrary.h"

#include <QFileInfo>

#include <cmath>
#include <iostream>

namespace app {

using core::parseOptionNumber;
using core::UsageError;

namespace {

using Options = core::CommandLine;

double parseProbability(const Options &options, const std::string &name, double fallback)
{
    if (!options.count(name))
        return fallback;
    const std::string &text = options.at(name);
    const double value = parseOptionNumber(name, text);
    if (value < 0.0 || value > 1.0)
        throw UsageError(name + ": a probability lies in [0, 1], not " + text);
    return value + 0.0;
}

core::Distribution parseList(const std::string &option, const std::string &text)
{
    try {
        return core::Distribution::fromEntries(core::parseNumberList(text));
    } catch (const std::invalid_argument &e) {
        if (const auto refusal = core::decimalCommaRefusal(text))
            throw UsageError(option + ": " + *refusal);
        throw UsageError(option + ": " + e.what());
    }
}

QStringList labelsFor(const Options &options, std::size_t n)
{
    QStringList labels;
    if (!options.count("--labels")) {
        for (const std::string &label : core::defaultLabels(n))
            labels << QString::fromStdString(label);
        return labels;
    }
    for (const QString &label : QString::fromStdString(options.at("--labels")).split(QLatin1Char(',')))
        labels << label.trimmed();
    if (std::size_t(labels.size()) != n)
        throw UsageError("--labels has " + std::to_string(labels.size()) + " labels for " + std::to_string(n)
                         + " outcomes");
    if (const auto refusal = core::labelsRefusal(widgets::labelsUtf8(labels)))
        throw UsageError("--labels: " + core::describe(*refusal->label));
    return labels;
}

// A built-in preset by its file name ("fair-die") or a .preset file of one's own.
core::Preset loadPreset(const std::string &name)
{
    const QString builtIn = QStringLiteral(":/presets/%1.preset").arg(QString::fromStdString(name));
    const QString path = QFileInfo::exists(builtIn) ? builtIn : QString::fromStdString(name);
    if (!QFileInfo(path).isFile())
        throw UsageError("--preset: \"" + name + "\" is neither a built-in preset ("
                         + widgets::builtInPresetNames().join(QStringLiteral(", ")).toStdString() + ") nor a file");
    try {
        return widgets::readPresetFile(path);
    } catch (const core::PresetError &e) {
        throw UsageError("--preset: " + name + ": " + e.what());
    }
}

// Lists or a preset make the many-outcome state; single numbers the two-outcome lesson.
void applyDistributions(const Options &options, widgets::LessonState &state)
{
    const bool pList = options.count("--p") && core::isNumberList(options.at("--p"));
    const bool qList = options.count("--q") && core::isNumberList(options.at("--q"));
    if (options.count("--preset")) {
        if (pList || qList)
            throw UsageError("--preset gives p and q; leave out the lists");
        const core::Preset preset = loadPreset(options.at("--preset"));
        QStringList labels;
        for (const std::string &label : preset.labels)
            labels << QString::fromStdString(label);
        state.setDistributions(preset.p, preset.q, labels);
    } else if (pList || qList) {
        if (!pList)
            throw UsageError("--q is a list: give --p as a list of the same length");
        const core::Distribution p = parseList("--p", options.at("--p"));
        const core::Distribution q = qList
            ? parseList("--q", options.at("--q"))
            : core::Distribution::fromEntries(std::vector<double>(p.size(), 1.0), core::Distribution::Sum::Normalize);
        if (q.size() != p.size())
            throw UsageError("--q has " + std::to_string(q.size()) + " outcomes but --p has "
                             + std::to_string(p.size()));
        if (p.size() > core::kMaxEditorOutcomes)
            throw UsageError("--p has " + std::to_string(p.size()) + " outcomes; figures show at most "
                             + std::to_string(core::kMaxEditorOutcomes));
        if (const auto refusal = state.setDistributions(p, q, labelsFor(options, p.size())))
            throw UsageError(refusal->toStdString());
        return;
    }
    if (options.count("--labels"))
        throw UsageError("--labels goes with lists for --p and --q");
    if (!pList && !options.count("--preset"))
        state.setP(parseProbability(options, "--p", state.p()));
    if (!qList && !options.count("--preset"))
        state.setQ(parseProbability(options, "--q", state.q()));
}

widgets::FigureFormat parseFormat(const Options &options)
{
    const QString suffix = QFileInfo(QString::fromStdString(options.at("--out"))).suffix().toLower();
    if (!options.count("--format")) {
        if (const auto format = widgets::figureFormatByName(suffix))
            return *format;
        throw UsageError("--format is required (png, svg, pdf or tex) unless --out ends in one of them");
    }
    const auto format = widgets::figureFormatByName(QString::fromStdString(options.at("--format")));
    if (!format)
        throw UsageError("--format: \"" + options.at("--format") + "\" is not a format; use png, svg, pdf or tex");
    if (widgets::figureFormatByName(suffix) && suffix != widgets::figureFormatName(*format))
        throw UsageError("--out ends in ." + suffix.toStdString() + " but --format is " + options.at("--format"));
    return *format;
}

QStringList parsePanels(const std::string &text, widgets::FigureFormat format)
{
    const QString name = QString::fromStdString(text);
    if (name == QLatin1String("all"))
        return allPanels(format);
    if (!widgets::panelNames().contains(name))
        throw UsageError("--panel: \"" + text + "\" is not a panel; use "
                         + widgets::panelNames().join(QLatin1Char('|')).toStdString() + " or all");
    if (!hasFigure(name, format))
        throw UsageError("--panel " + text
                         + " has no LaTeX form (its loss surfaces are colour maps); use png, svg "
                           "or pdf");
    return {name};
}

void checkSize(const widgets::FigureOptions &o)
{
    const double width = o.width * o.scale, height = o.height * o.scale;
    if (width > widgets::kMaxFigureSide || height > widgets::kMaxFigureSide)
        throw UsageError("--scale: " + std::to_string(o.width) + "x" + std::to_string(o.height) + " at this scale is "
                         + std::to_string(std::lround(width)) + "x" + std::to_string(std::lround(height))
                         + " pixels; at most " + std::to_string(widgets::kMaxFigureSide) + " a side");
    // A 16384x16384 image is a gigabyte of memory; an eighth of that is plenty for any slide.
    if (o.format == widgets::FigureFormat::Png && width * height > 16384.0 * 8192.0)
        throw UsageError("the image would have " + std::to_string(std::lround(width * height / 1e6))
                         + " million pixels; at most 134");
}

// The state and theme of a session file (the window's File > Save); throws UsageError naming the problem.
void applySession(const std::string &path, widgets::LessonState &state, widgets::FigureOptions &options)
{
    try {
        const widgets::Session session = widgets::readSessionFile(QString::fromStdString(path));
        if (const auto refusal = state.restore(session.state))
            throw UsageError("--session: " + path + ": " + refusal->toStdString());
        if (!session.theme.isEmpty())
            options.theme = widgets::Theme::byName(session.theme).value_or(options.theme);
    } catch (const widgets::SessionError &e) {
        throw UsageError(std::string("--session: ") + e.what());
    }
}

// Without --iterations the lab is shown after this many steps: cross entropy has fitted the data in
// about ten, while squared error still sits on its plateau, which is the figure's point.
constexpr int kDefaultTrainingIterations = 100;

// The lab of --panel training: a preset (or data drawn with --seed), trained for --iterations.
void applyTraining(const Options &options, const FigureJob &job, widgets::LessonState &state)
{
    widgets::TrainingState &training = *state.training();
    if (options.count("--training-preset")) {
        const std::string &name = options.at("--training-preset");
        if (const auto refusal = training.loadPreset(QString::fromStdString(name)))
            throw UsageError("--training-preset: " + refusal->toStdString());
    }
    if (options.count("--seed") && job.panels.contains(QStringLiteral("training")))
        training.generate(job.seed);
    training.step(int(
        options.whole("--iterations", 0, widgets::TrainingState::kMaxIterations, kDefaultTrainingIterations)));
}

// The job and the state from the command line; throws UsageError or ExportError.
FigureJob parseJob(const Options &options, widgets::LessonState &state)
{
    FigureJob job; // --out and --panel are there: the command's table requires them
    job.out = QString::fromStdString(options.at("--out"));
    widgets::FigureOptions &o = job.options;
    o.format = parseFormat(options);
    job.panels = parsePanels(options.at("--panel"), o.format);
    o.width = int(options.whole("--width", 1, widgets::kMaxFigureSide, o.width));
    o.height = int(options.whole("--height", 1, widgets::kMaxFigureSide, o.height));
    if (options.count("--scale")) {
        o.scale = parseOptionNumber("--scale", options.at("--scale"));
        if (!(o.scale > 0.0 && o.scale <= 16.0))
            throw UsageError("--scale: " + options.at("--scale") + " is not a scale from above 0 to 16");
    }
    checkSize(o);
    // A session gives the starting point; the options after it change what they name.
    if (options.count("--session"))
        applySession(options.at("--session"), state, o);
    if (options.count("--theme")) {
        const auto theme = widgets::Theme::byName(QString::fromStdString(options.at("--theme")));
        if (!theme)
            throw UsageError("--theme: \"" + options.at("--theme")
                             + "\" is not a theme; use light, dark or presentation");
        o.theme = *theme;
    }
    if (options.count("--title"))
        o.title = QString::fromStdString(options.at("--title"));
    o.caption = options.count("--caption");
    if (options.count("--sweep"))
        job.sweep = parseSweep(QString::fromStdString(options.at("--sweep")));
    job.samples = int(options.whole("--samples", 0, 1e6, job.samples));
    job.seed = quint64(options.whole("--seed", 1, 9007199254740992.0, qint64(job.seed)));

    applyDistributions(options, state);
    applyTraining(options, job, state);
    state.setYhat(parseProbability(options, "--yhat", state.yhat()));
    if (options.count("--y")) {
        const double y = parseOptionNumber("--y", options.at("--y"));
        if (y != 0.0 && y != 1.0)
            throw UsageError("--y: the label must be 0 or 1, not " + options.at("--y"));
        state.setY(static_cast<int>(y));
    }
    if (options.count("--unit")) {
        const auto unit = core::parseUnit(options.at("--unit"));
        if (!unit)
            throw UsageError("--unit: \"" + options.at("--unit") + "\" is not a unit; use bits, nats or bans");
        state.setUnit(*unit);
    }
    return job;
}

// A default value as the usage text shows it: the shortest text that reads back as it ("0.3").
std::string defaultText(double value)
{
    return core::formatRoundTrip(value);
}

} // namespace

const core::CommandSpec &exportCommand()
{
    static const std::string panels = widgets::panelNames().join(QLatin1Char('|')).toStdString();
    static const std::string panelList = widgets::panelNames().join(QStringLiteral(", ")).toStdString();
    static const core::CommandSpec command {
        "export",
        "write a figure (PNG, SVG, PDF, TeX)",
        "Draws panels of the lesson window into figure files, with no display needed.",
        {
            {"--panel", "NAME", panelList + ", or all", "--panel is required: " + panels + " or all"},
            {"--out", "PATH",
             "the file to write; with several panels or sweep steps the names get -<panel> and -<step> before the "
             "suffix (plot-kl-003.png); a folder gets <panel>.png inside it. PDF puts everything into one file, a "
             "page each.",
             "--out is required: the file to write, e.g. --out figure.png"},
            {"--format", "png|svg|pdf|tex",
             "png, svg, pdf (vector) or tex (a PGFPlots figure for pdflatex); by default the suffix of --out"},
            {"--session", "FILE",
             "the state and theme of a session saved by the window (File > Save); the other options change it "
             "further"},
            {"--preset", "NAME", "p and q from a built-in preset (fair-die, english-letters, ...) or a .preset file"},
            {"--p", "P",
             "p as in 'entropylab compute' (default: the window's start, " + defaultText(core::kDefaultP)
                 + "), or a list (0.2,0.3,0.5) of 2 to 64 outcomes"},
            {"--q", "Q", "q likewise (default " + defaultText(core::kDefaultQ) + "); a list needs --p as a list of the same length"},
            {"--labels", "LIST", "the names of the outcomes of lists, such as a,b,c"},
            {"--y", "0|1", "the true label (default " + std::to_string(core::kDefaultY) + ")"},
            {"--yhat", "X", "the predicted probability of label 1 (default " + defaultText(core::kDefaultYhat) + ")"},
            {"--unit", "bits|nats|bans", "the unit of the figures (default " + std::string(core::unitName(core::kDefaultUnit)) + ")"},
            {"--width", "PX",
             "figure width in pixels, 1 to 16384 (default 1600); PDF and SVG pages are this size at 96 dpi"},
            {"--height", "PX", "figure height in pixels, 1 to 16384 (default 900)"},
            {"--scale", "S", "PNG pixels per figure pixel, e.g. 2 for a sharp 2x image (default 1)"},
            {"--theme", "light|dark|presentation",
             "light (default, for print), dark (for projectors), presentation (20 pt type and thick lines)"},
            {"--title", "TEXT", "replaces the panel's title; --title '' leaves it out"},
            {"--caption", "", "adds a line with the parameters, e.g. \"p = 0.30, q = 0.60, bits\""},
            {"--sweep", "NAME=FROM:TO:STEP", "one figure per step of a parameter: p=0.05:0.95:0.05 (p, q, y or yhat)"},
            {"--samples", "N", "the samples the sampling panel draws from p (default 1000)"},
            {"--seed", "S", "their seed (default 1); with --panel training, the seed of 20 drawn points"},
            {"--iterations", "K",
             "the training lab (--panel training) after K gradient-descent steps of both runs (default "
                 + std::to_string(kDefaultTrainingIterations) + ")"},
            {"--training-preset", "NAME",
             "the training lab's data: overlapping, separated or confidently-wrong (the default)"},
        },
        "Prints each written path. Bad arguments or an unwritable path exit with code 2 and one line on stderr, "
        "and leave no file behind, not even a partial one.",
    };
    return command;
}

int runExport(const core::CommandLine &options)
{
    try {
        widgets::LessonState state;
        const FigureJob job = parseJob(options, state);
        for (const QString &path : writeFigures(state, job))
            std::cout << path.toStdString() << '\n';
        return 0;
    } catch (const UsageError &) {
        throw;
    } catch (const std::runtime_error &e) {
        throw UsageError(e.what()); // an unwritable path or a bad sweep is refused like a bad option
    }
}

} // namespace app
