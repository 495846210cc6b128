#include "figurejob.h"

#include "core/numberparse.h"
#include "widgets/model/lessonstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/pgfplotsfigure.h"
#include "widgets/plotpanel.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <deque>
#include <future>
#include <memory>
#include <thread>

#include <unistd.h>

namespace app {

namespace {

constexpr int kMaxSweepSteps = 1000;

std::string text(const QString &s)
{
    return s.toStdString();
}

double sweepNumber(const QString &part, const char *what)
{
    try {
        return core::parseNumber(part.toStdString());
    } catch (const core::ParseError &e) {
        throw ExportError(std::string("--sweep: ") + what + ": " + e.what());
    }
}

void applyParameter(widgets::LessonState &state, const QString &parameter, double value)
{
    if (parameter == QLatin1String("p"))
        state.setP(value);
    else if (parameter == QLatin1String("q"))
        state.setQ(value);
    else if (parameter == QLatin1String("yhat"))
        state.setYhat(value);
    else
        state.setY(static_cast<int>(value));
}

bool isFolder(const QString &out)
{
    return out.endsWith(QLatin1Char('/')) || QFileInfo(out).isDir();
}

// "plot.png" with the parts inserted before the suffix: "plot-kl-003.png".
QString fileName(const FigureJob &job, const QString &panel, int step, int steps)
{
    const QString suffix = widgets::figureFormatName(job.options.format);
    const bool onePdf = job.options.format == widgets::FigureFormat::Pdf;
    QStringList parts;
    QString base;
    if (isFolder(job.out)) {
        base = QDir(job.out).filePath(onePdf ? QStringLiteral("entropylab") : panel);
    } else {
        const QFileInfo info(job.out);
        base = info.suffix().isEmpty() ? job.out : job.out.chopped(info.suffix().size() + 1);
        if (!onePdf && job.panels.size() > 1)
            parts << panel;
    }
    if (!onePdf && steps > 1) {
        const int digits = std::max(3, int(QString::number(steps).size()));
        parts << QStringLiteral("%1").arg(step + 1, digits, 10, QLatin1Char('0'));
    }
    return (parts.isEmpty() ? base : base + QLatin1Char('-') + parts.join(QLatin1Char('-'))) + QLatin1Char('.')
        + suffix;
}

void checkWritable(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        throw ExportError(text(path) + " is a folder, not a file");
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        throw ExportError("cannot write " + text(path) + ": the folder " + text(folder.filePath()) + " does not exist");
    if (!folder.isDir() || !folder.isWritable())
        throw ExportError("cannot write " + text(path) + ": the folder " + text(folder.filePath())
                          + " is not writable");
    if (info.exists() && !info.isWritable())
        throw ExportError("cannot write " + text(path) + ": the file is read-only");
}

struct Output
{
    QString path;
    QByteArray bytes;
};

// PNG encoding (filtering and deflate, most of a PNG export's time) runs on other threads while the
// next panel is drawn: the panels are widgets and draw on this thread only. At most as many images
// wait as there are cores, so a long sweep never holds all its images at once.
class PngEncoders
{
public:
    explicit PngEncoders(std::vector<Output> &outputs)
        : m_outputs(outputs)
        , m_limit(std::max(1u, std::thread::hardware_concurrency()))
    { }
    ~PngEncoders() { finish(); } // an exception on the way out still waits for the threads

    // The image's PNG becomes the bytes of outputs[index].
    void encode(std::size_t index, QImage image)
    {
        if (m_pending.size() >= m_limit)
            collectOldest();
        m_pending.push_back({index, std::async(std::launch::async, widgets::encodePng, std::move(image))});
    }
    void finish()
    {
        while (!m_pending.empty())
            collectOldest();
    }

private:
    void collectOldest()
    {
        auto &[index, bytes] = m_pending.front();
        m_outputs[index].bytes = bytes.get();
        m_pending.pop_front();
    }

    std::vector<Output> &m_outputs;
    std::size_t m_limit;
    std::deque<std::pair<std::size_t, std::future<QByteArray>>> m_pending;
};

// The cause of a failed system call as the system names it ("File too large", "No space left on
// device"); Qt's own error text for a failed write is often just "Unknown error".
std::string systemError(int error, const QFileDevice &file)
{
    if (error != 0)
        return std::strerror(error);
    const QString qt = file.errorString();
    return qt.isEmpty() ? std::string("unknown error") : text(qt);
}

// Writes all of `bytes` to the file's descriptor and forces them to the disk; the errno on failure.
int writeWhole(QSaveFile &file, const QByteArray &bytes)
{
    const int fd = file.handle();
    if (fd < 0)
        return EBADF;
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        data += written;
        left -= written;
    }
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
        return errno;
    return 0;
}

// Every file or none. First each one is written whole to a temporary file beside its target (QSaveFile,
// an unnamed O_TMPFILE on Linux, which vanishes with the process); only when all of them are written
// and on the disk are they renamed into place. A failure in the first phase changes no existing file
// and leaves no temporary file: the QSaveFiles are destroyed uncommitted, which discards them.
void writeAll(const std::vector<Output> &outputs)
{
    // Past `ulimit -f` the kernel sends SIGXFSZ, which would kill the process before it could say why
    // or clean up; ignored, the write fails with EFBIG ("File too large") instead.
    std::signal(SIGXFSZ, SIG_IGN);
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const Output &output : outputs) {
        auto file = std::make_unique<QSaveFile>(output.path);
        errno = 0;
        if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            throw ExportError("cannot write " + text(output.path) + ": " + systemError(errno, *file));
        if (const int error = writeWhole(*file, output.bytes))
            throw ExportError("cannot write " + text(output.path) + ": " + systemError(error, *file));
        files.push_back(std::move(file));
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        errno = 0;
        if (!files[i]->commit())
            throw ExportError("cannot write " + text(outputs[i].path) + ": " + systemError(errno, *files[i]));
    }
}

} // namespace

