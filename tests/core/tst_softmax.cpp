// core/softmax: against references computed by mpmath (tests/data/gen_reference.py writes
// tests/data/reference/softmax.txt), its invariants over random classifiers, the identity with the
// binary lesson for two classes, the extremes the issue names, and the one gate for bad input.
#include "core/loss.h"
#include "core/softmax.h"
#include "core/training.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>

Q_DECLARE_METATYPE(core::Unit)
Q_DECLARE_METATYPE(core::SoftmaxRule)
Q_DECLARE_METATYPE(core::SoftmaxTarget)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double readDouble(const QByteArray &text)
{
    return text == "inf" ? kInf : std::strtod(text.constData(), nullptr);
}

// The words after the first `skip` of a line, as doubles (decimal or hex).
std::vector<double> readNumbers(const QByteArray &line, int skip)
{
    std::vector<double> values;
    const QList<QByteArray> words = line.split(' ');
    for (qsizetype i = skip; i < words.size(); ++i)
        values.push_back(readDouble(words[i]));
    return values;
}

core::Unit readUnit(const QByteArray &text)
{
    return text == "bits" ? core::Unit::Bits : text == "nats" ? core::Unit::Nats : core::Unit::Bans;
}


double sum(const std::vector<double> &values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

// |got - exact| <= relative |exact| + absolute, with the numbers in the message.
bool near(double got, double exact, double relative, double absolute, QString *why)
{
    if (std::abs(got - exact) <= relative * std::abs(exact) + absolute)
        return true;
    *why = QStringLiteral("got %1, exact %2").arg(got, 0, 'g', 17).arg(exact, 0, 'g', 17);
    return false;
}

struct ReferenceCase
{
    QByteArray name;
    std::vector<double> logits;
    double temperature = 1;
    core::SoftmaxTarget target;
    std::vector<double> probabilities;
    std::vector<double> targetProbabilities;
    QList<QByteArray> unitLines; // "unit H(t,s) H(t) D", "log unit ...", "grad unit ..." for each unit
};

QList<ReferenceCase> readReferences()
{
    QFile file(QStringLiteral(ENTROPYLAB_TEST_DATA "/reference/softmax.txt"));
    QList<ReferenceCase> cases;
    if (!file.open(QIODevice::ReadOnly))
        return cases;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith("case ")) {
            cases.append(ReferenceCase {});
            cases.back().name = line.mid(5);
            continue;
        }
        if (cases.isEmpty())
            return {};
        ReferenceCase &c = cases.back();
        if (line.startsWith("z "))
            c.logits = readNumbers(line, 1);
        else if (line.startsWith("T "))
            c.temperature = readNumbers(line, 1).front();
        else if (line.startsWith("target label ")) {
            const std::vector<double> v = readNumbers(line, 2);
            c.target = core::SoftmaxTarget::oneHot(std::size_t(v[0]), v[1]);
        } else if (line.startsWith("target dist ")) {
            std::vector<double> v = readNumbers(line, 2);
            const double eps = v.front();
            v.erase(v.begin());
            c.target = core::SoftmaxTarget::of(v, eps);
        } else if (line.startsWith("s "))
            c.probabilities = readNumbers(line, 1);
        else if (line.startsWith("t "))
            c.targetProbabilities = readNumbers(line, 1);
        else
            c.unitLines << line;
    }
    return cases;
}

// A random classifier: K logits of a random spread, a temperature from 0.1 to 10 and a target of
// every kind (a class, a smoothed class, a distribution with zeros, a one-hot written out).
struct RandomCase
{
    std::vector<double> logits;
    double temperature;
    core::SoftmaxTarget target;
};

