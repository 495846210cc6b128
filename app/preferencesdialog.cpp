#include "preferencesdialog.h"

#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace app {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
{
    setWindowTitle(tr("Preferences"));
    for (const auto &[language, name] : availableLanguages())
        m_language->addItem(name, language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting())));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of menus, dialogs and figures"));

    auto *note = new QLabel(tr("The window reopens in the new language; the lesson stays as it is."));
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
}

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::accept()
{
    setLanguageSetting(chosenLanguage());
    QDialog::accept();
}

} // namespace app
