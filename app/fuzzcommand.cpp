#include "fuzzcommand.h"

#include "core/commandline.h"
#include "core/distribution.h"
#include "core/loss.h"
#include "core/numberparse.h"
#include "document.h"
#include "mainwindow.h"
#include "widgets/model/session.h"
#include "widgets/clock.h"
#include "widgets/controlpanel.h"
#include "widgets/model/lessonstate.h"
#include "widgets/numberformat.h"
#include "widgets/plotpanel.h"
#include "widgets/readoutpanel.h"

#include <QAbstractAnimation>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleHints>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <optional>
#include <random>

namespace app {

namespace {

struct FuzzOptions
{
    long long events = 1000;
    unsigned long long seed = 1;
    int autosaveEvery = 0; // 0: never, and the user's files stay untouched (test mode)
    bool json = false;
    bool trace = false; // every event on stderr as it is sent
};

FuzzOptions readOptions(const core::CommandLine &given)
{
    FuzzOptions options;
    options.events = given.whole("--events", 0, 1e9, options.events);
    options.seed = given.whole("--seed", 0, 9007199254740992.0, options.seed);
    options.autosaveEvery = int(given.whole("--autosave-every", 1, 1e6, options.autosaveEvery));
    options.json = given.count("--json");
    options.trace = given.count("--trace");
    return options;
}

// Qt's warnings while fuzzing: each one is a violation.
QStringList *g_warnings = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The offscreen platform says "This plugin does not support raise()" (grabbing the keyboard,
    // propagateSizeHints()) where a desktop would just do it: a limit of the platform, not the app.
    if (message.startsWith(QLatin1String("This plugin does not support ")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    if (g_warnings && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg))
        g_warnings->append(message);
}

const char *const kGarbage[] = {"-",    "1e999", "nan",  "0,5",  "0.3",  "",      "99",   "-0",  "0.",    "1e-320",
                                "inf",  "-inf",  "0.5e", "1",    "0",    "0.999", "1e-9", "..",  "e",     "-1",
                                "0x10", " 0.2",  "1/3",  "+0.7", "0.25", "7e-5",  "1,5",  "abc", "0.0001"};

const char *const kStateTexts[] = {
    "entropylab:1;p=0.3;q=0.6;y=1;yhat=0.8;unit=bits",
    "entropylab:1;p=0.2,0.3,0.5;q=0.1,0.1,0.8;labels=Sun,Rain,Snow;focus=1;lockedP=0,2;y=1;yhat=0.8;unit=nats",
    "entropylab:1;p=0;q=1;y=0;yhat=0;unit=bans",
    "entropylab:1;p=1;q=0;y=1;yhat=1;unit=bits",
    "entropylab:1;p=0.25,0.25,0.25,0.25;q=1,0,0,0;y=0;yhat=0.5;unit=bits",
    "entropylab:1;p=nan;q=0.6;y=1;yhat=0.8;unit=bits",
    "entropylab:1;p=1e999;q=0.6;y=1;yhat=0.8;unit=bits",
    "entropylab:2;p=0.3;q=0.6;y=1;yhat=0.8;unit=bits",
    "entropylab:1;p=0.3;p=0.3;q=0.6;y=1;yhat=0.8;unit=bits",
    "entropylab:1;p=0.5,0.6;q=0.5,0.5;y=1;yhat=0.8;unit=bits",
    "hello",
    "",
};

struct KeyPress
{
    int key;
    Qt::KeyboardModifiers modifiers;
    QString text;
};

QString describeKey(const KeyPress &press)
{
    return QKeySequence(QKeyCombination(press.modifiers, Qt::Key(press.key))).toString(QKeySequence::PortableText);
}

// The text a key types, as a keyboard would give it.
QString keyText(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return {};
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return QString(QChar('0' + (key - Qt::Key_0)));
    switch (key) {
    case Qt::Key_Minus:
        return QStringLiteral("-");
    case Qt::Key_Period:
        return QStringLiteral(".");
    case Qt::Key_Comma:
        return QStringLiteral(",");
    case Qt::Key_E:
        return (modifiers & Qt::ShiftModifier) ? QStringLiteral("E") : QStringLiteral("e");
    case Qt::Key_R:
        return QStringLiteral("r");
    case Qt::Key_Space:
        return QStringLiteral(" ");
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return QStringLiteral("\r");
    case Qt::Key_Tab:
        return QStringLiteral("\t");
    default:
        return {};
    }
}

KeyPress keyForCharacter(QChar c)
{
    const char16_t u = c.unicode();
    int key = Qt::Key_unknown;
    Qt::KeyboardModifiers modifiers = Qt::NoModifier;
    if (u >= '0' && u <= '9')
        key = Qt::Key_0 + (u - '0');
    else if (u >= 'a' && u <= 'z')
        key = Qt::Key_A + (u - 'a');
    else if (u >= 'A' && u <= 'Z') {
        key = Qt::Key_A + (u - 'A');
        modifiers = Qt::ShiftModifier;
    } else if (u == '-')
        key = Qt::Key_Minus;
    else if (u == '+')
        key = Qt::Key_Plus;
    else if (u == '.')
        key = Qt::Key_Period;
    else if (u == ',')
        key = Qt::Key_Comma;
    else if (u == ' ')
        key = Qt::Key_Space;
    else if (u == '/')
        key = Qt::Key_Slash;
    return {key, modifiers, QString(c)};
}

// The fuzz's time: every event takes this long, and a "wait" event lets up to kLongestWait pass,
// so sweeps, glides, highlights, messages and the autosave run as far as the seed says.
constexpr qint64 kEventMilliseconds = 40;
constexpr qint64 kLongestWait = 3000;

// Qt's own animations (a dock sliding into place, a tab bar's tabs) run on QUnifiedTimer, which
// reads the time from the installed animation driver: this one reads the fuzz's clock and moves
// a frame each time the clock passes one. It keeps running once started, so QUnifiedTimer never
// takes the wall time again to restart it.
class ClockAnimationDriver : public QAnimationDriver
{
public:
    explicit ClockAnimationDriver(widgets::ManualClock &clock)
        : m_clock(clock)
    {
        m_frames.setInterval(16);
        QObject::connect(&m_frames, &widgets::ClockTimer::timeout, &m_frames, [this] {
            if (isRunning())
                advance();
        });
        m_frames.start();
    }
    ~ClockAnimationDriver() override { uninstall(); }

    qint64 elapsed() const override { return m_clock.now() - m_startedAt; }

protected:
    void start() override
    {
        if (isRunning())
            return;
        m_startedAt = m_clock.now();
        QAnimationDriver::start();
    }
    void stop() override { } // see above

private:
    widgets::ManualClock &m_clock;
    widgets::ClockTimer m_frames; // made while the fuzz's clock is current
    qint64 m_startedAt = 0;
};

class Fuzzer
{
public:
    Fuzzer(MainWindow &window, const FuzzOptions &options, widgets::ManualClock &clock)
        : m_window(window)
        , m_clock(clock)
        , m_random(options.seed)
    {
        collectShortcuts();
        m_unblock.setInterval(0);
        QObject::connect(&m_unblock, &QTimer::timeout, &m_window, [this] { unblock(); });
    }

    // Sends one event and says what it was.
    QString send();
    // The first broken invariant, if any.
    std::optional<QString> check(QStringList &warnings) const;
    // Closes dialogs and popups.
    void settle();

private:
    std::uint64_t next(std::uint64_t bound) { return bound == 0 ? 0 : m_random() % bound; }
    double uniform() { return static_cast<double>(m_random() >> 11) * 0x1.0p-53; }
    QList<QWidget *> visibleWidgets() const;
    bool allowed(const QAction *action) const;
    void collectShortcuts();
    void sendKey(QWidget *target, const KeyPress &press);
    QString keyEvent();
    QString mouseEvent();
    QString typeEvent();
    QString actionEvent();
    QString fileEvent();
    QString pasteEvent();
    QString resizeEvent();
    QString pageEvent();
    QString waitEvent();
    QString sendOne();
    void unblock();

    MainWindow &m_window;
    widgets::ManualClock &m_clock;
    std::mt19937_64 m_random;
    QList<KeyPress> m_shortcuts;
    QList<QKeySequence> m_forbidden; // the shortcuts of the actions left out
    QTemporaryDir m_folder;
    QTimer m_unblock; // ends the nested loops a press may start (see send())
    bool m_sending = false;
};

QList<QWidget *> Fuzzer::visibleWidgets() const
{
    QList<QWidget *> shown;
    for (QWidget *widget : m_window.findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->isEnabled() && widget->window() == &m_window && widget->width() > 0
            && widget->height() > 0)
            shown.append(widget);
    }
    // A stable order: the widgets are made in the same order every run, but sort anyway so the
    // choice does not hang on findChildren's order.
    const auto key = [this](const QWidget *widget) {
        const QPoint at = widget->mapTo(&m_window, QPoint(0, 0));
        return QStringLiteral("%1|%2|%3,%4,%5,%6")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
            .arg(at.x())
            .arg(at.y())
            .arg(widget->width())
            .arg(widget->height());
    };
    std::stable_sort(shown.begin(), shown.end(), [&](const QWidget *a, const QWidget *b) { return key(a) < key(b); });
    return shown;
}

// Actions that would open a modal or file dialog, or close the window, are left out: the File menu
// but "Reset to the defaults", and the Help menu. Files are driven by fileEvent() instead.
bool Fuzzer::allowed(const QAction *action) const
{
    if (action->menu() || action->isSeparator())
        return false;
    const QList<QAction *> menus = m_window.menuBar()->actions();
    for (int i = 0; i < menus.size(); ++i) {
        const QMenu *menu = menus[i]->menu();
        if (!menu || !menu->actions().contains(const_cast<QAction *>(action)))
            continue;
        if (i == menus.size() - 1)
            return false; // Help: the shortcuts table and About
        if (i == 0) {
            // File: only Reset. Quit (the last) has QKeySequence::Quit, which is empty where the
            // platform binds no keys (offscreen): it would close the window for the rest of the run.
            return action->shortcut().isEmpty() && action != menu->actions().constLast();
        }
    }
    return true;
}

void Fuzzer::collectShortcuts()
{
    for (const QAction *action : m_window.findChildren<QAction *>()) {
        if (!allowed(action)) {
            m_forbidden.append(action->shortcuts());
            continue;
        }
        for (const QKeySequence &sequence : action->shortcuts()) {
            if (sequence.isEmpty())
                continue;
            const QKeyCombination combination = sequence[0];
            const auto key = int(combination.key());
            const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers();
            m_shortcuts.append({key, modifiers, keyText(key, modifiers)});
        }
    }
}

void Fuzzer::sendKey(QWidget *target, const KeyPress &press)
{
    QKeyEvent down(QEvent::KeyPress, press.key, press.modifiers, press.text);
    QApplication::sendEvent(target, &down);
    // The press may have moved the focus or closed the target: the release goes where keys go now.
    QWidget *receiver = QApplication::focusWidget() ? QApplication::focusWidget() : &m_window;
    QKeyEvent up(QEvent::KeyRelease, press.key, press.modifiers, press.text);
    QApplication::sendEvent(receiver, &up);
}

QString Fuzzer::keyEvent()
{
    static const int kKeys[]
        = {Qt::Key_Left,   Qt::Key_Right, Qt::Key_Up,     Qt::Key_Down,    Qt::Key_PageUp,   Qt::Key_PageDown,
           Qt::Key_Home,   Qt::Key_End,   Qt::Key_Tab,    Qt::Key_Backtab, Qt::Key_0,        Qt::Key_1,
           Qt::Key_5,      Qt::Key_9,     Qt::Key_Minus,  Qt::Key_Period,  Qt::Key_Comma,    Qt::Key_E,
           Qt::Key_Return, Qt::Key_Space, Qt::Key_Escape, Qt::Key_Delete,  Qt::Key_Backspace};
    KeyPress press;
    if (!m_shortcuts.isEmpty() && next(3) == 0) {
        press = m_shortcuts[int(next(std::uint64_t(m_shortcuts.size())))];
    } else {
        press.key = kKeys[next(std::size(kKeys))];
        const std::uint64_t modifier = next(8);
        press.modifiers = modifier == 0 ? Qt::ShiftModifier
            : modifier == 1             ? Qt::ControlModifier
            : modifier == 2             ? Qt::AltModifier
                                        : Qt::NoModifier;
        if (press.key == Qt::Key_Backtab)
            press.modifiers |= Qt::ShiftModifier;
        if (m_forbidden.contains(QKeySequence(QKeyCombination(press.modifiers, Qt::Key(press.key)))))
            press.modifiers = Qt::NoModifier; // Ctrl+E, Ctrl+, would open a dialog
        press.text = keyText(press.key, press.modifiers);
    }
    QWidget *focus = QApplication::focusWidget();
    QWidget *target = focus && focus->window() == &m_window && next(4) != 0 ? focus : &m_window;
    const QString where
        = QString::fromLatin1(target->metaObject()->className()) + QLatin1Char(' ') + target->objectName();
    sendKey(target, press);
    return QStringLiteral("key %1 to %2").arg(describeKey(press), where);
}

QString Fuzzer::mouseEvent()
{
    const QList<QWidget *> widgets = visibleWidgets();
    if (widgets.isEmpty())
        return QStringLiteral("mouse: no widget");
    QWidget *chosen = widgets[int(next(std::uint64_t(widgets.size())))];
    const QPoint local(int(next(std::uint64_t(chosen->width()))), int(next(std::uint64_t(chosen->height()))));
    const QPoint inWindow = chosen->mapTo(&m_window, local);
    QWidget *target = m_window.childAt(inWindow);
    if (!target)
        target = chosen;
    const QPoint point = target->mapFrom(&m_window, inWindow);
    const QPointF global = target->mapToGlobal(QPointF(point));
    const std::uint64_t kind = next(10);
    const Qt::MouseButton button = next(6) == 0 ? Qt::RightButton : Qt::LeftButton;
    const Qt::KeyboardModifiers modifiers = next(6) == 0 ? Qt::ShiftModifier : Qt::NoModifier;
    const QString what = QStringLiteral("%1 %2 at (%3, %4)")
                             .arg(QString::fromLatin1(target->metaObject()->className()), target->objectName())
                             .arg(point.x())
                             .arg(point.y());
    if (kind < 3) {
        const QPoint delta(0, next(2) ? 120 : -120);
        QWheelEvent wheel(QPointF(point), global, QPoint(), delta, Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &wheel);
        return QStringLiteral("wheel %1 on %2").arg(delta.y()).arg(what);
    }
    QPointer<QWidget> guard(target);
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(point), QPointF(inWindow), global, button, button, modifiers);
    QApplication::sendEvent(target, &press);
    QPointF at(point);
    QString description = QStringLiteral("click on %1").arg(what);
    if (kind >= 6 && guard) {
        // A drag: a few moves with the button held, possibly leaving the widget.
        const int steps = 1 + int(next(6));
        const QPointF to(at.x() + (uniform() - 0.5) * 2.0 * target->width(),
                         at.y() + (uniform() - 0.5) * 2.0 * target->height());
        for (int step = 1; step <= steps && guard; ++step) {
            const QPointF here = at + (to - at) * (double(step) / steps);
            QMouseEvent move(QEvent::MouseMove, here, here + QPointF(inWindow - point), target->mapToGlobal(here),
                             Qt::NoButton, button, modifiers);
            QApplication::sendEvent(target, &move);
        }
        at = to;
        description = QStringLiteral("drag by (%1, %2) on %3")
                          .arg(int(to.x() - point.x()))
                          .arg(int(to.y() - point.y()))
                          .arg(what);
    }
    if (guard) {
        QMouseEvent release(QEvent::MouseButtonRelease, at, at + QPointF(inWindow - point), guard->mapToGlobal(at),
                            button, Qt::NoButton, modifiers);
        QApplication::sendEvent(guard, &release);
    } else {
        // The widget went away under the mouse: the window still sees the button go up.
        QMouseEvent release(QEvent::MouseButtonRelease, QPointF(inWindow), QPointF(inWindow), global, button,
                            Qt::NoButton, modifiers);
        QApplication::sendEvent(&m_window, &release);
    }
    return description;
}

QString Fuzzer::typeEvent()
{
    QList<QWidget *> fields;
    for (QWidget *widget : visibleWidgets()) {
        if (qobject_cast<QAbstractSpinBox *>(widget)
            || (qobject_cast<QLineEdit *>(widget) && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget())))
            fields.append(widget);
    }
    if (fields.isEmpty())
        return QStringLiteral("type: no field");
    QWidget *field = fields[int(next(std::uint64_t(fields.size())))];
    QString text;
    if (next(4) == 0) {
        text = QString::number(uniform() * 1.2 - 0.1, 'g', 1 + int(next(8)));
    } else {
        text = QString::fromLatin1(kGarbage[next(std::size(kGarbage))]);
    }
    const QString where
        = QString::fromLatin1(field->metaObject()->className()) + QLatin1Char(' ') + field->objectName();
    QPointer<QWidget> guard(field);
    field->setFocus(Qt::OtherFocusReason);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->selectAll();
    else if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    for (QChar c : text) {
        if (!guard)
            break;
        sendKey(guard, keyForCharacter(c));
    }
    if (guard)
        sendKey(guard, {Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r")});
    return QStringLiteral("type \"%1\" + Return into %2").arg(text, where);
}

QString Fuzzer::actionEvent()
{
    QList<QAction *> actions;
    for (QAction *action : m_window.findChildren<QAction *>()) {
        if (action->isEnabled() && allowed(action))
            actions.append(action);
    }
    if (actions.isEmpty())
        return QStringLiteral("action: none enabled");
    QAction *action = actions[int(next(std::uint64_t(actions.size())))];
    const QString name = action->text().remove(QLatin1Char('&'));
    const QString object = action->objectName();
    action->trigger();
    return QStringLiteral("trigger \"%1\" (%2)").arg(name, object);
}

QString Fuzzer::fileEvent()
{
    const QString session = m_folder.filePath(QStringLiteral("fuzz.entropylab"));
    switch (next(6)) {
    case 0:
        m_window.document()->save(session);
        return QStringLiteral("save the session to a file");
    case 1:
        m_window.document()->open(session);
        return QStringLiteral("open the saved session");
    case 2: {
        // The saved file with some bytes changed.
        QFile file(session);
        QByteArray bytes;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        file.close();
        const int changes = 1 + int(next(4));
        for (int i = 0; i < changes && !bytes.isEmpty(); ++i)
            bytes[int(next(std::uint64_t(bytes.size())))] = char(next(256));
        const QString broken = m_folder.filePath(QStringLiteral("broken.entropylab"));
        QFile out(broken);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(bytes);
        out.close();
        m_window.document()->open(broken);
        return QStringLiteral("open the saved session with %1 bytes changed").arg(changes);
    }
    case 3:
        m_window.document()->open(m_folder.path());
        return QStringLiteral("open a folder as a session");
    case 4:
        m_window.document()->open(m_folder.filePath(QStringLiteral("missing.entropylab")));
        return QStringLiteral("open a missing session file");
    default: {
        FigureJob job;
        job.panels = {m_window.currentPanel()};
        job.options.width = 160 + int(next(200));
        job.options.height = 120 + int(next(200));
        job.out = m_folder.filePath(QStringLiteral("figure.png"));
        try {
            m_window.exportFigures(job);
        } catch (const ExportError &e) {
            return QStringLiteral("export %1 failed: %2").arg(job.panels.front(), QString::fromUtf8(e.what()));
        }
        return QStringLiteral("export %1 as a %2x%3 PNG")
            .arg(job.panels.front())
            .arg(job.options.width)
            .arg(job.options.height);
    }
    }
}

QString Fuzzer::pasteEvent()
{
    QString text;
    const std::uint64_t kind = next(3);
    if (kind == 0) {
        text = QString::fromLatin1(kStateTexts[next(std::size(kStateTexts))]);
    } else if (kind == 1) {
        // A valid state string with one character changed.
        text = widgets::stateToString(m_window.document()->state()->snapshot());
        const int at = int(next(std::uint64_t(text.size())));
        text[at] = QChar(char16_t(32 + next(95)));
    } else {
        text = QGuiApplication::clipboard()->text();
    }
    m_window.document()->pasteState(text);
    return QStringLiteral("paste the state \"%1\"").arg(text);
}

QString Fuzzer::resizeEvent()
{
    const int width = 320 + int(next(3840 - 320 + 1));
    const int height = 240 + int(next(2160 - 240 + 1));
    m_window.resize(width, height);
    return QStringLiteral("resize to %1x%2").arg(width).arg(height);
}

QString Fuzzer::pageEvent()
{
    const int page = int(next(std::uint64_t(m_window.pages()->count())));
    m_window.pages()->setCurrentIndex(page);
    return QStringLiteral("show page %1").arg(page + 1);
}

QString Fuzzer::waitEvent()
{
    const qint64 wait = 1 + qint64(next(std::uint64_t(kLongestWait)));
    m_clock.advance(wait);
    return QStringLiteral("wait %1 ms").arg(wait);
}

QString Fuzzer::send()
{
    // A tool button's menu (QMenu::exec) or dragging selected text (QDrag::exec) runs a nested
    // loop that waits for the real mouse. A zero timer only fires inside such a loop while the event
    // is sent, the same way every run: it closes the popup or presses Esc, as a user would.
    m_sending = true;
    m_unblock.start();
    const QString event = sendOne();
    m_sending = false;
    // The time a user takes for one event, on the fuzz's clock: the same for every run of a seed.
    m_clock.advance(kEventMilliseconds);
    return event;
}

QString Fuzzer::sendOne()
{
    const std::uint64_t roll = next(100);
    if (roll < 30)
        return keyEvent();
    if (roll < 61)
        return mouseEvent();
    if (roll < 73)
        return typeEvent();
    if (roll < 86)
        return actionEvent();
    if (roll < 90)
        return fileEvent();
    if (roll < 93)
        return pasteEvent();
    if (roll < 95)
        return resizeEvent();
    if (roll < 97)
        return pageEvent();
    return waitEvent();
}

void Fuzzer::unblock()
{
    if (!m_sending) {
        m_unblock.stop();
        return;
    }
    if (QWidget *popup = QApplication::activePopupWidget()) {
        popup->close();
        return;
    }
    QWidget *focus = QApplication::focusWidget();
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(focus ? focus : &m_window, &escape);
}

void Fuzzer::settle()
{
    // What moves on its own (sweeps, glides, training runs, samples, the lesson's highlight) goes on
    // between events, on the fuzz's clock: as far as the events' time and the waits say, never as
    // far as the machine's speed says.
    // Problems are shown with open(): close them, as a user would.
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(top); dialog && dialog->isVisible())
            dialog->reject();
    }
    while (QWidget *popup = QApplication::activePopupWidget()) {
        if (!popup->close())
            break;
    }
    QApplication::processEvents();
    if (!m_window.isActiveWindow())
        m_window.activateWindow();
}

