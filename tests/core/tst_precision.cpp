// The core against 60-plus-digit references computed by mpmath (tests/data/gen_reference.py):
// two-outcome results within 8 ulp, distributions of up to 1000 outcomes within 1e-12 relative,
// including the points where naive formulas lose digits (1e-300, 1e-17, 1e-10, 1 - 1e-10,
// 1/2 +- 1e-9) and distributions that differ only in the 12th digit.
#include "core/distribution.h"
#include "core/information.h"
#include "core/loss.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <map>

Q_DECLARE_METATYPE(core::Unit)

namespace {

const QString kReferences = QStringLiteral(ENTROPYLAB_TEST_DATA "/reference/");

double readDouble(const QByteArray &text)
{
    return text == "inf" ? std::numeric_limits<double>::infinity() : std::strtod(text.constData(), nullptr);
}

core::Unit readUnit(const QByteArray &text)
{
    return text == "bits" ? core::Unit::Bits : text == "nats" ? core::Unit::Nats : core::Unit::Bans;
}


using BinaryFunction = std::function<double(double, double, core::Unit)>;

const std::map<QByteArray, BinaryFunction> &binaryFunctions()
{
    static const std::map<QByteArray, BinaryFunction> functions = {
        {"selfInformation", [](double a, double, core::Unit u) { return core::selfInformation(a, u); }},
        {"complementInformation", [](double a, double, core::Unit u) { return core::complementInformation(a, u); }},
        {"binaryEntropy", [](double a, double, core::Unit u) { return core::binaryEntropy(a, u); }},
        {"binaryKlDivergence", [](double a, double b, core::Unit u) { return core::binaryKlDivergence(a, b, u); }},
        {"binaryCrossEntropy", [](double a, double b, core::Unit u) { return core::binaryCrossEntropy(a, b, u); }},
        {"binaryCrossEntropyLoss",
         [](double a, double b, core::Unit u) { return core::binaryCrossEntropyLoss(a, b, u); }},
        {"squaredError", [](double a, double b, core::Unit) { return core::squaredError(a, b); }},
        {"squaredErrorGradientLogit",
         [](double a, double b, core::Unit) { return core::squaredErrorGradientLogit(a, b); }},
        {"binaryCrossEntropyGradientLogit",
         [](double a, double b, core::Unit u) { return core::binaryCrossEntropyGradientLogit(a, b, u); }},
    };
    return functions;
}

QList<QByteArray> readLines(const QString &name)
{
    QFile file(kReferences + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            lines << line;
    }
    return lines;
}

std::vector<double> readHexList(const QByteArray &line)
{
    std::vector<double> values;
    const QList<QByteArray> words = line.split(' ');
    for (qsizetype i = 1; i < words.size(); ++i)
        values.push_back(readDouble(words[i]));
    return values;
}

} // namespace

class TestPrecision : public QObject
{
    Q_OBJECT

