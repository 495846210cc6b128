#pragma once

#include "widgets/plotpanel.h"
#include "widgets/theme.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace widgets {
class LessonState;
class ReadoutPanel;
} // namespace widgets

namespace app {

// Presentation mode's focus view: what the class should look at now, large. One panel fills the
// view, with its readouts beside it (or under it) where they fit at the view's type size, and
// without them where they do not: the view shows fewer things rather than clipped ones. The panel
// is the view's own copy of the lesson's panel of that name, following the same LessonState, so
// the overview grid keeps its panels and their splitters as they were. The readouts are the
// panel's quantities only (the information panel's I(p) and I(1−p), the loss panel's losses...),
// each as its result, "H(p) = 0.8813 bits", from a ReadoutPanel of the view's own (readouts()),
// whose whole text is the line's tooltip.
//
// Type: setTheme() takes the window's shown theme; the view sets the font size so that a value
// label's or tick label's line, and a readout's, is at least kTextShare of the screen's height
// (3 %, AVIXA's legibility at six image heights), times the zoom when zoomed in, but never so
// large that the plot area gets shorter than a quarter of the view.
class FocusView : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kTextShare = 0.03;
    static constexpr double kMinPlotShare = 0.25; // of the view's height, what type may not squeeze

    // `names`: the panels the view steps through, in order (the lesson's panel names); `shown`
    // the window's shown theme, as setTheme() takes it. It shows the first name until told.
    FocusView(widgets::LessonState *state, const QStringList &names, const widgets::Theme &shown,
              QWidget *parent = nullptr);

    // The panel shown: one of the names; an unknown name does nothing.
    QString shownPanel() const { return m_shown; }
    void showPanel(const QString &name);
    // The next (step 1) or previous (-1) panel, wrapping around at either end.
    void step(int by);

    widgets::PlotPanel *panel() const { return m_panel; }
    // Where the readouts' text comes from (never shown itself; its font is the lines' font).
    widgets::ReadoutPanel *readouts() const { return m_readouts; }
    // The readout lines shown beside or under the panel: none where they do not fit.
    QList<QLabel *> readoutLines() const;

    // The readouts (ReadoutPanel keys) that go with a panel, in reading order; none for a panel
    // whose numbers are its own (the training lab's).
    static QStringList readoutKeys(const QString &panelName);
    // "H(p) = −p log₂ p − (1−p) log₂(1−p) = 0.8813 bits" as "H(p) = 0.8813 bits": the quantity and
    // its result; several results separated by ";" become one line each.
    static QString resultOnly(const QString &readout);

    // The window's shown theme (colours, lines, zoom); the view scales its type from it.
    void setTheme(const widgets::Theme &shown, double zoom);
    const widgets::Theme &theme() const { return m_theme; }
    // Hides (or shows) the numbers for predict-then-reveal, as PlotPanel::Concealment says.
    void setConcealment(widgets::PlotPanel::Concealment concealment);

    // The font size (points) at which theme's tick and value labels are at least `pixels` tall.
    static double fontSizeForHeight(widgets::Theme theme, double pixels);

signals:
    // The panel shown changed (its name).
    void panelShown(const QString &name);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Places the panel and, where they fit, the readouts.
    void arrange();
    void applyTheme();
    void showReadouts();

    widgets::LessonState *m_state;
    QStringList m_names;
    QString m_shown;
    widgets::PlotPanel *m_panel = nullptr;
    widgets::ReadoutPanel *m_readouts;
    QWidget *m_readoutBox; // the lines, one QLabel per readout
    widgets::Theme m_shownTheme; // the window's, before scaling
    widgets::Theme m_theme; // what the panel shows
    double m_zoom = 1.0;
    widgets::PlotPanel::Concealment m_concealment = widgets::PlotPanel::Concealment::None;
};

} // namespace app