RandomCase randomCase(std::mt19937_64 &random)
{
    const auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(random); };
    const std::size_t k = 2 + std::size_t(random() % 40);
    const double spread = std::pow(10.0, uniform(-2, 3));
    RandomCase c;
    for (std::size_t i = 0; i < k; ++i)
        c.logits.push_back(uniform(-spread, spread));
    c.temperature = std::pow(10.0, uniform(-1, 1));
    const std::size_t label = random() % k;
    switch (random() % 4) {
    case 0:
        c.target = core::SoftmaxTarget::oneHot(label);
        break;
    case 1:
        c.target = core::SoftmaxTarget::oneHot(label, uniform(0, 0.999));
        break;
    case 2: {
        std::vector<double> w(k);
        double total = 0;
        for (double &x : w) {
            x = random() % 5 == 0 ? 0.0 : uniform(0, 1);
            total += x;
        }
        w[label] += 1.0;
        total += 1.0;
        for (double &x : w)
            x /= total;
        c.target = core::SoftmaxTarget::of(w, random() % 2 ? 0.0 : uniform(0, 0.5));
        break;
    }
    default: {
        std::vector<double> oneHot(k, 0.0);
        oneHot[label] = 1.0;
        c.target = core::SoftmaxTarget::of(oneHot);
    }
    }
    return c;
}

} // namespace

class TestSoftmax : public QObject
{
    Q_OBJECT

private slots:
    // Every number the page and `compute` show, against 20-digit references for the double inputs:
    // the loss, log-probabilities and probabilities within 1e-13 relative (a probability below the
    // normal range within its own rounding), the gradient within 1e-13 relative plus the few ulp of 1/T
    // its subtraction s - t may lose, H(t) and D(t||s) within 1e-12.
    void matchesTheReference_data()
    {
        QTest::addColumn<std::vector<double>>("logits");
        QTest::addColumn<double>("temperature");
        QTest::addColumn<core::SoftmaxTarget>("target");
        QTest::addColumn<std::vector<double>>("probabilities");
        QTest::addColumn<std::vector<double>>("targetProbabilities");
        QTest::addColumn<core::Unit>("unit");
        QTest::addColumn<std::vector<double>>("totals"); // H(t,s), H(t), D(t||s)
        QTest::addColumn<std::vector<double>>("logProbabilities");
        QTest::addColumn<std::vector<double>>("gradient");
        const QList<ReferenceCase> cases = readReferences();
        QVERIFY2(cases.size() > 50, "tests/data/reference/softmax.txt is missing or short");
        for (const ReferenceCase &c : cases) {
            QVERIFY2(c.unitLines.size() == 9, c.name.constData());
            for (int u = 0; u < 9; u += 3) {
                const QByteArray unit = c.unitLines[u].split(' ').first();
                QTest::addRow("%s %s", c.name.constData(), unit.constData())
                    << c.logits << c.temperature << c.target << c.probabilities << c.targetProbabilities
                    << readUnit(unit) << readNumbers(c.unitLines[u], 1) << readNumbers(c.unitLines[u + 1], 2)
                    << readNumbers(c.unitLines[u + 2], 2);
            }
        }
    }

    void matchesTheReference()
    {
        QFETCH(std::vector<double>, logits);
        QFETCH(double, temperature);
        QFETCH(core::SoftmaxTarget, target);
        QFETCH(std::vector<double>, probabilities);
        QFETCH(std::vector<double>, targetProbabilities);
        QFETCH(core::Unit, unit);
        QFETCH(std::vector<double>, totals);
        QFETCH(std::vector<double>, logProbabilities);
        QFETCH(std::vector<double>, gradient);
        const core::SoftmaxLoss got = core::softmaxLoss(logits, target, temperature, unit);
        const std::size_t k = logits.size();
        QCOMPARE(got.probabilities.size(), k);
        QCOMPARE(got.gradient.size(), k);
        QString why;
        QVERIFY2(near(got.crossEntropy, totals[0], 1e-13, 0, &why), qPrintable("H(t,s): " + why));
        QVERIFY2(near(got.targetEntropy, totals[1], 1e-12, 0, &why), qPrintable("H(t): " + why));
        QVERIFY2(near(got.divergence, totals[2], 1e-12, 1e-15, &why), qPrintable("D(t||s): " + why));
        const double gradientSlack = 4.0 * std::numeric_limits<double>::epsilon() / temperature;
        for (std::size_t i = 0; i < k; ++i) {
            const QString entry = QStringLiteral("[%1] ").arg(i);
            QVERIFY2(near(got.probabilities[i], probabilities[i], 1e-13, 1e-300, &why), qPrintable("s" + entry + why));
            QVERIFY2(near(got.logProbabilities[i], logProbabilities[i], 1e-13, 0, &why),
                     qPrintable("log s" + entry + why));
            QVERIFY2(near(got.target[i], targetProbabilities[i], 1e-15, 0, &why), qPrintable("t" + entry + why));
            QVERIFY2(near(got.gradient[i], gradient[i], 1e-13, gradientSlack, &why), qPrintable("grad" + entry + why));
            QVERIFY2(got.lossTerms[i] >= 0.0, qPrintable(entry));
        }
        // The single-answer functions are the same numbers.
        QCOMPARE(core::softmaxCrossEntropy(logits, target, temperature, unit), got.crossEntropy);
        QCOMPARE(core::softmaxCrossEntropyGradient(logits, target, temperature, unit), got.gradient);
        QCOMPARE(core::softmax(logits, temperature), got.probabilities);
        QCOMPARE(core::logSoftmax(logits, temperature, unit), got.logProbabilities);
        QCOMPARE(core::targetDistribution(target, k), got.target);
    }