Sweep parseSweep(const QString &spec)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const QStringList range = spec.mid(eq + 1).split(QLatin1Char(':'));
    if (eq < 0 || range.size() != 3)
        throw ExportError("--sweep: \"" + text(spec) + "\" is not NAME=FROM:TO:STEP, e.g. p=0.05:0.95:0.05");
    Sweep sweep {spec.left(eq), {}};
    if (!QStringList {"p", "q", "y", "yhat"}.contains(sweep.parameter))
        throw ExportError("--sweep: \"" + text(sweep.parameter) + "\" is not a parameter; use p, q, y or yhat");
    const double from = sweepNumber(range[0], "FROM"), to = sweepNumber(range[1], "TO");
    const double step = sweepNumber(range[2], "STEP");
    const double low = std::min(from, to), high = std::max(from, to);
    if (low < 0.0 || high > 1.0)
        throw ExportError("--sweep: " + text(sweep.parameter) + " must stay in [0, 1]");
    if (!(step > 0.0))
        throw ExportError("--sweep: STEP must be greater than 0");
    // Each value from its index, not by repeated addition, so 0.05:0.95:0.05 ends at 0.95 exactly.
    const double count = std::floor((high - low) / step * (1 + 1e-12) + 1e-9);
    if (count + 1 > kMaxSweepSteps)
        throw ExportError("--sweep: " + std::to_string(static_cast<long long>(count + 1)) + " steps; at most "
                          + std::to_string(kMaxSweepSteps));
    const double direction = to >= from ? 1.0 : -1.0;
    for (int i = 0; i <= static_cast<int>(count); ++i)
        sweep.values.push_back(std::clamp(from + direction * i * step, low, high));
    if (sweep.parameter == QLatin1String("y")) {
        for (double y : sweep.values) {
            if (y != 0.0 && y != 1.0)
                throw ExportError("--sweep: the label y is 0 or 1; use y=0:1:1");
        }
    }
    return sweep;
}

bool hasFigure(const QString &panel, widgets::FigureFormat format)
{
    // The panel says: one made on a scratch state, never shown, costs no drawing.
    widgets::LessonState scratch;
    const std::unique_ptr<widgets::PlotPanel> made(widgets::createPanel(panel, &scratch, widgets::Theme::light()));
    return made && made->hasFigure(format);
}

QStringList allPanels(widgets::FigureFormat format)
{
    QStringList panels;
    for (const QString &name : widgets::panelNames()) {
        if (hasFigure(name, format))
            panels << name;
    }
    return panels;
}

QStringList plannedFiles(const FigureJob &job)
{
    const int steps = job.sweep ? int(job.sweep->values.size()) : 1;
    if (job.options.format == widgets::FigureFormat::Pdf)
        return {fileName(job, job.panels.value(0), 0, 1)};
    QStringList files;
    for (int step = 0; step < steps; ++step) {
        for (const QString &panel : job.panels)
            files << fileName(job, panel, step, steps);
    }
    return files;
}

QStringList writeFigures(widgets::LessonState &state, const FigureJob &job)
{
    if (job.options.format == widgets::FigureFormat::Tex) {
        const double aspect = double(job.options.height) / job.options.width;
        if (!(aspect >= widgets::kMinTexAspect && aspect <= widgets::kMaxTexAspect))
            throw ExportError("--format tex: a " + std::to_string(job.options.width) + "x"
                              + std::to_string(job.options.height)
                              + " figure is too flat or too tall for PGFPlots; its height must be 0.2 to 10 "
                                "times its width");
    }
    const QStringList files = plannedFiles(job);
    for (const QString &file : files)
        checkWritable(file);

    std::vector<std::unique_ptr<widgets::PlotPanel>> panels;
    for (const QString &name : job.panels) {
        panels.emplace_back(widgets::createPanel(name, &state, job.options.theme));
        if (!panels.back())
            throw ExportError("unknown panel \"" + text(name) + "\"");
    }
    const int steps = job.sweep ? int(job.sweep->values.size()) : 1;
    std::vector<Output> outputs;
    outputs.reserve(std::size_t(files.size()));
    PngEncoders encoders(outputs);
    QByteArray pdfBytes;
    QBuffer pdfBuffer(&pdfBytes);
    std::unique_ptr<widgets::PdfFigureDocument> pdf;
    if (job.options.format == widgets::FigureFormat::Pdf) {
        pdfBuffer.open(QIODevice::WriteOnly);
        pdf = std::make_unique<widgets::PdfFigureDocument>(&pdfBuffer, job.options, panels.front()->title());
    }
    for (int step = 0; step < steps; ++step) {
        if (job.sweep)
            applyParameter(state, job.sweep->parameter, job.sweep->values[step]);
        for (const auto &panel : panels) {
            panel->drawFigureSamples(job.seed, job.samples);
            widgets::prepareFigure(panel.get(), job.options);
            if (pdf) {
                pdf->addPage(panel.get());
            } else if (job.options.format == widgets::FigureFormat::Png) {
                outputs.push_back({files[int(outputs.size())], {}});
                encoders.encode(outputs.size() - 1, widgets::renderImage(panel.get(), job.options));
            } else {
                outputs.push_back({files[int(outputs.size())], widgets::renderFigure(panel.get(), job.options)});
            }
        }
    }
    encoders.finish();
    if (pdf) {
        if (!pdf->finish())
            throw ExportError("cannot write " + text(files.front()) + ": the PDF could not be finished");
        outputs.push_back({files.front(), pdfBytes});
    }
    writeAll(outputs);
    return files;
}

} // namespace app
