// Figures as a user gets them: `entropylab export` through the real executable (no display, no
// QT_QPA_PLATFORM), and File > Export in the window, which must draw the same plot.
#include "app/classroom.h"
#include "app/document.h"
#include "app/exportdialog.h"
#include "app/mainwindow.h"
#include "widgets/model/lessonstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/plotpanel.h"
#include "widgets/figureexport.h"
#include "widgets/model/trainingstate.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QDateTime>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The executable with neither a display nor a platform chosen, as in a CI job or over ssh.
Run entropylab(const QStringList &arguments, const QString &workingDirectory = QString())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(ENTROPYLAB_EXECUTABLE), QStringList {QStringLiteral("export")} + arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

qsizetype pdfImageCount(const QByteArray &pdf)
{
    static const QRegularExpression image(QStringLiteral("/Subtype\\s*/Image"));
    return QString::fromLatin1(pdf).count(image);
}

// Distinct colours of a sample of pixels: a drawn plot has many, a blank figure one.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Whether this run leaves compiling TeX to another: the asan test preset sets
// ENTROPYLAB_SKIP_TEX_COMPILE=1, since pdflatex is not the code under test there and its minutes
// would double the TeX time of a CI run. The TeX texts are still written and checked.
bool texCompileLeftToRelease()
{
    return qEnvironmentVariableIntValue("ENTROPYLAB_SKIP_TEX_COMPILE") == 1;
}

#define SKIP_IF_TEX_COMPILE_LEFT_TO_RELEASE()                                                                          \
    do {                                                                                                               \
        if (texCompileLeftToRelease())                                                                                 \
            QSKIP("compiling TeX is checked by the release run (ENTROPYLAB_SKIP_TEX_COMPILE=1)");                      \
    } while (false)

// pdflatex with pgfplots, or an empty path (the test then skips, but fails on CI, which has it).
QString pdflatexWithPgfplots()
{
    if (texCompileLeftToRelease())
        return {};
    const QString pdflatex = QStandardPaths::findExecutable(QStringLiteral("pdflatex"));
    QProcess kpsewhich;
    kpsewhich.start(QStringLiteral("kpsewhich"), {QStringLiteral("pgfplots.sty")});
    const bool pgfplots = kpsewhich.waitForFinished() && kpsewhich.exitCode() == 0;
    return pgfplots ? pdflatex : QString();
}

// Compiles `file` in `folder`; empty when it gave a PDF, else the end of pdflatex's output.
QString compileTex(const QString &pdflatex, const QString &folder, const QString &file)
{
    QProcess latex;
    latex.setWorkingDirectory(folder);
    latex.start(pdflatex, {"-interaction=nonstopmode", "-halt-on-error", file});
    if (!latex.waitForFinished(180000))
        return file + QStringLiteral(": pdflatex did not finish");
    const QByteArray pdf = readAll(QDir(folder).filePath(QFileInfo(file).completeBaseName() + ".pdf"));
    if (latex.exitCode() != 0 || !pdf.startsWith("%PDF-"))
        return file + QLatin1Char('\n') + QString::fromUtf8(latex.readAllStandardOutput().right(1500));
    return {};
}

// The size of the first page in PostScript points, as poppler's pdfinfo reads it; empty without pdfinfo.
QSizeF pdfPageSize(const QString &pdf)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {pdf});
    if (!pdfinfo.waitForFinished(60000) || pdfinfo.exitCode() != 0)
        return {};
    static const QRegularExpression size(QStringLiteral(R"(Page size:\s+([0-9.]+) x ([0-9.]+) pts)"));
    const QRegularExpressionMatch m = size.match(QString::fromUtf8(pdfinfo.readAllStandardOutput()));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

// Whether every pixel in the outer `share` of the image, on all four sides, is the slide's white.
bool marginIsBlank(const QImage &image, double share, QString *where)
{
    const int dx = std::max(1, qRound(image.width() * share)), dy = std::max(1, qRound(image.height() * share));
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool margin = x < dx || x >= image.width() - dx || y < dy || y >= image.height() - dy;
            if (margin && qGray(image.pixel(x, y)) < 235) {
                *where = QStringLiteral("ink at (%1, %2) of %3x%4").arg(x).arg(y).arg(image.width()).arg(image.height());
                return false;
            }
        }
    }
    return true;
}