bool holdsNan(const QString &text)
{
    return text.contains(QLatin1String("nan"), Qt::CaseInsensitive);
}

// Whether `shown` holds " = <value> <unit>" as formatNumber writes it; values that sit on a
// rounding edge may round either way.
bool showsValue(const QString &shown, double value, const QString &unit)
{
    for (const double candidate : {value, value * (1 + 1e-12), value * (1 - 1e-12)}) {
        const QString expected = QStringLiteral(" = ") + widgets::formatNumber(candidate)
            + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
        if (shown.contains(expected))
            return true;
    }
    return false;
}

std::optional<QString> checkDistribution(const char *name, const core::Distribution &d)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        const double x = d[i];
        if (!(x >= 0.0 && x <= 1.0))
            return QStringLiteral("%1[%2] = %3 lies outside [0, 1]").arg(QLatin1String(name)).arg(i).arg(x, 0, 'g', 17);
        sum += x;
    }
    if (!(std::abs(sum - 1.0) <= core::kSumTolerance))
        return QStringLiteral("%1 sums to %2").arg(QLatin1String(name)).arg(sum, 0, 'g', 17);
    return std::nullopt;
}

QString describeBox(const QRectF &box)
{
    return QStringLiteral("(%1, %2, %3 x %4)").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height());
}

