#pragma once

#include <QMainWindow>

namespace widgets {
class LessonState;
}

namespace app {

// The lesson window: assembles the controls and plot panels around one LessonState.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    widgets::LessonState *state() const { return m_state; }

private:
    widgets::LessonState *m_state;
};

} // namespace app
