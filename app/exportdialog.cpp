#include "exportdialog.h"

#include "widgets/panelcatalog.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace app {

namespace {

const QString kAllPanels = QStringLiteral("all");

QString panelLabel(const QString &name)
{
    static const QHash<QString, const char *> labels = {
        {"information", QT_TRANSLATE_NOOP("app::ExportDialog", "Information of one event")},
        {"entropy", QT_TRANSLATE_NOOP("app::ExportDialog", "Binary entropy")},
        {"cross-entropy", QT_TRANSLATE_NOOP("app::ExportDialog", "Cross entropy")},
        {"kl", QT_TRANSLATE_NOOP("app::ExportDialog", "KL divergence")},
        {"loss", QT_TRANSLATE_NOOP("app::ExportDialog", "Loss of logistic regression")},
        {"distribution", QT_TRANSLATE_NOOP("app::ExportDialog", "The distributions p and q")},
    };
    return QCoreApplication::translate("app::ExportDialog", labels.value(name, "?"));
}

} // namespace

ExportDialog::ExportDialog(const QString &currentPanel, const QString &theme, QWidget *parent)
    : QDialog(parent)
    , m_panel(new QComboBox)
    , m_format(new QComboBox)
    , m_width(new QSpinBox)
    , m_height(new QSpinBox)
    , m_scale(new QDoubleSpinBox)
    , m_theme(new QComboBox)
    , m_showTitle(new QCheckBox(tr("Title")))
    , m_title(new QLineEdit)
    , m_caption(new QCheckBox(tr("Caption with the parameters (p = 0.30, q = 0.60, bits)")))
    , m_path(new QLineEdit)
    , m_summary(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Export figure"));
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));

    for (const QString &name : widgets::panelNames())
        m_panel->addItem(panelLabel(name), name);
    m_panel->addItem(tr("All panels"), kAllPanels);
    m_panel->setCurrentIndex(std::max(0, m_panel->findData(currentPanel)));

    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG vector drawing"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF vector document"), QStringLiteral("pdf"));
    m_format->addItem(tr("LaTeX (PGFPlots) figure"), QStringLiteral("tex"));
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.value("format", "png"))));

    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(1, widgets::kMaxFigureSide);
        side->setSuffix(tr(" px"));
        side->setAccessibleName(side == m_width ? tr("Width") : tr("Height"));
    }
    m_width->setValue(settings.value("width", 1600).toInt());
    m_height->setValue(settings.value("height", 900).toInt());
    m_scale->setRange(0.25, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setPrefix(QStringLiteral("× "));
    m_scale->setValue(settings.value("scale", 1.0).toDouble());
    m_scale->setAccessibleName(tr("Scale"));

    for (const QString &name : widgets::Theme::names())
        m_theme->addItem(widgets::Theme::byName(name)->displayName(), name);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.value("theme", theme))));

    m_title->setPlaceholderText(tr("the panel's own title"));
    m_showTitle->setChecked(settings.value("showTitle", true).toBool());
    m_caption->setChecked(settings.value("caption", false).toBool());

    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString folder = settings.value("folder", pictures.isEmpty() ? QDir::homePath() : pictures).toString();
    m_path->setText(QDir(folder).filePath(m_panel->currentData().toString() + QLatin1Char('.')
                                          + m_format->currentData().toString()));
    auto *browse = new QPushButton(tr("Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(new QLabel(tr("scale")));
    sizeRow->addWidget(m_scale);
    sizeRow->addStretch(1);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_showTitle);
    titleRow->addWidget(m_title, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Panel:"), m_panel);
    form->addRow(tr("&Format:"), m_format);
    auto *sizeLabel = new QLabel(tr("&Size:"));
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), titleRow);
    form->addRow(QString(), m_caption);
    auto *fileLabel = new QLabel(tr("F&ile:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(QString(), m_summary);
    m_summary->setWordWrap(true);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_showTitle, &QCheckBox::toggled, m_title, &QWidget::setEnabled);
    for (QObject *input : std::initializer_list<QObject *> {m_panel, m_format})
        connect(qobject_cast<QComboBox *>(input), &QComboBox::currentIndexChanged, this, &ExportDialog::updateSummary);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(m_height, &QSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateSummary);
    m_title->setEnabled(m_showTitle->isChecked());
    formatChanged();
}

