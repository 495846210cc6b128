// The many-outcome core: per-outcome terms (contributions.h), editing a distribution with locks
// (distributionedit.h) and the seeded cross-entropy estimate (sampling.h). Exact small cases in
// tables, the points where naive formulas lose every digit (1e-300, 1e-17, distributions equal to
// 11 digits), and properties over thousands of seeded random cases of up to 64 outcomes.
// References are computed in long double, with series where a library logarithm would cancel,
// so they never share the formula of the code under test.
#include "core/contributions.h"
#include "core/distribution.h"
#include "core/distributionedit.h"
#include "core/information.h"
#include "core/sampling.h"
#include "core/units.h"

#include "testsupport.h"

#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <random>
#include <span>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

using core::Distribution;
using core::EditError;
using core::OutcomeTerms;
using core::Unit;

Q_DECLARE_METATYPE(core::Unit)
Q_DECLARE_METATYPE(core::EditRule)

namespace {

using testsupport::closeTo;
using testsupport::show;
using testsupport::uniform01;
using testsupport::randomIndex;

using Real = long double; // 64-bit significand on x86-64: 11 bits more than the code under test

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr Real kRealInf = std::numeric_limits<Real>::infinity();
constexpr Unit kUnits[] = {Unit::Bits, Unit::Nats, Unit::Bans};

// ---------------------------------------------------------------------------------------------
// Small helpers

// Amount of `unit` in one nat, so references kept in nats can be compared in any unit.
Real perNat(Unit unit)
{
    switch (unit) {
    case Unit::Bits:
        return 1.0L / std::log(2.0L);
    case Unit::Nats:
        return 1.0L;
    case Unit::Bans:
        return 1.0L / std::log(10.0L);
    }
    return 1.0L;
}

QByteArray unitText(Unit unit)
{
    const std::string_view name = core::unitName(unit);
    return QByteArray(name.data(), static_cast<qsizetype>(name.size()));
}

QString showReal(Real x)
{
    return QString::number(static_cast<double>(x), 'g', 17);
}

QString show(std::span<const double> v)
{
    QStringList parts;
    for (double x : v)
        parts << show(x);
    return QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

// sum(v) - 1 to long double precision even when the sum is within 1e-17 of 1, where a plain long
// double sum would keep only a few digits of the difference: Neumaier's compensation, in long double.
Real sumMinusOne(std::span<const double> v)
{
    Real sum = 0, compensation = 0;
    for (double x : v) {
        const Real t = sum + x;
        compensation += std::abs(sum) >= std::abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }
    return (sum - 1) + compensation;
}

std::vector<double> toVector(std::span<const double> v)
{
    return {v.begin(), v.end()};
}

// A lock mask written as text, one character per outcome: 'L' locked, anything else unlocked.
std::vector<bool> locks(const QByteArray &mask)
{
    std::vector<bool> locked;
    for (char c : mask)
        locked.push_back(c == 'L');
    return locked;
}

bool isLocked(const std::vector<bool> &locked, std::size_t i)
{
    return i < locked.size() && locked[i];
}

// Two-outcome rows are built with binary(x) so the code can use its exact complement formulas;
// the others from weights divided by their sum.
Distribution makeDistribution(const std::vector<double> &weights, bool binary)
{
    return binary ? Distribution::binary(weights.front())
                  : Distribution::fromEntries(weights, Distribution::Sum::Normalize);
}

// ---------------------------------------------------------------------------------------------
// High-precision references (in nats)

// -ln(1 - x) for x in [0, 1]. For small x the series itself, so the reference for 1 - 1e-17
// does not lean on the library's log1p (which the code under test uses).
Real minusLog1m(Real x)
{
    if (x == 0)
        return 0;
    if (x == 1)
        return kRealInf;
    if (x < 1e-4L) {
        Real sum = 0, power = x;
        for (int k = 1; k <= 12; ++k) {
            sum += power / k;
            power *= x;
        }
        return sum;
    }
    return -std::log1p(-x);
}

// p ln(p/q), given p - q exactly (a binary pair's complements differ by exactly y - x, which
// rounded complements would lose). Close p and q go through 2p atanh(s), s = (p-q)/(p+q), as a
// series: no difference of two logarithms, so no cancellation in the reference either.
Real divergenceReference(Real p, Real q, Real pMinusQ)
{
    if (p == 0)
        return 0;
    if (q == 0)
        return kRealInf;
    const Real s = pMinusQ / (p + q);
    if (std::abs(s) <= 0.25L) {
        const Real s2 = s * s;
        Real sum = 0, power = s;
        for (int k = 1; k < 80; k += 2) {
            sum += power / k;
            power *= s2;
        }
        return 2 * p * sum;
    }
    // Here |ln(p/q)| > 0.5, so the subtraction loses at most a few long double bits.
    return p * (std::log(p) - std::log(q));
}

// Reference terms of every outcome, in nats. Binary pairs use their exact x and y, so the second
// outcome is (1 - x, 1 - y) with the difference y - x taken exactly.
struct ReferenceTerms
{
    std::vector<Real> informationP, informationQ, entropy, crossEntropy, divergence;
};

ReferenceTerms referenceTerms(const Distribution &p, const Distribution &q)
{
    const std::size_t n = p.size();
    std::vector<Real> pr(n), qr(n), infoP(n), infoQ(n), diff(n);
    const bool binary = p.isBinary() && q.isBinary();
    Real pSum = 0, qSum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        pSum += p[i];
        qSum += q[i];
    }
    for (std::size_t i = 0; i < n; ++i) {
        pr[i] = p[i];
        qr[i] = q[i];
        infoP[i] = p[i] == 0 ? kRealInf : -std::log(static_cast<Real>(p[i]));
        infoQ[i] = q[i] == 0 ? kRealInf : -std::log(static_cast<Real>(q[i]));
        diff[i] = pr[i] - qr[i];
    }
    if (p.isBinary()) {
        pr[1] = 1 - static_cast<Real>(p.binaryX());
        infoP[1] = minusLog1m(p.binaryX());
    }
    if (q.isBinary()) {
        qr[1] = 1 - static_cast<Real>(q.binaryX());
        infoQ[1] = minusLog1m(q.binaryX());
    }
    if (binary) {
        diff[0] = static_cast<Real>(p.binaryX()) - q.binaryX();
        diff[1] = -diff[0];
    }
    ReferenceTerms r;
    // The information shown is of a list's entries over their exact sum (core/information.h), which
    // may miss 1 by ulps: -log(p_i / S) = -log p_i + log S, and -log1p(-others / S) for an entry near 1. The
    // terms below are the stored entries' own.
    r.informationP = infoP;
    r.informationQ = infoQ;
    const auto shown = [](const Distribution &d, Real sum, std::vector<Real> &information) {
        if (d.isBinary())
            return;
        for (std::size_t i = 0; i < d.size(); ++i) {
            Real others = 0; // summed directly: sum - d[i] would keep sum's rounding
            for (std::size_t j = 0; j < d.size(); ++j)
                others += j == i ? 0 : d[j];
            information[i] = d[i] > others ? -std::log1p(-others / sum) : information[i] + std::log(sum);
        }
    };
    shown(p, pSum, r.informationP);
    shown(q, qSum, r.informationQ);
    for (std::size_t i = 0; i < n; ++i) {
        const bool possible = pr[i] > 0;
        r.entropy.push_back(possible ? pr[i] * infoP[i] : 0);
        r.crossEntropy.push_back(possible ? pr[i] * infoQ[i] : 0);
        r.divergence.push_back(divergenceReference(pr[i], qr[i], diff[i]));
    }
    return r;
}

// The five fields, so one loop can check them all and name the one that fails.
struct Field
{
    const char *name;
    double OutcomeTerms::*member;
    std::vector<Real> ReferenceTerms::*reference;
};

constexpr Field kFields[] = {
    {"informationP", &OutcomeTerms::informationP, &ReferenceTerms::informationP},
    {"informationQ", &OutcomeTerms::informationQ, &ReferenceTerms::informationQ},
    {"entropy", &OutcomeTerms::entropy, &ReferenceTerms::entropy},
    {"crossEntropy", &OutcomeTerms::crossEntropy, &ReferenceTerms::crossEntropy},
    {"divergence", &OutcomeTerms::divergence, &ReferenceTerms::divergence},
};

// ---------------------------------------------------------------------------------------------
// Random cases

std::size_t randomSize(std::mt19937_64 &rng)
{
    return 2 + randomIndex(rng, 63); // 2..64 outcomes
}

// Strictly positive weights of one of five shapes -- flat, spread over 13 orders of magnitude,
// one dominant outcome, nearly uniform, or a mixture with `near` -- so the random cases reach
// balanced and lopsided distributions alike.
std::vector<double> randomWeights(std::mt19937_64 &rng, std::size_t n, std::span<const double> near = {})
{
    const std::size_t shape = randomIndex(rng, near.empty() ? 4 : 5);
    const double mix = 1.0 - uniform01(rng); // (0, 1]: a mixture keeps q > 0 where p = 0
    std::vector<double> w(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double u = 1.0 - uniform01(rng); // (0, 1]
        switch (shape) {
        case 0:
            w[i] = u;
            break;
        case 1:
            w[i] = std::exp(-30.0 * u);
            break;
        case 2:
            w[i] = 1e-3 * u;
            break;
        case 3:
            w[i] = 1.0 + 0.01 * u;
            break;
        default:
            w[i] = (1.0 - mix) * near[i] + mix * u / static_cast<double>(n);
            break;
        }
    }
    if (shape == 2)
        w[randomIndex(rng, n)] = 1.0;
    return w;
}

// Some entries set to exactly 0 (each with probability `chance`), at least one left positive.
std::vector<double> withRandomZeros(std::mt19937_64 &rng, std::vector<double> w, double chance)
{
    const std::vector<double> original = w;
    for (double &x : w) {
        if (uniform01(rng) < chance)
            x = 0.0;
    }
    if (std::all_of(w.begin(), w.end(), [](double x) { return x == 0.0; })) {
        const std::size_t keep = randomIndex(rng, w.size());
        w[keep] = original[keep];
    }
    return w;
}

// A random pair: p with some zeros, q strictly positive. Two-outcome cases (and 2% of the others)
// are pairs of binary() distributions, so the exact-complement path is in the mix too.
std::pair<Distribution, Distribution> randomPair(std::mt19937_64 &rng)
{
    const std::size_t n = randomSize(rng);
    if (n == 2 || uniform01(rng) < 0.02) {
        const double x = uniform01(rng) < 0.2 ? (uniform01(rng) < 0.5 ? 0.0 : 1.0) : uniform01(rng);
        const double y = std::clamp(uniform01(rng), 1e-9, 1.0 - 1e-9);
        return {Distribution::binary(x), Distribution::binary(y)};
    }
    const Distribution p
        = Distribution::fromEntries(withRandomZeros(rng, randomWeights(rng, n), 0.2), Distribution::Sum::Normalize);
    const Distribution q
        = Distribution::fromEntries(randomWeights(rng, n, p.probabilities()), Distribution::Sum::Normalize);
    return {p, q};
}

// ---------------------------------------------------------------------------------------------
// Edits

// What an edit did: returned a vector, refused with an EditError, or threw something else (which
// the widgets catching EditError would miss).
struct EditOutcome
{
    enum Kind { Returned, Refused, OtherException } kind = Returned;
    std::vector<double> result;
    QString message;
    core::EditRule rule {}; // when Refused
};

template<typename Edit>
EditOutcome runEdit(Edit &&edit)
{
    EditOutcome outcome;
    try {
        outcome.result = edit();
    } catch (const EditError &error) {
        outcome.kind = EditOutcome::Refused;
        outcome.message = QString::fromUtf8(error.what());
        outcome.rule = error.rule();
    } catch (const std::exception &error) {
        outcome.kind = EditOutcome::OtherException;
        outcome.message = QString::fromUtf8(error.what());
    }
    return outcome;
}

// Why `entries` is not what an edit may return: entries in [0, 1] summing to 1 within `tolerance`.
QString distributionProblem(const std::vector<double> &entries, Real tolerance = 1e-12L)
{
    for (double x : entries) {
        if (!(x >= 0.0 && x <= 1.0))
            return QStringLiteral("entry %1 outside [0, 1]").arg(show(x));
    }
    const Real excess = sumMinusOne(entries);
    if (std::abs(excess) > tolerance)
        return QStringLiteral("entries sum to 1 %1 %2").arg(excess > 0 ? '+' : '-').arg(showReal(std::abs(excess)));
    return {};
}

// How close to 1 an edit's entries must sum when an unlocked entry was there to take the rounding
// left over: a few units in the last place of 1.
constexpr Real kLastBits = 4 * std::numeric_limits<double>::epsilon();

// The long double sum of the entries other than `skip` that are locked (or unlocked).
Real sumWhere(const std::vector<double> &entries, const std::vector<bool> &locked, std::size_t skip, bool wantLocked)
{
    Real s = 0;
    for (std::size_t j = 0; j < entries.size(); ++j) {
        if (j != skip && isLocked(locked, j) == wantLocked)
            s += entries[j];
    }
    return s;
}

std::size_t countUnlocked(const std::vector<double> &entries, const std::vector<bool> &locked, std::size_t skip)
{
    std::size_t count = 0;
    for (std::size_t j = 0; j < entries.size(); ++j)
        count += j != skip && !isLocked(locked, j);
    return count;
}

// Checks that the unlocked entries other than `skip` were scaled from their total to `target` in
// proportion (or share it equally when they held nothing). One of them -- the largest, which takes
// the rounding left over -- may also be off by `closing`: what the edit put right when the input
// summed to 1 only within tolerance. `map` turns an index of `entries` into one of `result`
// (removal shifts them).
template<typename Map>
QString proportionProblem(const std::vector<double> &entries, const std::vector<double> &result,
                          const std::vector<bool> &locked, std::size_t skip, Real target, Real closing, Map map)
{
    const Real before = sumWhere(entries, locked, skip, false);
    const std::size_t k = countUnlocked(entries, locked, skip);
    int corrected = 0;
    for (std::size_t j = 0; j < entries.size(); ++j) {
        if (j == skip || isLocked(locked, j))
            continue;
        const Real expected = before > 0 ? entries[j] * (target / before) : target / static_cast<Real>(k);
        const double got = result[map(j)];
        if (closeTo(got, expected, 0, 1e-14L))
            continue;
        if (++corrected > 1 || !closeTo(got, expected, 0, std::abs(closing) + 1e-14L))
            return QStringLiteral("unlocked entry %1 became %2, not %3 (in proportion)")
                .arg(j)
                .arg(show(got), showReal(expected));
    }
    return {};
}

QString lockText(const std::vector<bool> &locked)
{
    QString text;
    for (bool l : locked)
        text += l ? QLatin1Char('L') : QLatin1Char('.');
    return text;
}

// A value for withEntry: mostly ones that fit, some exactly at the room the locks leave (the
// boundary), 0, 1, the current value, and values no probability can take.
double pickValue(std::mt19937_64 &rng, Real room, double current)
{
    const double r = uniform01(rng);
    if (r < 0.30)
        return uniform01(rng);
    if (r < 0.60)
        return uniform01(rng) * static_cast<double>(std::max<Real>(room, 0));
    if (r < 0.70)
        return static_cast<double>(room);
    if (r < 0.78)
        return 0.0;
    if (r < 0.84)
        return 1.0;
    if (r < 0.92)
        return current;
    const double invalid[] = {-0x1p-1074, -0.5, std::nextafter(1.0, 2.0), 1.5, kNan, kInf, -kInf, -0.0};
    return invalid[randomIndex(rng, std::size(invalid))];
}

// ---------------------------------------------------------------------------------------------
// Sampling

// Mean and standard deviation of -log q(X) for X ~ p, in `unit`: what the running mean estimates
// and how fast it may wander.
std::pair<Real, Real> informationMoments(const Distribution &p, const Distribution &q, Unit unit)
{
    const std::vector<double> info = core::informationContent(q, unit);
    Real mean = 0, square = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] == 0)
            continue;
        mean += p[i] * static_cast<Real>(info[i]);
        square += p[i] * static_cast<Real>(info[i]) * info[i];
    }
    return {mean, std::sqrt(std::max<Real>(square - mean * mean, 0))};
}

} // namespace