    // Probabilities sum to 1 and the gradient to 0 within 1e-12 (the gradient's scale is 1/T), the
    // loss is H(t) + D(t||s), every term is non-negative, and a one-hot written out is its class.
    void randomClassifiers_keepTheInvariants()
    {
        std::mt19937_64 random(18);
        for (int n = 0; n < 3000; ++n) {
            const RandomCase c = randomCase(random);
            for (const core::Unit unit : {core::Unit::Nats, core::Unit::Bits}) {
                const core::SoftmaxLoss loss = core::softmaxLoss(c.logits, c.target, c.temperature, unit);
                const QByteArray where = QByteArray("case ") + QByteArray::number(n);
                QVERIFY2(std::abs(sum(loss.probabilities) - 1.0) <= 1e-12, where);
                QVERIFY2(std::abs(sum(loss.target) - 1.0) <= 1e-12, where);
                QVERIFY2(std::abs(sum(loss.gradient)) * c.temperature <= 1e-12, where);
                QVERIFY2(std::isfinite(loss.crossEntropy) && loss.crossEntropy >= 0.0, where);
                QVERIFY2(loss.divergence >= 0.0 && loss.targetEntropy >= 0.0, where);
                const double split = loss.targetEntropy + loss.divergence;
                QVERIFY2(std::abs(loss.crossEntropy - split) <= 1e-12 * std::max(1.0, loss.crossEntropy),
                         where + " H(t,s) = " + QByteArray::number(loss.crossEntropy, 'g', 17)
                             + ", H(t) + D = " + QByteArray::number(split, 'g', 17));
                QVERIFY2(std::abs(sum(loss.lossTerms) - loss.crossEntropy) <= 1e-12 * std::max(1.0, loss.crossEntropy),
                         where);
                for (std::size_t i = 0; i < c.logits.size(); ++i) {
                    QVERIFY2(loss.probabilities[i] >= 0.0 && loss.probabilities[i] <= 1.0, where);
                    QVERIFY2(std::isfinite(loss.logProbabilities[i]) && loss.logProbabilities[i] <= 0.0, where);
                    QVERIFY2(loss.lossTerms[i] >= 0.0, where);
                }
            }
        }
    }

    void oneHotDistribution_isItsClass_data()
    {
        QTest::addColumn<std::vector<double>>("logits");
        QTest::addColumn<std::size_t>("label");
        QTest::addColumn<double>("smoothing");
        QTest::newRow("textbook") << std::vector<double> {2, 1, 0.1} << std::size_t(0) << 0.0;
        QTest::newRow("confident right") << std::vector<double> {40, 0, 0} << std::size_t(0) << 0.0;
        QTest::newRow("confident wrong, smoothed") << std::vector<double> {40, 0, 0} << std::size_t(2) << 0.1;
    }

    void oneHotDistribution_isItsClass()
    {
        QFETCH(std::vector<double>, logits);
        QFETCH(std::size_t, label);
        QFETCH(double, smoothing);
        std::vector<double> oneHot(logits.size(), 0.0);
        oneHot[label] = 1.0;
        const core::SoftmaxLoss a = core::softmaxLoss(logits, core::SoftmaxTarget::oneHot(label, smoothing));
        const core::SoftmaxLoss b = core::softmaxLoss(logits, core::SoftmaxTarget::of(oneHot, smoothing));
        QCOMPARE(a.crossEntropy, b.crossEntropy);
        QCOMPARE(a.gradient, b.gradient);
        QCOMPARE(a.divergence, b.divergence);
        QCOMPARE(a.target, b.target);
    }

