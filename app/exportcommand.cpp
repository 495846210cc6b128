#include "exportcommand.h"

#include "commandoptions.h"
#include "figurejob.h"

#include "core/units.h"
#include "widgets/lessonstate.h"
#include "widgets/panelcatalog.h"

#include <QFileInfo>

#include <cmath>

namespace app {

namespace {

const std::vector<std::string> kValueOptions
    = {"--panel", "--format", "--out", "--width", "--height", "--scale", "--theme",
       "--title", "--sweep",  "--p",   "--q",     "--y",      "--yhat",  "--unit"};
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
    if (text.find(',') != std::string::npos)
        throw UsageError(name + ": figures show the two-outcome lesson; give one probability, e.g. " + name + " 0.3");
    const double value = parseOptionNumber(name, text);
    if (value < 0.0 || value > 1.0)
        throw UsageError(name + ": a probability lies in [0, 1], not " + text);
    return value + 0.0;
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

QStringList parsePanels(const std::string &text)
{
    const QString name = QString::fromStdString(text);
    if (name == QLatin1String("all"))
        return widgets::panelNames();
    if (!widgets::panelNames().contains(name))
        throw UsageError("--panel: \"" + text + "\" is not a panel; use "
                         + widgets::panelNames().join(QLatin1Char('|')).toStdString() + " or all");
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
    job.panels = parsePanels(options.at("--panel"));
    widgets::FigureOptions &o = job.options;
    o.format = parseFormat(options);
    o.width = parseSide(options, "--width", o.width);
    o.height = parseSide(options, "--height", o.height);
    if (options.count("--scale")) {
        o.scale = parseOptionNumber("--scale", options.at("--scale"));
        if (!(o.scale > 0.0 && o.scale <= 16.0))
            throw UsageError("--scale: " + options.at("--scale") + " is not a scale from above 0 to 16");
    }
    checkSize(o);
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

    state.setP(parseProbability(options, "--p", state.p()));
    state.setQ(parseProbability(options, "--q", state.q()));
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
           "                         [--width PX --height PX --scale S] [--theme light|dark|presentation]\n"
           "                         [--title TEXT] [--caption] [--sweep NAME=FROM:TO:STEP]\n"
           "                         [--p P] [--q Q] [--y 0|1] [--yhat X] [--unit bits|nats|bans]\n"
           "\n"
           "Draws panels of the lesson window into figure files, with no display needed.\n"
           "\n"
           "  --panel NAME   information, entropy, cross-entropy, kl, loss, distribution, or all\n"
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
           "                 start, p = 0.3, q = 0.6, y = 1, yhat = 0.8, bits)\n"
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
