#include "probabilityslider.h"

#include "lessondefaults.h"
#include "windowpalette.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

namespace widgets {

namespace {

constexpr int kSliderSteps = 10000; // one slider position per 4th decimal
constexpr double kFineStep = 0.001; // Shift + arrow
constexpr double kPageStep = 0.1;

// The style's play or pause picture in the button's text colour, which reads on its window in any theme.
QIcon playIcon(const QToolButton *button, bool playing)
{
    return tintedIcon(button->style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay),
                      button->palette().color(QPalette::ButtonText));
}

// The value rounded to the spin box's 4 decimals, so steps land on values the box can show.
double onGrid(double value)
{
    return std::clamp(std::round(value * kSliderSteps) / kSliderSteps, 0.0, 1.0);
}

// Calls `apply` when a mouse button is released anywhere: an application event filter.
class ReleaseWatch : public QObject
{
public:
    ReleaseWatch(std::function<void()> apply, QObject *parent)
        : QObject(parent)
        , m_apply(std::move(apply))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease)
            m_apply();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
};

} // namespace

ProbabilitySlider::ProbabilitySlider(const QString &name, const QString &description, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(name, this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spinBox(new QDoubleSpinBox(this))
    , m_play(new QToolButton(this))
{
    m_label->setToolTip(description);
    m_label->setBuddy(m_slider);
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("ŷ =")) + 4);

    m_slider->setRange(0, kSliderSteps);
    m_slider->setSingleStep(static_cast<int>(std::lround(defaults::kStep * kSliderSteps)));
    m_slider->setPageStep(static_cast<int>(std::lround(kPageStep * kSliderSteps)));
    m_slider->setMinimumWidth(120); // long enough to drag; the control row wraps rather than squeeze it
    m_slider->setAccessibleDescription(description);
    m_slider->setToolTip(description);
    m_slider->installEventFilter(this);

    m_spinBox->setRange(0.0, 1.0);
    m_spinBox->setDecimals(defaults::kDecimals);
    m_spinBox->setSingleStep(defaults::kStep);
    m_spinBox->setKeyboardTracking(false);
    m_spinBox->setAccessibleDescription(description);
    m_spinBox->installEventFilter(this);

    m_play->setCheckable(true);
    m_play->setAutoRaise(true);
    m_play->setIcon(playIcon(m_play, false));
    m_play->installEventFilter(this); // a new palette (a theme) recolours the icon
    m_play->setToolTip(tr("Sweep %1 back and forth").arg(name));
    m_play->setAccessibleName(tr("Play %1").arg(name));
    m_play->setAccessibleDescription(tr("Sweeps %1 back and forth between %2 and %3 until pressed again")
                                         .arg(name, QString::number(kSweepLow), QString::number(kSweepHigh)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spinBox);
    layout->addWidget(m_play);

    m_sweep.setTimerType(Qt::PreciseTimer);
    m_sweep.setInterval(16); // about one step a frame at 60 Hz
    connect(&m_sweep, &ClockTimer::timeout, this, &ProbabilitySlider::advanceSweep);
    connect(m_play, &QToolButton::toggled, this, &ProbabilitySlider::setPlaying);
    connect(m_slider, &QSlider::sliderPressed, this, [this] { setPlaying(false); }); // the hand takes over
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        const double value = static_cast<double>(position) / kSliderSteps;
        if (!m_slider->isSliderDown()) {
            setValue(value);
            return;
        }
        m_held = value; // the hand drags: once per pass of the event loop
        if (!std::exchange(m_applyQueued, true))
            QMetaObject::invokeMethod(this, &ProbabilitySlider::applyHeldValue, Qt::QueuedConnection);
    });
    // The application's event filters see the release first, the one installed last first of all:
    // installed at the press, this one applies the held value before the undo history's filter
    // closes the drag's step.
    connect(m_slider, &QSlider::sliderPressed, this, [this] {
        if (!m_releaseWatch) {
            m_releaseWatch = new ReleaseWatch([this] { applyHeldValue(); }, this);
            QCoreApplication::instance()->installEventFilter(m_releaseWatch);
        }
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        applyHeldValue();
        if (QObject *watch = std::exchange(m_releaseWatch, nullptr))
            watch->deleteLater(); // and with it its filter, once the release has been delivered
    });
    connect(m_spinBox, &QDoubleSpinBox::valueChanged, this, &ProbabilitySlider::setValue);
    showValue();
}