    void labelSmoothing_mixesTheOneHotWithUniform_data()
    {
        QTest::addColumn<std::size_t>("classes");
        QTest::addColumn<double>("smoothing");
        QTest::newRow("none") << std::size_t(3) << 0.0;
        QTest::newRow("0.1 of 3") << std::size_t(3) << 0.1;
        QTest::newRow("0.3 of 10") << std::size_t(10) << 0.3;
        QTest::newRow("just below 1") << std::size_t(4) << 0.999;
    }

    void labelSmoothing_mixesTheOneHotWithUniform()
    {
        QFETCH(std::size_t, classes);
        QFETCH(double, smoothing);
        const std::vector<double> t = core::targetDistribution(core::SoftmaxTarget::oneHot(1, smoothing), classes);
        QCOMPARE(t.size(), classes);
        const double share = smoothing / double(classes);
        for (std::size_t i = 0; i < classes; ++i)
            QCOMPARE(t[i], i == 1 ? 1.0 - smoothing + share : share);
        QVERIFY(std::abs(sum(t) - 1.0) <= 1e-15);
    }

    // The identity of the issue: for two classes the loss and its gradient are the binary lesson's J and
    // dJ/dz at z = z_1 - z_0, class 1 being y = 1 (sigmoid(z) = s_1), within 1 ulp (in fact bit for
    // bit: one computation serves both) in 10,000 random cases in every unit.
    void twoClasses_equalTheBinaryLesson()
    {
        std::mt19937_64 random(2);
        std::uint64_t worstLoss = 0, worstGradient = 0;
        for (int n = 0; n < 10000; ++n) {
            const double spread = std::pow(10.0, std::uniform_real_distribution<double>(-3, 3)(random));
            std::uniform_real_distribution<double> logit(-spread, spread);
            const std::vector<double> logits {logit(random), logit(random)};
            const double z = logits[1] - logits[0];
            const int y = int(random() % 2);
            for (const core::Unit unit : {core::Unit::Nats, core::Unit::Bits, core::Unit::Bans}) {
                const core::SoftmaxLoss loss = core::softmaxLoss(logits, core::SoftmaxTarget::oneHot(y), 1.0, unit);
                const double j = core::binaryCrossEntropyLossAtLogit(y, z, unit);
                const double dj = core::binaryCrossEntropyGradientAtLogit(y, z, unit);
                worstLoss = std::max(worstLoss, testsupport::ulpDistance(loss.crossEntropy, j));
                worstGradient
                    = std::max({worstGradient, testsupport::ulpDistance(loss.gradient[1], dj), testsupport::ulpDistance(-loss.gradient[0], dj)});
                QVERIFY2(worstLoss <= 1 && worstGradient <= 1,
                         qPrintable(QStringLiteral("z0 %1 z1 %2 y %3: J %4 vs %5, dJ/dz %6 vs %7")
                                        .arg(logits[0], 0, 'g', 17)
                                        .arg(logits[1], 0, 'g', 17)
                                        .arg(y)
                                        .arg(loss.crossEntropy, 0, 'g', 17)
                                        .arg(j, 0, 'g', 17)
                                        .arg(loss.gradient[1], 0, 'g', 17)
                                        .arg(dj, 0, 'g', 17)));
            }
        }
        qInfo("worst: loss %llu ulp, gradient %llu ulp", static_cast<unsigned long long>(worstLoss),
              static_cast<unsigned long long>(worstGradient));
    }