widgets::FigureFormat ExportDialog::format() const
{
    return *widgets::figureFormatByName(m_format->currentData().toString());
}

FigureJob ExportDialog::job() const
{
    FigureJob job;
    const QString panel = m_panel->currentData().toString();
    widgets::FigureOptions &o = job.options;
    o.format = format();
    job.panels = panel == kAllPanels ? allPanels(o.format) : QStringList {panel};
    job.out = m_path->text().trimmed();
    o.width = m_width->value();
    o.height = m_height->value();
    o.scale = o.format == widgets::FigureFormat::Png ? m_scale->value() : 1.0;
    o.theme = *widgets::Theme::byName(m_theme->currentData().toString());
    if (!m_showTitle->isChecked())
        o.title = QString();
    else if (!m_title->text().trimmed().isEmpty())
        o.title = m_title->text().trimmed();
    o.caption = m_caption->isChecked();
    return job;
}

void ExportDialog::formatChanged()
{
    m_scale->setEnabled(format() == widgets::FigureFormat::Png);
    // The file name follows the format: figure.png becomes figure.svg.
    const QString path = m_path->text();
    const QFileInfo info(path);
    const QString suffix = m_format->currentData().toString();
    if (widgets::figureFormatByName(info.suffix().toLower()))
        m_path->setText(path.chopped(info.suffix().size()) + suffix);
    updateSummary();
}

void ExportDialog::updateSummary()
{
    const FigureJob job = this->job();
    QString text;
    const int pixelsWide = qRound(job.options.width * job.options.scale);
    const int pixelsHigh = qRound(job.options.height * job.options.scale);
    if (pixelsWide > widgets::kMaxFigureSide || pixelsHigh > widgets::kMaxFigureSide) {
        text = tr("%1 × %2 pixels is too large: at most %3 a side.")
                   .arg(pixelsWide)
                   .arg(pixelsHigh)
                   .arg(widgets::kMaxFigureSide);
    } else if (!job.out.isEmpty()) {
        const QStringList files = plannedFiles(job);
        text = files.size() == 1
            ? tr("Writes %1").arg(QDir::toNativeSeparators(files.front()))
            : tr("Writes %n files, e.g. %1", nullptr, int(files.size())).arg(QDir::toNativeSeparators(files.front()));
        if (job.options.format == widgets::FigureFormat::Png)
            text += tr(" (%1 × %2 pixels)").arg(pixelsWide).arg(pixelsHigh);
    }
    m_summary->setText(text);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!job.out.isEmpty() && pixelsWide <= widgets::kMaxFigureSide
                               && pixelsHigh <= widgets::kMaxFigureSide);
    }
}

void ExportDialog::browse()
{
    const QString suffix = m_format->currentData().toString();
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export figure"), m_path->text(), filter);
    if (path.isEmpty())
        return;
    m_path->setText(QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix : path);
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    const QFileInfo out(m_path->text().trimmed());
    settings.setValue("folder", out.isDir() ? out.absoluteFilePath() : out.absolutePath());
    settings.setValue("format", m_format->currentData());
    settings.setValue("width", m_width->value());
    settings.setValue("height", m_height->value());
    settings.setValue("scale", m_scale->value());
    settings.setValue("theme", m_theme->currentData());
    settings.setValue("showTitle", m_showTitle->isChecked());
    settings.setValue("caption", m_caption->isChecked());
}

void ExportDialog::accept()
{
    saveSettings();
    QDialog::accept();
}

} // namespace app
