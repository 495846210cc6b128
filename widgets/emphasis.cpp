#include "emphasis.h"

#include "clock.h"
#include "palette.h"

#include <QEvent>
#include <QPainter>
#include <QPointer>
#include <QWidget>

namespace widgets {

namespace {

// A transparent child covering its parent, painting only a frame, and following its size.
class EmphasisFrame : public QWidget
{
public:
    EmphasisFrame(QWidget *target, int milliseconds)
        : QWidget(target)
    {
        setObjectName(QStringLiteral("emphasisFrame"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setGeometry(target->rect());
        target->installEventFilter(this);
        // On the window's clock: the frame is a widget the fuzz could click, so when it goes must not
        // hang on the machine's speed. It hides at once; deleting it waits for the event loop.
        auto *timer = new ClockTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(milliseconds);
        connect(timer, &ClockTimer::timeout, this, [this] {
            hide();
            deleteLater();
        });
        timer->start();
        show();
        raise();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        return false;
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const int width = 5;
        painter.setPen(QPen(palette::kModel, width)); // Okabe-Ito vermillion: seen in any theme
        painter.drawRoundedRect(QRectF(rect()).adjusted(width / 2.0, width / 2.0, -width / 2.0, -width / 2.0), 6, 6);
    }
};

} // namespace

void emphasize(QWidget *target, int milliseconds)
{
    if (!target)
        return;
    if (auto *old = target->findChild<QWidget *>(QStringLiteral("emphasisFrame"), Qt::FindDirectChildrenOnly))
        delete old;
    new EmphasisFrame(target, milliseconds);
}

} // namespace widgets