    // The logit form is the binary page's J of yhat = sigmoid(z), up to what the rounded yhat costs the
    // page: sigmoid's error (2 ulp of yhat) times |dJ/dyhat| (1/yhat, or 1/(1 - yhat) for y = 0), plus
    // 1e-15 relative. Where yhat rounds to 1 only the logit form keeps the loss (next test).
    void binaryLossAtLogit_isTheLossOfTheSigmoid_data()
    {
        QTest::addColumn<double>("z");
        QTest::addColumn<double>("y");
        for (const double z : {-5.0, -1.0, -0.1, 0.0, 0.1, 1.0, 5.0}) {
            QTest::addRow("z=%g y=1", z) << z << 1.0;
            QTest::addRow("z=%g y=0", z) << z << 0.0;
        }
        QTest::newRow("soft label 0.3, z=2") << 2.0 << 0.3;
    }

    void binaryLossAtLogit_isTheLossOfTheSigmoid()
    {
        QFETCH(double, z);
        QFETCH(double, y);
        const double yhat = core::sigmoid(z);
        const double twoUlp = 2.0 * (std::nextafter(yhat, 2.0) - yhat);
        const double steepness = y == 1.0 ? 1.0 / yhat
            : y == 0.0                    ? 1.0 / (1.0 - yhat)
                                          : 1.0 / std::min(yhat, 1.0 - yhat);
        QString why;
        QVERIFY2(near(core::binaryCrossEntropyLossAtLogit(y, z, core::Unit::Nats),
                      core::binaryCrossEntropyLoss(y, yhat, core::Unit::Nats), 1e-15, twoUlp * steepness, &why),
                 qPrintable(why));
        QVERIFY2(near(core::binaryCrossEntropyGradientAtLogit(y, z, core::Unit::Nats),
                      core::binaryCrossEntropyGradientLogit(y, yhat, core::Unit::Nats), 1e-15, twoUlp, &why),
                 qPrintable(why));
    }

    void binaryLossAtLogit_keepsTheConfidentRightAnswer()
    {
        QCOMPARE(core::binaryCrossEntropyLoss(1, core::sigmoid(40.0), core::Unit::Nats), 0.0); // yhat rounded to 1
        QCOMPARE(core::binaryCrossEntropyLossAtLogit(1, 40.0, core::Unit::Nats), std::exp(-40.0));
        QCOMPARE(core::binaryCrossEntropyGradientAtLogit(1, 40.0, core::Unit::Nats), -std::exp(-40.0));
    }

    // Logits far apart give exact, finite answers, and equal logits exactly uniform probabilities.
    void extremeLogits_giveExactFiniteResults_data()
    {
        QTest::addColumn<std::vector<double>>("logits");
        QTest::addColumn<std::size_t>("label");
        QTest::addColumn<std::vector<double>>("probabilities");
        QTest::addColumn<std::vector<double>>("logProbabilities"); // nats
        QTest::addColumn<double>("crossEntropy"); // nats
        QTest::addColumn<std::vector<double>>("gradient"); // nats
        using V = std::vector<double>;
        QTest::newRow("issue: 1000, 0, -1000, class 2")
            << V {1000, 0, -1000} << std::size_t(2) << V {1, 0, 0} << V {0, -1000, -2000} << 2000.0 << V {1, 0, -1};
        QTest::newRow("1e4, -1e4: right")
            << V {1e4, -1e4} << std::size_t(0) << V {1, 0} << V {0, -2e4} << 0.0 << V {0, 0};
        QTest::newRow("1e4, -1e4: wrong")
            << V {1e4, -1e4} << std::size_t(1) << V {1, 0} << V {0, -2e4} << 2e4 << V {1, -1};
        QTest::newRow("-1e4, 1e4, 0") << V {-1e4, 1e4, 0} << std::size_t(2) << V {0, 1, 0} << V {-2e4, 0, -1e4} << 1e4
                                      << V {0, 1, -1};
        QTest::newRow("equal, 4") << V {7, 7, 7, 7} << std::size_t(3) << V {0.25, 0.25, 0.25, 0.25}
                                  << V(4, -std::log(4.0)) << std::log(4.0) << V {0.25, 0.25, 0.25, -0.75};
        QTest::newRow("equal 1e4, 2") << V {1e4, 1e4} << std::size_t(0) << V {0.5, 0.5} << V(2, -std::log(2.0))
                                      << std::log(2.0) << V {-0.5, 0.5};
        QTest::newRow("one class") << V {-3} << std::size_t(0) << V {1} << V {0} << 0.0 << V {0};
    }

