// `entropylab compute` as a user's script sees it: the real executable, its exit code, stdout
// and stderr.
#include "commandrun.h"
#include "core/distribution.h"
#include "core/information.h"
#include "core/loss.h"
#include "core/numberparse.h"
#include "core/softmax.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

Q_DECLARE_METATYPE(core::SoftmaxTarget)

namespace {

using testsupport::entropylab;
using testsupport::Run;

QJsonObject computeJson(const QStringList &arguments, Run *run = nullptr)
{
    Run r = entropylab(QStringList {QStringLiteral("compute")} + arguments + QStringList {QStringLiteral("--json")});
    if (run)
        *run = r;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

// A JSON value as the double it stands for: a number, or the string "inf".
double jsonDouble(const QJsonValue &value)
{
    if (value.isString() && value.toString() == QLatin1String("inf"))
        return std::numeric_limits<double>::infinity();
    return value.isDouble() ? value.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

// Bit for bit: QCOMPARE on doubles is fuzzy.
bool sameDouble(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

#define COMPARE_EXACT(value, expected)                                                                                 \
    do {                                                                                                               \
        const double got_ = jsonDouble(value), expected_ = (expected);                                                 \
        QVERIFY2(sameDouble(got_, expected_),                                                                          \
                 qPrintable(QStringLiteral("%1: %2, expected %3")                                                      \
                                .arg(QLatin1String(#value))                                                            \
                                .arg(QString::number(got_, 'g', 17), QString::number(expected_, 'g', 17))));           \
    } while (false)

#define COMPARE_EXACT_LIST(value, expected)                                                                            \
    do {                                                                                                               \
        const QJsonArray array_ = (value).toArray();                                                                   \
        const std::vector<double> list_ = (expected);                                                                  \
        QCOMPARE(std::size_t(array_.size()), list_.size());                                                            \
        for (std::size_t i_ = 0; i_ < list_.size(); ++i_)                                                              \
            COMPARE_EXACT(array_.at(static_cast<qsizetype>(i_)), list_[i_]);                                           \
    } while (false)

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The distribution the command builds from its option text, built the same documented way.
core::Distribution distribution(const QString &text, bool normalize)
{
    const std::string s = text.toStdString();
    if (!text.contains(QLatin1Char(',')))
        return core::Distribution::binary(core::parseNumber(s));
    return core::Distribution::fromEntries(
        core::parseNumberList(s), normalize ? core::Distribution::Sum::Normalize : core::Distribution::Sum::MustBeOne);
}

std::vector<double> entries(const core::Distribution &d)
{
    return {d.probabilities().begin(), d.probabilities().end()};
}

} // namespace

class TestCompute : public QObject
{
    Q_OBJECT

private slots:
    void json_hasTheDocumentedKeysAndExactValues()
    {
        Run run;
        const QJsonObject o = computeJson({"--p", "0.3", "--q", "0.6"}, &run);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY2(!o.isEmpty(), run.out.constData());
        QCOMPARE(run.out.count('\n'), 1); // exactly one JSON object, one line
        QVERIFY(run.out.startsWith('{') && run.out.endsWith("}\n"));
        QCOMPARE(sortedKeys(o),
                 sorted({"unit", "p", "q", "entropy_p", "entropy_q", "cross_entropy", "kl", "kl_reverse",
                         "information_p", "information_q"}));
        QCOMPARE(o["unit"].toString(), QStringLiteral("bits"));
        const auto bits = core::Unit::Bits;
        COMPARE_EXACT_LIST(o["p"], (std::vector<double> {0.3, 1.0 - 0.3}));
        COMPARE_EXACT_LIST(o["q"], (std::vector<double> {0.6, 1.0 - 0.6}));
        // Numbers read back as the very doubles the core computes.
        COMPARE_EXACT(o["entropy_p"], core::binaryEntropy(0.3, bits));
        COMPARE_EXACT(o["entropy_q"], core::binaryEntropy(0.6, bits));
        COMPARE_EXACT(o["cross_entropy"], core::binaryCrossEntropy(0.3, 0.6, bits));
        COMPARE_EXACT(o["kl"], core::binaryKlDivergence(0.3, 0.6, bits));
        COMPARE_EXACT(o["kl_reverse"], core::binaryKlDivergence(0.6, 0.3, bits));
        COMPARE_EXACT_LIST(
            o["information_p"],
            (std::vector<double> {core::selfInformation(0.3, bits), core::complementInformation(0.3, bits)}));
        COMPARE_EXACT_LIST(
            o["information_q"],
            (std::vector<double> {core::selfInformation(0.6, bits), core::complementInformation(0.6, bits)}));
    }

    void json_valuesAreTheCoresBitForBit_data()
    {
        QTest::addColumn<QString>("p");
        QTest::addColumn<QString>("q"); // empty: no --q
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("normalize");
        QTest::newRow("binary, bits") << "0.3"
                                      << "0.6"
                                      << "bits" << false;
        QTest::newRow("binary, nats") << "0.1"
                                      << "0.9"
                                      << "nats" << false;
        QTest::newRow("binary, bans") << "0.25"
                                      << "0.5"
                                      << "bans" << false;
        QTest::newRow("hartleys is bans") << "0.25"
                                          << "0.5"
                                          << "hartleys" << false;
        QTest::newRow("binary, tiny") << "1e-300"
                                      << "1e-10"
                                      << "nats" << false;
        QTest::newRow("binary, certain") << "1"
                                         << "0.5"
                                         << "bits" << false;
        QTest::newRow("binary, p only") << "0.3"
                                        << ""
                                        << "bits" << false;
        QTest::newRow("list") << "0.2,0.3,0.5"
                              << "0.1, 0.6, 0.3"
                              << "bits" << false;
        QTest::newRow("list with zeros") << "0,0.5,0.5"
                                         << "0.5,0.5,0"
                                         << "nats" << false;
        QTest::newRow("list, p only") << "0.2,0.3,0.5"
                                      << ""
                                      << "nats" << false;
        QTest::newRow("weights with --normalize") << "1,2,3"
                                                  << "3,2,1"
                                                  << "bits" << true;
        QTest::newRow("sum within tolerance") << "0.2,0.3,0.5000000005"
                                              << ""
                                              << "bits" << false;
    }

    void json_valuesAreTheCoresBitForBit()
    {
        QFETCH(QString, p);
        QFETCH(QString, q);
        QFETCH(QString, unit);
        QFETCH(bool, normalize);
        QStringList args {"--p", p, "--unit", unit};
        if (!q.isEmpty())
            args << "--q" << q;
        if (normalize)
            args << "--normalize";
        Run run;
        const QJsonObject o = computeJson(args, &run);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!o.isEmpty(), run.out.constData());
        const core::Unit u = *core::parseUnit(unit.toStdString());
        const core::Distribution dp = distribution(p, normalize);
        QCOMPARE(o["unit"].toString(), QString::fromUtf8(core::unitName(u).data()));
        COMPARE_EXACT_LIST(o["p"], entries(dp));
        COMPARE_EXACT(o["entropy_p"], core::entropy(dp, u));
        COMPARE_EXACT_LIST(o["information_p"], core::informationContent(dp, u));
        if (q.isEmpty()) {
            QCOMPARE(sortedKeys(o), sorted({"unit", "p", "entropy_p", "information_p"}));
            return;
        }
        const core::Distribution dq = distribution(q, normalize);
        COMPARE_EXACT_LIST(o["q"], entries(dq));
        COMPARE_EXACT(o["entropy_q"], core::entropy(dq, u));
        COMPARE_EXACT(o["cross_entropy"], core::crossEntropy(dp, dq, u));
        COMPARE_EXACT(o["kl"], core::klDivergence(dp, dq, u));
        COMPARE_EXACT(o["kl_reverse"], core::klDivergence(dq, dp, u));
        COMPARE_EXACT_LIST(o["information_q"], core::informationContent(dq, u));
        QCOMPARE(o.size(), 10);
    }

    // A classifier (--logits): the documented keys, every number the core's softmaxLoss bit for bit.
    void json_logits_areTheCoresBitForBit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<std::vector<double>>("logits");
        QTest::addColumn<core::SoftmaxTarget>("target");
        QTest::addColumn<double>("temperature");
        QTest::addColumn<QString>("unit");
        using V = std::vector<double>;
        using core::SoftmaxTarget;
        QTest::newRow("textbook") << QStringList {"--logits", "2,1,0.1", "--target", "0"} << V {2, 1, 0.1}
                                  << SoftmaxTarget::oneHot(0) << 1.0 << "bits";
        QTest::newRow("smoothed, hot, nats")
            << QStringList {"--logits", "2,1,0.1",       "--target", "2",      "--smoothing",
                            "0.1",      "--temperature", "2",        "--unit", "nats"}
            << V {2, 1, 0.1} << SoftmaxTarget::oneHot(2, 0.1) << 2.0 << "nats";
        QTest::newRow("target distribution, bans")
            << QStringList {"--logits", "2,1,0.1", "--target", "0.7,0.2,0.1", "--unit", "bans"} << V {2, 1, 0.1}
            << SoftmaxTarget::of({0.7, 0.2, 0.1}) << 1.0 << "bans";
        QTest::newRow("confident right answer") << QStringList {"--logits", "40,0,0", "--target", "0", "--unit", "nats"}
                                                << V {40, 0, 0} << SoftmaxTarget::oneHot(0) << 1.0 << "nats";
        QTest::newRow("one logit") << QStringList {"--logits", "5", "--target", "0"} << V {5}
                                   << SoftmaxTarget::oneHot(0) << 1.0 << "bits";
        QTest::newRow("cold, with =") << QStringList {"--logits=3,-1e4,1e4", "--target=1", "--temperature=0.1"}
                                      << V {3, -1e4, 1e4} << SoftmaxTarget::oneHot(1) << 0.1 << "bits";
    }

    void json_logits_areTheCoresBitForBit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(std::vector<double>, logits);
        QFETCH(core::SoftmaxTarget, target);
        QFETCH(double, temperature);
        QFETCH(QString, unit);
        Run run;
        const QJsonObject o = computeJson(arguments, &run);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QCOMPARE(run.out.count('\n'), 1);
        QCOMPARE(sortedKeys(o),
                 sorted({"unit", "logits", "temperature", "target", "softmax", "log_softmax", "cross_entropy",
                         "entropy_target", "kl", "grad_logits"}));
        const core::Unit u = *core::parseUnit(unit.toStdString());
        const core::SoftmaxLoss loss = core::softmaxLoss(logits, target, temperature, u);
        QCOMPARE(o["unit"].toString(), unit);
        COMPARE_EXACT_LIST(o["logits"], logits);
        COMPARE_EXACT(o["temperature"], temperature);
        COMPARE_EXACT_LIST(o["target"], loss.target);
        COMPARE_EXACT_LIST(o["softmax"], loss.probabilities);
        COMPARE_EXACT_LIST(o["log_softmax"], loss.logProbabilities);
        COMPARE_EXACT(o["cross_entropy"], loss.crossEntropy);
        COMPARE_EXACT(o["entropy_target"], loss.targetEntropy);
        COMPARE_EXACT(o["kl"], loss.divergence);
        COMPARE_EXACT_LIST(o["grad_logits"], loss.gradient);
    }

    // The case: logits 1000 apart, the true class the least likely. The loss is exactly 2000 nats
    // (not inf from the log of a probability that underflowed) and the gradient is finite: (1, 0, -1).
    void json_logitsFarApart_giveExactFiniteAnswers()
    {
        Run run;
        const QJsonObject o = computeJson({"--logits", "1000,0,-1000", "--target", "2", "--unit", "nats"}, &run);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(o["cross_entropy"].isDouble());
        QCOMPARE(o["cross_entropy"].toDouble(), 2000.0);
        COMPARE_EXACT_LIST(o["grad_logits"], (std::vector<double> {1, 0, -1}));
        COMPARE_EXACT_LIST(o["softmax"], (std::vector<double> {1, 0, 0}));
        COMPARE_EXACT_LIST(o["log_softmax"], (std::vector<double> {0, -1000, -2000}));
    }

    // 10,000 logits are accepted; equal ones give exactly uniform probabilities.
    void json_mostLogits_areAccepted()
    {
        QStringList zeros;
        for (std::size_t i = 0; i < core::kMaxLogits; ++i)
            zeros << QStringLiteral("0");
        Run run;
        const QJsonObject o = computeJson({"--logits", zeros.join(QLatin1Char(',')), "--target", "9999"}, &run);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray s = o["softmax"].toArray();
        QCOMPARE(std::size_t(s.size()), core::kMaxLogits);
        for (const QJsonValue &x : s)
            QVERIFY(x.toDouble() == 1e-4);
    }

    void json_withoutQ_leavesOutTheQKeys()
    {
        const QJsonObject o = computeJson({"--p", "0.2,0.3,0.5", "--unit", "nats"});
        QCOMPARE(sortedKeys(o), sorted({"unit", "p", "entropy_p", "information_p"}));
        QCOMPARE(o["unit"].toString(), QStringLiteral("nats"));
        QCOMPARE(o["information_p"].toArray().size(), 3);
    }

    void json_withLabel_addsTheLosses_data()
    {
        QTest::addColumn<QString>("y");
        QTest::addColumn<QString>("yhat");
        QTest::newRow("y=1 yhat=0.8") << "1"
                                      << "0.8";
        QTest::newRow("y=0 yhat=0.8") << "0"
                                      << "0.8";
        QTest::newRow("confidently wrong") << "1"
                                           << "1e-4";
        QTest::newRow("sure and wrong: infinite loss") << "1"
                                                       << "0";
        QTest::newRow("sure and right: zero loss") << "0"
                                                   << "0";
        QTest::newRow("-0 label and prediction") << "-0"
                                                 << "-0";
    }

    void json_withLabel_addsTheLosses()
    {
        QFETCH(QString, y);
        QFETCH(QString, yhat);
        Run run;
        const QJsonObject o = computeJson({"--p", "0.3", "--y", y, "--yhat", yhat, "--unit", "nats"}, &run);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(sortedKeys(o),
                 sorted({"unit", "p", "entropy_p", "information_p", "y", "yhat", "bce", "mse", "bce_grad_logit",
                         "mse_grad_logit"}));
        const double yv = core::parseNumber(y.toStdString()) + 0.0, yhatv = core::parseNumber(yhat.toStdString()) + 0.0;
        COMPARE_EXACT(o["y"], yv);
        COMPARE_EXACT(o["yhat"], yhatv);
        COMPARE_EXACT(o["bce"], core::binaryCrossEntropyLoss(yv, yhatv, core::Unit::Nats));
        COMPARE_EXACT(o["mse"], core::squaredError(yv, yhatv));
        COMPARE_EXACT(o["bce_grad_logit"], core::binaryCrossEntropyGradientLogit(yv, yhatv, core::Unit::Nats));
        COMPARE_EXACT(o["mse_grad_logit"], core::squaredErrorGradientLogit(yv, yhatv));
        QVERIFY2(!run.out.contains("-0,") && !run.out.contains("-0}"), run.out.constData());
    }

    // The reference differentiates J(y, sigmoid(z)) numerically at 2400 bits (tests/data/gen_reference.py), so it
    // checks the printed gradient against the printed loss, not against the closed form the core uses.
    void json_bceGradient_isTheDerivativeOfThePrintedBce_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("yhat");
        QTest::addColumn<double>("loss");
        QTest::addColumn<double>("gradient");
        QFile file(QStringLiteral(ENTROPYLAB_TEST_DATA "/reference/loss_gradients.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "tests/data/reference/loss_gradients.txt is missing");
        int rows = 0;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> f = line.split(' ');
            QVERIFY2(f.size() == 5, line.constData());
            const double y = std::strtod(f[1].constData(), nullptr), yhat = std::strtod(f[2].constData(), nullptr);
            QTest::addRow("%s y=%g yhat=%.17g", f[0].constData(), y, yhat)
                << QString::fromLatin1(f[0]) << y << yhat << std::strtod(f[3].constData(), nullptr)
                << std::strtod(f[4].constData(), nullptr);
            ++rows;
        }
        QVERIFY2(rows >= 60, "tests/data/reference/loss_gradients.txt is short");
    }

    void json_bceGradient_isTheDerivativeOfThePrintedBce()
    {
        QFETCH(QString, unit);
        QFETCH(double, y);
        QFETCH(double, yhat);
        QFETCH(double, loss);
        QFETCH(double, gradient);
        // 17 significant digits read back as the exact double the reference used.
        const QString yhatText = QString::number(yhat, 'g', 17);
        Run run;
        const QJsonObject o
            = computeJson({"--p", "0.5", "--y", QString::number(y), "--yhat", yhatText, "--unit", unit}, &run);
        QCOMPARE(run.exitCode, 0);
        const auto relative = [](double got, double exact) { return std::abs(got - exact) / std::abs(exact); };
        const double bce = o["bce"].toDouble(), grad = o["bce_grad_logit"].toDouble();
        QVERIFY2(relative(bce, loss) <= 1e-12,
                 qPrintable(QStringLiteral("bce %1 vs %2").arg(bce, 0, 'g', 17).arg(loss)));
        QVERIFY2(relative(grad, gradient) <= 1e-12,
                 qPrintable(QStringLiteral("bce_grad_logit %1, dJ/dz of the printed J %2")
                                .arg(grad, 0, 'g', 17)
                                .arg(gradient, 0, 'g', 17)));
    }

    void json_squaredError_hasNoUnit_data()
    {
        QTest::addColumn<QString>("y");
        QTest::addColumn<QString>("yhat");
        QTest::newRow("y=1 yhat=0.8") << "1"
                                      << "0.8";
        QTest::newRow("confidently wrong") << "1"
                                           << "1e-4";
        QTest::newRow("y=0 yhat=0.3") << "0"
                                      << "0.3";
    }

    // --unit scales J and its gradient, never the squared error or its gradient.
    void json_squaredError_hasNoUnit()
    {
        QFETCH(QString, y);
        QFETCH(QString, yhat);
        const double yv = core::parseNumber(y.toStdString()), yhatv = core::parseNumber(yhat.toStdString());
        for (const QString unit : {"bits", "nats", "bans"}) {
            const QJsonObject o = computeJson({"--p", "0.5", "--y", y, "--yhat", yhat, "--unit", unit});
            COMPARE_EXACT(o["mse"], core::squaredError(yv, yhatv));
            COMPARE_EXACT(o["mse_grad_logit"], core::squaredErrorGradientLogit(yv, yhatv));
        }
    }

    void json_infinityIsTheStringInf()
    {
        Run run;
        const QJsonObject o = computeJson({"--p", "0.5", "--q", "0"}, &run);
        QVERIFY2(!o.isEmpty(), run.out.constData()); // still valid JSON
        QCOMPARE(o["cross_entropy"].toString(), QStringLiteral("inf"));
        QCOMPARE(o["kl"].toString(), QStringLiteral("inf"));
        QVERIFY(o["kl_reverse"].isDouble());
        COMPARE_EXACT(o["kl_reverse"], core::binaryKlDivergence(0.0, 0.5, core::Unit::Bits));
        QCOMPARE(o["information_q"].toArray().at(0).toString(), QStringLiteral("inf"));
        QVERIFY(o["information_q"].toArray().at(1).isDouble());
        QVERIFY2(!run.out.contains("Infinity") && !run.out.contains("\"-inf\""), run.out.constData());
    }

    void normalize_rescalesWeights()
    {
        Run run;
        const QJsonObject o = computeJson({"--p", "1,2,3", "--normalize"}, &run);
        QCOMPARE(run.exitCode, 0);
        COMPARE_EXACT_LIST(o["p"], (std::vector<double> {1.0 / 6.0, 1.0 / 3.0, 0.5}));
        // Without --normalize weights are refused, naming the entry above 1 or the sum, with the hint.
        const Run above = entropylab({"compute", "--p", "1,2,3"});
        QCOMPARE(above.exitCode, 2);
        QVERIFY(above.out.isEmpty());
        QVERIFY2(above.err.contains("entry 2 (2) is greater than 1"), above.err.constData());
        QVERIFY2(above.err.contains("--normalize"), above.err.constData());
        const Run negative = entropylab({"compute", "--p", "0.5,-0.5,1"});
        QVERIFY2(!negative.err.contains("--normalize"), negative.err.constData()); // rescaling would not help
        const Run offOne = entropylab({"compute", "--p", "0.1,0.2,0.3"});
        QCOMPARE(offOne.exitCode, 2);
        QVERIFY(offOne.out.isEmpty());
        QVERIFY2(offOne.err.contains("--normalize"), offOne.err.constData());
        COMPARE_EXACT_LIST(computeJson({"--p", "0.1,0.2,0.3", "--normalize"})["p"],
                           entries(core::Distribution::fromEntries(std::vector<double> {0.1, 0.2, 0.3},
                                                                   core::Distribution::Sum::Normalize)));
    }

    void normalize_hugeWeightsDoNotOverflow()
    {
        // Both are valid weights; their sum overflows a double unless they are scaled first.
        Run run;
        const QJsonObject o = computeJson({"--p", "1e308,1e308", "--normalize"}, &run);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        COMPARE_EXACT_LIST(o["p"], (std::vector<double> {0.5, 0.5}));
        COMPARE_EXACT(o["entropy_p"], 1.0);
        const QJsonObject q = computeJson({"--p", "0.5,0.5", "--q", "1.7e308,1.7e308", "--normalize"}, &run);
        QCOMPARE(run.exitCode, 0);
        COMPARE_EXACT_LIST(q["q"], (std::vector<double> {0.5, 0.5}));
    }

    void decimalComma_saysSoInsteadOfNormalize_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("meant");
        QTest::newRow("0,3") << "0,3"
                             << "0.3";
        QTest::newRow("0,5") << "0,5"
                             << "0.5";
        QTest::newRow("0,25") << "0,25"
                              << "0.25";
        QTest::newRow("0,05") << "0,05"
                              << "0.05";
    }

    void decimalComma_saysSoInsteadOfNormalize()
    {
        QFETCH(QString, list);
        QFETCH(QString, meant);
        const Run run = entropylab({"compute", "--p", list});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("did you mean %1? use a decimal point").arg(meant)), qPrintable(err));
        // --normalize would silently read it as the weights (0, 3): no hint to pass it.
        QVERIFY2(!err.contains(QLatin1String("--normalize")), qPrintable(err));
        // Real weights still get the hint.
        QVERIFY(entropylab({"compute", "--p", "1,3"}).err.contains("--normalize"));
    }

    void otherCommands_refuseRepeatedOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("fuzz --events twice")
            << QStringList {"fuzz", "--events", "1", "--events", "2"} << "--events is given twice";
        QTest::newRow("fuzz --seed twice, with =")
            << QStringList {"fuzz", "--seed=1", "--seed", "2"} << "--seed is given twice";
        QTest::newRow("fuzz --json twice")
            << QStringList {"fuzz", "--events", "0", "--json", "--json"} << "--json is given twice";
        QTest::newRow("fuzz --autosave-every twice")
            << QStringList {"fuzz", "--autosave-every", "1", "--autosave-every=2"} << "--autosave-every is given twice";
        QTest::newRow("bench --updates twice")
            << QStringList {"bench", "--updates", "3", "--updates", "4"} << "--updates is given twice";
        QTest::newRow("bench --outcomes twice")
            << QStringList {"bench", "--outcomes=3", "--outcomes=4"} << "--outcomes is given twice";
        QTest::newRow("bench --export twice")
            << QStringList {"bench", "--export", "--export"} << "--export is given twice";
        QTest::newRow("compute --p twice")
            << QStringList {"compute", "--p", "0.3", "--p", "0.4"} << "--p is given twice";
        QTest::newRow("export --panel twice")
            << QStringList {"export", "--panel", "kl", "--panel", "kl"} << "--panel is given twice";
        // The same rule's other refusals, now shared by bench and fuzz.
        QTest::newRow("fuzz flag with a value") << QStringList {"fuzz", "--json=yes"} << "--json takes no value";
        QTest::newRow("bench value forgotten")
            << QStringList {"bench", "--updates", "--json"} << "--updates needs a value";
        QTest::newRow("fuzz unknown option") << QStringList {"fuzz", "--event", "3"} << "unknown option \"--event\"";
        QTest::newRow("bench not whole") << QStringList {"bench", "--updates", "2.5"}
                                         << "--updates: 2.5 is not a whole number from 1 to 10000000";
        QTest::newRow("fuzz negative") << QStringList {"fuzz", "--events", "-3"}
                                       << "--events: -3 is not a whole number from 0 to 1000000000";
    }

    void otherCommands_refuseRepeatedOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = entropylab(arguments);
        const QString err = QString::fromUtf8(run.err);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(err.startsWith(QStringLiteral("entropylab %1: ").arg(arguments.first())), qPrintable(err));
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void table_isReadable_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("p and q") << QStringList {"--p", "0.3", "--q", "0.6"} << QStringList {"unit",
                                                                                             "bits",
                                                                                             "H(p)",
                                                                                             "H(q)",
                                                                                             "H(p, q)",
                                                                                             "D(p||q)",
                                                                                             "D(q||p)",
                                                                                             "I(p_i) = -log p_i",
                                                                                             "I(q_i) = -log q_i"};
        QTest::newRow("nats") << QStringList {"--p", "0.2,0.3,0.5", "--unit", "nats"}
                              << QStringList {"unit", "nats", "H(p)", "0.2, 0.3, 0.5"};
        QTest::newRow("losses") << QStringList {"--p", "0.3", "--y", "1", "--yhat", "0.8"}
                                << QStringList {"J = -y log yhat - (1-y) log(1-yhat)", "(y - yhat)^2 (no unit)",
                                                "dJ/dz = (yhat - y)/ln 2", "d(y - yhat)^2/dz (no unit)"};
        QTest::newRow("losses in nats") << QStringList {"--p", "0.3", "--y", "1", "--yhat", "0.8", "--unit", "nats"}
                                        << QStringList {"dJ/dz = yhat - y", "(y - yhat)^2 (no unit)"};
        QTest::newRow("losses in bans") << QStringList {"--p", "0.3", "--y", "1", "--yhat", "0.8", "--unit", "bans"}
                                        << QStringList {"dJ/dz = (yhat - y)/ln 10"};
        QTest::newRow("infinity") << QStringList {"--p", "0.5", "--q", "0"} << QStringList {"inf bits"};
        QTest::newRow("classifier") << QStringList {"--logits", "2,1,0.1", "--target", "0"}
                                    << QStringList {"z                               2, 1, 0.1\n",
                                                    "t                               1, 0, 0\n",
                                                    "s = softmax(z/T)",
                                                    "log s_i",
                                                    "H(t, s) = -sum t_i log s_i",
                                                    "H(t)  ",
                                                    "D(t||s)",
                                                    "dH/dz_i = (s_i - t_i)/(T ln 2)"};
        QTest::newRow("classifier in nats") << QStringList {"--logits", "2,1,0.1", "--target", "0", "--unit", "nats"}
                                            << QStringList {"dH/dz_i = (s_i - t_i)/T  ", " nats\n"};
        QTest::newRow("classifier in bans") << QStringList {"--logits", "2,1,0.1", "--target", "0", "--unit", "bans"}
                                            << QStringList {"dH/dz_i = (s_i - t_i)/(T ln 10)"};
    }

    void table_isReadable()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, labels);
        const Run run = entropylab(QStringList {"compute"} + arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(!text.startsWith(QLatin1Char('{')), "the table is not JSON");
        for (const QString &label : labels)
            QVERIFY2(text.contains(label), qPrintable(label + QStringLiteral(" missing from:\n") + text));
    }

    void badInput_exitsTwoWithOneLineNamingTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("names"); // the option or word the line must name
        QTest::addColumn<QString>("mentions"); // and what is wrong with it
        QTest::newRow("negative") << QStringList {"--p", "-0.1"} << "--p"
                                  << "outside [0, 1]";
        QTest::newRow("above one") << QStringList {"--p", "1.2"} << "--p"
                                   << "outside [0, 1]";
        QTest::newRow("q above one") << QStringList {"--p", "0.5", "--q", "1.5"} << "--q"
                                     << "outside [0, 1]";
        QTest::newRow("nan") << QStringList {"--p", "nan"} << "--p"
                             << "not a finite number";
        QTest::newRow("inf") << QStringList {"--p", "inf"} << "--p"
                             << "not a finite number";
        QTest::newRow("text") << QStringList {"--p", "abc"} << "--p"
                              << "not a number";
        QTest::newRow("decimal comma pair") << QStringList {"--p", "0,5"} << "--p"
                                            << "did you mean 0.5? use a decimal point";
        QTest::newRow("decimal comma 0,3") << QStringList {"--p", "0,3"} << "--p"
                                           << "\"0,3\" is two entries; did you mean 0.3? use a decimal point";
        QTest::newRow("decimal comma in q") << QStringList {"--p", "0.5", "--q", "0,25"} << "--q"
                                            << "did you mean 0.25? use a decimal point";
        QTest::newRow("empty") << QStringList {"--p", ""} << "--p"
                               << "no number";
        QTest::newRow("empty with =") << QStringList {"--p="} << "--p"
                                      << "no number";
        QTest::newRow("overflow") << QStringList {"--p", "1e999"} << "--p"
                                  << "out of range";
        QTest::newRow("negative list entry") << QStringList {"--p", "0.5,-0.5,1"} << "--p"
                                             << "entry 2";
        QTest::newRow("list entry above one") << QStringList {"--p", "1.5,-0.5"} << "--p"
                                              << "entry 1";
        QTest::newRow("empty list entry") << QStringList {"--p", "0.2,,0.8"} << "--p"
                                          << "entry 2";
        QTest::newRow("trailing comma") << QStringList {"--p", "0.2,0.8,"} << "--p"
                                        << "entry 3";
        QTest::newRow("sum off one") << QStringList {"--p", "0.2,0.3"} << "--p"
                                     << "--normalize";
        QTest::newRow("sum off one in q") << QStringList {"--p", "0.5,0.5", "--q", "0.2,0.3"} << "--q"
                                          << "not 1";
        QTest::newRow("zero sum with --normalize") << QStringList {"--p", "0,0", "--normalize"} << "--p"
                                                   << "positive";
        QTest::newRow("wrong length") << QStringList {"--p", "0.2,0.8", "--q", "0.1,0.1,0.8"} << "--q"
                                      << "outcomes";
        QTest::newRow("wrong length, binary p") << QStringList {"--p", "0.2", "--q", "0.1,0.1,0.8"} << "--q"
                                                << "outcomes";
        QTest::newRow("unknown unit") << QStringList {"--p", "0.3", "--unit", "furlongs"} << "--unit"
                                      << "furlongs";
        QTest::newRow("unit in capitals") << QStringList {"--p", "0.3", "--unit", "Bits"} << "--unit"
                                          << "not a unit";
        QTest::newRow("label not 0 or 1") << QStringList {"--p", "0.3", "--y", "0.5", "--yhat", "0.5"} << "--y"
                                          << "0 or 1";
        QTest::newRow("label 2") << QStringList {"--p", "0.3", "--y", "2", "--yhat", "0.5"} << "--y"
                                 << "0 or 1";
        QTest::newRow("label text") << QStringList {"--p", "0.3", "--y", "one", "--yhat", "0.5"} << "--y"
                                    << "not a number";
        QTest::newRow("yhat above one") << QStringList {"--p", "0.3", "--y", "1", "--yhat", "1.5"} << "--yhat"
                                        << "[0, 1]";
        QTest::newRow("yhat negative") << QStringList {"--p", "0.3", "--y", "1", "--yhat", "-0.1"} << "--yhat"
                                       << "[0, 1]";
        QTest::newRow("yhat nan") << QStringList {"--p", "0.3", "--y", "1", "--yhat", "nan"} << "--yhat"
                                  << "not a finite number";
        QTest::newRow("y without yhat") << QStringList {"--p", "0.3", "--y", "1"} << "--y"
                                        << "--yhat";
        QTest::newRow("yhat without y") << QStringList {"--p", "0.3", "--yhat", "0.5"} << "--yhat"
                                        << "--y";
        QTest::newRow("unknown option") << QStringList {"--p", "0.3", "--bogus"} << "--bogus"
                                        << "unknown option";
        QTest::newRow("stray word") << QStringList {"--p", "0.3", "0.6"} << "0.6"
                                    << "unknown option";
        QTest::newRow("missing p") << QStringList {"--q", "0.3"} << "--p"
                                   << "required";
        QTest::newRow("nothing at all") << QStringList {} << "--p"
                                        << "required";
        QTest::newRow("given twice") << QStringList {"--p", "0.3", "--p", "0.4"} << "--p"
                                     << "twice";
        QTest::newRow("unit given twice") << QStringList {"--p", "0.3", "--unit", "bits", "--unit=nats"} << "--unit"
                                          << "twice";
        QTest::newRow("missing value") << QStringList {"--p"} << "--p"
                                       << "needs a value";
        QTest::newRow("value forgotten before a flag") << QStringList {"--p", "0.3", "--q", "--normalize"} << "--q"
                                                       << "needs a value";
        QTest::newRow("flag with a value") << QStringList {"--p", "0.3", "--normalize=yes"} << "--normalize"
                                           << "takes no value";
        // A classifier's bad input: each names its option and the problem.
        const QStringList z {"--logits", "2,1,0.1"};
        QTest::newRow("logit nan") << QStringList {"--logits", "2,nan,0.1", "--target", "0"} << "--logits"
                                   << "entry 2: \"nan\" is not a finite number";
        QTest::newRow("logit inf") << QStringList {"--logits", "inf,1", "--target", "0"} << "--logits"
                                   << "entry 1: \"inf\" is not a finite number";
        QTest::newRow("logit -inf") << QStringList {"--logits", "1,-inf", "--target", "0"} << "--logits"
                                    << "entry 2: \"-inf\" is not a finite number";
        QTest::newRow("logit overflow") << QStringList {"--logits", "1e999,1", "--target", "0"} << "--logits"
                                        << "out of range";
        QTest::newRow("logit text") << QStringList {"--logits", "2,one", "--target", "0"} << "--logits"
                                    << "entry 2: \"one\" is not a number";
        QTest::newRow("logits empty entry") << QStringList {"--logits", "2,,1", "--target", "0"} << "--logits"
                                            << "entry 2: no number given";
        QTest::newRow("logits empty") << QStringList {"--logits=", "--target", "0"} << "--logits"
                                      << "no number";
        QTest::newRow("10,001 logits") << QStringList {"--logits", QStringList(10001, QStringLiteral("1")).join(','),
                                                       "--target", "0"}
                                       << "--logits"
                                       << "10001 logits; at most 10000";
        QTest::newRow("class out of range") << z + QStringList {"--target", "3"} << "--target"
                                            << "the class 3 is not one of the 3 classes (a whole number from 0 to 2)";
        QTest::newRow("class negative") << z + QStringList {"--target", "-1"} << "--target"
                                        << "the class -1 is not";
        QTest::newRow("class not whole") << z + QStringList {"--target", "0.5"} << "--target"
                                         << "the class 0.5 is not";
        QTest::newRow("class nan") << z + QStringList {"--target", "nan"} << "--target"
                                   << "is not a finite number";
        QTest::newRow("target wrong length") << z + QStringList {"--target", "0.5,0.5"} << "--target"
                                             << "the target has 2 entries but there are 3 logits";
        QTest::newRow("target negative") << z + QStringList {"--target", "1.1,-0.1,0"} << "--target"
                                         << "target[1] is -0.1, a negative probability";
        QTest::newRow("target sum") << z + QStringList {"--target", "0.5,0.2,0.1"} << "--target"
                                    << "the target's entries sum to 0.8, not 1";
        QTest::newRow("smoothing 1") << z + QStringList {"--target", "0", "--smoothing", "1"} << "--smoothing"
                                     << "the smoothing 1 is outside [0, 1)";
        QTest::newRow("smoothing negative") << z + QStringList {"--target", "0", "--smoothing", "-0.1"} << "--smoothing"
                                            << "the smoothing -0.1 is outside [0, 1)";
        QTest::newRow("smoothing nan") << z + QStringList {"--target", "0", "--smoothing", "nan"} << "--smoothing"
                                       << "is not a finite number";
        QTest::newRow("temperature 0") << z + QStringList {"--target", "0", "--temperature", "0"} << "--temperature"
                                       << "the temperature 0 is not a positive finite number";
        QTest::newRow("temperature negative")
            << z + QStringList {"--target", "0", "--temperature", "-2"} << "--temperature"
            << "the temperature -2 is not a positive finite number";
        QTest::newRow("temperature inf") << z + QStringList {"--target", "0", "--temperature", "inf"} << "--temperature"
                                         << "is not a finite number";
        QTest::newRow("temperature text")
            << z + QStringList {"--target", "0", "--temperature", "hot"} << "--temperature"
            << "is not a number";
        QTest::newRow("logits without target") << z << "--logits"
                                               << "needs --target";
        QTest::newRow("target without logits") << QStringList {"--p", "0.3", "--target", "0"} << "--target"
                                               << "needs --logits";
        QTest::newRow("smoothing without logits") << QStringList {"--p", "0.3", "--smoothing", "0.1"} << "--smoothing"
                                                  << "needs --logits";
        // Neither --p nor --logits: the parser asks for --p, as it always has.
        QTest::newRow("temperature alone") << QStringList {"--temperature", "2"} << "--p" << "is required";
        QTest::newRow("logits with p") << z + QStringList {"--target", "0", "--p", "0.3"} << "--p"
                                       << "cannot be used with --logits";
        QTest::newRow("logits with y") << z + QStringList {"--target", "0", "--y", "1", "--yhat", "0.5"} << "--y"
                                       << "cannot be used with --logits";
        QTest::newRow("logits with normalize") << z + QStringList {"--target", "0", "--normalize"} << "--normalize"
                                               << "cannot be used with --logits";
        QTest::newRow("logits unit unknown") << z + QStringList {"--target", "0", "--unit", "furlongs"} << "--unit"
                                             << "is not a unit";
    }

    void badInput_exitsTwoWithOneLineNamingTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, names);
        QFETCH(QString, mentions);
        for (const bool json : {false, true}) {
            QStringList args = QStringList {QStringLiteral("compute")} + arguments;
            if (json)
                args << QStringLiteral("--json");
            const Run run = entropylab(args);
            const QString err = QString::fromUtf8(run.err);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.out.isEmpty(), run.out.constData());
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY2(run.err.endsWith('\n'), run.err.constData());
            QVERIFY2(err.startsWith(QLatin1String("entropylab compute: ")), qPrintable(err));
            QVERIFY2(err.contains(names), qPrintable(err));
            QVERIFY2(err.contains(mentions), qPrintable(err));
        }
    }

    void helpAndVersion_printToStdoutAndExitZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("--help") << QStringList {"--help"} << "Usage: entropylab";
        QTest::newRow("-h") << QStringList {"-h"} << "entropylab compute --p P";
        QTest::newRow("--version") << QStringList {"--version"} << "entropylab ";
        QTest::newRow("compute --help") << QStringList {"compute", "--help"} << "--normalize";
        QTest::newRow("compute --help: the classifier") << QStringList {"compute", "--help"} << "(--p P | --logits Z)";
        QTest::newRow("compute --help: the target") << QStringList {"compute", "--help"} << "--target CLASS|DIST";
        QTest::newRow("compute -h with other options") << QStringList {"compute", "--p", "0.3", "-h"} << "--yhat X";
        QTest::newRow("bench --help") << QStringList {"bench", "--help"} << "--updates";
    }

    void helpAndVersion_printToStdoutAndExitZero()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = entropylab(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.out).contains(mentions), run.out.constData());
    }

    void version_isOneLineWithTheVersionNumber()
    {
        const Run run = entropylab({QStringLiteral("--version")});
        QVERIFY2(QRegularExpression(QStringLiteral("^entropylab \\d+\\.\\d+\\.\\d+\\n$"))
                     .match(QString::fromUtf8(run.out))
                     .hasMatch(),
                 run.out.constData());
    }

    void unknownCommand_exitsTwo()
    {
        const Run run = entropylab({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("unknown command") && run.err.contains("frobnicate"), run.err.constData());
    }

    void windowWithoutDisplay_explainsWhatToDo()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1String(name));
        const Run run = entropylab({}, environment);
        QVERIFY2(run.exitCode > 0, qPrintable(QString::number(run.exitCode))); // -1 would be a crash or a hang
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.contains("xvfb-run"), run.err.constData());
        QVERIFY2(!run.err.contains("could not connect to display"), run.err.constData());
        QVERIFY2(!run.err.contains("qt.qpa"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCompute)
#include "tst_compute.moc"
