#include "exportcommand.h"

#include "commandoptions.h"
#include "figurejob.h"
#include "widgets/model/session.h"

#include "core/numberparse.h"
#include "core/preset.h"
#include "core/units.h"
#include "widgets/model/lessonstate.h"
#include "widgets/model/trainingstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/presetlibrary.h"

#include <QFileInfo>

#include <cmath>

namespace app {

namespace {

const std::vector<std::string> kValueOptions
    = {"--panel",  "--format", "--out",     "--width", "--height",  "--scale",      "--theme",
       "--title",  "--sweep",  "--p",       "--q",     "--y",       "--yhat",       "--unit",
       "--preset", "--labels", "--samples", "--seed",  "--session", "--iterations", "--training-preset"};
const std::vector<std::string> kFlagOptions = {"--caption", "--help", "-h"};

int parseSide(const std::map<std::string, std::string> &options, const std::string &name, int fallback)
{
    if (!options.count(name))
        return fallback;
    const double value = parseOptionNumber(name, options.at(name));
    if (value != std::floor(value) || value < 1 || value > widgets::kMaxFigureSide)
        throw UsageError(name + ": " + options.at(name) + " is not a whole number of pixels from 1 to "
                         + std::to_string(widgets::kMaxFigureSide));
    return static_cast<int>(value);
}

double parseProbability(const std::map<std::string, std::string> &options, const std::string &name, double fallback)
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
        if (const auto number = core::decimalCommaReading(text))
            throw UsageError(option + ": \"" + text + "\" is two entries; did you mean " + *number
                             + "? use a decimal point");
        throw UsageError(option + ": " + e.what());
    }
}