// pdflatex, pgfplots and poppler's tools, or a reason to skip (a failure on CI, which has them).
bool haveTexTools()
{
    const bool have = !pdflatexWithPgfplots().isEmpty() && !QStandardPaths::findExecutable("pdfinfo").isEmpty()
        && !QStandardPaths::findExecutable("pdftoppm").isEmpty();
    return have;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void png_hasTheRequestedSize()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("kl.png"));
        const Run run = entropylab({"--panel", "kl", "--format", "png", "--out", out, "--width", "640", "--height",
                                    "360", "--scale", "2", "--p", "0.2", "--q", "0.7"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.out.trimmed(), out.toUtf8());
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1280, 720));
        QVERIFY(colourCount(image) > 20);
    }

    void svg_isVectorOnly()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cross.svg"));
        QCOMPARE(entropylab({"--panel", "cross-entropy", "--out", out}).exitCode, 0);
        const QByteArray svg = readAll(out);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 1600, 900));
        QVERIFY(svg.count("<path") + svg.count("<polyline") > 20);
        QVERIFY(!svg.contains("<image"));
        QVERIFY(svg.contains("H(p, q) = 1.1464")); // the label as text, not as a picture of text
    }

    void pdf_allPanelsAreVectorPagesOfOneFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("lesson.pdf"));
        const Run run = entropylab({"--panel", "all", "--out", out, "--theme", "presentation", "--caption"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {"lesson.pdf"});
        const QByteArray pdf = readAll(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPages(pdf), 10);
        // Vector drawings, but for the training lab's two loss surfaces and their colour scales:
        // colour maps are images.
        QCOMPARE(pdfImageCount(pdf), 4);
    }

    // The same command gives the same bytes, a second later too: no clock in the PDF (its fonts in
    // one order whatever Qt's per-process hash seed); SOURCE_DATE_EPOCH gives the date when set.
    void pdf_sameInputSameBytes()
    {
        QTemporaryDir dir;
        const QStringList all {"--panel", "all", "--caption", "--out"};
        QCOMPARE(entropylab(all + QStringList {dir.filePath("a.pdf")}).exitCode, 0);
        const qint64 firstRun = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > firstRun, 2000); // a clock would differ now
        QCOMPARE(entropylab(all + QStringList {dir.filePath("b.pdf")}).exitCode, 0);
        const QByteArray a = readAll(dir.filePath("a.pdf"));
        QVERIFY(a.startsWith("%PDF-"));
        QVERIFY(a == readAll(dir.filePath("b.pdf")));
        QVERIFY(!a.contains("/CreationDate"));

        qputenv("SOURCE_DATE_EPOCH", "0");
        const Run epoch = entropylab({"--panel", "kl", "--out", dir.filePath("c.pdf")});
        qputenv("SOURCE_DATE_EPOCH", "1700000000");
        const Run later = entropylab({"--panel", "kl", "--out", dir.filePath("d.pdf")});
        qunsetenv("SOURCE_DATE_EPOCH");
        QCOMPARE(epoch.exitCode, 0);
        QCOMPARE(later.exitCode, 0);
        const QByteArray c = readAll(dir.filePath("c.pdf")), d = readAll(dir.filePath("d.pdf"));
        QVERIFY2(c.contains("/CreationDate (D:19700101000000Z)"), c.left(400).constData());
        QVERIFY(d.contains("/CreationDate (D:20231114221320Z)"));
        // Only the date differs, in place: the byte offsets of the cross-reference table still hold.
        QCOMPARE(c.size(), d.size());
        QCOMPARE(c.indexOf("/CreationDate"), d.indexOf("/CreationDate"));
        const qsizetype startxref = c.lastIndexOf("startxref");
        const qsizetype xref = c.mid(startxref + 9).trimmed().split('\n').value(0).toLongLong();
        QVERIFY(c.mid(xref).startsWith("xref"));
    }

    void allPanels_oneFileEach()
    {
        QTemporaryDir dir;
        const Run run = entropylab({"--panel", "all", "--format", "svg", "--out", dir.filePath("fig.svg")});
        QCOMPARE(run.exitCode, 0);
        QStringList expected;
        for (const char *name : {"information", "entropy", "cross-entropy", "kl", "loss", "distribution",
                                 "contributions", "code-length", "sampling", "training"})
            expected << QStringLiteral("fig-%1.svg").arg(QLatin1String(name));
        QStringList written = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(QSet<QString>(written.begin(), written.end()), QSet<QString>(expected.begin(), expected.end()));
        QCOMPARE(run.out.split('\n').size(), 11); // ten paths and the final newline
    }

    void training_sameArgumentsSameFigure()
    {
        QTemporaryDir dir;
        const auto render = [&](const QString &name, const QStringList &more) {
            const QString out = dir.filePath(name);
            const Run run = entropylab(
                QStringList {"--panel", "training", "--out", out, "--width", "1200", "--height", "700"} + more);
            return run.exitCode == 0 ? QImage(out) : QImage();
        };
        const QImage first = render("a.png", {"--iterations", "150", "--seed", "5"});
        QVERIFY(!first.isNull());
        QCOMPARE(first.size(), QSize(1200, 700));
        QVERIFY(first == render("b.png", {"--iterations", "150", "--seed", "5"}));
        QVERIFY(first != render("c.png", {"--iterations", "151", "--seed", "5"}));
        QVERIFY(first != render("d.png", {"--iterations", "150", "--seed", "6"}));
        QVERIFY(first != render("e.png", {"--iterations", "150"})); // the preset's own data
        // The window's export of its lab is the command line's: the same data, the same iterations.
        app::MainWindow window;
        window.document()->state()->training()->generate(5);
        window.document()->state()->training()->step(150);
        app::FigureJob job;
        job.panels = QStringList {QStringLiteral("training")};
        job.out = dir.filePath(QStringLiteral("window.png"));
        job.options.width = 1200;
        job.options.height = 700;
        QCOMPARE(window.exportFigures(job), QStringList {job.out});
        QVERIFY(QImage(job.out) == first);
        // LaTeX of all panels leaves the lab out rather than fail.
        const Run tex = entropylab({"--panel", "all", "--format", "tex", "--out", dir.filePath("fig.tex")});
        QCOMPARE(tex.exitCode, 0);
        QVERIFY(!tex.out.contains("training"));
    }

    // A job's PNGs are encoded on other threads while the next panel is drawn: each file is still
    // the bytes of that panel at that step, in the planned order, however many images wait.
    void pngJob_eachFileIsItsPanelsFigure_data()
    {
        QTest::addColumn<QStringList>("panels");
        QTest::addColumn<QString>("sweep");
        QTest::newRow("one panel") << QStringList {QStringLiteral("kl")} << QString();
        QTest::newRow("all panels") << widgets::panelNames() << QString();
        QTest::newRow("a sweep of 12 steps, two panels")
            << QStringList {QStringLiteral("entropy"), QStringLiteral("loss")} << QStringLiteral("p=0.05:0.6:0.05");
        // Bad input: an unknown panel among good ones writes nothing.
        QTest::newRow("an unknown panel") << QStringList {QStringLiteral("kl"), QStringLiteral("nothing")} << QString();
    }

    void pngJob_eachFileIsItsPanelsFigure()
    {
        QFETCH(QStringList, panels);
        QFETCH(QString, sweep);
        QTemporaryDir dir;
        widgets::LessonState state;
        app::FigureJob job;
        job.panels = panels;
        job.out = dir.filePath(QStringLiteral("fig.png"));
        job.options.width = 480;
        job.options.height = 270;
        if (!sweep.isEmpty())
            job.sweep = app::parseSweep(sweep);
        if (panels.contains(QStringLiteral("nothing"))) {
            QVERIFY_THROWS_EXCEPTION(app::ExportError, app::writeFigures(state, job));
            QVERIFY(QDir(dir.path()).isEmpty());
            return;
        }
        const QStringList files = app::writeFigures(state, job);
        QCOMPARE(files, app::plannedFiles(job));
        // The same figures drawn one at a time, on this thread.
        widgets::LessonState alone;
        const std::vector<double> steps = job.sweep ? job.sweep->values : std::vector<double> {alone.p()};
        qsizetype file = 0;
        for (double p : steps) {
            alone.setP(p);
            for (const QString &name : panels) {
                const std::unique_ptr<widgets::PlotPanel> panel(widgets::createPanel(name, &alone, job.options.theme));
                panel->drawFigureSamples(job.seed, job.samples);
                widgets::prepareFigure(panel.get(), job.options);
                QVERIFY2(readAll(files[file]) == widgets::renderFigure(panel.get(), job.options),
                         qPrintable(files[file]));
                ++file;
            }
        }
        QCOMPARE(file, files.size());
    }

    void sweep_oneFramePerStep()
    {
        QTemporaryDir dir;
        const Run run = entropylab({"--panel", "entropy", "--out", dir.filePath("h.png"), "--sweep", "p=0.05:0.95:0.3",
                                    "--width", "400", "--height", "300", "--caption"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList({"h-001.png", "h-002.png", "h-003.png", "h-004.png"}));
        // The frames differ: the marker moves with p.
        QVERIFY(QImage(dir.filePath("h-001.png")) != QImage(dir.filePath("h-004.png")));

        const QString pdf = dir.filePath("steps.pdf");
        QCOMPARE(entropylab({"--panel", "kl", "--out", pdf, "--sweep", "q=0.9:0.1:0.1"}).exitCode, 0);
        QCOMPARE(pdfPages(readAll(pdf)), 9);
    }

    void badArguments_exitTwoAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList kl {"--panel", "kl"};
        QTest::newRow("unknown panel") << QStringList {"--panel", "entropies", "--out", "OUT/a.png"}
                                       << "\"entropies\" is not a panel";
        QTest::newRow("unknown format") << kl + QStringList {"--format", "gif", "--out", "OUT/a"}
                                        << "\"gif\" is not a format";
        QTest::newRow("no format, no suffix") << kl + QStringList {"--out", "OUT/a"} << "--format is required";
        QTest::newRow("suffix against format")
            << kl + QStringList {"--format", "svg", "--out", "OUT/a.png"} << "ends in .png";
        QTest::newRow("width 0") << kl + QStringList {"--out", "OUT/a.png", "--width", "0"} << "--width: 0 is not";
        QTest::newRow("width above 16384")
            << kl + QStringList {"--out", "OUT/a.png", "--width", "16385"} << "--width: 16385";
        QTest::newRow("height 0") << kl + QStringList {"--out", "OUT/a.png", "--height", "0"} << "--height: 0";
        QTest::newRow("height not whole")
            << kl + QStringList {"--out", "OUT/a.png", "--height", "2.5"} << "--height: 2.5";
        QTest::newRow("scaled above 16384")
            << kl + QStringList {"--out", "OUT/a.png", "--width", "9000", "--scale", "2"} << "18000";
        QTest::newRow("scale 0") << kl + QStringList {"--out", "OUT/a.png", "--scale", "0"} << "--scale: 0";
        QTest::newRow("unknown theme") << kl + QStringList {"--out", "OUT/a.png", "--theme", "neon"}
                                       << "\"neon\" is not a theme";
        QTest::newRow("p above 1") << kl + QStringList {"--out", "OUT/a.png", "--p", "1.5"} << "--p: a probability";
        QTest::newRow("p list off 1") << kl + QStringList {"--out", "OUT/a.png", "--p", "0.2,0.9"}
                                      << "--p: the entries sum to";
        QTest::newRow("p decimal comma") << kl + QStringList {"--out", "OUT/a.png", "--p", "0,3"}
                                         << "--p: \"0,3\" is two entries; did you mean 0.3? use a decimal point";
        QTest::newRow("q list alone") << kl + QStringList {"--out", "OUT/a.png", "--q", "0.2,0.8"}
                                      << "give --p as a list";
        QTest::newRow("lists differ") << kl + QStringList {"--out", "OUT/a.png", "--p", "0.5,0.5", "--q", "0.2,0.3,0.5"}
                                      << "--q has 3 outcomes but --p has 2";
        QTest::newRow("too many outcomes")
            << kl + QStringList {"--out", "OUT/a.png", "--p", QString("0,").repeated(64) + "1"} << "at most 64";
        QTest::newRow("labels count") << kl + QStringList {"--out", "OUT/a.png", "--p", "0.5,0.5", "--labels", "a,b,c"}
                                      << "--labels has 3 labels for 2";
        QTest::newRow("labels alone") << kl + QStringList {"--out", "OUT/a.png", "--labels", "a,b"}
                                      << "--labels goes with lists";
        // The one rule for labels (core/outcomelabel.h), as sessions and presets apply it.
        const QStringList pair = kl + QStringList {"--out", "OUT/a.png", "--p", "0.5,0.5", "--labels"};
        QTest::newRow("labels the same") << pair + QStringList {"a,a"}
                                         << "--labels: labels 1 and 2 are the same: \"a\" names two outcomes";
        QTest::newRow("label empty") << pair + QStringList {"a,"} << "--labels: label 2 is empty";
        QTest::newRow("label of 41 bytes") << pair + QStringList {"a," + QString(41, u'x')}
                                           << "--labels: label 2 is 41 bytes of UTF-8; the limit is 40 bytes";
        QTest::newRow("label with a control character") << pair + QStringList {QStringLiteral("a\u0007,b")}
                                                        << "--labels: label 1 holds the control character U+0007";
        QTest::newRow("a and a + zero-width space") << pair + QStringList {QStringLiteral("a,a\u200B")}
                                                    << "--labels: label 2 holds the invisible format character U+200B";
        QTest::newRow("label with a right-to-left override")
            << pair + QStringList {QStringLiteral("\u202Ea,b")}
            << "--labels: label 1 holds the invisible format character U+202E";
        QTest::newRow("unknown preset") << kl + QStringList {"--out", "OUT/a.png", "--preset", "fair-dice"}
                                        << "neither a built-in preset";
        QTest::newRow("preset and list") << kl
                + QStringList {"--out", "OUT/a.png", "--preset", "fair-die", "--p", "0.5,0.5"}
                                         << "leave out the lists";
        QTest::newRow("samples negative") << kl + QStringList {"--out", "OUT/a.png", "--samples", "-1"} << "--samples:";
        QTest::newRow("seed zero") << kl + QStringList {"--out", "OUT/a.png", "--seed", "0"} << "--seed:";
        QTest::newRow("q not a number") << kl + QStringList {"--out", "OUT/a.png", "--q", "abc"} << "--q:";
        QTest::newRow("y 0.5") << kl + QStringList {"--out", "OUT/a.png", "--y", "0.5"} << "--y: the label";
        QTest::newRow("bad unit") << kl + QStringList {"--out", "OUT/a.png", "--unit", "bytes"}
                                  << "\"bytes\" is not a unit";
        QTest::newRow("sweep form") << kl + QStringList {"--out", "OUT/a.png", "--sweep", "p=0.1:0.9"}
                                    << "NAME=FROM:TO:STEP";
        QTest::newRow("sweep name") << kl + QStringList {"--out", "OUT/a.png", "--sweep", "r=0.1:0.9:0.1"}
                                    << "\"r\" is not a parameter";
        QTest::newRow("sweep step 0") << kl + QStringList {"--out", "OUT/a.png", "--sweep", "p=0.1:0.9:0"}
                                      << "STEP must be";
        QTest::newRow("sweep outside") << kl + QStringList {"--out", "OUT/a.png", "--sweep", "p=0.1:1.5:0.1"}
                                       << "[0, 1]";
        QTest::newRow("sweep too long") << kl + QStringList {"--out", "OUT/a.png", "--sweep", "p=0:1:0.0001"}
                                        << "at most 1000";
        QTest::newRow("training as LaTeX")
            << QStringList {"--panel", "training", "--out", "OUT/a.tex"} << "no LaTeX form";
        QTest::newRow("iterations negative")
            << QStringList {"--panel", "training", "--out", "OUT/a.png", "--iterations", "-1"} << "--iterations: ";
        QTest::newRow("iterations not whole")
            << QStringList {"--panel", "training", "--out", "OUT/a.png", "--iterations", "2.5"} << "--iterations: ";
        QTest::newRow("iterations too many")
            << QStringList {"--panel", "training", "--out", "OUT/a.png", "--iterations", "100001"} << "100000";
        QTest::newRow("unknown training preset")
            << QStringList {"--panel", "training", "--out", "OUT/a.png", "--training-preset", "xor"}
            << "--training-preset: ";
        QTest::newRow("missing out") << kl << "--out is required";
        QTest::newRow("missing panel") << QStringList {"--out", "OUT/a.png"} << "--panel is required";
        QTest::newRow("unknown option") << kl + QStringList {"--out", "OUT/a.png", "--colour", "red"}
                                        << "unknown option";
        QTest::newRow("folder missing") << kl + QStringList {"--out", "OUT/no/such/folder/a.png"} << "does not exist";
        QTest::newRow("unwritable file") << kl + QStringList {"--out", "/proc/version.png"} << "cannot write";
        const QString sessions = QStringLiteral(ENTROPYLAB_TEST_DATA) + QStringLiteral("/sessions/");
        QTest::newRow("session missing") << kl + QStringList {"--out", "OUT/a.png", "--session", "OUT/none.entropylab"}
                                         << "--session: ";
        QTest::newRow("session truncated")
            << kl + QStringList {"--out", "OUT/a.png", "--session", sessions + "truncated.json"} << "truncated.json";
        QTest::newRow("session from a newer app")
            << kl + QStringList {"--out", "OUT/a.png", "--session", sessions + "newer-version.json"} << "newer";
        QTest::newRow("session in UTF-16")
            << kl + QStringList {"--out", "OUT/a.png", "--session", sessions + "utf16.json"} << "utf16.json";
        QTest::newRow("session not summing to 1")
            << kl + QStringList {"--out", "OUT/a.png", "--session", sessions + "wrong-sum.json"} << "wrong-sum.json";
        QTest::newRow("session is a folder")
            << kl + QStringList {"--out", "OUT/a.png", "--session", "OUT"} << "--session: ";
        // The third of nine files would land on a folder: the first two must not be left behind.
        QTest::newRow("one of many blocked") << QStringList {"--panel", "all", "--out", "OUT/fig.png"} << "is a folder";
    }

    void badArguments_exitTwoAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("fig-cross-entropy.png"));
        arguments.replaceInStrings(QStringLiteral("OUT"), dir.path());
        const Run run = entropylab(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        QVERIFY2(run.err.startsWith("entropylab export: ") && run.err.count('\n') == 1, run.err.constData());
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        // Nothing written, not even a temporary file: only the folder the test put there.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList {"fig-cross-entropy.png"});
    }

    // A write that fails part-way (here the file size limit of `ulimit -f`, as a full disk would) changes
    // no file that was there before and leaves no temporary file, and the message says why.
    void failedWrite_changesNoExistingFile()
    {
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        if (bash.isEmpty())
            QSKIP("bash is needed for ulimit");
        QTemporaryDir dir;
        const QByteArray old = "the figure of last week's lecture";
        {
            QFile file(dir.filePath("information.png"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(old);
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        QProcess process;
        process.setProcessEnvironment(environment);
        // 100 KiB a file: the first panels fit, the loss panel's image does not.
        process.start(bash,
                      {"-c", "ulimit -f 100 && exec \"$0\" export --panel all --format png --out \"$1\"/",
                       QStringLiteral(ENTROPYLAB_EXECUTABLE), dir.path()});
        QVERIFY(process.waitForFinished(120000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
        QCOMPARE(process.exitCode(), 2);
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
        QVERIFY2(err.startsWith("entropylab export: cannot write ") && err.count('\n') == 1, err.constData());
        QVERIFY2(err.contains(": File too large"), err.constData());
        QCOMPARE(readAll(dir.filePath("information.png")), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList {"information.png"});

        // Without the limit the same command replaces it.
        QCOMPARE(entropylab({"--panel", "all", "--format", "png", "--out", dir.path() + "/"}).exitCode, 0);
        QVERIFY(QImage(dir.filePath("information.png")).width() == 1600);
    }

    void manyOutcomes_fromListsAndPresets()
    {
        QTemporaryDir dir;
        const QString bars = dir.filePath("bars.svg");
        const Run lists = entropylab({"--panel", "distribution", "--out", bars, "--p", "0.2,0.3,0.5", "--q",
                                      "0.3,0.3,0.4", "--labels", "rain,sun,snow"});
        QCOMPARE(lists.exitCode, 0);
        const QByteArray svg = readAll(bars);
        for (const char *label : {"rain", "sun", "snow", "0.20", "0.50", "0.40"})
            QVERIFY2(svg.contains(label), label);

        // A preset by name: the letters' own labels reach the figure.
        const QString letters = dir.filePath("letters.svg");
        QCOMPARE(entropylab({"--panel", "contributions", "--preset", "english-letters", "--out", letters}).exitCode, 0);
        QVERIFY(readAll(letters).contains(">e<"));

        // The sampling figure is the same for the same seed, and different for another.
        const auto sampled = [&](const QString &name, const QString &seed) {
            const QString out = dir.filePath(name);
            entropylab(
                {"--panel", "sampling", "--preset", "fair-die", "--samples", "300", "--seed", seed, "--out", out});
            return QImage(out);
        };
        const QImage first = sampled("a.png", "7"), again = sampled("b.png", "7"), other = sampled("c.png", "8");
        QVERIFY(!first.isNull());
        QVERIFY(first == again);
        QVERIFY(first != other);
    }

    void tex_compilesWithPdflatex()
    {
        SKIP_IF_TEX_COMPILE_LEFT_TO_RELEASE();
        const QString pdflatex = QStandardPaths::findExecutable(QStringLiteral("pdflatex"));
        const bool pgfplots = QProcess::execute(QStringLiteral("kpsewhich"), {QStringLiteral("pgfplots.sty")}) == 0;
        if (pdflatex.isEmpty() || !pgfplots) {
            // CI installs TeX (scripts/install-deps.sh --test): there the figure must compile.
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("pdflatex with pgfplots is missing: run scripts/install-deps.sh --test");
            QSKIP("pdflatex with pgfplots is not installed");
        }
        QTemporaryDir dir;
        const Run run = entropylab({"--panel", "all", "--format", "tex", "--out", dir.filePath("fig.tex"), "--caption",
                                    "--theme", "dark", "--p", "1e-7", "--q", "1"});
        QCOMPARE(run.exitCode, 0);
        for (const QString &file : QDir(dir.path()).entryList({"*.tex"})) {
            QProcess latex;
            latex.setWorkingDirectory(dir.path());
            latex.start(pdflatex, {"-interaction=nonstopmode", "-halt-on-error", file});
            QVERIFY(latex.waitForFinished(120000));
            QVERIFY2(latex.exitCode() == 0,
                     qPrintable(file + QLatin1Char('\n') + latex.readAllStandardOutput().right(1500)));
            const QByteArray pdf = readAll(dir.filePath(QFileInfo(file).completeBaseName() + ".pdf"));
            QVERIFY(pdf.startsWith("%PDF-"));
        }
        // And every panel \input into one Beamer deck, as a lecturer uses them.
        QFile deck(dir.filePath("deck.tex"));
        QVERIFY(deck.open(QIODevice::WriteOnly));
        deck.write("\\documentclass{beamer}\n\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.16}\n\\begin{document}\n");
        const QStringList figures = QDir(dir.path()).entryList({"fig-*.tex"});
        QCOMPARE(figures.size(), 9);
        for (const QString &file : figures)
            deck.write("\\begin{frame}\\input{" + file.toUtf8() + "}\\end{frame}\n");
        deck.write("\\end{document}\n");
        deck.close();
        const QString error = compileTex(pdflatex, dir.path(), QStringLiteral("deck.tex"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Every label a session accepts compiles, alone and \input into a Beamer deck: Greek as math
    // letters, scripts as math scripts (pᵢ is $p_{i}$), Cyrillic in T2A where the document has it,
    // any other letter itself where the document can set it, else "?".
    void tex_anyLabelCompiles_data()
    {
        QTest::addColumn<QString>("labels");
        QTest::addColumn<QStringList>("expected"); // in the .tex
        QTest::newRow("Greek") << "α,β,Ω" << QStringList {"{$\\alpha$}", "{$\\beta$}", "{$\\Omega$}"};
        QTest::newRow("Greek capitals, accents") << "Α,ά,ς" << QStringList {"$\\mathrm{A}$", "{$\\alpha$}"};
        QTest::newRow("Cyrillic") << "Ж,Жук,да" << QStringList {"\\entropylabcyrillic{Жук}{???}"};
        QTest::newRow("subscripts") << "pᵢ,qⱼ,x²" << QStringList {"{$p_{i}$}", "{$q_{j}$}", "{$x^{2}$}"};
        QTest::newRow("other scripts") << "ա,é,א" << QStringList {"\\entropylabglyph{ա}", "{é}"};
        // T1 has them, OT1 (a Beamer deck's default) has not: in the deck they are "?", not an error.
        QTest::newRow("T1 letters") << "ð,ął,«x»" << QStringList {"{\\entropylabglyph{ð}}", "\\entropylabglyph{ł}"};
        QTest::newRow("beyond the BMP") << "a😀,𝔸,c" << QStringList {"a\\entropylabglyph{😀}"};
        QTest::newRow("mixed") << "αЖ,Жα,a1" << QStringList {"$\\alpha$\\entropylabcyrillic{Ж}{?}"};
    }

    void tex_anyLabelCompiles()
    {
        SKIP_IF_TEX_COMPILE_LEFT_TO_RELEASE();
        QFETCH(QString, labels);
        QFETCH(QStringList, expected);
        const QString pdflatex = pdflatexWithPgfplots();
        if (pdflatex.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("pdflatex with pgfplots is missing: run scripts/install-deps.sh --test");
            QSKIP("pdflatex with pgfplots is not installed");
        }
        QTemporaryDir dir;
        for (const char *panel : {"distribution", "contributions"}) {
            const QString file = QStringLiteral("%1.tex").arg(panel);
            const Run run = entropylab({"--panel", panel, "--format", "tex", "--p", "0.2,0.3,0.5", "--labels", labels,
                                        "--out", dir.filePath(file)});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QString tex = QString::fromUtf8(readAll(dir.filePath(file)));
            for (const QString &part : expected)
                QVERIFY2(tex.contains(part), qPrintable(part));
            const QString error = compileTex(pdflatex, dir.path(), file);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QFile deck(dir.filePath("deck.tex"));
        QVERIFY(deck.open(QIODevice::WriteOnly));
        deck.write("\\documentclass{beamer}\n\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.16}\n"
                   "\\begin{document}\n\\begin{frame}\\input{distribution.tex}\\end{frame}\n"
                   "\\begin{frame}\\input{contributions.tex}\\end{frame}\n\\end{document}\n");
        deck.close();
        const QString error = compileTex(pdflatex, dir.path(), QStringLiteral("deck.tex"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The window in Chinese: its figures need CJKutf8 only, its full-width punctuation included.
    void tex_chineseNeedsOnlyCjk()
    {
        QTemporaryDir dir;
        qputenv("LANGUAGE", "zh_CN");
        const Run run = entropylab({"--panel", "all", "--caption", "--format", "tex", "--out", dir.path() + "/"});
        qunsetenv("LANGUAGE");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray tex = readAll(dir.filePath("loss.tex"));
        QVERIFY(tex.contains("\\usepackage{CJKutf8}"));
        QVERIFY(tex.contains("，"));
        for (const QString &file : QDir(dir.path()).entryList({"*.tex"}))
            QVERIFY2(!readAll(dir.filePath(file)).contains("\\entropylabglyph"), qPrintable(file));
    }

    // A hundred thousand samples are drawn as what the figure shows, the running mean at 500 points
    // (the last one kept), not as every draw, which overflowed TeX's memory.
    void tex_manySamplesBoundedSize()
    {
        QTemporaryDir dir;
        const Run run = entropylab(
            {"--panel", "sampling", "--samples", "100000", "--format", "tex", "--out", dir.filePath("sampling.tex")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray tex = readAll(dir.filePath("sampling.tex"));
        QVERIFY2(tex.size() < 30000, QByteArray::number(tex.size()).constData());
        // The curve as drawn, not the draft of its two ends that only measures the figure.
        const qsizetype start = tex.indexOf("coordinates {\n"), end = tex.indexOf('}', start);
        QCOMPARE(tex.mid(start, end - start).count('('), 500);
        QVERIFY(tex.mid(start, end - start).contains("(100000,"));
        const QString pdflatex = pdflatexWithPgfplots();
        if (pdflatex.isEmpty())
            QSKIP("pdflatex with pgfplots is not installed");
        const QString error = compileTex(pdflatex, dir.path(), QStringLiteral("sampling.tex"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // TeX reads no exponent: lengths are fixed notation, and an aspect PGFPlots cannot draw is refused.
    void tex_extremeAspect()
    {
        QTemporaryDir dir;
        for (const auto &[width, height] : {std::pair {"16384", "1"}, std::pair {"1", "16384"}}) {
            const Run run = entropylab({"--panel", "kl", "--format", "tex", "--width", width, "--height", height,
                                        "--out", dir.filePath("flat.tex")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("too flat or too tall for PGFPlots"), run.err.constData());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
        // The flattest and the tallest it takes compile, and no length has an exponent.
        const QString pdflatex = pdflatexWithPgfplots();
        for (const auto &[width, height] : {std::pair {"16384", "3277"}, std::pair {"160", "1600"}}) {
            const QString file = QStringLiteral("kl-%1x%2.tex").arg(width, height);
            QCOMPARE(entropylab({"--panel", "kl", "--format", "tex", "--caption", "--width", width, "--height", height,
                                 "--out", dir.filePath(file)})
                         .exitCode,
                     0);
            const QString tex = QString::fromUtf8(readAll(dir.filePath(file)));
            static const QRegularExpression exponentLength(QStringLiteral("[0-9]e[-+]?[0-9]+(pt|\\\\linewidth)"));
            QVERIFY2(!tex.contains(exponentLength), qPrintable(exponentLength.match(tex).captured()));
            if (!pdflatex.isEmpty()) {
                const QString error = compileTex(pdflatex, dir.path(), file);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
    }

    // Compiled alone, a figure is a page of the figure's size (the standalone class), as its PDF is.
    void tex_standalonePageIsTheFigure_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<QSize>("size");
        QTest::newRow("default size") << "kl" << QSize(1600, 900);
        QTest::newRow("message length") << "code-length" << QSize(1600, 900);
        QTest::newRow("two value axes") << "loss" << QSize(1280, 720);
        QTest::newRow("4:3") << "contributions" << QSize(800, 600);
        QTest::newRow("square") << "entropy" << QSize(1000, 1000);
        QTest::newRow("wide") << "distribution" << QSize(2400, 800);
    }

    void tex_standalonePageIsTheFigure()
    {
        SKIP_IF_TEX_COMPILE_LEFT_TO_RELEASE();
        QFETCH(QString, panel);
        QFETCH(QSize, size);
        if (!haveTexTools()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("pdflatex, pgfplots or poppler-utils is missing: run scripts/install-deps.sh --test");
            QSKIP("pdflatex with pgfplots or poppler-utils is not installed");
        }
        QTemporaryDir dir;
        const QStringList size2 {"--width", QString::number(size.width()), "--height", QString::number(size.height())};
        const Run run = entropylab(QStringList {"--panel", panel, "--format", "tex", "--out", dir.filePath("fig.tex")} + size2);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(readAll(dir.filePath("fig.tex")).contains("{standalone}"));
        const QString error = compileTex(pdflatexWithPgfplots(), dir.path(), QStringLiteral("fig.tex"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entropylab(QStringList {"--panel", panel, "--out", dir.filePath("same.pdf")} + size2).exitCode, 0);
        const QSizeF tex = pdfPageSize(dir.filePath("fig.pdf")), pdf = pdfPageSize(dir.filePath("same.pdf"));
        qInfo("%s %dx%d: TeX page %.2f x %.2f pt, PDF page %.2f x %.2f pt", qPrintable(panel), size.width(),
              size.height(), tex.width(), tex.height(), pdf.width(), pdf.height());
        QVERIFY(std::abs(pdf.width() - size.width() * 0.75) < 0.5 && std::abs(pdf.height() - size.height() * 0.75) < 0.5);
        QVERIFY(std::abs(tex.width() - pdf.width()) < 1.0);
        QVERIFY(std::abs(tex.height() - pdf.height()) < 1.0);
    }

    // Every panel's figure \input at \linewidth into a frame of a 16:9 Beamer deck keeps its title,
    // axis titles and legend inside the frame: TeX reports no overfull box, and the margins of each
    // slide, drawn, are blank.
    void tex_everyPanelFitsABeamerFrame_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("default") << QStringList {};
        QTest::newRow("extreme") << QStringList {"--p", "0.001", "--q", "0.999", "--yhat", "0.01"};
        QTest::newRow("dark 4:3 with caption")
            << QStringList {"--theme", "dark", "--caption", "--width", "1024", "--height", "768"};
    }

    void tex_everyPanelFitsABeamerFrame()
    {
        SKIP_IF_TEX_COMPILE_LEFT_TO_RELEASE();
        QFETCH(QStringList, arguments);
        if (!haveTexTools()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("pdflatex, pgfplots or poppler-utils is missing: run scripts/install-deps.sh --test");
            QSKIP("pdflatex with pgfplots or poppler-utils is not installed");
        }
        QTemporaryDir dir;
        const Run run = entropylab(QStringList {"--panel", "all", "--format", "tex", "--out", dir.path() + "/"} + arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList figures = QDir(dir.path()).entryList({"*.tex"});
        QCOMPARE(figures.size(), 9);
        QFile deck(dir.filePath("deck.tex"));
        QVERIFY(deck.open(QIODevice::WriteOnly));
        deck.write("\\documentclass[aspectratio=169]{beamer}\n\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.16}\n"
                   "\\setbeamertemplate{navigation symbols}{}\n\\begin{document}\n");
        for (const QString &file : figures)
            deck.write("\\begin{frame}\\input{" + file.toUtf8() + "}\\end{frame}\n");
        deck.write("\\end{document}\n");
        deck.close();
        const QString error = compileTex(pdflatexWithPgfplots(), dir.path(), QStringLiteral("deck.tex"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString log = QString::fromUtf8(readAll(dir.filePath("deck.log")));
        static const QRegularExpression overfull(QStringLiteral("Overfull \\\\[hv]box[^\n]*"));
        QVERIFY2(!log.contains(overfull), qPrintable(overfull.match(log).captured()));
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"), {dir.filePath("deck.pdf")});
        QVERIFY(pdfinfo.waitForFinished(60000));
        QVERIFY(pdfinfo.readAllStandardOutput().contains("Pages:           9")); // no frame spilled over
        QProcess::execute(QStringLiteral("pdftoppm"), {"-r", "60", "-png", dir.filePath("deck.pdf"), dir.filePath("slide")});
        const QStringList slides = QDir(dir.path()).entryList({"slide*.png"}, QDir::Files, QDir::Name);
        QCOMPARE(slides.size(), 9);
        for (int i = 0; i < slides.size(); ++i) {
            QString where;
            // Beamer's side margins are 1 cm of the frame's 16: a figure that stays inside leaves 2 %.
            QVERIFY2(marginIsBlank(QImage(dir.filePath(slides[i])), 0.02, &where),
                     qPrintable(figures[i] + QStringLiteral(": ") + where));
        }
    }

    void windowExport_drawsWhatTheCommandLineDraws()
    {
        app::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->state()->setP(0.42);
        window.document()->state()->setQ(0.15);
        window.document()->state()->setUnit(core::Unit::Nats);
        QTemporaryDir dir;
        app::FigureJob job;
        job.panels = QStringList {QStringLiteral("cross-entropy")};
        job.out = dir.filePath(QStringLiteral("window.png"));
        job.options.width = 800;
        job.options.height = 500;
        job.options.caption = true;
        QCOMPARE(window.exportFigures(job), QStringList {job.out});
        QCOMPARE(window.document()->state()->p(), 0.42); // the window's state is left as it was

        const QString headless = dir.filePath(QStringLiteral("headless.png"));
        QCOMPARE(entropylab({"--panel", "cross-entropy", "--out", headless, "--width", "800", "--height", "500", "--p",
                             "0.42", "--q", "0.15", "--unit", "nats", "--caption"})
                     .exitCode,
                 0);
        const QImage fromWindow(job.out), fromCommandLine(headless);
        QCOMPARE(fromWindow.size(), QSize(800, 500));
        QVERIFY(fromWindow == fromCommandLine);
    }

    void session_drawsWhatTheWindowShows()
    {
        QTemporaryDir dir;
        app::MainWindow window;
        window.document()->state()->setP(0.15);
        window.document()->state()->setQ(0.8);
        window.document()->state()->setUnit(core::Unit::Nats);
        window.classroom()->setTheme(widgets::Theme::dark());
        const QString session = dir.filePath(QStringLiteral("lecture.entropylab"));
        QVERIFY(!window.document()->save(session));
        app::FigureJob job;
        job.panels = QStringList {QStringLiteral("kl")};
        job.out = dir.filePath(QStringLiteral("window.png"));
        job.options.theme = widgets::Theme::dark();
        QCOMPARE(window.exportFigures(job), QStringList {job.out});

        const QString headless = dir.filePath(QStringLiteral("headless.png"));
        const Run run = entropylab({"--session", session, "--panel", "kl", "--out", headless});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QImage(job.out) == QImage(headless)); // the session's state and theme, nothing else
        // Options after the session change it further.
        const QString light = dir.filePath(QStringLiteral("light.png"));
        QCOMPARE(entropylab({"--session", session, "--panel", "kl", "--theme", "light", "--out", light}).exitCode, 0);
        QVERIFY(QImage(light) != QImage(headless));
        QCOMPARE(QImage(light).pixelColor(2, 2), QColor(Qt::white));
    }

    void exportDialog_writesTheFileAndRemembersTheOptions()
    {
        app::MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Clicking a panel makes it the one Export offers.
        widgets::PlotPanel *kl = window.panel(QStringLiteral("kl"));
        QTest::mouseClick(kl, Qt::LeftButton, {}, kl->rect().center());
        QCOMPARE(window.currentPanel(), QStringLiteral("kl"));

        QTemporaryDir dir;
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        auto *dialog = window.findChild<app::ExportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->panelBox()->currentData().toString(), QStringLiteral("kl"));
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("svg")));
        dialog->widthBox()->setValue(1024);
        dialog->heightBox()->setValue(640);
        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(QStringLiteral("dark")));
        dialog->pathEdit()->setText(dir.filePath(QStringLiteral("slide.png")));
        QCOMPARE(dialog->formatBox()->currentData().toString(), QStringLiteral("svg"));
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("pdf")));
        QCOMPARE(dialog->pathEdit()->text(), dir.filePath(QStringLiteral("slide.pdf"))); // the suffix follows
        QPushButton *exportButton = nullptr;
        for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons()) {
            if (button->text().contains(QStringLiteral("Export")))
                exportButton = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(exportButton && exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        const QByteArray pdf = readAll(dir.filePath(QStringLiteral("slide.pdf")));
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPages(pdf), 1);

        // The next dialog starts where this one ended.
        app::ExportDialog again(QStringLiteral("loss"), QStringLiteral("light"));
        QCOMPARE(again.formatBox()->currentData().toString(), QStringLiteral("pdf"));
        QCOMPARE(again.widthBox()->value(), 1024);
        QCOMPARE(again.themeBox()->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(QFileInfo(again.pathEdit()->text()).absolutePath(), QDir(dir.path()).absolutePath());
    }

    void exportDialog_refusesAnOversizedImage()
    {
        app::ExportDialog dialog(QStringLiteral("loss"), QStringLiteral("light"));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("png")));
        dialog.widthBox()->setValue(12000);
        dialog.scaleBox()->setValue(2.0);
        QPushButton *exportButton = nullptr;
        for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons()) {
            if (button->text().contains(QStringLiteral("Export")))
                exportButton = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(!exportButton->isEnabled());
        dialog.scaleBox()->setValue(1.0);
        QVERIFY(exportButton->isEnabled());
    }

    void theme_redrawsEveryPanel()
    {
        app::MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.classroom()->setTheme(*widgets::Theme::byName(QStringLiteral("dark")));
        QCOMPARE(window.panels().size(), 10);
        for (int page = 0; page < window.pages()->count(); ++page) {
            window.pages()->setCurrentIndex(page);
            for (widgets::PlotPanel *panel : window.panels()) {
                QCOMPARE(panel->theme().name, QStringLiteral("dark"));
                if (!panel->isVisible())
                    continue;
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                panel->replot();
                const QImage image = panel->grab().toImage();
                QVERIFY2(qGray(image.pixel(2, 2)) < 60, qPrintable(panel->title())); // a dark background
            }
        }
        window.pages()->setCurrentIndex(0);
        // Sliders still drive the new panels.
        window.document()->state()->setP(0.05);
        QTRY_COMPARE(widgets::PlotPanel::markerPosition(window.panel("entropy")->graph(1)).x(), 0.05);
        window.classroom()->setTheme(widgets::Theme::light());
    }

    void copyFigure_putsTheCurrentPanelOnTheClipboard()
    {
        app::MainWindow window;
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPanel(QStringLiteral("loss"));
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasImage());
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        const widgets::PlotPanel *loss = window.panel(QStringLiteral("loss"));
        QCOMPARE(image.size(), loss->size() * loss->devicePixelRatioF());
        QVERIFY(colourCount(image) > 20);
        QVERIFY(QSvgRenderer(mime->data(QStringLiteral("image/svg+xml"))).isValid());
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
