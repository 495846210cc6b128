#pragma once

#include "figurejob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace app {

// File > Export: which panel (or all), the format, the size, the theme, a title and a caption,
// and the file. Remembers the last folder and options between runs (QSettings).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `currentPanel` is preselected; `theme` is the window's, the default for the figure.
    ExportDialog(const QString &currentPanel, const QString &theme, QWidget *parent = nullptr);

    // The export as chosen; valid once the dialog is accepted.
    FigureJob job() const;

    QComboBox *panelBox() const { return m_panel; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QDoubleSpinBox *scaleBox() const { return m_scale; }
    QCheckBox *captionBox() const { return m_caption; }
    QLineEdit *pathEdit() const { return m_path; }

    void accept() override;

private:
    void browse();
    void formatChanged();
    void updateSummary();
    void saveSettings() const;
    widgets::FigureFormat format() const;

    QComboBox *m_panel;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QComboBox *m_theme;
    QCheckBox *m_showTitle;
    QLineEdit *m_title;
    QCheckBox *m_caption;
    QLineEdit *m_path;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace app
