#include "classroom.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace app {

namespace {

const QString kThemeKey = QStringLiteral("view/theme");

} // namespace

ClassroomModes::ClassroomModes(widgets::LessonState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_theme(widgets::Theme::byName(QSettings().value(kThemeKey).toString()).value_or(widgets::Theme::light()))
{
    connect(m_state, &widgets::LessonState::changed, this, &ClassroomModes::stateChanged);
}

void ClassroomModes::setTheme(const widgets::Theme &theme)
{
    QSettings().setValue(kThemeKey, theme.name);
    if (theme.name == m_theme.name)
        return;
    m_theme = theme;
    emit themeChanged(m_theme);
    emit shownThemeChanged();
}

widgets::Theme ClassroomModes::shownTheme() const
{
    widgets::Theme shown = m_theme;
    if (m_presenting) {
        // Type as large as six panels on one 1080p screen allow; zoom in for a single large panel.
        const widgets::Theme projector = widgets::Theme::presentation();
        shown.fontSize = kPresentingFontSize;
        shown.legendScale = projector.legendScale;
        shown.lineScale = projector.lineScale;
    }
    shown.fontSize *= m_zoom;
    shown.lineScale *= std::sqrt(m_zoom); // lines thicken more slowly than type grows
    return shown;
}

double ClassroomModes::controlsScale() const
{
    return m_zoom * (m_presenting ? 1.5 : 1.0);
}

void ClassroomModes::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    emit presentingChanged(presenting);
    emit shownThemeChanged();
}

void ClassroomModes::setZoom(double zoom)
{
    if (std::isnan(zoom))
        return; // no size at all: stay as it is
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - 1.0) < 0.01)
        zoom = 1.0;
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    emit zoomChanged(zoom);
    emit shownThemeChanged();
}

void ClassroomModes::setPrediction(Prediction prediction)
{
    const bool changed = prediction != m_prediction;
    m_prediction = prediction;
    if (changed)
        emit predictionChanged(prediction);
    // Choosing a mode (again) asks a new question: the answers hide.
    setConcealing(prediction != Prediction::Off);
}

void ClassroomModes::reveal()
{
    if (!m_concealing)
        return;
    m_revealed = m_state->snapshot();
    setConcealing(false);
}

void ClassroomModes::setConcealing(bool concealing)
{
    if (concealing == m_concealing)
        return;
    m_concealing = concealing;
    emit concealingChanged(concealing);
}

void ClassroomModes::stateChanged()
{
    // In prediction mode a new question starts with every change: hide the answers again.
    if (m_prediction != Prediction::Off && !m_concealing && !(m_state->snapshot() == m_revealed))
        setConcealing(true);
}

} // namespace app
