#pragma once

#include <QColor>
#include <QFont>
#include <QPen>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace widgets {

// How a plot looks, on screen and in exported figures: light (white, for print), dark (for
// projectors in a dim room) and presentation (large type and thick lines, for the back row).
// A panel takes its theme when made and again at PlotPanel::setTheme; the curve colours stay
// Okabe-Ito in every theme, in the shade that stands out from the background: every curve and
// marker at least WCAG 2.1's 3:1, every label's text 4.5:1 (tests/widgets/tst_contrast checks
// every colour each panel draws). The window around the plots follows the theme too
// (windowpalette.h).
struct Theme
{
    QString name; // "light", "dark" or "presentation": the command line's --theme values
    QColor background;
    QColor foreground; // text, axes, and curves drawn in black on white
    QColor grid;
    QColor labelBacking; // behind value labels, so they stay readable over curves
    double fontSize = 9.0; // points, of tick labels, legend and value labels
    double legendScale = 0.9; // of fontSize, for the legend
    double lineScale = 1.0; // multiplies every line width

    static Theme light();
    static Theme dark();
    static Theme presentation();
    // The theme of that name, or nothing for an unknown name.
    static std::optional<Theme> byName(const QString &name);
    static QStringList names();
    // The name as a user reads it ("Light", "Dark", "Presentation").
    QString displayName() const;

    bool isDark() const { return background.lightness() < 128; }
    // A curve or marker colour for this background: black becomes the foreground colour, and a
    // colour too pale (on dark backgrounds too dim) for 3:1 against it takes a deeper shade of its
    // hue, e.g. Okabe-Ito's orange and sky blue on white. Translucent colours become more opaque.
    QColor ink(const QColor &color) const;
    // A label's text colour: a darker (on dark backgrounds lighter) shade of its curve's colour,
    // with 4.5:1 against both the background and labelGround().
    QColor labelInk(const QColor &color) const;
    // What a value label's text stands on: the translucent labelBacking over the background.
    QColor labelGround() const;
    QPen pen(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine) const;
    // The base font scaled: 1.0 for tick labels and legend, more for titles and axis labels.
    QFont font(double scale = 1.0, bool bold = false) const;

    // WCAG 2.1's contrast ratio (1 to 21) of `color` drawn on `backdrop`; a translucent colour
    // counts as blended into the backdrop, which is taken as opaque.
    static double contrast(const QColor &color, const QColor &backdrop);
    // `color` moved towards black (on a dark backdrop towards white) and towards opaque, keeping
    // its hue, just far enough for `ratio` against every one of `backdrops`; unchanged if it has
    // that already. Black or white is as far as it goes, so a ratio above 21 gets there.
    static QColor withContrast(const QColor &color, std::initializer_list<QColor> backdrops, double ratio);
};

} // namespace widgets
