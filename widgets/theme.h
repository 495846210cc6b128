#pragma once

#include <QColor>
#include <QFont>
#include <QPen>
#include <QString>
#include <QStringList>

#include <optional>

namespace widgets {

// How a plot looks, on screen and in exported figures: light (white, for print), dark (for
// projectors in a dim room) and presentation (large type and thick lines, for the back row).
// A panel takes its theme when made and again at PlotPanel::setTheme; the curve colours stay
// Okabe-Ito in every theme.
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
    // A curve or marker colour for this background: black becomes the foreground colour.
    QColor ink(const QColor &color) const;
    // A label's text colour: a darker (on dark backgrounds lighter) shade of its curve's colour.
    QColor labelInk(const QColor &color) const;
    QPen pen(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine) const;
    // The base font scaled: 1.0 for tick labels and legend, more for titles and axis labels.
    QFont font(double scale = 1.0, bool bold = false) const;
};

} // namespace widgets