    std::map<QByteArray, std::uint64_t> m_worstUlps;
    std::map<QByteArray, double> m_worstRelative;

private slots:
    void twoOutcomeResults_areWithinEightUlp_data()
    {
        QTest::addColumn<QByteArray>("function");
        QTest::addColumn<core::Unit>("unit");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("exact");
        const QList<QByteArray> lines = readLines(QStringLiteral("binary.txt"));
        QVERIFY2(lines.size() > 1000, "tests/data/reference/binary.txt is missing or short");
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split(' ');
            QVERIFY2(f.size() == 5, line.constData());
            const double a = readDouble(f[2]), b = readDouble(f[3]);
            QTest::addRow("%s %s a=%.17g b=%.17g", f[0].constData(), f[1].constData(), a, b)
                << f[0] << readUnit(f[1]) << a << b << readDouble(f[4]);
        }
    }

    void twoOutcomeResults_areWithinEightUlp()
    {
        QFETCH(QByteArray, function);
        QFETCH(core::Unit, unit);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, exact);
        const auto it = binaryFunctions().find(function);
        QVERIFY2(it != binaryFunctions().end(), function.constData());
        const double got = it->second(a, b, unit);
        QVERIFY2(!std::isnan(got), "NaN");
        if (std::isinf(exact) || exact == 0.0) {
            QVERIFY2(got == exact, qPrintable(QStringLiteral("got %1, exact %2").arg(got, 0, 'g', 17).arg(exact)));
            return;
        }
        const std::uint64_t ulps = testsupport::ulpDistance(got, exact);
        m_worstUlps[function] = std::max(m_worstUlps[function], ulps);
        QVERIFY2(ulps <= 8,
                 qPrintable(
                     QStringLiteral("got %1, exact %2: %3 ulp").arg(got, 0, 'g', 17).arg(exact, 0, 'g', 17).arg(ulps)));
    }

    void distributions_areWithinOneInATrillion_data()
    {
        QTest::addColumn<std::vector<double>>("p");
        QTest::addColumn<std::vector<double>>("q");
        QTest::addColumn<core::Unit>("unit");
        QTest::addColumn<std::vector<double>>("exact"); // H(p), H(q), H(p,q), D(p||q), D(q||p)
        const QList<QByteArray> lines = readLines(QStringLiteral("distributions.txt"));
        QVERIFY2(lines.size() > 100, "tests/data/reference/distributions.txt is missing or short");
        for (qsizetype i = 0; i + 5 < lines.size() + 1; i += 6) {
            QVERIFY2(lines[i].startsWith("case "), lines[i].constData());
            const QByteArray name = lines[i].mid(5);
            const std::vector<double> p = readHexList(lines[i + 1]), q = readHexList(lines[i + 2]);
            for (int u = 3; u < 6; ++u) {
                const QByteArray unit = lines[i + u].split(' ').first();
                QTest::addRow("%s %s", name.constData(), unit.constData())
                    << p << q << readUnit(unit) << readHexList(lines[i + u]);
            }
        }
    }

    void distributions_areWithinOneInATrillion()
    {
        QFETCH(std::vector<double>, p);
        QFETCH(std::vector<double>, q);
        QFETCH(core::Unit, unit);
        QFETCH(std::vector<double>, exact);
        QCOMPARE(p.size(), q.size());
        const double got[] = {core::entropy(p, unit), core::entropy(q, unit), core::crossEntropy(p, q, unit),
                              core::klDivergence(p, q, unit), core::klDivergence(q, p, unit)};
        const char *names[] = {"H(p)", "H(q)", "H(p,q)", "D(p||q)", "D(q||p)"};
        QVERIFY(got[3] >= 0.0 && got[4] >= 0.0); // Gibbs' inequality, never violated by rounding
        QVERIFY(got[2] >= got[0]); // H(p,q) >= H(p)
        for (int k = 0; k < 5; ++k) {
            QVERIFY2(!std::isnan(got[k]), names[k]);
            if (std::isinf(exact[k]) || exact[k] == 0.0) {
                QVERIFY2(
                    got[k] == exact[k],
                    qPrintable(
                        QStringLiteral("%1: got %2, exact %3").arg(names[k]).arg(got[k], 0, 'g', 17).arg(exact[k])));
                continue;
            }
            const double relative = std::abs(got[k] - exact[k]) / exact[k];
            m_worstRelative[names[k]] = std::max(m_worstRelative[names[k]], relative);
            QVERIFY2(relative <= 1e-12,
                     qPrintable(QStringLiteral("%1: got %2, exact %3, relative error %4")
                                    .arg(names[k])
                                    .arg(got[k], 0, 'g', 17)
                                    .arg(exact[k], 0, 'g', 17)
                                    .arg(relative)));
        }
    }

    // What `compute` prints, for distributions built as it builds them: lists that sum to 1 only up
    // to 1e-14 (so the normalisation is larger than the answer), lists that agree only after
    // normalising, and a two-outcome p against a list q. Every key within 1e-12 relative, and
    // H(p,q) >= H(p) between the printed numbers whatever the forms.
    void distributionsAtTheEdges_keepEveryDigit_data()
    {
        QTest::addColumn<QByteArray>("pLine");
        QTest::addColumn<QByteArray>("qLine");
        QTest::addColumn<core::Unit>("unit");
        QTest::addColumn<std::vector<double>>("exact"); // H(p) H(q) H(p,q) D(p||q) D(q||p) -log p_i...
        const QList<QByteArray> lines = readLines(QStringLiteral("edges.txt"));
        QVERIFY2(lines.size() > 100, "tests/data/reference/edges.txt is missing or short");
        for (qsizetype i = 0; i + 5 < lines.size() + 1; i += 6) {
            QVERIFY2(lines[i].startsWith("case "), lines[i].constData());
            for (int u = 3; u < 6; ++u) {
                const QByteArray unit = lines[i + u].split(' ').first();
                QTest::addRow("%s %s", lines[i].mid(5).constData(), unit.constData())
                    << lines[i + 1] << lines[i + 2] << readUnit(unit) << readHexList(lines[i + u]);
            }
        }
    }

    void distributionsAtTheEdges_keepEveryDigit()
    {
        QFETCH(QByteArray, pLine);
        QFETCH(QByteArray, qLine);
        QFETCH(core::Unit, unit);
        QFETCH(std::vector<double>, exact);
        const auto build = [](const QByteArray &line) {
            const std::vector<double> values = readHexList(line.mid(2)); // drops "b" or "l"
            return line.startsWith("p b") || line.startsWith("q b") ? core::Distribution::binary(values.front())
                                                                    : core::Distribution::fromEntries(values);
        };
        const core::Distribution p = build(pLine), q = build(qLine);
        std::vector<double> got = {core::entropy(p, unit), core::entropy(q, unit), core::crossEntropy(p, q, unit),
                                   core::klDivergence(p, q, unit), core::klDivergence(q, p, unit)};
        for (double information : core::informationContent(p, unit))
            got.push_back(information);
        QCOMPARE(got.size(), exact.size());
        QVERIFY2(got[2] >= got[0], "H(p,q) < H(p)");
        QVERIFY2(got[3] >= 0.0 && got[4] >= 0.0, "negative divergence");
        const char *names[] = {"H(p)", "H(q)", "H(p,q)", "D(p||q)", "D(q||p)"};
        for (std::size_t k = 0; k < got.size(); ++k) {
            const QString name = k < 5 ? QString::fromLatin1(names[k]) : QStringLiteral("-log p_%1").arg(k - 4);
            if (std::isinf(exact[k]) || exact[k] == 0.0) {
                QVERIFY2(got[k] == exact[k],
                         qPrintable(QStringLiteral("%1: got %2, exact %3").arg(name).arg(got[k], 0, 'g', 17).arg(exact[k])));
                continue;
            }
            const double relative = std::abs(got[k] - exact[k]) / exact[k];
            QVERIFY2(relative <= 1e-12, qPrintable(QStringLiteral("%1: got %2, exact %3, relative error %4")
                                                       .arg(name)
                                                       .arg(got[k], 0, 'g', 17)
                                                       .arg(exact[k], 0, 'g', 17)
                                                       .arg(relative)));
        }
    }

    void cleanupTestCase()
    {
        for (const auto &[name, ulps] : m_worstUlps)
            qInfo("worst %s: %llu ulp", name.constData(), static_cast<unsigned long long>(ulps));
        for (const auto &[name, relative] : m_worstRelative)
            qInfo("worst %s: relative error %.3g", name.constData(), relative);
    }
};

QTEST_APPLESS_MAIN(TestPrecision)
#include "tst_precision.moc"