QStringList labelsFor(const std::map<std::string, std::string> &options, std::size_t n)
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
void applyDistributions(const std::map<std::string, std::string> &options, widgets::LessonState &state)
{
    const bool pList = options.count("--p") && options.at("--p").find(',') != std::string::npos;
    const bool qList = options.count("--q") && options.at("--q").find(',') != std::string::npos;
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

widgets::FigureFormat parseFormat(const std::map<std::string, std::string> &options)
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

// The lab of --panel training: a preset (or data drawn with --seed), trained for --iterations.
void applyTraining(const std::map<std::string, std::string> &options, const FigureJob &job, widgets::LessonState &state)
{
    widgets::TrainingState &training = *state.training();
    if (options.count("--training-preset")) {
        const std::string &name = options.at("--training-preset");
        if (const auto refusal = training.loadPreset(QString::fromStdString(name)))
            throw UsageError("--training-preset: " + refusal->toStdString());
    }
    if (options.count("--seed") && job.panels.contains(QStringLiteral("training")))
        training.generate(job.seed);
    if (options.count("--iterations")) {
        const double iterations = parseOptionNumber("--iterations", options.at("--iterations"));
        if (iterations != std::floor(iterations) || iterations < 0
            || iterations > widgets::TrainingState::kMaxIterations)
            throw UsageError("--iterations: a whole number from 0 to "
                             + std::to_string(widgets::TrainingState::kMaxIterations) + ", not "
                             + options.at("--iterations"));
        training.step(int(iterations));
    }
}

// The job and the state from the command line; throws UsageError or ExportError.
FigureJob parseJob(const std::map<std::string, std::string> &options, widgets::LessonState &state)
{
    if (!options.count("--out"))
        throw UsageError("--out is required: the file to write, e.g. --out figure.png");
    if (!options.count("--panel"))
        throw UsageError("--panel is required: " + widgets::panelNames().join(QLatin1Char('|')).toStdString()
                         + " or all");
    FigureJob job;
    job.out = QString::fromStdString(options.at("--out"));
    widgets::FigureOptions &o = job.options;
    o.format = parseFormat(options);
    job.panels = parsePanels(options.at("--panel"), o.format);
    o.width = parseSide(options, "--width", o.width);
    o.height = parseSide(options, "--height", o.height);
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
    if (options.count("--samples")) {
        const double samples = parseOptionNumber("--samples", options.at("--samples"));
        if (samples != std::floor(samples) || samples < 0 || samples > 1e6)
            throw UsageError("--samples: a whole number from 0 to 1000000, not " + options.at("--samples"));
        job.samples = int(samples);
    }
    if (options.count("--seed")) {
        const double seed = parseOptionNumber("--seed", options.at("--seed"));
        if (seed != std::floor(seed) || seed < 1 || seed > 9007199254740992.0)
            throw UsageError("--seed: a whole number from 1 to 2^53, not " + options.at("--seed"));
        job.seed = quint64(seed);
    }

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

} // namespace

std::string exportUsage()
{
    return "Usage: entropylab export --panel NAME --out PATH [--format png|svg|pdf|tex]\n"
           "                         [--session FILE] [--preset NAME | --p LIST --q LIST --labels LIST]\n"
           "                         [--width PX --height PX --scale S] [--theme light|dark|presentation]\n"
           "                         [--title TEXT] [--caption] [--sweep NAME=FROM:TO:STEP]\n"
           "                         [--p P] [--q Q] [--y 0|1] [--yhat X] [--unit bits|nats|bans]\n"
           "\n"
           "Draws panels of the lesson window into figure files, with no display needed.\n"
           "\n"
           "  --panel NAME   information, entropy, cross-entropy, kl, loss, distribution,\n"
           "                 contributions, code-length, sampling, training, or all\n"
           "  --out PATH     the file to write; with several panels or sweep steps the names get\n"
           "                 -<panel> and -<step> before the suffix (plot-kl-003.png); a folder gets\n"
           "                 <panel>.png inside it. PDF puts everything into one file, a page each.\n"
           "  --format F     png, svg, pdf (vector) or tex (a PGFPlots figure for pdflatex);\n"
           "                 by default the suffix of --out\n"
           "  --width PX     figure width in pixels, 1 to 16384 (default 1600); PDF and SVG pages\n"
           "  --height PX    and height (default 900) are this size at 96 dpi\n"
           "  --scale S      PNG pixels per figure pixel, e.g. 2 for a sharp 2x image (default 1)\n"
           "  --theme T      light (default, for print), dark (for projectors), presentation (20 pt\n"
           "                 type and thick lines)\n"
           "  --title TEXT   replaces the panel's title; --title '' leaves it out\n"
           "  --caption      adds a line with the parameters, e.g. \"p = 0.30, q = 0.60, bits\"\n"
           "  --sweep SPEC   one figure per step of a parameter: p=0.05:0.95:0.05 (p, q, y or yhat)\n"
           "  --p --q --y --yhat --unit   the state, as in 'entropylab compute' (default: the window's\n"
           "                 start, p = 0.3, q = 0.6, y = 1, yhat = 0.8, bits); --p and --q may be\n"
           "                 lists (0.2,0.3,0.5) of 2 to 64 outcomes, named with --labels a,b,c\n"
           "  --preset NAME  p and q from a built-in preset (fair-die, english-letters, ...) or a\n"
           "                 .preset file\n"
           "  --session FILE the state and theme of a session saved by the window (File > Save);\n"
           "                 the other options change it further\n"
           "  --iterations K the training lab (--panel training) after K gradient-descent steps of both\n"
           "                 runs (default 0); --training-preset overlapping|separated|confidently-wrong\n"
           "                 (the default) picks its data, or --seed S draws 20 points with seed S\n"
           "  --samples N    samples the sampling panel draws from p (default 1000), --seed S its seed\n"
           "\n"
           "Prints each written path. Bad arguments or an unwritable path exit with code 2 and one\n"
           "line on stderr, and leave no file behind, not even a partial one.\n";
}

int runExport(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    try {
        const auto options = splitOptions(args, kValueOptions, kFlagOptions, "export");
        if (options.count("--help") || options.count("-h")) {
            out << exportUsage();
            return 0;
        }
        widgets::LessonState state;
        const FigureJob job = parseJob(options, state);
        for (const QString &path : writeFigures(state, job))
            out << path.toStdString() << '\n';
        return 0;
    } catch (const std::runtime_error &e) {
        err << "entropylab export: " << e.what() << '\n';
        return 2;
    }
}

} // namespace app