    void extremeLogits_giveExactFiniteResults()
    {
        QFETCH(std::vector<double>, logits);
        QFETCH(std::size_t, label);
        QFETCH(std::vector<double>, probabilities);
        QFETCH(std::vector<double>, logProbabilities);
        QFETCH(double, crossEntropy);
        QFETCH(std::vector<double>, gradient);
        const core::SoftmaxLoss loss = core::softmaxLoss(logits, core::SoftmaxTarget::oneHot(label));
        QCOMPARE(loss.probabilities, probabilities); // exactly: QCOMPARE of vectors compares with ==
        QCOMPARE(loss.logProbabilities, logProbabilities);
        QCOMPARE(loss.crossEntropy, crossEntropy);
        QVERIFY(loss.crossEntropy == crossEntropy);
        QCOMPARE(loss.gradient, gradient);
    }

    // A confident right answer: its loss and its gradient are tiny but keep every digit, where the log
    // of a probability rounded to 1, or s - 1, would give 0. Logits (z, 0, 0), class 0: the loss is
    // log1p(2 e^-z) and the push on the true class -2 e^-z / (1 + 2 e^-z).
    void confidentRightAnswer_keepsItsTinyLossAndGradient_data()
    {
        QTest::addColumn<double>("z");
        for (const double z : {20.0, 40.0, 100.0, 700.0})
            QTest::addRow("z=%g", z) << z;
    }

    void confidentRightAnswer_keepsItsTinyLossAndGradient()
    {
        QFETCH(double, z);
        const std::vector<double> logits {z, 0.0, 0.0};
        const core::SoftmaxLoss loss = core::softmaxLoss(logits, core::SoftmaxTarget::oneHot(0));
        const double e = std::exp(-z);
        QString why;
        QVERIFY2(near(loss.crossEntropy, std::log1p(2.0 * e), 1e-14, 0, &why), qPrintable(why));
        QVERIFY2(near(loss.divergence, loss.crossEntropy, 1e-14, 0, &why), qPrintable(why)); // H(t) = 0
        QVERIFY2(near(loss.gradient[0], -2.0 * e / (1.0 + 2.0 * e), 1e-14, 0, &why), qPrintable(why));
        QVERIFY2(near(loss.gradient[1], e / (1.0 + 2.0 * e), 1e-14, 0, &why), qPrintable(why));
        QVERIFY2(near(loss.logProbabilities[0], -loss.crossEntropy, 0, 0, &why), qPrintable(why));
        QVERIFY(z < 40.0 || loss.probabilities[0] == 1.0); // it rounds to 1, and the loss is still there
    }

    void equalLogits_giveExactlyUniformProbabilities_data()
    {
        QTest::addColumn<std::size_t>("classes");
        QTest::addColumn<double>("logit");
        QTest::addColumn<double>("temperature");
        QTest::newRow("3 at 0") << std::size_t(3) << 0.0 << 1.0;
        QTest::newRow("10 at -1e4") << std::size_t(10) << -1e4 << 1.0;
        QTest::newRow("7 at 123.456, T=0.1") << std::size_t(7) << 123.456 << 0.1;
        QTest::newRow("10000 at 1e4") << core::kMaxLogits << 1e4 << 10.0;
    }

    void equalLogits_giveExactlyUniformProbabilities()
    {
        QFETCH(std::size_t, classes);
        QFETCH(double, logit);
        QFETCH(double, temperature);
        const std::vector<double> s = core::softmax(std::vector<double>(classes, logit), temperature);
        for (const double x : s)
            QVERIFY(x == 1.0 / double(classes));
    }

    // The temperature sharpens (T < 1) and flattens (T > 1) the same logits.
    void temperature_sharpensAndFlattens()
    {
        const std::vector<double> z = core::defaultLogits();
        const double cold = core::softmax(z, core::kMinPageTemperature)[0];
        const double usual = core::softmax(z)[0];
        const double hot = core::softmax(z, core::kMaxPageTemperature)[0];
        QVERIFY(cold > 0.9999 && cold > usual && usual > hot && hot < 0.4);
    }

