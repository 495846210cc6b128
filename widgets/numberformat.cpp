#include "numberformat.h"

#include <QCoreApplication>

#include <cmath>

namespace widgets {

namespace {

QString superscript(int exponent)
{
    static const QString kDigits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString text = exponent < 0 ? QStringLiteral("⁻") : QString();
    for (QChar digit : QString::number(std::abs(exponent)))
        text += kDigits.at(digit.digitValue());
    return text;
}

QString withMinusSign(QString text)
{
    return text.replace(QLatin1Char('-'), QChar(0x2212));
}

} // namespace

QString formatNumber(double value, int decimals)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    if (value == 0.0)
        return QStringLiteral("0");
    const double smallest = 0.5 * std::pow(10.0, -decimals);
    if (std::abs(value) >= smallest && std::abs(value) < 1e7)
        return withMinusSign(QString::number(value, 'f', decimals));
    int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
    double mantissa = value / std::pow(10.0, exponent);
    if (std::abs(std::round(mantissa * 100.0) / 100.0) >= 10.0) { // 9.999 rounds up to 10.00
        mantissa /= 10.0;
        ++exponent;
    }
    return withMinusSign(QString::number(mantissa, 'f', 2)) + QStringLiteral("×10") + superscript(exponent);
}

QString logSymbol(core::Unit unit)
{
    switch (unit) {
    case core::Unit::Bits:
        return QStringLiteral("log₂");
    case core::Unit::Nats:
        return QStringLiteral("ln");
    case core::Unit::Bans:
        return QStringLiteral("log₁₀");
    }
    return QStringLiteral("log");
}

QString unitLabel(core::Unit unit)
{
    switch (unit) {
    case core::Unit::Bits:
        return QCoreApplication::translate("widgets", "bits");
    case core::Unit::Nats:
        return QCoreApplication::translate("widgets", "nats");
    case core::Unit::Bans:
        return QCoreApplication::translate("widgets", "bans");
    }
    return {};
}

QString crossEntropyGradientFormula(core::Unit unit)
{
    switch (unit) {
    case core::Unit::Bits:
        return QStringLiteral("(ŷ − y)/ln 2");
    case core::Unit::Nats:
        break;
    case core::Unit::Bans:
        return QStringLiteral("(ŷ − y)/ln 10");
    }
    return QStringLiteral("ŷ − y");
}

} // namespace widgets
