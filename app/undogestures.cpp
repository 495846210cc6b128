#include "undogestures.h"

#include "widgets/model/lessonhistory.h"

#include "widgets/probabilityslider.h"
#include "widgets/statetransition.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace app {

UndoGestures::UndoGestures(QWidget *window, widgets::LessonHistory *history)
    : QObject(history)
    , m_window(window)
    , m_history(history)
{
    QCoreApplication::instance()->installEventFilter(this);
}

UndoGestures::~UndoGestures()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void UndoGestures::follow(widgets::ProbabilitySlider *slider)
{
    connect(slider, &widgets::ProbabilitySlider::playingChanged, this,
            [this](bool playing) { playing ? m_history->beginGesture() : m_history->endGesture(); });
}

void UndoGestures::follow(widgets::StateTransition *transition)
{
    connect(transition, &widgets::StateTransition::started, m_history, &widgets::LessonHistory::beginGesture);
    connect(transition, &widgets::StateTransition::finished, m_history, &widgets::LessonHistory::endGesture);
}

bool UndoGestures::eventFilter(QObject *watched, QEvent *event)
{
    // The press may come to a widget of another window (a dialog): only the window's own count.
    if (event->type() == QEvent::MouseButtonPress && !m_mouseGesture && watched->isWidgetType()
        && m_window->isAncestorOf(static_cast<QWidget *>(watched))) {
        m_mouseGesture = true;
        m_history->beginGesture();
    } else if (event->type() == QEvent::MouseButtonRelease && m_mouseGesture) {
        m_mouseGesture = false;
        m_history->endGesture();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace app