    // The one gate: every rule has a row that breaks it, with the key, the entry and the sentence.
    void validate_data()
    {
        QTest::addColumn<std::vector<double>>("logits");
        QTest::addColumn<core::SoftmaxTarget>("target");
        QTest::addColumn<double>("temperature");
        QTest::addColumn<core::SoftmaxRule>("rule");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("index"); // -1: none
        QTest::addColumn<QString>("message");
        using V = std::vector<double>;
        using core::SoftmaxRule;
        using core::SoftmaxTarget;
        const V z {2, 1, 0.1};
        const SoftmaxTarget zero = SoftmaxTarget::oneHot(0);
        QTest::newRow("no logits") << V {} << zero << 1.0 << SoftmaxRule::NoLogits << "logits" << -1
                                   << "no logits given; a classifier needs at least one";
        QTest::newRow("10,001 logits") << V(core::kMaxLogits + 1, 0.0) << zero << 1.0 << SoftmaxRule::TooManyLogits
                                       << "logits" << -1 << "10001 logits; at most 10000";
        QTest::newRow("NaN logit") << V {1, kNaN, 0} << zero << 1.0 << SoftmaxRule::LogitNotFinite << "logits" << 1
                                   << "logits[1] is nan, not a finite number";
        QTest::newRow("+inf logit") << V {kInf, 0} << zero << 1.0 << SoftmaxRule::LogitNotFinite << "logits" << 0
                                    << "logits[0] is inf, not a finite number";
        QTest::newRow("-inf logit") << V {0, 1, -kInf} << zero << 1.0 << SoftmaxRule::LogitNotFinite << "logits" << 2
                                    << "logits[2] is -inf, not a finite number";
        QTest::newRow("T = 0") << z << zero << 0.0 << SoftmaxRule::Temperature << "temperature" << -1
                               << "the temperature 0 is not a positive finite number";
        QTest::newRow("T < 0") << z << zero << -1.0 << SoftmaxRule::Temperature << "temperature" << -1
                               << "the temperature -1 is not a positive finite number";
        QTest::newRow("T = inf") << z << zero << kInf << SoftmaxRule::Temperature << "temperature" << -1
                                 << "the temperature inf is not a positive finite number";
        QTest::newRow("T = NaN") << z << zero << kNaN << SoftmaxRule::Temperature << "temperature" << -1
                                 << "the temperature nan is not a positive finite number";
        QTest::newRow("class 3 of 3") << z << SoftmaxTarget::oneHot(3) << 1.0 << SoftmaxRule::Label << "target" << -1
                                      << "the class 3 is not one of the 3 classes (a whole number from 0 to 2)";
        QTest::newRow("class 1.5") << z << SoftmaxTarget {1.5, {}, 0.0} << 1.0 << SoftmaxRule::Label << "target" << -1
                                   << "the class 1.5 is not one of the 3 classes (a whole number from 0 to 2)";
        QTest::newRow("class -1") << z << SoftmaxTarget {-1, {}, 0.0} << 1.0 << SoftmaxRule::Label << "target" << -1
                                  << "the class -1 is not one of the 3 classes (a whole number from 0 to 2)";
        QTest::newRow("class NaN") << z << SoftmaxTarget {kNaN, {}, 0.0} << 1.0 << SoftmaxRule::Label << "target" << -1
                                   << "the class nan is not one of the 3 classes (a whole number from 0 to 2)";
        QTest::newRow("eps = 1") << z << SoftmaxTarget::oneHot(0, 1.0) << 1.0 << SoftmaxRule::Smoothing << "smoothing"
                                 << -1 << "the smoothing 1 is outside [0, 1)";
        QTest::newRow("eps < 0") << z << SoftmaxTarget::oneHot(0, -0.1) << 1.0 << SoftmaxRule::Smoothing << "smoothing"
                                 << -1 << "the smoothing -0.1 is outside [0, 1)";
        QTest::newRow("eps NaN") << z << SoftmaxTarget::oneHot(0, kNaN) << 1.0 << SoftmaxRule::Smoothing << "smoothing"
                                 << -1 << "the smoothing nan is outside [0, 1)";
        QTest::newRow("target too short") << z << SoftmaxTarget::of({0.5, 0.5}) << 1.0 << SoftmaxRule::TargetLength
                                          << "target" << -1 << "the target has 2 entries but there are 3 logits";
        QTest::newRow("target too long") << V {0} << SoftmaxTarget::of({0.5, 0.5}) << 1.0 << SoftmaxRule::TargetLength
                                         << "target" << -1 << "the target has 2 entries but there is 1 logit";
        QTest::newRow("target negative") << z << SoftmaxTarget::of({0.7, -0.1, 0.4}) << 1.0
                                         << SoftmaxRule::TargetNegative << "target" << 1
                                         << "target[1] is -0.1, a negative probability";
        QTest::newRow("target NaN") << z << SoftmaxTarget::of({0.7, 0.3, kNaN}) << 1.0 << SoftmaxRule::TargetNotFinite
                                    << "target" << 2 << "target[2] is nan, not a finite number";
        QTest::newRow("target sums to 0.9") << z << SoftmaxTarget::of({0.6, 0.2, 0.1}) << 1.0 << SoftmaxRule::TargetSum
                                            << "target" << -1 << "the target's entries sum to 0.9, not 1";
        QTest::newRow("target sums to 2") << z << SoftmaxTarget::of({1, 1, 0}) << 1.0 << SoftmaxRule::TargetSum
                                          << "target" << -1 << "the target's entries sum to 2, not 1";
        // Valid edges: no refusal.
        QTest::newRow("valid: one logit") << V {5} << zero << 1.0 << SoftmaxRule {} << "" << -1 << "";
        QTest::newRow("valid: 10,000 logits")
            << V(core::kMaxLogits, 1.0) << zero << 1.0 << SoftmaxRule {} << "" << -1 << "";
        QTest::newRow("valid: eps 0.999, T 1e-3")
            << z << SoftmaxTarget::oneHot(2, 0.999) << 1e-3 << SoftmaxRule {} << "" << -1 << "";
        QTest::newRow("valid: sum 1 within 1e-9")
            << z << SoftmaxTarget::of({0.7, 0.2, 0.1 + 5e-10}) << 1.0 << SoftmaxRule {} << "" << -1 << "";
    }

