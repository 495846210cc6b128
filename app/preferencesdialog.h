#pragma once

#include <QDialog>

class QComboBox;

namespace app {

// Settings > Preferences: the language of the user interface (System default, English, 简体中文).
// Accepting stores the choice with setLanguageSetting(); the dialog changes nothing on screen
// itself: a note says that the window reopens in the new language (main() rebuilds it).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The language as chosen: "" (follow the system), "en" or "zh_CN".
    QString chosenLanguage() const;
    QComboBox *languageBox() const { return m_language; }

    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace app
