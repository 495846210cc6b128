// core::labelProblem / labelsProblem / validateLabels: the one rule every reader of outcome labels
// (sessions, state strings, presets, lesson files, export --labels, the window) applies.
#include "core/outcomelabel.h"
#include "core/utf8.h"

#include <QTest>

#include <string>
#include <vector>

Q_DECLARE_METATYPE(std::vector<std::string>)

namespace {

std::vector<std::string> list(std::initializer_list<const char *> labels)
{
    return {labels.begin(), labels.end()};
}

std::string repeated(const std::string &unit, int n)
{
    std::string text;
    for (int i = 0; i < n; ++i)
        text += unit;
    return text;
}

} // namespace

class TestOutcomeLabel : public QObject
{
    Q_OBJECT

private slots:
    // How every message of the core quotes untrusted text: one line of valid UTF-8, 40 characters.
    void quotedForMessage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("quoted");
        const QByteArray euro = "\xE2\x82\xAC";
        QTest::newRow("empty") << QByteArray() << QByteArray("\"\"");
        QTest::newRow("short") << QByteArray("Rain") << QByteArray("\"Rain\"");
        QTest::newRow("40 characters, whole") << QByteArray(40, 'a') << "\"" + QByteArray(40, 'a') + "\"";
        QTest::newRow("41 characters, cut") << QByteArray(41, 'a') << "\"" + QByteArray(40, 'a') + "...\"";
        QTest::newRow("40 euros are 120 bytes, whole") << euro.repeated(40) << "\"" + euro.repeated(40) + "\"";
        QTest::newRow("bad: 41 euros, cut between characters") << euro.repeated(41) << "\"" + euro.repeated(40) + "...\"";
        QTest::newRow("bad: control characters") << QByteArray("a\nb\tc\x7F") << QByteArray("\"a?b?c?\"");
        QTest::newRow("bad: not UTF-8") << QByteArray("a\xFF\xC3") << QByteArray("\"a??\"");
        QTest::newRow("bad: a surrogate") << QByteArray("\xED\xA0\x80") << QByteArray("\"???\"");
    }

    void quotedForMessage()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, quoted);
        const std::string got = core::quotedForMessage(std::string_view(text.constData(), text.size()));
        QCOMPARE(QByteArray::fromStdString(got), quoted);
        QVERIFY(core::isValidUtf8(got));
    }

    void isValidUtf8_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("ASCII") << QByteArray("p = 0.3") << true;
        QTest::newRow("Chinese and an emoji") << QByteArray("\xE6\x99\xB4 \xF0\x9F\x8E\xB2") << true;
        QTest::newRow("bad: overlong slash") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("bad: surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("bad: above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("bad: truncated at the end") << QByteArray("ok\xE2\x82") << false;
        QTest::newRow("bad: lone continuation") << QByteArray("\x80") << false;
    }

    void isValidUtf8()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QCOMPARE(core::isValidUtf8(std::string_view(text.constData(), text.size())), valid);
    }

    void labels_data()
    {
        QTest::addColumn<std::vector<std::string>>("labels");
        QTest::addColumn<QString>("problem"); // empty: accepted

        // Accepted
        QTest::newRow("plain") << list({"a", "b"}) << "";
        QTest::newRow("40 bytes ok") << std::vector<std::string> {std::string(40, 'x'), "b"} << "";
        QTest::newRow("40 bytes of two-byte characters ok")
            << std::vector<std::string> {repeated("\xC3\xA9", 20), "b"} << "";
        QTest::newRow("Greek ok") << list({"\xCE\xB1", "\xCE\xB2", "\xCE\xA9"}) << "";
        QTest::newRow("Chinese ok") << list({"\xE6\x99\xB4\xE5\xA4\xA9", "\xE9\x9B\xA8"}) << "";
        QTest::newRow("emoji outside the BMP ok") << list({"\xF0\x9F\x8C\xA7", "b"}) << "";
        QTest::newRow("inner space ok") << list({"rain, heavy", "a b"}) << "";
        QTest::newRow("case differs ok") << list({"a", "A"}) << "";
        QTest::newRow("punctuation ok") << list({"x,y;z=50%", "\"q\" \\"}) << "";
        QTest::newRow("private use ok") << list({"\xEE\x80\x80", "b"}) << "";

        // Refused, naming the entry
        QTest::newRow("duplicate") << list({"a", "b", "a"}) << "labels 1 and 3 are the same: \"a\" names two outcomes";
        QTest::newRow("empty") << list({"a", ""}) << "label 2 is empty";
        QTest::newRow("41 bytes") << std::vector<std::string> {"a", std::string(41, 'x')}
                                  << "label 2 is 41 bytes of UTF-8; the limit is 40 bytes";
        QTest::newRow("blank") << list({" ", "b"}) << "label 1 is blank";
        QTest::newRow("blank, ideographic space") << list({"a", "\xE3\x80\x80"}) << "label 2 is blank";
        QTest::newRow("leading space") << list({" a", "b"}) << "label 1 begins with the space U+0020";
        QTest::newRow("trailing no-break space") << list({"a", "b\xC2\xA0"}) << "label 2 ends with the space U+00A0";
        QTest::newRow("control char, bell") << list({"a\x07", "b"}) << "label 1 holds the control character U+0007";
        QTest::newRow("control char, tab") << list({"a\tb", "b"}) << "label 1 holds the control character U+0009";
        QTest::newRow("control char, newline") << list({"a", "b\nc"}) << "label 2 holds the control character U+000A";
        QTest::newRow("control char, DEL") << list({"a\x7F", "b"}) << "label 1 holds the control character U+007F";
        QTest::newRow("C1 control U+0085") << list({"a\xC2\x85", "b"}) << "label 1 holds the control character U+0085";
        QTest::newRow("U+200B zero-width space")
            << list({"a", "b\xE2\x80\x8B"}) << "label 2 holds the invisible format character U+200B";
        QTest::newRow("U+202E right-to-left override")
            << list({"abc\xE2\x80\xAE", "b"}) << "label 1 holds the invisible format character U+202E";
        QTest::newRow("\"a\" vs \"a\" + U+200B")
            << list({"a", "a\xE2\x80\x8B"}) << "label 2 holds the invisible format character U+200B";
        QTest::newRow("U+FEFF byte-order mark")
            << list({"a\xEF\xBB\xBF", "b"}) << "label 1 holds the invisible format character U+FEFF";
        QTest::newRow("U+00AD soft hyphen")
            << list({"a\xC2\xAD", "b"}) << "label 1 holds the invisible format character U+00AD";
        QTest::newRow("U+2066 isolate") << list({"a", "b\xE2\x81\xA6"})
                                        << "label 2 holds the invisible format character U+2066";
        QTest::newRow("U+E0041 tag") << list({"a\xF3\xA0\x81\x81", "b"})
                                     << "label 1 holds the invisible format character U+E0041";
        QTest::newRow("U+1D173 musical format")
            << list({"a\xF0\x9D\x85\xB3", "b"}) << "label 1 holds the invisible format character U+1D173";
        QTest::newRow("U+2028 line separator")
            << list({"a\xE2\x80\xA8", "b"}) << "label 1 holds the line separator U+2028";
        QTest::newRow("noncharacter U+FFFF") << list({"a\xEF\xBF\xBF", "b"}) << "label 1 holds the noncharacter U+FFFF";
        QTest::newRow("noncharacter U+FDD0") << list({"a", "\xEF\xB7\x90"}) << "label 2 holds the noncharacter U+FDD0";
        QTest::newRow("invalid UTF-8, lone 0xFF") << list({"a", "b\xFF"}) << "label 2 is not valid UTF-8 (byte 2)";
        QTest::newRow("invalid UTF-8, truncated") << list({"\xC3", "b"}) << "label 1 is not valid UTF-8 (byte 1)";
        QTest::newRow("invalid UTF-8, overlong") << list({"\xC0\xAF", "b"}) << "label 1 is not valid UTF-8 (byte 1)";
        QTest::newRow("lone surrogate U+D800")
            << list({"a", "\xED\xA0\x80"}) << "label 2 holds a lone surrogate U+D800";
        QTest::newRow("lone surrogate U+DFFF")
            << list({"\xED\xBF\xBF", "b"}) << "label 1 holds a lone surrogate U+DFFF";
        QTest::newRow("first problem wins") << list({"a", "a", ""}) << "labels 1 and 2 are the same";
    }

    void labels()
    {
        QFETCH(std::vector<std::string>, labels);
        QFETCH(QString, problem);
        const auto found = core::labelsProblem(labels);
        if (problem.isEmpty()) {
            QVERIFY2(!found, found ? core::describe(*found).c_str() : "");
            core::validateLabels(labels);
            return;
        }
        QVERIFY(found);
        const std::string text = core::describe(*found);
        QVERIFY2(QString::fromStdString(text).startsWith(problem), text.c_str());
        // The message is printable UTF-8 and never repeats a refused label's bytes.
        QVERIFY2(QString::fromUtf8(text).toUtf8() == QByteArray::fromStdString(text), text.c_str());
        for (const char c : text)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F, text.c_str());
        QVERIFY_THROWS_EXCEPTION(core::LabelError, core::validateLabels(labels));
        // A single label's problem is the same phrase.
        if (!found->sameAs)
            QCOMPARE(core::labelProblem(labels[found->index]).value_or(""), found->message);
    }

    void duplicate_namesBothEntries()
    {
        const auto found = core::labelsProblem(list({"x", "y", "z", "y"}));
        QVERIFY(found);
        QCOMPARE(found->index, std::size_t(3));
        QCOMPARE(found->sameAs.value_or(99), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestOutcomeLabel)
#include "tst_outcomelabel.moc"