// On a panel on screen, the value labels drawn are pairwise disjoint and each inside its plot.
std::optional<QString> checkLabelBoxes(const widgets::PlotPanel &panel)
{
    if (!panel.isVisible())
        return std::nullopt;
    const QList<widgets::PlotPanel::LabelBox> boxes = panel.shownLabelBoxes();
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const widgets::PlotPanel::LabelBox &a = boxes[i];
        if (!a.bounds.contains(a.box))
            return QStringLiteral("panel %1: the label \"%2\" at %3 leaves its plot %4")
                .arg(panel.objectName(), a.label->text(), describeBox(a.box), describeBox(a.bounds));
        for (qsizetype j = 0; j < i; ++j) {
            if (a.box.intersects(boxes[j].box))
                return QStringLiteral("panel %1: the labels \"%2\" at %3 and \"%4\" at %5 overlap")
                    .arg(panel.objectName(), a.label->text(), describeBox(a.box), boxes[j].label->text(),
                         describeBox(boxes[j].box));
        }
    }
    return std::nullopt;
}

std::optional<QString> Fuzzer::check(QStringList &warnings) const
{
    if (!warnings.isEmpty())
        return QStringLiteral("Qt warned: ") + warnings.join(QStringLiteral(" | "));
    const widgets::LessonState &state = *m_window.document()->state();
    const core::Distribution &p = state.pDistribution(), &q = state.qDistribution();
    if (p.size() != q.size())
        return QStringLiteral("p has %1 entries, q %2").arg(p.size()).arg(q.size());
    if (qsizetype(p.size()) != state.outcomeLabels().size())
        return QStringLiteral("%1 outcomes but %2 labels").arg(p.size()).arg(state.outcomeLabels().size());
    if (auto problem = checkDistribution("p", p))
        return problem;
    if (auto problem = checkDistribution("q", q))
        return problem;
    if (!(state.yhat() >= 0.0 && state.yhat() <= 1.0) || (state.y() != 0 && state.y() != 1))
        return QStringLiteral("y = %1, yhat = %2").arg(state.y()).arg(state.yhat(), 0, 'g', 17);

    const widgets::ReadoutPanel &readouts = *m_window.readouts();
    for (const QString &key : readouts.keys()) {
        const QString text = readouts.readout(key);
        if (holdsNan(text) || text.contains(QChar(0x2014))) // formatNumber writes NaN as "—"
            return QStringLiteral("readout %1 shows \"%2\"").arg(key, text);
    }
    if (!readouts.isConcealed()) {
        const core::Unit u = state.unit();
        const QString unit = widgets::unitLabel(u);
        const struct
        {
            const char *key;
            double value;
            QString unit;
        } expected[] = {
            {"entropy_p", core::entropy(p, u), unit},
            {"cross_entropy", core::crossEntropy(p, q, u), unit},
            {"kl", core::klDivergence(p, q, u), unit},
            {"loss", core::binaryCrossEntropyLoss(state.y(), state.yhat(), u), unit},
            {"squared_error", core::squaredError(state.y(), state.yhat()), QString()},
        };
        for (const auto &row : expected) {
            const QString text = readouts.readout(QLatin1String(row.key));
            if (!showsValue(text, row.value, row.unit))
                return QStringLiteral("readout %1 shows \"%2\" but core computes %3")
                    .arg(QLatin1String(row.key), text, core::formatRoundTrip(row.value).c_str());
        }
    }
    for (const widgets::PlotPanel *panel : m_window.panels()) {
        if (holdsNan(panel->accessibleDescription()))
            return QStringLiteral("panel %1 describes itself as \"%2\"")
                .arg(panel->objectName(), panel->accessibleDescription());
        for (const QCPItemText *label : panel->valueLabels()) {
            if (holdsNan(label->text()))
                return QStringLiteral("panel %1 shows the label \"%2\"").arg(panel->objectName(), label->text());
        }
        if (auto problem = checkLabelBoxes(*panel))
            return problem;
    }
    return std::nullopt;
}

