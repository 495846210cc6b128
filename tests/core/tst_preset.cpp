// core::parsePreset / defaultLabels: the shipped preset files, what the format accepts, and that
// every malformed or hostile file is refused with a message naming the line or the missing key.
#include "core/preset.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTest>

#include <cmath>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using core::PresetError;

namespace {

QString presetDir()
{
    return QStringLiteral(ENTROPYLAB_PRESETS);
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

core::Preset parse(const QByteArray &text)
{
    return core::parsePreset(view(text));
}

// "1, 1, ..., 1" with n entries.
QByteArray ones(int n)
{
    QByteArrayList entries;
    for (int i = 0; i < n; ++i)
        entries << "1";
    return entries.join(", ");
}

// A valid preset with the given p line, for tests about other lines.
QByteArray minimal(const QByteArray &extra = {})
{
    return "name: T\np: 1, 1\n" + extra;
}

QByteArray repeated(const QByteArray &unit, int n)
{
    return unit.repeated(n);
}

// The message of the PresetError `text` throws, or a null string if it parses.
QString errorOf(const QByteArray &text)
{
    try {
        parse(text);
    } catch (const PresetError &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

bool isValidUtf8(const char *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(QByteArray(text));
    return !decoded.isEmpty() && !decoder.hasError();
}

QStringList toQt(const std::vector<std::string> &strings)
{
    QStringList list;
    for (const std::string &s : strings)
        list << QString::fromStdString(s);
    return list;
}

QList<double> toQt(const core::Distribution &d)
{
    return {d.probabilities().begin(), d.probabilities().end()};
}

QString show(const QList<double> &values)
{
    QStringList shown;
    for (double x : values)
        shown << QString::number(x, 'g', 17);
    return shown.join(QStringLiteral(", "));
}

} // namespace

class TestPreset : public QObject
{
    Q_OBJECT

private slots:
    // ---- The shipped files ----

    void presetDirectory_holdsExactlyTheLessonPresets()
    {
        const QStringList files = QDir(presetDir()).entryList({QStringLiteral("*.preset")}, QDir::Files, QDir::Name);
        const QStringList expected = {
            QStringLiteral("biased-coin.preset"),       QStringLiteral("certainty.preset"),
            QStringLiteral("english-letters.preset"),   QStringLiteral("fair-coin.preset"),
            QStringLiteral("fair-die.preset"),          QStringLiteral("loaded-die.preset"),
            QStringLiteral("uniform-vs-peaked.preset"), QStringLiteral("weather-forecast.preset"),
        };
        QCOMPARE(files, expected);
    }

    void shippedPreset_parsesAndIsConsistent_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(presetDir());
        const QStringList files = dir.entryList({QStringLiteral("*.preset")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 8);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void shippedPreset_parsesAndIsConsistent()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray text = file.readAll();
        QVERIFY(static_cast<std::size_t>(text.size()) <= core::kMaxPresetBytes);
        try {
            const core::Preset preset = parse(text);
            QVERIFY(!preset.name.empty());
            QVERIFY(preset.description.size() <= 300);
            QCOMPARE(preset.labels.size(), preset.p.size());
            QCOMPARE(preset.q.size(), preset.p.size());
            QVERIFY(preset.p.size() >= core::kMinOutcomes && preset.p.size() <= core::kMaxEditorOutcomes);
            for (const core::Distribution *d : {&preset.p, &preset.q}) {
                double sum = 0.0;
                for (double x : d->probabilities())
                    sum += x;
                QVERIFY2(std::abs(sum - 1.0) <= 1e-12, qPrintable(show(toQt(*d))));
            }
            const std::set<std::string> unique(preset.labels.begin(), preset.labels.end());
            QCOMPARE(unique.size(), preset.labels.size());
        } catch (const PresetError &e) {
            QFAIL(e.what());
        }
    }

    void biasedCoin_isNinetyPercentHeads()
    {
        QFile file(QDir(presetDir()).filePath(QStringLiteral("biased-coin.preset")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const core::Preset preset = parse(file.readAll());
        QCOMPARE(preset.labels, (std::vector<std::string> {"heads", "tails"}));
        QVERIFY(preset.p[0] == 0.9); // exactly: 0.9 / (0.9 + 0.1) rounds to 0.9
        QVERIFY(preset.q[0] == 0.5);
    }

    void englishLetters_eIsTheCommonest()
    {
        QFile file(QDir(presetDir()).filePath(QStringLiteral("english-letters.preset")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const core::Preset preset = parse(file.readAll());
        QCOMPARE(preset.p.size(), std::size_t(26));
        QCOMPARE(preset.labels.front(), std::string("a"));
        QCOMPARE(preset.labels.back(), std::string("z"));
        const auto e = std::size_t('e' - 'a');
        QCOMPARE(preset.labels[e], std::string("e"));
        for (std::size_t i = 0; i < preset.p.size(); ++i) {
            if (i != e)
                QVERIFY2(preset.p[i] < preset.p[e], preset.labels[i].c_str());
        }
        for (double x : preset.q.probabilities())
            QCOMPARE(x, 1.0 / 26.0);
    }

    // ---- What the format accepts ----

    void parse_acceptsValidText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<double>>("p");
        QTest::addColumn<QList<double>>("q");
        const QStringList ab = {"A", "B"};
        const QList<double> half = {0.5, 0.5};
        QTest::newRow("minimal, no final newline") << QByteArray("name: T\np: 1, 1") << "T"
                                                   << "" << ab << half << half;
        QTest::newRow("comments and blank lines")
            << QByteArray("# c\n\n  # indented comment\nname: T\n\t\np: 1, 3\n") << "T"
            << "" << ab << QList<double> {0.25, 0.75} << half;
        QTest::newRow("spaces and tabs around key and value")
            << QByteArray("  name \t:  Two words \t\np:1,1") << "Two words"
            << "" << ab << half << half;
        QTest::newRow("colon in a value")
            << QByteArray("name: Odds 1:3\ndescription: Ratio: one to three.\np: 1, 3") << "Odds 1:3"
            << "Ratio: one to three." << ab << QList<double> {0.25, 0.75} << half;
        QTest::newRow("keys in any order") << QByteArray("q: 3, 1\nlabels: x, y\np: 1, 1\nname: T\n") << "T"
                                           << "" << QStringList {"x", "y"} << half << QList<double> {0.75, 0.25};
        QTest::newRow("percentages normalised") << QByteArray("name: T\np: 50, 30, 20\n") << "T"
                                                << "" << QStringList {"A", "B", "C"} << QList<double> {0.5, 0.3, 0.2}
                                                << QList<double> {1.0 / 3, 1.0 / 3, 1.0 / 3};
        QTest::newRow("zero weights allowed") << QByteArray("name: T\np: 0, 0, 1, 0\n") << "T"
                                              << "" << QStringList {"A", "B", "C", "D"} << QList<double> {0, 0, 1, 0}
                                              << QList<double> {0.25, 0.25, 0.25, 0.25};
        QTest::newRow("empty description") << QByteArray("name: T\ndescription:\np: 1, 1\n") << "T"
                                           << "" << ab << half << half;
        QTest::newRow("UTF-8 byte-order mark skipped") << QByteArray("\xEF\xBB\xBFname: T\np: 1, 1\n") << "T"
                                                       << "" << ab << half << half;
        QTest::newRow("CR at the very end") << QByteArray("name: T\r\np: 1, 1\r") << "T"
                                            << "" << ab << half << half;
        QTest::newRow("UTF-8 in name and labels")
            << QByteArray("name: Würfel \xF0\x9F\x8E\xB2\nlabels: \xC3\xA9t\xC3\xA9, hiver\np: 1, 1\n")
            << QString::fromUtf8("Würfel \xF0\x9F\x8E\xB2") << ""
            << QStringList {QString::fromUtf8("\xC3\xA9t\xC3\xA9"), "hiver"} << half << half;
        QTest::newRow("label of exactly 40 bytes, 20 two-byte characters")
            << ("name: T\nlabels: " + repeated("\xC3\xA9", 20) + ", b\np: 1, 1\n") << "T"
            << "" << QStringList {QString::fromUtf8(repeated("\xC3\xA9", 20)), "b"} << half << half;
        // In the description: U+00A0 may not begin a label, nor U+FFFF and U+10FFFF (noncharacters) be in one.
        QTest::newRow("boundary code points U+0080 U+07FF U+0800 U+D7FF U+E000 U+FFFF U+10000 U+10FFFF")
            << QByteArray("name: T\ndescription: \xC2\xA0\xDF\xBF, \xE0\xA0\x80\xED\x9F\xBF, \xEE\x80\x80\xEF\xBF\xBF, "
                          "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF\np: 1, 1, 1, 1\n")
            << "T"
            << QString::fromUtf8("\xC2\xA0\xDF\xBF, \xE0\xA0\x80\xED\x9F\xBF, \xEE\x80\x80\xEF\xBF\xBF, "
                                 "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF")
            << QStringList {"A", "B", "C", "D"} << QList<double> {0.25, 0.25, 0.25, 0.25}
            << QList<double> {0.25, 0.25, 0.25, 0.25};
        QTest::newRow("labels of the boundary code points a label may hold")
            << QByteArray("name: T\nlabels: \xC2\xA1\xDF\xBF, \xE0\xA0\x80\xED\x9F\xBF, \xEE\x80\x80\xEF\xBF\xBD, "
                          "\xF0\x90\x80\x80\xF4\x8F\xBF\xBD\np: 1, 1, 1, 1\n")
            << "T"
            << ""
            << QStringList {QString::fromUtf8("\xC2\xA1\xDF\xBF"), QString::fromUtf8("\xE0\xA0\x80\xED\x9F\xBF"),
                            QString::fromUtf8("\xEE\x80\x80\xEF\xBF\xBD"),
                            QString::fromUtf8("\xF0\x90\x80\x80\xF4\x8F\xBF\xBD")}
            << QList<double> {0.25, 0.25, 0.25, 0.25} << QList<double> {0.25, 0.25, 0.25, 0.25};
        QTest::newRow("weights whose sum overflows a double") << QByteArray("name: T\np: 1e308, 1e308\n") << "T"
                                                              << "" << ab << half << half;
        QTest::newRow("labels that differ only in case") << QByteArray("name: T\nlabels: a, A\np: 1, 1\n") << "T"
                                                         << "" << QStringList {"a", "A"} << half << half;
    }

    void parse_acceptsValidText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(QString, description);
        QFETCH(QStringList, labels);
        QFETCH(QList<double>, p);
        QFETCH(QList<double>, q);
        try {
            const core::Preset preset = parse(text);
            QCOMPARE(QString::fromStdString(preset.name), name);
            QCOMPARE(QString::fromStdString(preset.description), description);
            QCOMPARE(toQt(preset.labels), labels);
            QCOMPARE(toQt(preset.p), p);
            QCOMPARE(toQt(preset.q), q);
        } catch (const PresetError &e) {
            QFAIL(e.what());
        }
    }

    void parse_acceptsTheLimits_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("outcomes");
        QTest::newRow("2 outcomes") << ("name: T\np: " + ones(2)) << 2;
        QTest::newRow("64 outcomes") << ("name: T\np: " + ones(64)) << 64;
        QTest::newRow("64 outcomes with q") << ("name: T\np: " + ones(64) + "\nq: " + ones(64)) << 64;
        QTest::newRow("name of 80 bytes") << ("name: " + repeated("n", 80) + "\np: 1, 1") << 2;
        QTest::newRow("description of 300 bytes") << ("name: T\ndescription: " + repeated("d", 300) + "\np: 1, 1") << 2;
        QByteArray full = "name: T\np: 1, 1\n";
        full += "#" + repeated("x", int(core::kMaxPresetBytes) - full.size() - 1);
        QCOMPARE(full.size(), qsizetype(core::kMaxPresetBytes));
        QTest::newRow("exactly 64 KiB") << full << 2;
    }

    void parse_acceptsTheLimits()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, outcomes);
        QCOMPARE(errorOf(text), QString());
        QCOMPARE(parse(text).p.size(), std::size_t(outcomes));
    }

    void parse_crlfReadsLikeLf()
    {
        QFile file(QDir(presetDir()).filePath(QStringLiteral("weather-forecast.preset")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray lf = file.readAll();
        QVERIFY(!lf.contains('\r'));
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        QVERIFY(crlf != lf);
        const core::Preset a = parse(lf);
        const core::Preset b = parse(crlf);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.description, a.description);
        QCOMPARE(b.labels, a.labels);
        QVERIFY(b.p == a.p);
        QVERIFY(b.q == a.q);
    }

    // ---- What it refuses ----

    void parse_refusesMalformedText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("fragment");

        // Keys and lines
        QTest::newRow("empty text") << QByteArray() << "missing key \"name\"";
        QTest::newRow("only comments") << QByteArray("# name: T\n\n# p: 1, 1\n") << "missing key \"name\"";
        QTest::newRow("missing name") << QByteArray("p: 1, 1\n") << "missing key \"name\"";
        QTest::newRow("missing p") << QByteArray("name: T\nq: 1, 1\n") << "missing key \"p\"";
        QTest::newRow("unknown key") << minimal("colour: red\n") << "line 3: unknown key \"colour\"";
        QTest::newRow("keys are case-sensitive") << QByteArray("name: T\nP: 1, 1\n") << "line 2: unknown key \"P\"";
        QTest::newRow("empty key") << minimal(": x\n") << "line 3: unknown key \"\"";
        QTest::newRow("duplicate key") << minimal("name: U\n")
                                       << "line 3: duplicate key \"name\" (first given on line 1)";
        QTest::newRow("duplicate q") << minimal("q: 1, 1\nq: 1, 1\n") << "line 4: duplicate key \"q\"";
        QTest::newRow("no colon") << QByteArray("name: T\np 1, 1\n") << "line 2: expected \"key: value\"";
        QTest::newRow("name is empty") << QByteArray("name:  \np: 1, 1\n") << "line 1: name is empty";
        QTest::newRow("name too long") << ("name: " + repeated("n", 81) + "\np: 1, 1") << "line 1: name is 81 bytes";
        QTest::newRow("description too long")
            << minimal("description: " + repeated("d", 301)) << "line 3: description is 301 bytes";

        // Numbers
        QTest::newRow("bad number") << QByteArray("name: T\n\np: 1, x, 1\n") << "line 3: p: entry 2:";
        QTest::newRow("decimal comma") << QByteArray("name: T\np: 0,5; 0,5\n") << "line 2: p: entry 2:";
        QTest::newRow("empty p") << QByteArray("name: T\np:\n") << "line 2: p: entry 1:";
        QTest::newRow("trailing comma") << QByteArray("name: T\np: 1, 1,\n") << "line 2: p: entry 3:";
        QTest::newRow("comment after value") << QByteArray("name: T\np: 1, 1 # fair\n") << "line 2: p: entry 2:";
        QTest::newRow("negative weight") << QByteArray("name: T\np: 1, -1\n") << "line 2: p: entry 2 (-1) is negative";
        QTest::newRow("all zero") << QByteArray("name: T\np: 0, 0, 0\n") << "line 2: p: the entries sum to 0";
        QTest::newRow("nan") << QByteArray("name: T\np: nan, 1\n") << "line 2: p: entry 1:";
        QTest::newRow("inf") << QByteArray("name: T\np: 1, inf\n") << "line 2: p: entry 2:";
        QTest::newRow("1e999") << QByteArray("name: T\np: 1, 1e999\n")
                               << "line 2: p: entry 2: \"1e999\" is out of range";
        QTest::newRow("q bad number") << minimal("q: 1, 1x\n") << "line 3: q: entry 2:";
        QTest::newRow("q negative") << minimal("q: -1, 2\n") << "line 3: q: entry 1 (-1) is negative";
        QTest::newRow("q all zero") << minimal("q: 0, 0\n") << "line 3: q: the entries sum to 0";
        QTest::newRow("q shorter than p")
            << QByteArray("name: T\np: 1, 1, 1\nq: 1, 1\n") << "line 3: q has 2 outcomes but p has 3";
        QTest::newRow("q longer than p") << minimal("q: 1, 1, 1\n") << "line 3: q has 3 outcomes but p has 2";

        // Outcome counts
        QTest::newRow("1 outcome") << QByteArray("name: T\np: 1\n")
                                   << "line 2: p has 1 outcome; a preset needs 2 to 64 outcomes";
        QTest::newRow("65 outcomes") << ("name: T\np: " + ones(65)) << "line 2: p has 65 outcomes";
        QTest::newRow("1000 outcomes") << ("name: T\np: " + ones(1000)) << "line 2: p has 1000 outcomes";

        // Labels
        QTest::newRow("labels count differs")
            << minimal("labels: a, b, c\n") << "line 3: labels has 3 entries but p has 2";
        QTest::newRow("one label for two outcomes")
            << minimal("labels: a\n") << "line 3: labels has 1 entry but p has 2";
        QTest::newRow("duplicate label") << QByteArray("name: T\nlabels: a, b, a\np: 1, 1, 1\n")
                                         << "line 2: labels 1 and 3 are the same: \"a\" names two outcomes";
        QTest::newRow("duplicate after trimming")
            << minimal("labels: a,  a \n") << "line 3: labels 1 and 2 are the same: \"a\"";
        QTest::newRow("empty label") << QByteArray("name: T\nlabels: a, , c\np: 1, 1, 1\n")
                                     << "line 2: label 2 is empty";
        QTest::newRow("empty labels line") << minimal("labels:\n") << "line 3: labels has 1 entry but p has 2";
        QTest::newRow("trailing comma in labels")
            << QByteArray("name: T\nlabels: a, b,\np: 1, 1, 1\n") << "line 2: label 3 is empty";
        QTest::newRow("label too long") << minimal("labels: a, " + repeated("x", 41) + "\n")
                                        << "line 3: label 2 is 41 bytes of UTF-8; the limit is 40 bytes";
        QTest::newRow("label with a zero-width space")
            << minimal("labels: a, a\xE2\x80\x8B\n") << "line 3: label 2 holds the invisible format character U+200B";
        QTest::newRow("label with a right-to-left override")
            << minimal("labels: \xE2\x80\xAE"
                       "ab, b\n")
            << "line 3: label 1 holds the invisible format character U+202E";
        QTest::newRow("label with a tab")
            << minimal("labels: a\tb, b\n") << "line 3: label 1 holds the control character U+0009";
        QTest::newRow("label with a noncharacter")
            << minimal("labels: a, b\xEF\xBF\xBF\n") << "line 3: label 2 holds the noncharacter U+FFFF";
        QTest::newRow("label beginning with a no-break space") << minimal("labels: \xC2\xA0"
                                                                          "a, b\n")
                                                               << "line 3: label 1 begins with the space U+00A0";
        QTest::newRow("label too long in UTF-8 bytes")
            << minimal("labels: " + repeated("\xC3\xA9", 21) + ", b\n") << "line 3: label 1 is 42 bytes";

        // Size and encoding
        QByteArray big = "name: T\np: 1, 1\n";
        big += "#" + repeated("x", int(core::kMaxPresetBytes) - big.size());
        QTest::newRow("64 KiB + 1 byte") << big << "the preset is 65537 bytes; the limit is 65536 bytes";
        QTest::newRow("NUL byte") << QByteArray("name: T\0x\np: 1, 1\n", 18) << "line 1: contains a NUL byte";
        QTest::newRow("UTF-16 without mark") << QByteArray("n\0a\0m\0e\0", 8) << "line 1: contains a NUL byte";
        QTest::newRow("UTF-16 LE byte-order mark") << QByteArray("\xFF\xFEn\0", 4) << "line 1: the file is UTF-16";
        QTest::newRow("UTF-16 BE byte-order mark") << QByteArray("\xFE\xFF\0n", 4) << "line 1: the file is UTF-16";
        QTest::newRow("UTF-8 mark then UTF-16 mark") << QByteArray("\xEF\xBB\xBF\xFF\xFE") << "line 1: invalid UTF-8";
        QTest::newRow("lone 0xFF") << QByteArray("name: T\xFF\np: 1, 1\n") << "line 1: invalid UTF-8";
        QTest::newRow("lone continuation byte") << QByteArray("name: T\x80\np: 1, 1\n") << "line 1: invalid UTF-8";
        QTest::newRow("overlong C0 AF") << QByteArray("name: T\np: 1, 1\nlabels: \xC0\xAF, b\n")
                                        << "line 3: invalid UTF-8";
        QTest::newRow("overlong C1 BF") << QByteArray("name: \xC1\xBF\np: 1, 1\n") << "line 1: invalid UTF-8";
        QTest::newRow("overlong E0 80 AF") << QByteArray("name: \xE0\x80\xAF\np: 1, 1\n") << "line 1: invalid UTF-8";
        QTest::newRow("overlong F0 8F BF BF")
            << QByteArray("name: \xF0\x8F\xBF\xBF\np: 1, 1\n") << "line 1: invalid UTF-8";
        QTest::newRow("surrogate ED A0 80") << QByteArray("name: \xED\xA0\x80\np: 1, 1\n") << "line 1: invalid UTF-8";
        QTest::newRow("surrogate ED BF BF") << QByteArray("name: \xED\xBF\xBF\np: 1, 1\n") << "line 1: invalid UTF-8";
        QTest::newRow("above U+10FFFF F4 90 80 80")
            << QByteArray("name: \xF4\x90\x80\x80\np: 1, 1\n") << "line 1: invalid UTF-8";
        QTest::newRow("lead F5") << QByteArray("name: \xF5\x80\x80\x80\np: 1, 1\n") << "line 1: invalid UTF-8";
        QTest::newRow("truncated at end of line") << QByteArray("name: \xC3\np: 1, 1\n") << "line 1: invalid UTF-8";
        QTest::newRow("truncated at end of text")
            << QByteArray("name: T\np: 1, 1\n# \xE2\x82") << "line 3: invalid UTF-8";
        QTest::newRow("invalid UTF-8 in a comment")
            << QByteArray("# \xFF\nname: T\np: 1, 1\n") << "line 1: invalid UTF-8";
        QTest::newRow("escape character")
            << QByteArray("name: \x1B[31mT\np: 1, 1\n") << "line 1: contains the control character U+001B";
        QTest::newRow("lone CR") << QByteArray("name: T\rp: 1, 1\n") << "line 1: contains the control character U+000D";
        QTest::newRow("CR CR LF") << QByteArray("name: T\r\r\np: 1, 1\n")
                                  << "line 1: contains the control character U+000D";
        QTest::newRow("DEL") << QByteArray("name: T\x7F\np: 1, 1\n") << "line 1: contains the control character U+007F";
        QTest::newRow("C1 control U+0085")
            << QByteArray("name: T\xC2\x85\np: 1, 1\n") << "line 1: contains the control character U+0085";
    }

    void parse_refusesMalformedText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, fragment);
        QVERIFY_THROWS_EXCEPTION(PresetError, parse(text));
        const QString message = errorOf(text);
        QVERIFY2(message.contains(fragment), qPrintable(message));
    }

