#pragma once

#include <QList>
#include <QMainWindow>

namespace widgets {
class ControlPanel;
class LessonState;
class PlotPanel;
class ReadoutPanel;
} // namespace widgets

namespace app {

// The lesson window: the controls on top, five plot panels and the readouts below in resizable
// splitters, all around one LessonState.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    widgets::LessonState *state() const { return m_state; }
    widgets::ControlPanel *controls() const { return m_controls; }
    widgets::ReadoutPanel *readouts() const { return m_readouts; }
    // Information, binary entropy, cross entropy, KL, loss: in the order of the lesson.
    const QList<widgets::PlotPanel *> &panels() const { return m_panels; }

    // Paints every visible panel now rather than at the next frame; the panels redraw their
    // buffers as soon as the state changes, so this puts the current state on screen.
    void replotNow();

    QSize sizeHint() const override;

private:
    void createMenus();
    void showAbout();

    widgets::LessonState *m_state;
    widgets::ControlPanel *m_controls;
    widgets::ReadoutPanel *m_readouts;
    QList<widgets::PlotPanel *> m_panels;
};

} // namespace app