QString jsonString(const QString &text)
{
    QString quoted = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20)
            quoted += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            quoted += c;
    }
    return quoted + QLatin1Char('"');
}

} // namespace

const core::CommandSpec &fuzzCommand()
{
    static const core::CommandSpec command {
        "fuzz",
        "send random user events, check invariants",
        "Opens the lesson window (offscreen unless QT_QPA_PLATFORM says otherwise) and sends it N pseudo-random "
        "user events from the seed S: keys and every shortcut, clicks, drags and wheel turns, numbers and garbage "
        "typed into the fields, menu actions, sessions saved and opened, states pasted, window sizes from 320x240 "
        "to 3840x2160, and waits. After each event it checks that the state is valid, that the readouts agree "
        "with a fresh computation, that nothing shows NaN, that on every panel shown the value labels are "
        "pairwise disjoint and inside their plot, and that Qt printed no warning. The window runs on the "
        "fuzz's own clock (40 ms an event, waits up to 3 s), not the wall's, so the same seed gives the same "
        "events and final state however slow the machine is. On the first violation it exits with 1 and names "
        "the seed, the event's index and the event; --events with one more than the index reproduces it.\n\n"
        "Your settings and autosave are not touched (QStandardPaths test mode, settings in a temporary folder).",
        {
            {"--events", "N", "the number of events (default 1000)"},
            {"--seed", "S", "the seed of the events (default 1)"},
            {"--json", "", "one JSON object instead of the table"},
            {"--trace", "", "print every event on stderr as it is sent"},
            {"--autosave-every", "K",
             "restore the last autosave, then autosave every K events where the window normally does (for the "
             "crash-safety test)"},
        },
    };
    return command;
}