    void validate()
    {
        QFETCH(std::vector<double>, logits);
        QFETCH(core::SoftmaxTarget, target);
        QFETCH(double, temperature);
        QFETCH(core::SoftmaxRule, rule);
        QFETCH(QString, key);
        QFETCH(int, index);
        QFETCH(QString, message);
        const std::optional<core::SoftmaxRefusal> refusal = core::validateSoftmax(logits, target, temperature);
        if (message.isEmpty()) {
            QVERIFY2(!refusal, refusal ? core::describe(*refusal).c_str() : "");
            const core::SoftmaxLoss loss = core::softmaxLoss(logits, target, temperature);
            QVERIFY(std::isfinite(loss.crossEntropy));
            return;
        }
        QVERIFY(refusal);
        QCOMPARE(refusal->rule, rule);
        QCOMPARE(QString::fromStdString(refusal->key), key);
        QCOMPARE(refusal->index ? int(*refusal->index) : -1, index);
        QCOMPARE(QString::fromStdString(core::describe(*refusal)), message);
        // Every function asks the same gate and throws what it says.
        const auto throwsTheRefusal = [&](auto call) {
            try {
                call();
            } catch (const core::SoftmaxError &e) {
                return e.refusal().rule == rule && QString::fromUtf8(e.what()) == message;
            }
            return false;
        };
        QVERIFY(throwsTheRefusal([&] { core::softmaxLoss(logits, target, temperature); }));
        QVERIFY(throwsTheRefusal([&] { core::softmaxCrossEntropy(logits, target, temperature); }));
        QVERIFY(throwsTheRefusal([&] { core::softmaxCrossEntropyGradient(logits, target, temperature); }));
        if (key == QLatin1String("logits") || key == QLatin1String("temperature")) {
            QVERIFY(throwsTheRefusal([&] { core::softmax(logits, temperature); }));
            QVERIFY(throwsTheRefusal([&] { core::logSoftmax(logits, temperature); }));
        } else {
            QVERIFY(throwsTheRefusal([&] { core::targetDistribution(target, logits.size()); }));
        }
    }
};

QTEST_APPLESS_MAIN(TestSoftmax)
#include "tst_softmax.moc"