class TestManyOutcomes : public QObject
{
    Q_OBJECT

private slots:
    // =========================================================================================
    // 1. outcomeTerms

    // Small cases whose terms have closed forms (given in nats, checked in every unit).
    void outcomeTerms_exactCases_data()
    {
        QTest::addColumn<std::vector<double>>("p");
        QTest::addColumn<std::vector<double>>("q");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<std::vector<double>>("informationP"); // nats
        QTest::addColumn<std::vector<double>>("informationQ");
        QTest::addColumn<std::vector<double>>("entropy");
        QTest::addColumn<std::vector<double>>("crossEntropy");
        QTest::addColumn<std::vector<double>>("divergence");

        const double ln2 = std::log(2.0), ln3 = std::log(3.0);
        struct Case
        {
            const char *name;
            std::vector<double> p, q;
            bool binary;
            std::vector<double> infoP, infoQ, entropy, cross, divergence;
        };
        const std::vector<Case> cases = {
            {"half quarter quarter vs uniform",
             {0.5, 0.25, 0.25},
             {1, 1, 1},
             false,
             {ln2, 2 * ln2, 2 * ln2},
             {ln3, ln3, ln3},
             {ln2 / 2, ln2 / 2, ln2 / 2},
             {ln3 / 2, ln3 / 4, ln3 / 4},
             // q_i > p_i gives a negative term; the total 0.5 ln 1.5 + 0.5 ln 0.75 is still > 0
             {0.5 * std::log(1.5), 0.25 * std::log(0.75), 0.25 * std::log(0.75)}},
            {"dyadic vs uniform",
             {0.125, 0.125, 0.25, 0.5},
             {0.25, 0.25, 0.25, 0.25},
             false,
             {3 * ln2, 3 * ln2, 2 * ln2, ln2},
             {2 * ln2, 2 * ln2, 2 * ln2, 2 * ln2},
             {3 * ln2 / 8, 3 * ln2 / 8, ln2 / 2, ln2 / 2},
             {ln2 / 4, ln2 / 4, ln2 / 2, ln2},
             {-ln2 / 8, -ln2 / 8, 0, ln2 / 2}},
            {"zero in p and q",
             {0, 0.5, 0.5},
             {0, 0.25, 0.75},
             false,
             {kInf, ln2, ln2},
             {kInf, 2 * ln2, std::log(4.0 / 3.0)},
             {0, ln2 / 2, ln2 / 2},
             {0, ln2, 0.5 * std::log(4.0 / 3.0)},
             {0, ln2 / 2, 0.5 * std::log(2.0 / 3.0)}},
            {"zero in p only",
             {0.5, 0, 0.5},
             {0.25, 0.5, 0.25},
             false,
             {ln2, kInf, ln2},
             {2 * ln2, ln2, 2 * ln2},
             {ln2 / 2, 0, ln2 / 2},
             {ln2, 0, ln2},
             {ln2 / 2, 0, ln2 / 2}},
            {"certain outcome",
             {1, 0, 0},
             {0.5, 0.25, 0.25},
             false,
             {0, kInf, kInf},
             {ln2, 2 * ln2, 2 * ln2},
             {0, 0, 0},
             {ln2, 0, 0},
             {ln2, 0, 0}},
            {"q zero where p is not",
             {0.5, 0.5},
             {1, 0},
             false,
             {ln2, ln2},
             {0, kInf},
             {ln2 / 2, ln2 / 2},
             {0, kInf},
             {-ln2 / 2, kInf}},
            {"binary, q zero where p is not",
             {0.5, 0.5},
             {1, 0},
             true,
             {ln2, ln2},
             {0, kInf},
             {ln2 / 2, ln2 / 2},
             {0, kInf},
             {-ln2 / 2, kInf}},
            {"p equals q",
             {0.2, 0.3, 0.5},
             {0.2, 0.3, 0.5},
             false,
             {std::log(5.0), std::log(10.0 / 3.0), ln2},
             {std::log(5.0), std::log(10.0 / 3.0), ln2},
             {0.2 * std::log(5.0), 0.3 * std::log(10.0 / 3.0), ln2 / 2},
             {0.2 * std::log(5.0), 0.3 * std::log(10.0 / 3.0), ln2 / 2},
             {0, 0, 0}},
            {"binary fair coin vs 1/4",
             {0.5, 0.5},
             {0.25, 0.75},
             true,
             {ln2, ln2},
             {2 * ln2, std::log(4.0 / 3.0)},
             {ln2 / 2, ln2 / 2},
             {ln2, 0.5 * std::log(4.0 / 3.0)},
             {ln2 / 2, 0.5 * std::log(2.0 / 3.0)}},
        };
        for (const Case &c : cases) {
            for (Unit unit : kUnits) {
                QTest::addRow("%s / %s", c.name, unitText(unit).constData())
                    << c.p << c.q << c.binary << unit << c.infoP << c.infoQ << c.entropy << c.cross << c.divergence;
            }
        }
    }