int runFuzz(const core::CommandLine &given)
{
    const FuzzOptions options = readOptions(given);

    QTemporaryDir settingsFolder;
    if (!options.autosaveEvery) {
        // Never the user's files: QStandardPaths points into ~/.qttest and QSettings into a fresh
        // folder, so no setting of an earlier run (theme, docks, recent files) changes this one.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    }
    QGuiApplication::clipboard()->clear();

    QStringList warnings;
    g_warnings = &warnings;
    g_previousHandler = qInstallMessageHandler(recordMessage);
    int exitCode = 0;
    long long violations = 0;
    QString finalState;
    QElapsedTimer wallClock; // only for the rate reported: no state hangs on it
    // The window's own clock, moved by the fuzz alone: made before the window, so every timer and
    // sweep in it runs on this clock, and gone after it.
    widgets::ManualClock clock;
    widgets::Clock::install(&clock);
    // Qt's item views and combo boxes time two things on the wall clock: a click on a selected
    // bookmark starts editing it once the double-click interval has passed, and keys typed within
    // the keyboard input interval search for the whole string typed. At 0 the edit starts at the
    // next turn of the event loop (settle()) and every key searches afresh (an event and its checks
    // take more than a millisecond), whatever the machine's speed.
    QStyleHints *hints = QGuiApplication::styleHints();
    const int doubleClickInterval = hints->mouseDoubleClickInterval();
    const int keyboardInputInterval = hints->keyboardInputInterval();
    hints->setMouseDoubleClickInterval(0);
    hints->setKeyboardInputInterval(0);
    {
        ClockAnimationDriver animations(clock);
        animations.install();
        MainWindow window;
        if (options.autosaveEvery)
            window.document()->restoreLastSession();
        window.resize(1600, 900);
        window.show();
        window.activateWindow();
        QApplication::processEvents();
        Fuzzer fuzzer(window, options, clock);
        if (auto problem = fuzzer.check(warnings)) {
            std::cerr << "entropylab fuzz: seed " << options.seed
                      << ", before the first event: " << problem->toStdString() << '\n';
            ++violations;
        }
        wallClock.start();
        for (long long index = 0; index < options.events && violations == 0; ++index) {
            const QString event = fuzzer.send();
            if (options.trace)
                std::cerr << index << ": " << event.toStdString() << std::endl;
            fuzzer.settle();
            if (options.autosaveEvery && (index + 1) % options.autosaveEvery == 0)
                window.document()->autosave();
            if (auto problem = fuzzer.check(warnings)) {
                std::cerr << "entropylab fuzz: seed " << options.seed << ", event " << index << ": "
                          << event.toStdString() << "\n  violation: " << problem->toStdString()
                          << "\n  reproduce: entropylab fuzz --seed " << options.seed << " --events " << index + 1
                          << '\n';
                ++violations;
            }
        }
        finalState = widgets::stateToString(window.document()->state()->snapshot());
        window.hide();
    }
    widgets::Clock::install(nullptr);
    hints->setMouseDoubleClickInterval(doubleClickInterval);
    hints->setKeyboardInputInterval(keyboardInputInterval);
    const double elapsed = static_cast<double>(wallClock.nsecsElapsed()) / 1e9;
    qInstallMessageHandler(g_previousHandler);
    g_warnings = nullptr;
    if (violations)
        exitCode = 1;

    const double rate = elapsed > 0 ? static_cast<double>(options.events) / elapsed : 0.0;
    const auto rounded = [](double x, int decimals) { return QString::number(x, 'f', decimals).toStdString(); };
    if (options.json) {
        std::cout << "{\"events\": " << options.events << ", \"seed\": " << options.seed
                  << ", \"violations\": " << violations << ", \"elapsed_s\": " << rounded(elapsed, 3)
                  << ", \"events_per_s\": " << rounded(rate, 1)
                  << ", \"final_state\": " << jsonString(finalState).toStdString() << "}\n";
    } else {
        std::cout << "events      " << options.events << "\nseed        " << options.seed << "\nviolations  "
                  << violations << "\nelapsed     " << rounded(elapsed, 3) << " s\nrate        " << rounded(rate, 1)
                  << " events/s\nfinal state " << finalState.toStdString() << '\n';
    }
    return exitCode;
}

} // namespace app
