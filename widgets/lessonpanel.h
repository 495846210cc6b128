#pragma once

#include "model/lessonfile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;

namespace widgets {

class LessonState;

// The lesson compiled in for `language` (":/lessons/<language>.json", e.g. "zh_CN"), else for its
// language without the territory ("de_AT" -> "de"), else English. Throws std::runtime_error when
// the file found does not parse, which the tests rule out for the built-in files.
std::vector<LessonStep> builtInLesson(const QString &language);

// The guided lesson as a side panel: one step at a time, "Step k of n", its title, text, formula
// and "Try this" prompts, a "Show me" button that sets the lesson's state to the step's example,
// and Previous / Next. Meant for a dock about 320 to 380 px wide: everything wraps, and a long
// step scrolls vertically, never sideways. A lesson that fails to load leaves the panel empty
// (stepCount() 0, currentStep() -1) with a warning.
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(LessonState *state, QWidget *parent = nullptr);
    // `language` as the translator uses it ("en", "zh_CN"); see builtInLesson().
    LessonPanel(LessonState *state, const QString &language, QWidget *parent = nullptr);

    int stepCount() const { return int(m_steps.size()); }
    int currentStep() const { return m_current; }
    // index in [0, stepCount()).
    const LessonStep &step(int index) const { return m_steps.at(std::size_t(index)); }

    // Loads the lesson in another language, staying on the step with the same id.
    void setLanguage(const QString &language);

    QLabel *positionLabel() const { return m_position; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *textLabel() const { return m_text; }
    QLabel *formulaLabel() const { return m_formula; }
    QLabel *tryLabel() const { return m_try; }
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *showMeButton() const { return m_showMe; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }

    QSize sizeHint() const override;

public slots:
    // Clamped into the lesson; emits stepChanged() when the step changes.
    void setStep(int index);
    void nextStep() { setStep(m_current + 1); }
    void previousStep() { setStep(m_current - 1); }
    // Sets the state to the current step's example in one change (one LessonState::changed()),
    // shows what to notice, then emits exampleShown() with the example's panel.
    void showExample();

signals:
    void stepChanged(int index);
    // After showExample(): the window should bring this panel ("entropy", "loss", ...) into view.
    void exampleShown(const QString &panelName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStep();

    LessonState *m_state;
    std::vector<LessonStep> m_steps;
    int m_current = -1;

    QLabel *m_position;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_formula;
    QLabel *m_tryHeading;
    QLabel *m_try;
    QPushButton *m_showMe;
    QLabel *m_notice;
    QPushButton *m_previous;
    QPushButton *m_next;
};

} // namespace widgets
