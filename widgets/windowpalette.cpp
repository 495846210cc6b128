#include "windowpalette.h"

#include "palette.h"

#include "core/contrast.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QToolTip>

namespace widgets {

namespace {

// `t` of the way from `from` to `to`.
QColor mix(const QColor &from, const QColor &to, double t)
{
    const auto channel = [t](int a, int b) { return qRound(a + (b - a) * t); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

QPalette darkPalette(const Theme &theme)
{
    const QColor base = theme.background; // text fields and lists: the plots' own background
    const QColor text = theme.foreground;
    const QColor window = mix(base, text, 0.07); // the chrome a shade lighter, so the plots stand out in it
    const QColor button = mix(base, text, 0.14);
    const QColor dimText = mix(text, window, 0.45); // disabled controls: WCAG exempts them, but they stay legible

    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool enabled = group != QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, enabled ? text : dimText);
        p.setColor(group, QPalette::Base, enabled ? base : window);
        p.setColor(group, QPalette::AlternateBase, mix(base, text, 0.04));
        p.setColor(group, QPalette::Text, enabled ? text : dimText);
        p.setColor(group, QPalette::PlaceholderText,
                   Theme::withContrast(mix(text, base, 0.4), {base}, core::kTextContrast));
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, enabled ? text : dimText);
        p.setColor(group, QPalette::BrightText, Qt::white);
        // Fusion's bevels, grooves and frames.
        p.setColor(group, QPalette::Light, mix(base, text, 0.30));
        p.setColor(group, QPalette::Midlight, mix(base, text, 0.20));
        p.setColor(group, QPalette::Mid, mix(base, text, 0.10));
        p.setColor(group, QPalette::Dark, base.darker(150));
        p.setColor(group, QPalette::Shadow, Qt::black);
        p.setColor(group, QPalette::ToolTipBase, button);
        p.setColor(group, QPalette::ToolTipText, text);
        // Okabe-Ito blue under white text: 5.2:1.
        p.setColor(group, QPalette::Highlight, enabled ? palette::kBlue : mix(palette::kBlue, window, 0.5));
        p.setColor(group, QPalette::HighlightedText, enabled ? QColor(Qt::white) : dimText);
        p.setColor(group, QPalette::Link, theme.labelInk(palette::kSkyBlue));
        p.setColor(group, QPalette::LinkVisited, theme.labelInk(palette::kReddishPurple));
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        p.setColor(group, QPalette::Accent, palette::kBlue);
#endif
    }
    return p;
}

// Fusion, but an empty radio button (y = 0 / y = 1) gets a ring that reads on a dark window: Fusion
// outlines it in the Window colour darkened, which on a dark window leaves a dark disc at about
// 1.3:1. The ring takes the text colour toward the window, at least the 3:1 a control's edge needs.
class DarkFusionStyle : public QProxyStyle
{
public:
    DarkFusionStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("fusion")))
    { }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorRadioButton)
            return;
        const QPalette &colours = option->palette;
        const QColor window = colours.color(QPalette::Window);
        const QColor ring = Theme::withContrast(mix(colours.color(QPalette::WindowText), window, 0.45),
                                                {window, colours.color(QPalette::Base)}, core::kGraphicContrast);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(ring, 1.5));
        const QRectF circle
            = QRectF(option->rect).adjusted(1.25, 1.25, -0.75, -0.75); // Fusion's circle, one pixel right and down
        painter->drawEllipse(circle);
        painter->restore();
    }
};

} // namespace

QPalette windowPalette(const Theme &theme)
{
    return theme.isDark() ? darkPalette(theme) : QApplication::style()->standardPalette();
}

void applyWindowTheme(const Theme &theme)
{
    // The style the platform chose, remembered before the first change, to return to.
    static const QString platformStyle = QApplication::style()->name();
    // Fusion draws every control from the palette; some platform styles (Windows') ignore it.
    if (theme.isDark()) {
        if (!dynamic_cast<DarkFusionStyle *>(QApplication::style()))
            QApplication::setStyle(new DarkFusionStyle);
    } else if (QApplication::style()->name().compare(platformStyle, Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(platformStyle);
    }
    // A default palette resolves to the platform's own: light returns to it exactly.
    const QPalette palette = theme.isDark() ? darkPalette(theme) : QPalette();
    QApplication::setPalette(palette); // for the windows and dialogs made from now on
    // Before the event loop runs (the window made with the remembered theme, and in tests) Qt does
    // not pass the application's palette on to the windows that exist: they get it here.
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        window->setPalette(palette);
    QToolTip::setPalette(QApplication::palette());
}

QIcon tintedIcon(const QIcon &icon, const QColor &color)
{
    if (icon.isNull())
        return icon;
    QIcon tinted;
    for (const int side : {16, 20, 24, 32, 48, 64}) {
        QPixmap pixmap = icon.pixmap(side, side);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn); // the colour where the picture is
        painter.fillRect(pixmap.rect(), color);
        painter.end();
        tinted.addPixmap(pixmap);
    }
    return tinted;
}

} // namespace widgets
