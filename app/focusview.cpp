#include "focusview.h"

#include "widgets/model/lessonstate.h"
#include "widgets/panelcatalog.h"
#include "widgets/readoutpanel.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace app {

namespace {

constexpr int kMargin = 8; // px around the panel and the readouts
constexpr double kMinPanelShare = 0.55; // of the width (or height) the panel keeps beside the readouts

} // namespace

FocusView::FocusView(widgets::LessonState *state, const QStringList &names, const widgets::Theme &shown,
                     QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_names(names)
    , m_readouts(new widgets::ReadoutPanel(state, this))
    , m_readoutBox(new QWidget(this))
    , m_shownTheme(shown)
    , m_theme(shown)
{
    setObjectName(QStringLiteral("focusView"));
    setFocusPolicy(Qt::StrongFocus); // Left and Right step through the panels
    setAccessibleName(tr("Focus view"));
    m_readouts->setObjectName(QStringLiteral("focusReadouts"));
    m_readouts->hide(); // the source of the lines' text
    m_readoutBox->setObjectName(QStringLiteral("focusReadoutLines"));
    auto *lines = new QVBoxLayout(m_readoutBox);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->addStretch(1);
    // After the ReadoutPanel's own connection: its text is new when the lines copy it.
    connect(m_state, &widgets::LessonState::changed, this, &FocusView::showReadouts);
}

QList<QLabel *> FocusView::readoutLines() const
{
    QList<QLabel *> shown;
    if (!m_readoutBox->isVisibleTo(this))
        return shown;
    for (QLabel *line : m_readoutBox->findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
        shown.append(line);
    return shown;
}

QStringList FocusView::readoutKeys(const QString &panelName)
{
    static const QHash<QString, QStringList> keys = {
        {QStringLiteral("information"), {QStringLiteral("information")}},
        {QStringLiteral("entropy"), {QStringLiteral("entropy_p"), QStringLiteral("entropy_q")}},
        {QStringLiteral("cross-entropy"),
         {QStringLiteral("cross_entropy"), QStringLiteral("entropy_p"), QStringLiteral("kl")}},
        {QStringLiteral("kl"), {QStringLiteral("kl"), QStringLiteral("kl_reverse")}},
        {QStringLiteral("loss"), {QStringLiteral("loss"), QStringLiteral("squared_error")}},
        {QStringLiteral("distribution"), {QStringLiteral("entropy_p"), QStringLiteral("entropy_q")}},
        {QStringLiteral("contributions"),
         {QStringLiteral("entropy_p"), QStringLiteral("cross_entropy"), QStringLiteral("kl")}},
        {QStringLiteral("code-length"),
         {QStringLiteral("entropy_p"), QStringLiteral("cross_entropy"), QStringLiteral("kl")}},
        {QStringLiteral("sampling"), {QStringLiteral("entropy_p"), QStringLiteral("cross_entropy")}},
    };
    return keys.value(panelName);
}

QString FocusView::resultOnly(const QString &readout)
{
    QStringList results;
    for (const QString &part : readout.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList sides = part.trimmed().split(QStringLiteral(" = "));
        results << (sides.size() > 2 ? sides.front() + QStringLiteral(" = ") + sides.back() : part.trimmed());
    }
    return results.join(QLatin1Char('\n'));
}

void FocusView::showPanel(const QString &name)
{
    if (!m_names.contains(name) || (name == m_shown && m_panel))
        return;
    // A new panel of that name: the old one goes, with its connections to the state. Hidden first,
    // while it is whole: the mouse leaving it reaches its hover's filter (a visible widget's
    // destructor would send that leave when the panel is half destroyed).
    if (m_panel)
        m_panel->hide();
    delete m_panel;
    m_panel = widgets::createPanel(name, m_state, m_theme, this);
    m_panel->setConcealment(m_concealment);
    m_panel->setAccessibleName(m_panel->title());
    m_shown = name;
    // The lines of this panel's readouts, in the view's type.
    qDeleteAll(m_readoutBox->findChildren<QLabel *>(Qt::FindDirectChildrenOnly));
    auto *lines = static_cast<QVBoxLayout *>(m_readoutBox->layout());
    for (const QString &key : readoutKeys(name)) {
        auto *line = new QLabel(m_readoutBox);
        line->setObjectName(key);
        line->setTextFormat(Qt::PlainText);
        lines->insertWidget(lines->count() - 1, line);
        // Shown now, not at the layout's queued show: the room the lines need is measured below, and
        // a hidden line would measure nothing and hide the whole box.
        line->show();
    }
    showReadouts();
    arrange();
    m_panel->show();
    emit panelShown(name);
}

void FocusView::step(int by)
{
    if (m_names.isEmpty())
        return;
    const qsizetype count = m_names.size();
    const qsizetype at = std::max<qsizetype>(m_names.indexOf(m_shown), 0);
    showPanel(m_names[((at + by) % count + count) % count]);
}

void FocusView::setTheme(const widgets::Theme &shown, double zoom)
{
    m_shownTheme = shown;
    m_zoom = zoom;
    applyTheme();
}

void FocusView::setConcealment(widgets::PlotPanel::Concealment concealment)
{
    m_concealment = concealment;
    if (m_panel)
        m_panel->setConcealment(concealment);
    m_readouts->setConcealed(concealment != widgets::PlotPanel::Concealment::None);
    showReadouts();
}

double FocusView::fontSizeForHeight(widgets::Theme theme, double pixels)
{
    // Proportional first, then up in quarter points until the whole-pixel line height reaches it
    // (the metrics round, and bold may be taller).
    const double measured = QFontMetricsF(theme.font()).height();
    if (measured > 0)
        theme.fontSize *= pixels / measured;
    for (int i = 0; i < 40; ++i) {
        if (QFontMetrics(theme.font()).height() >= pixels && QFontMetrics(theme.font(1.0, true)).height() >= pixels)
            break;
        theme.fontSize += 0.25;
    }
    return theme.fontSize;
}

void FocusView::showReadouts()
{
    for (QLabel *line : m_readoutBox->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
        const QString readout = m_readouts->readout(line->objectName());
        line->setText(resultOnly(readout));
        line->setToolTip(readout);
    }
    arrange(); // a longer number may need more room, or none left
}

void FocusView::applyTheme()
{
    // The height the class sees: the whole screen while presenting (the view fills most of it).
    const int screenHeight = window() ? window()->height() : height();
    const double floor = fontSizeForHeight(m_shownTheme, kTextShare * screenHeight);
    m_theme = m_shownTheme;
    m_theme.fontSize = floor * std::max(1.0, m_zoom); // zooming out never goes below the floor
    // Type so large that the plot area would shrink under a quarter of the view gets smaller (never
    // under the floor): the zoom keys never push the plot out of view.
    for (int i = 0; i < 12; ++i) {
        m_readouts->setFont(m_theme.font());
        m_readoutBox->setFont(m_theme.font());
        if (m_panel)
            m_panel->setTheme(m_theme);
        arrange();
        if (!m_panel || m_theme.fontSize <= floor)
            break;
        m_panel->replot(QCustomPlot::rpImmediateRefresh);
        if (m_panel->axisRect()->rect().height() >= kMinPlotShare * height())
            break;
        m_theme.fontSize = std::max(floor, m_theme.fontSize * 0.85);
    }
}

void FocusView::arrange()
{
    if (!m_panel)
        return;
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QSize wanted = m_readoutBox->sizeHint();
    const bool any = !readoutKeys(m_shown).isEmpty();
    QRect panelRect = area;
    QRect readoutRect;
    // Beside the panel on a wide view, under it on a tall one; without them where neither leaves
    // the panel most of the room.
    if (!any) {
    } else if (wanted.height() <= area.height()
               && area.width() - wanted.width() - kMargin >= kMinPanelShare * area.width()) {
        readoutRect = QRect(area.right() - wanted.width() + 1, area.top(), wanted.width(), area.height());
        panelRect.setRight(readoutRect.left() - kMargin - 1);
    } else if (wanted.width() <= area.width()
               && area.height() - wanted.height() - kMargin >= kMinPanelShare * area.height()) {
        readoutRect = QRect(area.left(), area.bottom() - wanted.height() + 1, area.width(), wanted.height());
        panelRect.setBottom(readoutRect.top() - kMargin - 1);
    }
    m_panel->setGeometry(panelRect);
    m_readoutBox->setVisible(readoutRect.isValid());
    if (readoutRect.isValid())
        m_readoutBox->setGeometry(readoutRect);
}

void FocusView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier && (event->key() == Qt::Key_Right || event->key() == Qt::Key_Left)) {
        step(event->key() == Qt::Key_Right ? 1 : -1);
        return;
    }
    QWidget::keyPressEvent(event);
}

void FocusView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyTheme(); // the type follows the screen's height
}

} // namespace app
