#include "widgets/model/lessonhistory.h"

#include <QUndoCommand>

#include <utility>

namespace widgets {

// One step: the state before and after it.
class HistoryStep : public QUndoCommand
{
public:
    HistoryStep(LessonHistory *history, widgets::LessonSnapshot before, widgets::LessonSnapshot after)
        : QUndoCommand(QObject::tr("change"))
        , m_history(history)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    void undo() override { apply(m_before); }
    void redo() override
    {
        if (!std::exchange(m_done, false)) // push() calls redo() on a step that has just happened
            apply(m_after);
    }

private:
    void apply(const widgets::LessonSnapshot &snapshot)
    {
        m_history->m_applying = true;
        m_history->m_state->restore(snapshot);
        m_history->m_applying = false;
        m_history->m_recorded = snapshot;
    }

    LessonHistory *m_history;
    widgets::LessonSnapshot m_before;
    widgets::LessonSnapshot m_after;
    bool m_done = true;
};

LessonHistory::LessonHistory(widgets::LessonState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_recorded(state->snapshot())
{
    m_stack.setUndoLimit(1000);
    connect(m_state, &widgets::LessonState::changed, this, [this] {
        if (!m_applying && m_gestureDepth == 0)
            record();
    });
}

void LessonHistory::beginGesture()
{
    ++m_gestureDepth;
}

void LessonHistory::endGesture()
{
    if (m_gestureDepth > 0 && --m_gestureDepth == 0)
        record();
}

void LessonHistory::clear()
{
    m_stack.clear();
    m_recorded = m_state->snapshot();
}

void LessonHistory::record()
{
    widgets::LessonSnapshot now = m_state->snapshot();
    if (now == m_recorded)
        return; // only the highlight moved, or a gesture ended where it began
    m_stack.push(new HistoryStep(this, m_recorded, now));
    m_recorded = std::move(now);
}

} // namespace widgets