    void outcomeTerms_exactCases()
    {
        QFETCH(std::vector<double>, p);
        QFETCH(std::vector<double>, q);
        QFETCH(bool, binary);
        QFETCH(Unit, unit);
        QFETCH(std::vector<double>, informationP);
        QFETCH(std::vector<double>, informationQ);
        QFETCH(std::vector<double>, entropy);
        QFETCH(std::vector<double>, crossEntropy);
        QFETCH(std::vector<double>, divergence);

        const std::vector<OutcomeTerms> terms
            = core::outcomeTerms(makeDistribution(p, binary), makeDistribution(q, binary), unit);
        QCOMPARE(terms.size(), p.size());
        const std::vector<double> *expected[] = {&informationP, &informationQ, &entropy, &crossEntropy, &divergence};
        for (std::size_t f = 0; f < std::size(kFields); ++f) {
            for (std::size_t i = 0; i < p.size(); ++i) {
                const double got = terms[i].*kFields[f].member;
                const Real want = (*expected[f])[i] * perNat(unit);
                QVERIFY2(closeTo(got, want, 1e-14L),
                         qPrintable(QStringLiteral("%1[%2] = %3, expected %4")
                                        .arg(kFields[f].name)
                                        .arg(i)
                                        .arg(show(got), showReal(want))));
                // Zero terms are +0, so a table of terms never shows "-0".
                if (got == 0.0)
                    QVERIFY2(!std::signbit(got),
                             qPrintable(QStringLiteral("%1[%2] is -0").arg(kFields[f].name).arg(i)));
            }
        }
    }