    void parse_messagesStayValidUtf8_data()
    {
        QTest::addColumn<QByteArray>("text");
        // Quoted keys and labels are shortened to 40 characters; the cut must not split a character.
        QTest::newRow("long unknown key") << minimal("k" + repeated("\xC3\xA9", 50) + ": x\n");
        QTest::newRow("long key, odd offset") << minimal("kk" + repeated("\xE2\x82\xAC", 50) + ": x\n");
        QTest::newRow("long line without colon") << minimal(repeated("\xF0\x9F\x8E\xB2", 50) + "\n");
    }

    void parse_messagesStayValidUtf8()
    {
        QFETCH(QByteArray, text);
        try {
            parse(text);
            QFAIL("no PresetError");
        } catch (const PresetError &e) {
            QVERIFY2(isValidUtf8(e.what()), e.what());
            QVERIFY2(QByteArray(e.what()).contains("...\""), e.what());
        }
    }

    // ---- Default labels ----

    void defaultLabels_countLikeSpreadsheetColumns()
    {
        QCOMPARE(core::defaultLabels(0), std::vector<std::string> {});
        QCOMPARE(core::defaultLabels(3), (std::vector<std::string> {"A", "B", "C"}));
        const std::vector<std::string> labels = core::defaultLabels(28);
        QCOMPARE(labels.size(), std::size_t(28));
        QCOMPARE(labels[25], std::string("Z"));
        QCOMPARE(labels[26], std::string("AA"));
        QCOMPARE(labels[27], std::string("AB"));
        const std::vector<std::string> many = core::defaultLabels(26 + 26 * 26 + 1);
        QCOMPARE(many[26 + 26 - 1], std::string("AZ"));
        QCOMPARE(many[26 + 26], std::string("BA"));
        QCOMPARE(many[26 + 26 * 26 - 1], std::string("ZZ"));
        QCOMPARE(many[26 + 26 * 26], std::string("AAA"));
        const std::set<std::string> unique(many.begin(), many.end());
        QCOMPARE(unique.size(), many.size());
    }
};

QTEST_APPLESS_MAIN(TestPreset)
#include "tst_preset.moc"
