#pragma once

#include "widgets/model/lessonstate.h"
#include "widgets/theme.h"

#include <QObject>

namespace app {

// The modes a teacher switches in front of a class, as observable state: the theme chosen in
// View > Theme (remembered in the settings), presentation mode (F5), zoom, and predict-then-reveal.
// It holds no widget: the window reacts to the signals (full screen, restyled panels, hidden
// numbers). Each setter emits its signal once per change and nothing when the value stays.
class ClassroomModes : public QObject
{
    Q_OBJECT

public:
    // Predict, then reveal: what is hidden until the class has guessed.
    enum class Prediction { Off, Numbers, NumbersAndCurves };
    Q_ENUM(Prediction)

    static constexpr double kMinZoom = 0.5;
    static constexpr double kMaxZoom = 3.0;
    static constexpr double kZoomStep = 1.15; // one Zoom in or Zoom out
    static constexpr double kPresentingFontSize = 13.0; // points, before zoom

    // Watches `state`: in prediction mode every new state hides the answers again. The chosen
    // theme starts as the one remembered in the settings (light if none or unknown).
    explicit ClassroomModes(widgets::LessonState *state, QObject *parent = nullptr);

    const widgets::Theme &theme() const { return m_theme; }
    // Chooses `theme` and remembers it in the settings ("view/theme").
    void setTheme(const widgets::Theme &theme);
    // What the panels show: the chosen theme zoomed, and with the presentation theme's type and
    // lines while presenting (the chosen colours stay: a dark room keeps dark).
    widgets::Theme shownTheme() const;
    // How much larger than normal the controls' text is shown: the zoom, times 1.5 while presenting.
    double controlsScale() const;

    // Presentation mode (F5): full screen, projector-sized type and lines.
    bool isPresenting() const { return m_presenting; }
    void setPresenting(bool presenting);

    // Magnifies plot type and lines and the controls' text: 1 is normal. Clamped to kMinZoom ..
    // kMaxZoom; within 1% of 1 it becomes exactly 1, so zooming in and out again comes back to 1.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn() { setZoom(m_zoom * kZoomStep); }
    void zoomOut() { setZoom(m_zoom / kZoomStep); }

    Prediction prediction() const { return m_prediction; }
    // Off shows everything; the others hide their part until reveal().
    void setPrediction(Prediction prediction);
    // Shows what the prediction mode hides, until the next change of the lesson's state.
    void reveal();
    bool isConcealing() const { return m_concealing; }

signals:
    void themeChanged(const widgets::Theme &theme);
    void presentingChanged(bool presenting);
    void zoomChanged(double zoom);
    // After each of the three above: shownTheme() and controlsScale() may differ.
    void shownThemeChanged();
    void predictionChanged(app::ClassroomModes::Prediction prediction);
    void concealingChanged(bool concealing);

private:
    void setConcealing(bool concealing);
    void stateChanged();

    widgets::LessonState *m_state;
    widgets::Theme m_theme;
    bool m_presenting = false;
    double m_zoom = 1.0;
    Prediction m_prediction = Prediction::Off;
    bool m_concealing = false;
    widgets::LessonSnapshot m_revealed; // the state the answers were revealed for
};

} // namespace app