    // Two-outcome pairs built with binary(x): where 1 - x rounds to 1 (x = 1e-17, 1e-300) the
    // second outcome's terms still carry all their digits, e.g. -log(1 - 1e-17) = 1e-17, not 0.
    void outcomeTerms_binaryTinyProbabilities_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<Unit>("unit");
        const std::pair<double, double> pairs[] = {
            {1e-300, 0.5},        {1e-17, 3e-17},          {3e-17, 1e-17}, {1e-17, 0.25},      {1e-300, 1e-299},
            {1e-299, 1e-300},     {1e-17, 1e-17},          {1e-10, 2e-10}, {0.3, 0.3 + 1e-13}, {1.0 - 0x1p-53, 0.5},
            {0.5, 1.0 - 0x1p-53}, {1e-300, 1.0 - 0x1p-53}, {0.0, 1e-17},   {1e-17, 1.0},
        };
        for (const auto &[x, y] : pairs) {
            for (Unit unit : kUnits)
                QTest::addRow("x=%g y=%.17g / %s", x, y, unitText(unit).constData()) << x << y << unit;
        }
    }

    void outcomeTerms_binaryTinyProbabilities()
    {
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(Unit, unit);
        const Distribution p = Distribution::binary(x), q = Distribution::binary(y);
        const std::vector<OutcomeTerms> terms = core::outcomeTerms(p, q, unit);
        const ReferenceTerms reference = referenceTerms(p, q);
        QCOMPARE(terms.size(), std::size_t(2));
        for (const Field &field : kFields) {
            for (std::size_t i = 0; i < 2; ++i) {
                const double got = terms[i].*field.member;
                const Real want = (reference.*field.reference)[i] * perNat(unit);
                // A subnormal result (1e-300 * 1.1e-16) keeps only the digits the format has.
                QVERIFY2(closeTo(got, want, 1e-14L, 1e-322L),
                         qPrintable(QStringLiteral("%1[%2] = %3, reference %4")
                                        .arg(field.name)
                                        .arg(i)
                                        .arg(show(got), showReal(want))));
            }
        }
    }

    // A model far less confident than the truth (q_i << p_i): the divergence term p ln(p/q) is a
    // perfectly finite number, e.g. 0.5 ln(0.5 / 1e-17) = 19.2 nats.
    void outcomeTerms_modelFarBelowTruth_data()
    {
        QTest::addColumn<double>("ratio"); // q_0 / p_0
        QTest::addColumn<bool>("binary");
        const double ratios[] = {0.5, 1e-1, 1e-2, 1e-3, 1e-6, 1e-9, 1e-13, 1e-16, 1e-17, 1e-300};
        for (double ratio : ratios) {
            QTest::addRow("q0/p0=%g", ratio) << ratio << false;
            QTest::addRow("binary q0/p0=%g", ratio) << ratio << true;
        }
    }

    void outcomeTerms_modelFarBelowTruth()
    {
        QFETCH(double, ratio);
        QFETCH(bool, binary);
        const double q0 = 0.5 * ratio;
        const Distribution p = binary ? Distribution::binary(0.5) : Distribution::fromEntries(std::vector {0.5, 0.5});
        const Distribution q = binary
            ? Distribution::binary(q0)
            : Distribution::fromEntries(std::vector {q0, 1.0 - q0}, Distribution::Sum::Normalize);
        const std::vector<OutcomeTerms> terms = core::outcomeTerms(p, q, Unit::Nats);
        const Real want = referenceTerms(p, q).divergence[0];
        const double got = terms[0].divergence;

        // Whatever the digits, a finite q_i > 0 must give a finite term (the total is finite). A
        // -p log1p((q - p)/p) form for every ratio gave +inf below q/p ~ 2^-54 (q - p rounds to -p)
        // and lost digits well before that, amplified by p/q.
        QVERIFY2(std::isfinite(got),
                 qPrintable(QStringLiteral("term %1, reference %2").arg(show(got), showReal(want))));

        // The documented promise is "all its digits"; 1e-12 relative is what the project asks of totals.
        QVERIFY2(closeTo(got, want, 1e-12L),
                 qPrintable(QStringLiteral("term %1, reference %2, relative error %3")
                                .arg(show(got), showReal(want))
                                .arg(static_cast<double>(std::abs((got - want) / want)))));
    }

    void outcomeTerms_differentSizesThrow()
    {
        const Distribution two = Distribution::binary(0.5);
        const Distribution three = Distribution::fromEntries(std::vector {0.2, 0.3, 0.5});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::outcomeTerms(two, three, Unit::Bits));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::outcomeTerms(three, two, Unit::Bits));
    }

    // 2,000 random pairs (2..64 outcomes, zeros in p, q > 0): every term against the long double
    // reference, the terms adding up to the totals, and the sign of each divergence term.
    void outcomeTerms_randomPairs()
    {
        std::mt19937_64 rng(0x5eed0001);
        int accurateDivergenceCases = 0, negativeTerms = 0, zeroPTerms = 0, binaryCases = 0;
        for (int c = 0; c < 2000; ++c) {
            const auto [p, q] = randomPair(rng);
            const Unit unit = kUnits[randomIndex(rng, 3)];
            const std::vector<OutcomeTerms> terms = core::outcomeTerms(p, q, unit);
            const ReferenceTerms reference = referenceTerms(p, q);
            const Real scale = perNat(unit);
            const QString where = QStringLiteral("case %1 (%2 outcomes, %3)").arg(c).arg(p.size()).arg(unitText(unit));
            QCOMPARE(terms.size(), p.size());
            binaryCases += p.isBinary();

            Real entropySum = 0, crossSum = 0, divergenceSum = 0;
            for (std::size_t i = 0; i < p.size(); ++i) {
                const OutcomeTerms &t = terms[i];
                for (const Field &field : kFields) {
                    const double got = t.*field.member;
                    QVERIFY2(!std::isnan(got),
                             qPrintable(where + QStringLiteral(": %1[%2] is NaN").arg(field.name).arg(i)));
                    const Real want = (reference.*field.reference)[i] * scale;
                    QVERIFY2(closeTo(got, want, 1e-13L),
                             qPrintable(where
                                        + QStringLiteral(": %1[%2] = %3, reference %4 (p_i %5, q_i %6)")
                                              .arg(field.name)
                                              .arg(i)
                                              .arg(show(got), showReal(want), show(p[i]), show(q[i]))));
                }
                // Negative exactly where the model gives the outcome more than the truth does.
                const bool shouldBeNegative = q[i] > p[i] && p[i] > 0.0;
                QVERIFY2((t.divergence < 0.0) == shouldBeNegative,
                         qPrintable(where
                                    + QStringLiteral(": divergence[%1] = %2 with p_i %3, q_i %4")
                                          .arg(i)
                                          .arg(show(t.divergence), show(p[i]), show(q[i]))));
                negativeTerms += shouldBeNegative;
                if (p[i] == 0.0) {
                    ++zeroPTerms;
                    QVERIFY2(t.entropy == 0.0 && t.crossEntropy == 0.0 && t.divergence == 0.0,
                             qPrintable(where + QStringLiteral(": outcome %1 has p = 0 but nonzero terms").arg(i)));
                }
                entropySum += t.entropy;
                crossSum += t.crossEntropy;
                divergenceSum += t.divergence;
            }
            // The totals read the entries as p_i / Sp and q_i / Sq (information.h), and rounded
            // entries sum to 1 only within an ulp or so: H(p/Sp) = sum / Sp + ln Sp, which matters
            // when H itself is as small as 1e-5. A binary pair is exactly (x, 1 - x): no correction.
            const Real dp = p.isBinary() ? 0 : sumMinusOne(p.probabilities());
            const Real dq = q.isBinary() ? 0 : sumMinusOne(q.probabilities());
            const Real entropyTotal = entropySum / (1 + dp) + std::log1p(dp) * scale;
            const Real crossTotal = crossSum / (1 + dp) + std::log1p(dq) * scale;
            const Real divergenceTotal = divergenceSum / (1 + dp) + (std::log1p(dq) - std::log1p(dp)) * scale;
            const double h = core::entropy(p, unit), x = core::crossEntropy(p, q, unit),
                         d = core::klDivergence(p, q, unit);
            QVERIFY2(
                closeTo(h, entropyTotal, 1e-12L),
                qPrintable(where + QStringLiteral(": entropy %1, terms give %2").arg(show(h), showReal(entropyTotal))));
            QVERIFY2(
                closeTo(x, crossTotal, 1e-12L),
                qPrintable(where
                           + QStringLiteral(": cross entropy %1, terms give %2").arg(show(x), showReal(crossTotal))));
            ++accurateDivergenceCases;
            // A different summation order from klDivergence: 1e-13 absolute slack.
            QVERIFY2(
                closeTo(d, divergenceTotal, 1e-12L, 1e-13L),
                qPrintable(where + QStringLiteral(": KL %1, terms give %2").arg(show(d), showReal(divergenceTotal))));
        }
        // The generator must reach every branch, or the properties above prove little.
        QVERIFY2(accurateDivergenceCases >= 1000, qPrintable(QString::number(accurateDivergenceCases)));
        QVERIFY(negativeTerms > 1000);
        QVERIFY(zeroPTerms > 1000);
        QVERIFY(binaryCases > 30);
    }

    // q equal to p but for the 12th digit: each divergence term is about 1e-11 of p_i and must
    // keep its digits (a difference of two logarithms would keep about 5); the total, about
    // 1e-23, must be accurate and non-negative.
    void outcomeTerms_nearlyEqualDistributions()
    {
        std::mt19937_64 rng(0x5eed0002);
        for (int c = 0; c < 500; ++c) {
            const std::size_t n = 3 + randomIndex(rng, 62);
            const Unit unit = kUnits[static_cast<std::size_t>(c) % 3];
            const Distribution p = Distribution::fromEntries(randomWeights(rng, n), Distribution::Sum::Normalize);
            std::vector<double> qWeights(n);
            for (std::size_t i = 0; i < n; ++i)
                qWeights[i] = p[i] * (1.0 + 1e-11 * (2.0 * uniform01(rng) - 1.0));
            const Distribution q = Distribution::fromEntries(qWeights, Distribution::Sum::Normalize);
            const std::vector<OutcomeTerms> terms = core::outcomeTerms(p, q, unit);
            const QString where = QStringLiteral("case %1 (%2 outcomes)").arg(c).arg(n);

            // Exact KL of the distributions these doubles denote (p/Sp, q/Sq): with d_i = p_i - q_i
            // (exact: Sterbenz) and t_i = p ln(p/q) - d_i >= 0, D = sum t_i / Sp + ln(1 + e) - e,
            // e = -sum d_i / Sp. Every piece is free of cancellation.
            Real sp = 0, massDifference = 0, tSum = 0, termSum = 0;
            for (std::size_t i = 0; i < n; ++i) {
                const Real pi = p[i], qi = q[i], di = pi - qi;
                const Real term = divergenceReference(pi, qi, di);
                const Real s = di / (pi + qi);
                Real tail = 0, power = s * s * s;
                for (int k = 3; k < 12; k += 2) {
                    tail += power / k;
                    power *= s * s;
                }
                tSum += s * di + 2 * pi * tail; // p ln(p/q) - d = s d + 2p (s^3/3 + s^5/5 + ...)
                sp += pi;
                massDifference += di;
                termSum += terms[i].divergence;
                QVERIFY2(closeTo(terms[i].divergence, term * perNat(unit), 1e-6L),
                         qPrintable(where
                                    + QStringLiteral(": divergence[%1] = %2, reference %3")
                                          .arg(i)
                                          .arg(show(terms[i].divergence), showReal(term * perNat(unit)))));
            }
            const Real e = -massDifference / sp;
            const Real klNats = tSum / sp + (-e * e / 2 + e * e * e / 3);
            const double kl = core::klDivergence(p, q, unit);
            QVERIFY2(klNats > 0, qPrintable(where));
            QVERIFY2(
                closeTo(kl, klNats * perNat(unit), 1e-6L),
                qPrintable(where
                           + QStringLiteral(": KL %1, reference %2").arg(show(kl), showReal(klNats * perNat(unit)))));
            // The terms' own total can dip below 0 only by the mass the rounded entries are off 1:
            // sum p ln(p/q) >= sum (p - q) term by term (ln z <= z - 1).
            QVERIFY2(termSum / perNat(unit) - massDifference >= 0,
                     qPrintable(where
                                + QStringLiteral(": terms sum to %1 below the mass difference %2")
                                      .arg(showReal(termSum), showReal(massDifference))));
        }
    }

    // =========================================================================================
    // 2. Editing with locks

    void withEntry_data()
    {
        QTest::addColumn<std::vector<double>>("entries");
        QTest::addColumn<QByteArray>("locked");
        QTest::addColumn<int>("index");
        QTest::addColumn<double>("value");
        QTest::addColumn<std::vector<double>>("expected");

        using V = std::vector<double>;
        QTest::newRow("others scale in proportion")
            << V {0.5, 0.3, 0.2} << QByteArray("...") << 0 << 0.8 << V {0.8, 0.12, 0.08};
        QTest::newRow("others grow in proportion")
            << V {0.5, 0.3, 0.2} << QByteArray("...") << 0 << 0.0 << V {0.0, 0.6, 0.4};
        QTest::newRow("last entry") << V {0.5, 0.3, 0.2} << QByteArray("...") << 2 << 0.6 << V {0.25, 0.15, 0.6};
        QTest::newRow("locked entry stays") << V {0.5, 0.3, 0.2} << QByteArray(".L.") << 0 << 0.6 << V {0.6, 0.3, 0.1};
        QTest::newRow("value 1 empties the others")
            << V {0.5, 0.3, 0.2} << QByteArray("...") << 1 << 1.0 << V {0.0, 1.0, 0.0};
        QTest::newRow("all-zero others share equally")
            << V {1.0, 0.0, 0.0} << QByteArray("...") << 0 << 0.4 << V {0.4, 0.3, 0.3};
        QTest::newRow("all-zero unlocked share beside a lock")
            << V {0.5, 0.5, 0.0, 0.0} << QByteArray("L...") << 1 << 0.2 << V {0.5, 0.2, 0.15, 0.15};
        QTest::newRow("exactly the room left by locks")
            << V {0.5, 0.3, 0.2} << QByteArray(".LL") << 0 << 0.5 << V {0.5, 0.3, 0.2};
        QTest::newRow("the room beside a lock")
            << V {0.25, 0.5, 0.25} << QByteArray(".L.") << 0 << 0.5 << V {0.5, 0.5, 0.0};
        QTest::newRow("unchanged value") << V {0.5, 0.3, 0.2} << QByteArray("...") << 1 << 0.3 << V {0.5, 0.3, 0.2};
        QTest::newRow("-0 becomes +0") << V {0.5, 0.5} << QByteArray("..") << 0 << -0.0 << V {0.0, 1.0};
        QTest::newRow("short lock mask: the rest unlocked")
            << V {0.4, 0.4, 0.2} << QByteArray("L") << 1 << 0.1 << V {0.4, 0.1, 0.5};
        QTest::newRow("many outcomes") << V {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}
                                       << QByteArray("LL........") << 9 << 0.4
                                       << V {0.1,     0.1,     0.4 / 7, 0.4 / 7, 0.4 / 7,
                                             0.4 / 7, 0.4 / 7, 0.4 / 7, 0.4 / 7, 0.4};
        QTest::newRow("tiny others (normal numbers)")
            << V {1.0, 1e-300, 0.0} << QByteArray("...") << 0 << 0.5 << V {0.5, 0.5, 0.0};
    }

    void withEntry()
    {
        QFETCH(std::vector<double>, entries);
        QFETCH(QByteArray, locked);
        QFETCH(int, index);
        QFETCH(double, value);
        QFETCH(std::vector<double>, expected);
        const std::vector<bool> lockedMask = locks(locked);
        const auto i = static_cast<std::size_t>(index);
        const std::vector<double> result = core::withEntry(entries, lockedMask, i, value);
        QCOMPARE(result.size(), expected.size());
        // The entry asked for holds exactly the value asked for (+0 for -0), locked ones are untouched.
        QVERIFY2(sameBits(result[i], value + 0.0), qPrintable(show(result[i])));
        for (std::size_t j = 0; j < result.size(); ++j) {
            if (isLocked(lockedMask, j))
                QVERIFY2(sameBits(result[j], entries[j]), qPrintable(QStringLiteral("locked entry %1 changed").arg(j)));
            QVERIFY2(closeTo(result[j], expected[j], 0, 1e-15L),
                     qPrintable(show(result) + " expected " + show(expected)));
        }
        QVERIFY2(distributionProblem(result).isEmpty(), qPrintable(distributionProblem(result)));
    }

    // Edits that cannot be done: an EditError whose message says why.
    void withEntry_refuses_data()
    {
        QTest::addColumn<std::vector<double>>("entries");
        QTest::addColumn<QByteArray>("locked");
        QTest::addColumn<int>("index");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<core::EditRule>("rule");

        using V = std::vector<double>;
        const V e {0.5, 0.3, 0.2};
        QTest::newRow("negative") << e << QByteArray("...") << 0 << -0.1 << "between 0 and 1" << core::EditRule::NotAProbability;
        QTest::newRow("smallest negative") << e << QByteArray("...") << 0 << -0x1p-1074 << "between 0 and 1" << core::EditRule::NotAProbability;
        QTest::newRow("above 1") << e << QByteArray("...") << 0 << 1.1 << "between 0 and 1" << core::EditRule::NotAProbability;
        QTest::newRow("just above 1") << e << QByteArray("...") << 0 << std::nextafter(1.0, 2.0) << "between 0 and 1" << core::EditRule::NotAProbability;
        QTest::newRow("NaN") << e << QByteArray("...") << 0 << kNan << "between 0 and 1" << core::EditRule::NotAProbability;
        QTest::newRow("infinity") << e << QByteArray("...") << 0 << kInf << "between 0 and 1" << core::EditRule::NotAProbability;
        QTest::newRow("locked target") << e << QByteArray("L..") << 0 << 0.4 << "locked" << core::EditRule::Locked;
        QTest::newRow("locked target, same value") << e << QByteArray("L..") << 0 << 0.5 << "locked" << core::EditRule::Locked;
        QTest::newRow("more than the locks leave") << e << QByteArray(".L.") << 0 << 0.8 << "at most 0.7" << core::EditRule::NoRoom;
        QTest::newRow("more than two locks leave") << e << QByteArray(".LL") << 0 << 0.6 << "at most 0.5" << core::EditRule::NoRoom;
        QTest::newRow("every other locked, value too small") << e << QByteArray(".LL") << 0 << 0.4 << "unlock" << core::EditRule::OthersLocked;
        QTest::newRow("every other locked, value 0") << e << QByteArray(".LL") << 0 << 0.0 << "unlock" << core::EditRule::OthersLocked;
        QTest::newRow("index = size") << e << QByteArray("...") << 3 << 0.5 << "no outcome 4" << core::EditRule::NoSuchOutcome;
        QTest::newRow("index far out") << e << QByteArray("...") << 100 << 0.5 << "no outcome 101" << core::EditRule::NoSuchOutcome;
    }

    void withEntry_refuses()
    {
        QFETCH(std::vector<double>, entries);
        QFETCH(QByteArray, locked);
        QFETCH(int, index);
        QFETCH(double, value);
        QFETCH(QString, mentions);
        QFETCH(core::EditRule, rule);
        const std::vector<double> before = entries;
        const EditOutcome outcome
            = runEdit([&] { return core::withEntry(entries, locks(locked), static_cast<std::size_t>(index), value); });
        QVERIFY2(outcome.kind == EditOutcome::Refused,
                 qPrintable(outcome.kind == EditOutcome::Returned ? "returned " + show(outcome.result)
                                                                  : "threw a non-EditError: " + outcome.message));
        QVERIFY2(outcome.message.contains(mentions, Qt::CaseInsensitive),
                 qPrintable("message \"" + outcome.message + "\" does not mention \"" + mentions + "\""));
        QCOMPARE(int(outcome.rule), int(rule));
        QVERIFY(entries == before);
    }

    // Others holding a subnormal total (1e-320) must be scaled like any others.
    void withEntry_subnormalOthers()
    {
        const std::vector<double> entries {1.0, 1e-320, 0.0};
        const EditOutcome set = runEdit([&] { return core::withEntry(entries, {}, 0, 0.5); });
        QCOMPARE(set.kind, EditOutcome::Returned);
        // Scaling by target / sum overflowed for a subnormal sum: (0.5, NaN, NaN) instead of (0.5, 0.5, 0).
        QVERIFY2(distributionProblem(set.result).isEmpty(), qPrintable(show(set.result)));

        const EditOutcome removed = runEdit([&] { return core::withOutcomeRemoved(entries, {}, 0); });
        QCOMPARE(removed.kind, EditOutcome::Returned);
        QVERIFY2(distributionProblem(removed.result).isEmpty(), qPrintable(show(removed.result)));
    }

    void withOutcomeAdded_data()
    {
        QTest::addColumn<std::vector<double>>("entries");
        QTest::addColumn<QByteArray>("locked");
        QTest::addColumn<std::vector<double>>("expected");

        using V = std::vector<double>;
        QTest::newRow("1/(n+1) taken in proportion")
            << V {0.5, 0.3, 0.2} << QByteArray("...") << V {0.375, 0.225, 0.15, 0.25};
        QTest::newRow("two fair outcomes") << V {0.5, 0.5} << QByteArray("..") << V {1.0 / 3, 1.0 / 3, 1.0 / 3};
        QTest::newRow("locked entry stays") << V {0.5, 0.3, 0.2} << QByteArray("L..") << V {0.5, 0.15, 0.1, 0.25};
        QTest::newRow("unlocked hold less than 1/(n+1)")
            << V {0.5, 0.45, 0.05} << QByteArray("LL.") << V {0.5, 0.45, 0.0, 0.05};
        QTest::newRow("zeros stay zero") << V {0.0, 1.0, 0.0} << QByteArray("...") << V {0.0, 0.75, 0.0, 0.25};
        QTest::newRow("short lock mask: the rest unlocked")
            << V {0.6, 0.4} << QByteArray("L") << V {0.6, 0.4 - 1.0 / 3, 1.0 / 3};
        QTest::newRow("locked zero") << V {0.0, 0.5, 0.5} << QByteArray("L..") << V {0.0, 0.375, 0.375, 0.25};
    }

    void withOutcomeAdded()
    {
        QFETCH(std::vector<double>, entries);
        QFETCH(QByteArray, locked);
        QFETCH(std::vector<double>, expected);
        const std::vector<bool> lockedMask = locks(locked);
        const std::vector<double> result = core::withOutcomeAdded(entries, lockedMask);
        QCOMPARE(result.size(), entries.size() + 1);
        for (std::size_t j = 0; j < result.size(); ++j) {
            if (isLocked(lockedMask, j))
                QVERIFY2(sameBits(result[j], entries[j]), qPrintable(QStringLiteral("locked entry %1 changed").arg(j)));
            QVERIFY2(closeTo(result[j], expected[j], 0, 1e-15L),
                     qPrintable(show(result) + " expected " + show(expected)));
        }
        QVERIFY2(distributionProblem(result).isEmpty(), qPrintable(distributionProblem(result)));
    }

    void withOutcomeAdded_refuses_data()
    {
        QTest::addColumn<std::vector<double>>("entries");
        QTest::addColumn<QByteArray>("locked");
        using V = std::vector<double>;
        QTest::newRow("unlocked entries hold nothing") << V {0.5, 0.5, 0.0} << QByteArray("LL.");
        QTest::newRow("everything locked") << V {0.5, 0.3, 0.2} << QByteArray("LLL");
        QTest::newRow("the only unlocked entry is 0") << V {0.0, 1.0} << QByteArray(".L");
    }

    void withOutcomeAdded_refuses()
    {
        QFETCH(std::vector<double>, entries);
        QFETCH(QByteArray, locked);
        const EditOutcome outcome = runEdit([&] { return core::withOutcomeAdded(entries, locks(locked)); });
        QVERIFY2(outcome.kind == EditOutcome::Refused,
                 qPrintable(outcome.kind == EditOutcome::Returned ? "returned " + show(outcome.result)
                                                                  : "threw a non-EditError: " + outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("unlock"), Qt::CaseInsensitive), qPrintable(outcome.message));
    }

    void withOutcomeRemoved_data()
    {
        QTest::addColumn<std::vector<double>>("entries");
        QTest::addColumn<QByteArray>("locked");
        QTest::addColumn<int>("index");
        QTest::addColumn<std::vector<double>>("expected");

        using V = std::vector<double>;
        QTest::newRow("share goes to the rest in proportion")
            << V {0.5, 0.3, 0.2} << QByteArray("...") << 0 << V {0.6, 0.4};
        QTest::newRow("locked entry stays") << V {0.5, 0.3, 0.2} << QByteArray("L..") << 2 << V {0.5, 0.5};
        QTest::newRow("removed outcome held 0, rest locked")
            << V {0.0, 0.6, 0.4} << QByteArray(".LL") << 0 << V {0.6, 0.4};
        QTest::newRow("all-zero rest shares equally")
            << V {0.6, 0.0, 0.0, 0.4} << QByteArray("...L") << 0 << V {0.3, 0.3, 0.4};
        QTest::newRow("a locked outcome can go") << V {0.2, 0.4, 0.4} << QByteArray("L..") << 0 << V {0.5, 0.5};
        QTest::newRow("last of four") << V {0.25, 0.25, 0.25, 0.25} << QByteArray("....") << 3
                                      << V {1.0 / 3, 1.0 / 3, 1.0 / 3};
        QTest::newRow("middle, locks after it shift")
            << V {0.1, 0.2, 0.3, 0.4} << QByteArray("..L.") << 1 << V {0.14, 0.3, 0.56};
        QTest::newRow("short lock mask") << V {0.5, 0.25, 0.25} << QByteArray("L") << 2 << V {0.5, 0.5};
    }

    void withOutcomeRemoved()
    {
        QFETCH(std::vector<double>, entries);
        QFETCH(QByteArray, locked);
        QFETCH(int, index);
        QFETCH(std::vector<double>, expected);
        const std::vector<bool> lockedMask = locks(locked);
        const auto i = static_cast<std::size_t>(index);
        const std::vector<double> result = core::withOutcomeRemoved(entries, lockedMask, i);
        QCOMPARE(result.size(), entries.size() - 1);
        for (std::size_t j = 0; j < entries.size(); ++j) {
            if (j != i && isLocked(lockedMask, j))
                QVERIFY2(sameBits(result[j - (j > i)], entries[j]),
                         qPrintable(QStringLiteral("locked entry %1 changed").arg(j)));
        }
        for (std::size_t j = 0; j < result.size(); ++j)
            QVERIFY2(closeTo(result[j], expected[j], 0, 1e-15L),
                     qPrintable(show(result) + " expected " + show(expected)));
        QVERIFY2(distributionProblem(result).isEmpty(), qPrintable(distributionProblem(result)));
    }

    void withOutcomeRemoved_refuses_data()
    {
        QTest::addColumn<std::vector<double>>("entries");
        QTest::addColumn<QByteArray>("locked");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("mentions");
        using V = std::vector<double>;
        QTest::newRow("two outcomes") << V {0.5, 0.5} << QByteArray("..") << 0 << "two outcomes";
        QTest::newRow("two outcomes, removing a zero") << V {1.0, 0.0} << QByteArray("..") << 1 << "two outcomes";
        QTest::newRow("the rest all locked") << V {0.5, 0.3, 0.2} << QByteArray(".LL") << 0 << "unlock";
        QTest::newRow("index = size") << V {0.5, 0.3, 0.2} << QByteArray("...") << 3 << "no outcome 4";
    }

    void withOutcomeRemoved_refuses()
    {
        QFETCH(std::vector<double>, entries);
        QFETCH(QByteArray, locked);
        QFETCH(int, index);
        QFETCH(QString, mentions);
        const EditOutcome outcome = runEdit(
            [&] { return core::withOutcomeRemoved(entries, locks(locked), static_cast<std::size_t>(index)); });
        QVERIFY2(outcome.kind == EditOutcome::Refused,
                 qPrintable(outcome.kind == EditOutcome::Returned ? "returned " + show(outcome.result)
                                                                  : "threw a non-EditError: " + outcome.message));
        QVERIFY2(outcome.message.contains(mentions, Qt::CaseInsensitive),
                 qPrintable("message \"" + outcome.message + "\" does not mention \"" + mentions + "\""));
    }

    // 120 sequences of 200 random operations (set, lock/unlock, add, remove) on 2..64 outcomes.
    // Each edit is checked against a model of when it must be refused and, when it is done, against
    // the invariants: entries in [0, 1] summing to 1, the set entry exact, locked entries bit for
    // bit, the unlocked rest in proportion. A refused edit leaves the state as it was.
    void edits_randomSequences()
    {
        std::mt19937_64 rng(0x5eed0003);
        int setDone = 0, setRefused = 0, addDone = 0, addRefused = 0, removeDone = 0, removeRefused = 0;
        int largest = 0;
        // Sized to finish in seconds under AddressSanitizer too.
        for (int sequence = 0; sequence < 120; ++sequence) {
            const std::size_t start = randomSize(rng);
            std::vector<double> entries
                = toVector(Distribution::fromEntries(withRandomZeros(rng, randomWeights(rng, start), 0.1),
                                                     Distribution::Sum::Normalize)
                               .probabilities());
            std::vector<bool> locked(start, false);
            for (int step = 0; step < 200; ++step) {
                const std::size_t n = entries.size();
                QVERIFY(n >= 2 && n <= 64);
                largest = std::max(largest, static_cast<int>(n));
                const QString where = QStringLiteral("sequence %1 step %2, entries %3, locks %4: ")
                                          .arg(sequence)
                                          .arg(step)
                                          .arg(show(entries), lockText(locked));
                const std::vector<double> before = entries;
                const double action = uniform01(rng);
                if (action < 0.2) {
                    const std::size_t j = randomIndex(rng, n);
                    locked[j] = !locked[j];
                } else if (action < 0.6) {
                    // --- set one entry
                    const std::size_t i = uniform01(rng) < 0.03 ? n + randomIndex(rng, 3) : randomIndex(rng, n);
                    const Real room = 1 - sumWhere(entries, locked, i, true);
                    const double value = pickValue(rng, room, i < n ? entries[i] : 0.5);
                    const EditOutcome outcome = runEdit([&] { return core::withEntry(entries, locked, i, value); });
                    QVERIFY2(outcome.kind != EditOutcome::OtherException, qPrintable(where + outcome.message));
                    QVERIFY2(entries == before, qPrintable(where + "the input changed"));
                    const std::size_t others = i < n ? countUnlocked(entries, locked, i) : 0;
                    const bool plainlyInvalid = i >= n || !(value >= 0.0 && value <= 1.0) || isLocked(locked, i);
                    const bool borderline = !plainlyInvalid && std::abs(value - room) <= 1e-9L;
                    const bool doesNotFit = value > room + 1e-9L || (others == 0 && room - value > 1e-9L);
                    const bool mustRefuse = plainlyInvalid || (!borderline && doesNotFit);
                    const bool mustAccept = !plainlyInvalid && !borderline && !doesNotFit;
                    const QString edit = where + QStringLiteral("set %1 to %2: ").arg(i).arg(show(value));
                    if (outcome.kind == EditOutcome::Refused) {
                        ++setRefused;
                        QVERIFY2(!mustAccept, qPrintable(edit + "refused: " + outcome.message));
                        QVERIFY2(!outcome.message.isEmpty(), qPrintable(edit + "refused without a message"));
                        continue;
                    }
                    ++setDone;
                    QVERIFY2(!mustRefuse, qPrintable(edit + "done: " + show(outcome.result)));
                    const std::vector<double> &r = outcome.result;
                    QVERIFY2(r.size() == n, qPrintable(edit + "size changed"));
                    const Real setTolerance = !borderline && others > 0 ? kLastBits : 1e-12L;
                    QVERIFY2(distributionProblem(r, setTolerance).isEmpty(),
                             qPrintable(edit + distributionProblem(r, setTolerance)));
                    QVERIFY2(sameBits(r[i], value + 0.0), qPrintable(edit + "entry became " + show(r[i])));
                    for (std::size_t j = 0; j < n; ++j) {
                        if (j != i && locked[j])
                            QVERIFY2(sameBits(r[j], entries[j]),
                                     qPrintable(edit + QStringLiteral("locked %1 changed").arg(j)));
                    }
                    const QString proportion = proportionProblem(entries, r, locked, i, std::max<Real>(room - value, 0),
                                                                 0, [](std::size_t j) { return j; });
                    QVERIFY2(proportion.isEmpty(), qPrintable(edit + proportion));
                    entries = r;
                } else if (action < 0.8 && n < 64) {
                    // --- add an outcome
                    const EditOutcome outcome = runEdit([&] { return core::withOutcomeAdded(entries, locked); });
                    QVERIFY2(outcome.kind != EditOutcome::OtherException, qPrintable(where + outcome.message));
                    bool unlockedHoldSome = false;
                    for (std::size_t j = 0; j < n; ++j)
                        unlockedHoldSome = unlockedHoldSome || (!locked[j] && entries[j] > 0.0);
                    const QString edit = where + QStringLiteral("add: ");
                    if (outcome.kind == EditOutcome::Refused) {
                        ++addRefused;
                        QVERIFY2(!unlockedHoldSome, qPrintable(edit + "refused: " + outcome.message));
                        continue;
                    }
                    ++addDone;
                    QVERIFY2(unlockedHoldSome, qPrintable(edit + "done: " + show(outcome.result)));
                    const std::vector<double> &r = outcome.result;
                    QVERIFY2(r.size() == n + 1, qPrintable(edit + "size"));
                    // The new outcome is unlocked, so there is always one to take the rounding.
                    QVERIFY2(distributionProblem(r, kLastBits).isEmpty(),
                             qPrintable(edit + distributionProblem(r, kLastBits)));
                    for (std::size_t j = 0; j < n; ++j) {
                        if (locked[j])
                            QVERIFY2(sameBits(r[j], entries[j]),
                                     qPrintable(edit + QStringLiteral("locked %1 changed").arg(j)));
                    }
                    const Real unlocked = sumWhere(entries, locked, n, false);
                    const Real share = std::min(1.0L / static_cast<Real>(n + 1), unlocked);
                    QVERIFY2(closeTo(r.back(), share, 0, 1e-14L), qPrintable(edit + "new entry " + show(r.back())));
                    const QString proportion = proportionProblem(entries, r, locked, n, unlocked - share,
                                                                 sumMinusOne(entries), [](std::size_t j) { return j; });
                    QVERIFY2(proportion.isEmpty(), qPrintable(edit + proportion));
                    entries = r;
                    locked.push_back(false);
                } else {
                    // --- remove an outcome
                    const std::size_t i = uniform01(rng) < 0.03 ? n + randomIndex(rng, 3) : randomIndex(rng, n);
                    const EditOutcome outcome = runEdit([&] { return core::withOutcomeRemoved(entries, locked, i); });
                    QVERIFY2(outcome.kind != EditOutcome::OtherException, qPrintable(where + outcome.message));
                    const bool plainlyInvalid = i >= n || n <= 2;
                    const std::size_t others = plainlyInvalid ? 0 : countUnlocked(entries, locked, i);
                    const bool borderline = !plainlyInvalid && others == 0 && entries[i] > 0.0 && entries[i] <= 1e-9;
                    const bool mustRefuse = plainlyInvalid || (others == 0 && entries[i] > 1e-9);
                    const bool mustAccept = !mustRefuse && !borderline;
                    const QString edit = where + QStringLiteral("remove %1: ").arg(i);
                    if (outcome.kind == EditOutcome::Refused) {
                        ++removeRefused;
                        QVERIFY2(!mustAccept, qPrintable(edit + "refused: " + outcome.message));
                        continue;
                    }
                    ++removeDone;
                    QVERIFY2(!mustRefuse, qPrintable(edit + "done: " + show(outcome.result)));
                    const std::vector<double> &r = outcome.result;
                    QVERIFY2(r.size() == n - 1, qPrintable(edit + "size"));
                    const Real removeTolerance = others > 0 ? kLastBits : 1e-12L;
                    QVERIFY2(distributionProblem(r, removeTolerance).isEmpty(),
                             qPrintable(edit + distributionProblem(r, removeTolerance)));
                    const auto shifted = [i](std::size_t j) { return j - (j > i ? 1 : 0); };
                    for (std::size_t j = 0; j < n; ++j) {
                        if (j != i && locked[j])
                            QVERIFY2(sameBits(r[shifted(j)], entries[j]),
                                     qPrintable(edit + QStringLiteral("locked %1 changed").arg(j)));
                    }
                    const Real target = sumWhere(entries, locked, i, false) + entries[i];
                    const QString proportion
                        = proportionProblem(entries, r, locked, i, target, sumMinusOne(entries), shifted);
                    QVERIFY2(proportion.isEmpty(), qPrintable(edit + proportion));
                    entries = r;
                    locked.erase(locked.begin() + static_cast<std::ptrdiff_t>(i));
                }
            }
        }
        qInfo("set %d done / %d refused, add %d / %d, remove %d / %d, up to %d outcomes", setDone, setRefused, addDone,
              addRefused, removeDone, removeRefused, largest);
        // Every branch of the model must have been reached for the checks above to mean much.
        QVERIFY(setDone > 2400 && setRefused > 480);
        QVERIFY(addDone > 1200 && removeDone > 1200 && removeRefused > 120);
        QVERIFY(largest == 64);
    }

    // =========================================================================================
    // 3. CrossEntropyEstimate

    void estimate_sameSeedSameRun()
    {
        const Distribution p = Distribution::fromEntries(std::vector {0.1, 0.2, 0.3, 0.4});
        const Distribution q = Distribution::fromEntries(std::vector {0.4, 0.3, 0.2, 0.1});
        for (std::uint64_t seed : {std::uint64_t(0), std::uint64_t(1), std::uint64_t(42), ~std::uint64_t(0)}) {
            core::CrossEntropyEstimate a(p, q, Unit::Bits, seed), b(p, q, Unit::Bits, seed);
            a.draw(5000);
            b.draw(5000);
            QCOMPARE(a.sampleCount(), std::size_t(5000));
            QVERIFY(a.runningMeans() == b.runningMeans());
            QVERIFY(a.counts() == b.counts());
            QCOMPARE(a.lastOutcome(), b.lastOutcome());
        }
    }

    void estimate_differentSeedsDiffer()
    {
        const Distribution p = Distribution::fromEntries(std::vector {0.1, 0.2, 0.3, 0.4});
        const Distribution q = Distribution::fromEntries(std::vector {0.4, 0.3, 0.2, 0.1});
        std::vector<std::vector<double>> runs;
        for (std::uint64_t seed = 0; seed < 10; ++seed) {
            core::CrossEntropyEstimate estimate(p, q, Unit::Nats, seed);
            estimate.draw(1000);
            runs.push_back(estimate.runningMeans());
        }
        for (std::size_t a = 0; a < runs.size(); ++a) {
            for (std::size_t b = a + 1; b < runs.size(); ++b)
                QVERIFY2(runs[a] != runs[b], qPrintable(QStringLiteral("seeds %1 and %2 agree").arg(a).arg(b)));
        }
    }

    // Drawing in pieces, with empty draws in between, gives exactly the samples of one big draw,
    // and the sample count adds up.
    void estimate_drawsInPieces()
    {
        const Distribution p = Distribution::fromEntries(std::vector {0.5, 0.25, 0.125, 0.125});
        const Distribution q = Distribution::fromEntries(std::vector {0.25, 0.25, 0.25, 0.25});
        core::CrossEntropyEstimate whole(p, q, Unit::Bits, 7), pieces(p, q, Unit::Bits, 7);

        pieces.draw(0); // nothing drawn, nothing consumed
        QCOMPARE(pieces.sampleCount(), std::size_t(0));
        QVERIFY(pieces.runningMeans().empty());
        QVERIFY(pieces.counts() == std::vector<std::size_t>(4, 0));

        whole.draw(10000);
        std::size_t total = 0;
        for (std::size_t count : {1, 0, 2999, 0, 4000, 3000}) {
            const std::vector<double> meansBefore = pieces.runningMeans();
            const std::vector<std::size_t> countsBefore = pieces.counts();
            const std::size_t lastBefore = pieces.lastOutcome();
            pieces.draw(count);
            total += count;
            QCOMPARE(pieces.sampleCount(), total);
            QCOMPARE(pieces.runningMeans().size(), total);
            std::size_t counted = 0;
            for (std::size_t c : pieces.counts())
                counted += c;
            QCOMPARE(counted, total);
            // Earlier running means are never rewritten.
            QVERIFY(std::equal(meansBefore.begin(), meansBefore.end(), pieces.runningMeans().begin()));
            if (count == 0) {
                QVERIFY(pieces.counts() == countsBefore);
                QCOMPARE(pieces.lastOutcome(), lastBefore);
            }
        }
        QVERIFY(pieces.runningMeans() == whole.runningMeans());
        QVERIFY(pieces.counts() == whole.counts());
        QCOMPARE(pieces.lastOutcome(), whole.lastOutcome());
    }

    // "The same seed gives the same samples on every machine (mt19937_64 and 53-bit uniforms)":
    // each sample is the outcome whose cumulative-probability interval holds u = (engine() >> 11)
    // * 2^-53, so a test can replay the stream. Only a u within 1e-12 of an interval's end could
    // legitimately go either way.
    void estimate_followsDocumentedRecipe()
    {
        std::mt19937_64 rng(0x5eed0006);
        for (int c = 0; c < 20; ++c) {
            const std::size_t n = randomSize(rng);
            const Distribution p = Distribution::fromEntries(withRandomZeros(rng, randomWeights(rng, n), 0.3),
                                                             Distribution::Sum::Normalize);
            const Distribution q = Distribution::fromEntries(randomWeights(rng, n), Distribution::Sum::Normalize);
            const std::uint64_t seed = rng();
            core::CrossEntropyEstimate estimate(p, q, Unit::Nats, seed);
            std::mt19937_64 engine(seed);
            std::vector<Real> cumulative;
            Real running = 0;
            for (double x : p.probabilities())
                cumulative.push_back(running += x);
            int ambiguous = 0;
            for (int k = 0; k < 2000; ++k) {
                const double u = static_cast<double>(engine() >> 11) * 0x1.0p-53;
                std::size_t expected = n;
                Real nearestEnd = 1;
                for (std::size_t i = 0; i < n; ++i) {
                    nearestEnd = std::min(nearestEnd, std::abs(cumulative[i] - u));
                    if (expected == n && p[i] > 0.0 && cumulative[i] > u)
                        expected = i;
                }
                estimate.draw(1);
                if (nearestEnd < 1e-12L) {
                    ++ambiguous;
                    continue;
                }
                QVERIFY2(estimate.lastOutcome() == expected,
                         qPrintable(QStringLiteral("case %1 sample %2: u = %3 gave outcome %4, not %5")
                                        .arg(c)
                                        .arg(k)
                                        .arg(show(u))
                                        .arg(estimate.lastOutcome())
                                        .arg(expected)));
            }
            QVERIFY(ambiguous < 5);
        }
    }

    // Every running mean is the mean of -log q over the samples so far: drawing one at a time
    // and tallying lastOutcome() reproduces counts and means.
    void estimate_runningMeanIsMeanOfInformation()
    {
        std::mt19937_64 rng(0x5eed0004);
        for (Unit unit : kUnits) {
            const Distribution p = Distribution::fromEntries(withRandomZeros(rng, randomWeights(rng, 10), 0.2),
                                                             Distribution::Sum::Normalize);
            const Distribution q = Distribution::fromEntries(randomWeights(rng, 10), Distribution::Sum::Normalize);
            const std::vector<double> information = core::informationContent(q, unit);
            core::CrossEntropyEstimate estimate(p, q, unit, 99);
            std::vector<std::size_t> tally(10, 0);
            Real sum = 0;
            for (std::size_t k = 1; k <= 20000; ++k) {
                estimate.draw(1);
                const std::size_t x = estimate.lastOutcome();
                QVERIFY(x < 10);
                QVERIFY2(p[x] > 0.0, qPrintable(QStringLiteral("drew impossible outcome %1").arg(x)));
                ++tally[x];
                sum += information[x];
                QCOMPARE(estimate.sampleCount(), k);
                const Real mean = sum / static_cast<Real>(k);
                QVERIFY2(closeTo(estimate.runningMeans().back(), mean, 1e-13L),
                         qPrintable(QStringLiteral("after %1 samples: %2, expected %3")
                                        .arg(k)
                                        .arg(show(estimate.runningMeans().back()), showReal(mean))));
            }
            QVERIFY(estimate.counts() == tally);
        }
    }

    // An impossible outcome (p_i = 0) is never drawn, wherever it sits; the model may even call it
    // impossible too without the mean becoming infinite.
    void estimate_impossibleOutcomesNeverDrawn_data()
    {
        QTest::addColumn<std::vector<double>>("p");
        QTest::addColumn<std::vector<double>>("q");
        QTest::addColumn<bool>("binary");
        using V = std::vector<double>;
        QTest::newRow("first") << V {0, 0.5, 0.5} << V {1, 1, 1} << false;
        QTest::newRow("last") << V {0.5, 0.5, 0} << V {1, 1, 1} << false;
        QTest::newRow("middle") << V {0.5, 0, 0.5} << V {1, 1, 1} << false;
        QTest::newRow("several") << V {0, 0.3, 0, 0, 0.7, 0} << V {1, 1, 1, 1, 1, 1} << false;
        QTest::newRow("first, q also 0") << V {0, 0.5, 0.5} << V {0, 1, 1} << false;
        QTest::newRow("last, q also 0") << V {0.25, 0.75, 0} << V {1, 1, 0} << false;
        QTest::newRow("tiny first, then zeros") << V {1e-300, 1, 0, 0} << V {1, 1, 1, 1} << false;
        QTest::newRow("binary, first impossible") << V {0.0} << V {0.5} << true;
        QTest::newRow("binary, last impossible") << V {1.0} << V {0.5} << true;
        QTest::newRow("binary, last impossible, q says impossible") << V {1.0} << V {1.0} << true;
    }

    void estimate_impossibleOutcomesNeverDrawn()
    {
        QFETCH(std::vector<double>, p);
        QFETCH(std::vector<double>, q);
        QFETCH(bool, binary);
        const Distribution dp = makeDistribution(p, binary), dq = makeDistribution(q, binary);
        core::CrossEntropyEstimate estimate(dp, dq, Unit::Bits, 2024);
        const std::size_t draws = 100000;
        estimate.draw(draws);
        QCOMPARE(estimate.counts().size(), dp.size());
        for (std::size_t i = 0; i < dp.size(); ++i) {
            if (dp[i] == 0.0)
                QVERIFY2(estimate.counts()[i] == 0,
                         qPrintable(
                             QStringLiteral("impossible outcome %1 drawn %2 times").arg(i).arg(estimate.counts()[i])));
        }
        QVERIFY(dp[estimate.lastOutcome()] > 0.0);
        const double finalMean = estimate.runningMeans().back();
        QVERIFY2(std::isfinite(finalMean), qPrintable(show(finalMean)));
    }

    // After 200,000 samples the running mean is within 5 standard errors of H(p, q), with the
    // standard deviation of -log q(X) worked out from p and q; each outcome's frequency within 5
    // sigma of p_i.
    void estimate_converges_data()
    {
        QTest::addColumn<std::vector<double>>("p");
        QTest::addColumn<std::vector<double>>("q");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<Unit>("unit");
        using V = std::vector<double>;
        V rising, falling, eight(8, 1.0), confident {0.93, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01};
        for (int i = 0; i < 64; ++i) {
            rising.push_back(i + 1);
            falling.push_back(64 - i);
        }
        QTest::newRow("three, bits") << V {0.7, 0.2, 0.1} << V {0.2, 0.3, 0.5} << false << Unit::Bits;
        QTest::newRow("impossible outcome, nats") << V {0, 0.6, 0.4} << V {0.5, 0.25, 0.25} << false << Unit::Nats;
        QTest::newRow("binary, bans") << V {0.1} << V {0.3} << true << Unit::Bans;
        QTest::newRow("binary, rare outcome, nats") << V {1e-3} << V {1e-6} << true << Unit::Nats;
        QTest::newRow("64 outcomes, bits") << rising << falling << false << Unit::Bits;
        QTest::newRow("overconfident model, nats") << eight << confident << false << Unit::Nats;
        QTest::newRow("p equals q, bans") << V {0.1, 0.2, 0.3, 0.4} << V {0.1, 0.2, 0.3, 0.4} << false << Unit::Bans;
    }

    void estimate_converges()
    {
        QFETCH(std::vector<double>, p);
        QFETCH(std::vector<double>, q);
        QFETCH(bool, binary);
        QFETCH(Unit, unit);
        const Distribution dp = makeDistribution(p, binary), dq = makeDistribution(q, binary);
        const std::size_t n = 200000;
        core::CrossEntropyEstimate estimate(dp, dq, unit, 0xC0FFEE);
        estimate.draw(n);
        const auto [mean, deviation] = informationMoments(dp, dq, unit);
        const double target = core::crossEntropy(dp, dq, unit);
        QVERIFY2(closeTo(target, mean, 1e-12L), "the moments disagree with crossEntropy: the reference is off");
        QVERIFY(deviation > 0);
        const Real standardError = deviation / std::sqrt(static_cast<Real>(n));
        const double got = estimate.runningMeans().back();
        QVERIFY2(std::abs(got - target) <= 5 * standardError,
                 qPrintable(QStringLiteral("mean %1, H(p,q) %2, standard error %3")
                                .arg(show(got), show(target), showReal(standardError))));
        for (std::size_t i = 0; i < dp.size(); ++i) {
            const Real expected = static_cast<Real>(n) * dp[i];
            const Real sigma = std::sqrt(static_cast<Real>(n) * dp[i] * (1 - static_cast<Real>(dp[i])));
            const Real count = static_cast<Real>(estimate.counts()[i]);
            QVERIFY2(std::abs(count - expected) <= 5 * sigma,
                     qPrintable(QStringLiteral("outcome %1 drawn %2 times, expected %3 +- %4")
                                    .arg(i)
                                    .arg(estimate.counts()[i])
                                    .arg(showReal(expected), showReal(sigma))));
        }
    }

    // A uniform model scores every outcome log n, so every running mean is exactly that.
    void estimate_uniformModelGivesConstantMean()
    {
        std::mt19937_64 rng(0x5eed0005);
        for (std::size_t n : {2, 3, 10, 64}) {
            const Distribution p = Distribution::fromEntries(withRandomZeros(rng, randomWeights(rng, n), 0.3),
                                                             Distribution::Sum::Normalize);
            const Distribution q = Distribution::fromEntries(std::vector<double>(n, 1.0), Distribution::Sum::Normalize);
            core::CrossEntropyEstimate estimate(p, q, Unit::Bits, n);
            estimate.draw(5000);
            const Real logN = std::log2(static_cast<Real>(n));
            for (double mean : estimate.runningMeans())
                QVERIFY2(closeTo(mean, logN, 1e-14L),
                         qPrintable(QStringLiteral("%1 with %2 outcomes").arg(show(mean)).arg(n)));
        }
    }

    // A drawn outcome that the model calls impossible makes the running mean +inf from then on,
    // never NaN, however many finite samples follow.
    void estimate_modelZeroGivesInfinity()
    {
        for (bool binary : {false, true}) {
            const Distribution p
                = binary ? Distribution::binary(0.5) : Distribution::fromEntries(std::vector {0.5, 0.5});
            const Distribution q
                = binary ? Distribution::binary(1.0) : Distribution::fromEntries(std::vector {1.0, 0.0});
            for (Unit unit : kUnits) {
                core::CrossEntropyEstimate estimate(p, q, unit, 5);
                bool seenImpossible = false, finiteAfterwards = false;
                for (int k = 0; k < 500; ++k) {
                    estimate.draw(1);
                    finiteAfterwards = finiteAfterwards || (seenImpossible && estimate.lastOutcome() == 0);
                    seenImpossible = seenImpossible || estimate.lastOutcome() == 1;
                    const double mean = estimate.runningMeans().back();
                    QVERIFY2(!std::isnan(mean), "NaN running mean");
                    if (seenImpossible)
                        QVERIFY2(mean == kInf, qPrintable(show(mean)));
                    else
                        QCOMPARE(mean, 0.0); // -log 1 = 0 for every sample so far
                }
                QVERIFY(seenImpossible);
                QVERIFY(finiteAfterwards); // finite samples followed the infinite one
            }
        }
    }

    void estimate_differentSizesThrow()
    {
        const Distribution two = Distribution::binary(0.5);
        const Distribution three = Distribution::fromEntries(std::vector {0.2, 0.3, 0.5});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::CrossEntropyEstimate(two, three, Unit::Bits, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, core::CrossEntropyEstimate(three, two, Unit::Bits, 1));
    }
};

QTEST_APPLESS_MAIN(TestManyOutcomes)
#include "tst_manyoutcomes.moc"
