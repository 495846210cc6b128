#pragma once

#include "figurejob.h"
#include "widgets/theme.h"

#include <QList>
#include <QMainWindow>

class QTabWidget;

namespace widgets {
class ControlPanel;
class DistributionEditor;
class SamplingPanel;
class LessonState;
class PlotPanel;
class ReadoutPanel;
} // namespace widgets

namespace app {

// The lesson window: the controls on top, then two pages around one LessonState: "Two outcomes",
// the plot panels in two rows of resizable splitters with the readouts, and "Many outcomes", the
// distribution editor beside the contributions, the code lengths and sampling.
// File > Export writes figures of the panels.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    widgets::LessonState *state() const { return m_state; }
    widgets::ControlPanel *controls() const { return m_controls; }
    widgets::ReadoutPanel *readouts() const { return m_readouts; }
    // The pages: "Two outcomes" (the lesson) and "Many outcomes" (the distribution editor).
    QTabWidget *pages() const { return m_pages; }
    widgets::DistributionEditor *editor() const { return m_editor; }
    widgets::SamplingPanel *samplingPanel() const;
    // Information, binary entropy, cross entropy, KL, loss, the distributions: in the lesson's order.
    const QList<widgets::PlotPanel *> &panels() const { return m_panels; }
    widgets::PlotPanel *panel(const QString &name) const;
    // The panel last clicked (the first one at the start): what Export and Copy figure take.
    QString currentPanel() const { return m_currentPanel; }
    void setCurrentPanel(const QString &name);

    const widgets::Theme &theme() const { return m_theme; }
    // Redraws every panel in the theme; remembered for the next start.
    void setTheme(const widgets::Theme &theme);

    // Writes the job for the window's current state (which stays as it is); returns the files
    // written or throws ExportError.
    QStringList exportFigures(const FigureJob &job);
    // File > Export: the dialog, open without blocking; accepting it exports.
    void showExportDialog();
    // Edit > Copy figure: the current panel as on screen, as an image and as SVG.
    void copyFigure();

    // Paints every visible panel now rather than at the next frame; the panels redraw their
    // buffers as soon as the state changes, so this puts the current state on screen.
    void replotNow();

    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createPanels();
    QWidget *createSamplingView();
    void createMenus();
    void showAbout();

    widgets::LessonState *m_state;
    widgets::ControlPanel *m_controls;
    widgets::ReadoutPanel *m_readouts;
    QList<widgets::PlotPanel *> m_panels;
    QTabWidget *m_pages = nullptr;
    widgets::DistributionEditor *m_editor = nullptr;
    widgets::Theme m_theme;
    QString m_currentPanel;
};

} // namespace app
