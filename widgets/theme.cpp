#include "theme.h"

#include "model/themenames.h"

#include "core/contrast.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontInfo>

#include <algorithm>

namespace widgets {

Theme Theme::light()
{
    Theme theme;
    theme.name = QStringLiteral("light");
    theme.background = Qt::white;
    theme.foreground = Qt::black;
    theme.grid = QColor(0xdd, 0xdd, 0xdd);
    theme.labelBacking = QColor(255, 255, 255, 210);
    theme.fontSize = 9.0;
    theme.lineScale = 1.0;
    return theme;
}

Theme Theme::dark()
{
    Theme theme = light();
    theme.name = QStringLiteral("dark");
    theme.background = QColor(0x16, 0x19, 0x1d);
    theme.foreground = QColor(0xee, 0xee, 0xee);
    theme.grid = QColor(0x3a, 0x40, 0x47);
    theme.labelBacking = QColor(0x16, 0x19, 0x1d, 210);
    return theme;
}

Theme Theme::presentation()
{
    Theme theme = light();
    theme.name = QStringLiteral("presentation");
    theme.grid = QColor(0xc8, 0xc8, 0xc8);
    theme.labelBacking = QColor(255, 255, 255, 225);
    // 20 pt is about the smallest type that reads from the back of a classroom on a 1080p projector.
    theme.fontSize = 20.0;
    theme.legendScale = 1.0;
    theme.lineScale = 1.6; // 2.5 px curves become 4 px
    return theme;
}

std::optional<Theme> Theme::byName(const QString &name)
{
    for (const Theme &theme : {light(), dark(), presentation()}) {
        if (theme.name == name)
            return theme;
    }
    return std::nullopt;
}

QStringList Theme::names()
{
    return themeNames();
}

QString Theme::displayName() const
{
    if (name == QLatin1String("dark"))
        return QCoreApplication::translate("widgets::Theme", "Dark (projector)");
    if (name == QLatin1String("presentation"))
        return QCoreApplication::translate("widgets::Theme", "Presentation (large)");
    return QCoreApplication::translate("widgets::Theme", "Light (print)");
}

QColor Theme::ink(const QColor &color) const
{
    QColor mapped;
    if (color.red() == 0 && color.green() == 0 && color.blue() == 0) {
        mapped = foreground;
        mapped.setAlpha(color.alpha());
    } else {
        // Okabe-Ito's blue and vermillion are a little dim on a dark background.
        mapped = isDark() ? color.lighter(125) : color;
    }
    return withContrast(mapped, {background}, core::kGraphicContrast);
}

QColor Theme::labelInk(const QColor &color) const
{
    if (color.red() == 0 && color.green() == 0 && color.blue() == 0)
        return withContrast(foreground, {background, labelGround()}, core::kTextContrast);
    const QColor shade
        = isDark() ? color.lighter(150) : color.darker(name == QLatin1String("presentation") ? 160 : 140);
    return withContrast(shade, {background, labelGround()}, core::kTextContrast);
}

QColor Theme::labelGround() const
{
    const double alpha = labelBacking.alphaF();
    const auto blend = [alpha](int over, int under) { return qRound(over * alpha + under * (1.0 - alpha)); };
    return QColor(blend(labelBacking.red(), background.red()), blend(labelBacking.green(), background.green()),
                  blend(labelBacking.blue(), background.blue()));
}

double Theme::contrast(const QColor &color, const QColor &backdrop)
{
    const QColor ink = color.toRgb();
    const QColor ground = backdrop.toRgb();
    const double alpha = ink.alphaF();
    const auto blend = [alpha](double over, double under) { return over * alpha + under * (1.0 - alpha); };
    return core::contrastRatio(
        core::relativeLuminance(blend(ink.redF(), ground.redF()), blend(ink.greenF(), ground.greenF()),
                                blend(ink.blueF(), ground.blueF())),
        core::relativeLuminance(ground.redF(), ground.greenF(), ground.blueF()));
}

QColor Theme::withContrast(const QColor &color, std::initializer_list<QColor> backdrops, double ratio)
{
    const auto enough = [backdrops, ratio](const QColor &candidate) {
        return std::all_of(backdrops.begin(), backdrops.end(),
                           [&](const QColor &backdrop) { return contrast(candidate, backdrop) >= ratio; });
    };
    if (enough(color) || backdrops.size() == 0)
        return color;
    // Towards the end of the scale away from the (first) backdrop: mixing with black or white keeps
    // the hue, so orange stays orange, only deeper.
    const bool darkBackdrop = backdrops.begin()->lightnessF() < 0.5;
    const double target = darkBackdrop ? 1.0 : 0.0;
    const QColor rgb = color.toRgb();
    QColor mixed = rgb;
    constexpr int kSteps = 50;
    for (int step = 1; step <= kSteps; ++step) {
        const double t = double(step) / kSteps;
        const auto mix = [t](double from, double to) { return from + (to - from) * t; };
        mixed = QColor::fromRgbF(float(mix(rgb.redF(), target)), float(mix(rgb.greenF(), target)),
                                 float(mix(rgb.blueF(), target)), float(mix(rgb.alphaF(), 1.0)));
        if (enough(mixed))
            break;
    }
    return mixed;
}

QPen Theme::pen(const QColor &color, double width, Qt::PenStyle style) const
{
    return QPen(ink(color), width * lineScale, style, Qt::FlatCap, Qt::MiterJoin);
}

QFont Theme::font(double scale, bool bold) const
{
    // The family actually used ("DejaVu Sans"), not an alias such as "Sans Serif" that an SVG
    // viewer elsewhere would not know. Chinese labels come from Noto Sans CJK SC: fontconfig's own
    // fallback in an English or C locale is Noto Sans CJK JP, whose forms of 值, 直 or 骨 are Japanese.
    const QString family = QFontInfo(QApplication::font()).family();
    QFont font(family);
    font.setFamilies({family, QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(fontSize * scale);
    font.setBold(bold);
    return font;
}

} // namespace widgets
