#pragma once

#include <QWidget>

class QSpinBox;

namespace widgets {

class SamplingPanel;

// The sampling panel with its toolbar above it: buttons drawing 1, 10 or 100 samples from p, the
// random seed (the same seed draws the same samples) and Restart, which forgets the samples.
class SamplingView : public QWidget
{
    Q_OBJECT

public:
    // Takes `panel` as its child, below the toolbar.
    explicit SamplingView(SamplingPanel *panel, QWidget *parent = nullptr);

    SamplingPanel *panel() const { return m_panel; }
    QSpinBox *seedBox() const { return m_seed; }

private:
    SamplingPanel *m_panel;
    QSpinBox *m_seed;
};

} // namespace widgets