void ProbabilitySlider::setValue(double value)
{
    if (!(value >= 0.0 && value <= 1.0) || value == m_value)
        return;
    m_value = value;
    showValue();
    emit valueChanged(m_value);
}

void ProbabilitySlider::applyHeldValue()
{
    m_applyQueued = false;
    if (m_held >= 0.0)
        setValue(std::exchange(m_held, -1.0));
}

void ProbabilitySlider::showValue()
{
    const QSignalBlocker sliderBlocker(m_slider);
    const QSignalBlocker spinBlocker(m_spinBox);
    m_slider->setValue(static_cast<int>(std::lround(m_value * kSliderSteps)));
    m_spinBox->setValue(m_value);
    // What a screen reader announces: "p, 0.30".
    const QString spoken = m_label->text() + QStringLiteral(", ") + QString::number(m_value, 'f', 2);
    m_slider->setAccessibleName(spoken);
    m_spinBox->setAccessibleName(spoken);
}

void ProbabilitySlider::stepBy(double delta)
{
    setValue(onGrid(m_value + delta));
}

bool ProbabilitySlider::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_play && event->type() == QEvent::PaletteChange)
        m_play->setIcon(playIcon(m_play, isPlaying()));
    // Shift makes every step ten times finer: the slider alone knows only two step sizes. The spin
    // box steps by itself (minding typed text) and keeps Left, Right, Home and End for its cursor.
    const bool spinBoxStep = watched == m_spinBox && event->type() == QEvent::KeyPress
        && (static_cast<QKeyEvent *>(event)->modifiers() & Qt::ShiftModifier);
    if (event->type() == QEvent::KeyPress && (watched == m_slider || spinBoxStep)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool fine = key->modifiers() & Qt::ShiftModifier;
        if (watched == m_spinBox && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right))
            return QWidget::eventFilter(watched, event); // Shift+arrow selects text there
        const double step = fine ? kFineStep : defaults::kStep;
        const double page = fine ? kFineStep * 10.0 : kPageStep;
        switch (key->key()) {
        case Qt::Key_Left:
        case Qt::Key_Down:
            stepBy(-step);
            return true;
        case Qt::Key_Right:
        case Qt::Key_Up:
            stepBy(step);
            return true;
        case Qt::Key_PageDown:
            stepBy(-page);
            return true;
        case Qt::Key_PageUp:
            stepBy(page);
            return true;
        case Qt::Key_Home:
        case Qt::Key_End:
            if (watched == m_slider) {
                setValue(key->key() == Qt::Key_Home ? 0.0 : 1.0);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProbabilitySlider::setSweepSeconds(double seconds)
{
    if (!(seconds > 0.0) || seconds == m_sweepSeconds)
        return;
    m_phaseAtStart = m_sweepPhase; // the speed changes from here on, without a jump
    m_sweepStart = m_sweep.clock() ? m_sweep.clock()->now() : 0;
    m_sweepSeconds = seconds;
}

void ProbabilitySlider::setPlaying(bool playing)
{
    if (playing == isPlaying())
        return;
    if (playing) {
        // Start where the value is, heading up (or down from the top).
        const double at = std::clamp((m_value - kSweepLow) / (kSweepHigh - kSweepLow), 0.0, 1.0);
        m_phaseAtStart = m_sweepPhase = at >= 1.0 ? 0.5 : at / 2.0;
        m_sweepStart = m_sweep.clock() ? m_sweep.clock()->now() : 0;
        m_sweep.start();
    } else {
        m_sweep.stop();
    }
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(playing);
    m_play->setIcon(playIcon(m_play, playing));
    m_play->setToolTip(playing ? tr("Stop the sweep of %1").arg(m_label->text())
                               : tr("Sweep %1 back and forth").arg(m_label->text()));
    emit playingChanged(playing);
}

void ProbabilitySlider::advanceSweep()
{
    // From the clock, not by counting ticks: a late frame catches up instead of slowing the sweep.
    // The window's clock (see Clock): under `entropylab fuzz` it is the fuzz's, not the wall's.
    if (!m_sweep.clock())
        return;
    const double elapsed = double(m_sweep.clock()->now() - m_sweepStart) * 1e-3;
    m_sweepPhase = std::fmod(m_phaseAtStart + elapsed / m_sweepSeconds, 1.0);
    const double triangle = m_sweepPhase < 0.5 ? 2.0 * m_sweepPhase : 2.0 - 2.0 * m_sweepPhase;
    setValue(onGrid(kSweepLow + triangle * (kSweepHigh - kSweepLow)));
}

} // namespace widgets
