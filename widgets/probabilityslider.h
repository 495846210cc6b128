#pragma once

#include "clock.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

namespace widgets {

// A probability in [0, 1] as a slider beside a spin box with 4 decimals, kept in step, and a play
// button that sweeps the value back and forth. Arrow keys move by 0.01, Page Up/Down by 0.1, either
// with Shift by 0.001; Home and End go to 0 and 1. Emits valueChanged only for the user's edits
// and for setValue() calls that change the value.
//
// A drag of the handle is coalesced: a fast drag delivers several mouse moves a frame, and each
// would recompute and redraw every panel. While the handle is held, the slider's position is kept
// and applied once, by a queued call that runs after the event loop has handled the moves that
// came together, so the value (and the lesson) changes at most once per pass of the event loop,
// to the last position. The release applies a held value at once, before anything else sees the
// release (the undo history closes its step there), so a drag still ends exactly where the hand
// let go. Keys, the spin box, setValue and the sweep change the value at once, as before.
class ProbabilitySlider : public QWidget
{
    Q_OBJECT

public:
    ProbabilitySlider(const QString &name, const QString &description, QWidget *parent = nullptr);

    double value() const { return m_value; }
    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spinBox; }
    QToolButton *playButton() const { return m_play; }

    bool isPlaying() const { return m_sweep.isActive(); }
    // Seconds for one sweep there and back (from kSweepLow to kSweepHigh and back).
    double sweepSeconds() const { return m_sweepSeconds; }
    void setSweepSeconds(double seconds);
    // The sweep stays inside these so the curves' markers never leave the plots.
    static constexpr double kSweepLow = 0.01;
    static constexpr double kSweepHigh = 0.99;

public slots:
    void setValue(double value);
    void setPlaying(bool playing);

signals:
    void valueChanged(double value);
    void playingChanged(bool playing);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showValue();
    void stepBy(double delta);
    void advanceSweep();
    // The drag's held position, if any, applied now (see the class comment).
    void applyHeldValue();

    QLabel *m_label;
    QSlider *m_slider;
    QDoubleSpinBox *m_spinBox;
    QToolButton *m_play;
    double m_value = 0.0;
    double m_held = -1.0; // a drag's position not yet applied; negative for none
    bool m_applyQueued = false;
    QObject *m_releaseWatch = nullptr; // applies a held value before the release reaches anyone

    ClockTimer m_sweep; // one tick a frame while playing, on the window's clock
    qint64 m_sweepStart = 0; // the clock's time when the sweep started or changed speed
    double m_sweepSeconds = 10.0;
    double m_sweepPhase = 0.0; // where in [0, 1) of one there-and-back sweep the value is
    double m_phaseAtStart = 0.0;
};

} // namespace widgets
