// The document as observable state, without a window: its file, whether it is modified, the
// bookmarks, recent files, copy and paste of the state, and the autosave on the clock. Refusals
// come back as values and as one problem() each; nothing changes when a file is refused.
#include "app/classroom.h"
#include "app/document.h"
#include "widgets/model/lessonhistory.h"
#include "widgets/model/session.h"
#include "widgets/clock.h"
#include "widgets/model/lessonstate.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using app::Document;

namespace {

// A document on its own state and modes, as the window makes them.
struct Lesson
{
    widgets::LessonState state;
    app::ClassroomModes modes {&state};
    Document document {&state, &modes};
};

widgets::Session sampleSession()
{
    widgets::LessonState state;
    state.setP(0.2);
    state.setQ(0.7);
    widgets::LessonState stop;
    stop.setYhat(0.25);
    return {
        state.snapshot(), QStringLiteral("dark"), {{QStringLiteral("Start"), QStringLiteral("Ask"), stop.snapshot(), {}}}};
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        QFile::remove(Document::autosavePath());
        QFile::remove(Document::refusedAutosavePath());
    }

    void startsUntitledAndUnmodified()
    {
        Lesson lesson;
        QVERIFY(lesson.document.path().isEmpty());
        QVERIFY(!lesson.document.isModified());
        QVERIFY(lesson.document.bookmarks().isEmpty());
        QCOMPARE(lesson.document.session().state, widgets::LessonState().snapshot());
        QCOMPARE(lesson.document.session().theme, QStringLiteral("light"));
    }

    void aChange_modifies_andUndoingIt_doesNot()
    {
        Lesson lesson;
        QSignalSpy modified(&lesson.document, &Document::modifiedChanged);
        lesson.state.setP(0.4);
        QVERIFY(lesson.document.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.front().front().toBool(), true);
        lesson.state.setQ(0.2); // still modified: no second signal
        QCOMPARE(modified.count(), 1);
        QSignalSpy replacing(&lesson.document, &Document::aboutToReplaceState);
        lesson.document.undo();
        lesson.document.undo();
        QCOMPARE(replacing.count(), 2);
        QVERIFY(!lesson.document.isModified());
        QCOMPARE(modified.count(), 2);
        lesson.document.redo();
        QCOMPARE(lesson.state.p(), 0.4);
        QVERIFY(lesson.document.isModified());
        lesson.document.reset();
        QCOMPARE(replacing.count(), 4);
        QCOMPARE(lesson.state.snapshot(), widgets::LessonState().snapshot());
    }

    void editedBookmarks_modify()
    {
        Lesson lesson;
        QSignalSpy modified(&lesson.document, &Document::modifiedChanged);
        QSignalSpy replaced(&lesson.document, &Document::bookmarksReplaced);
        const QList<widgets::Bookmark> bookmarks = sampleSession().bookmarks;
        lesson.document.setBookmarks(bookmarks);
        QCOMPARE(lesson.document.bookmarks(), bookmarks);
        QCOMPARE(lesson.document.session().bookmarks, bookmarks);
        QVERIFY(lesson.document.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(replaced.count(), 0); // the edit came from the list: nothing to show again
    }

    void saveThenOpen_givesTheSameSession()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lecture.entropylab"));
        const widgets::Session session = sampleSession();
        {
            Lesson lesson;
            QSignalSpy replaced(&lesson.document, &Document::bookmarksReplaced);
            QVERIFY(!lesson.document.applySession(session));
            QCOMPARE(replaced.count(), 1);
            QCOMPARE(replaced.front().front().value<QList<widgets::Bookmark>>(), session.bookmarks);
            QCOMPARE(lesson.modes.theme().name, QStringLiteral("dark"));
            QCOMPARE(lesson.document.history()->stack()->count(), 0);
            QVERIFY(!lesson.document.isModified());
            lesson.state.setUnit(core::Unit::Nats);
            QVERIFY(lesson.document.isModified());
            QSignalSpy paths(&lesson.document, &Document::pathChanged);
            QSignalSpy modified(&lesson.document, &Document::modifiedChanged);
            QSignalSpy messages(&lesson.document, &Document::message);
            QSignalSpy problems(&lesson.document, &Document::problem);
            QVERIFY(!lesson.document.save(path));
            QCOMPARE(paths.count(), 1);
            QCOMPARE(paths.front().front().toString(), QFileInfo(path).absoluteFilePath());
            QCOMPARE(modified.count(), 1);
            QVERIFY(!lesson.document.isModified());
            QCOMPARE(messages.count(), 1);
            QVERIFY(messages.front().front().toString().contains(QStringLiteral("lecture.entropylab")));
            QCOMPARE(problems.count(), 0);
        }
        Lesson reopened;
        QSignalSpy paths(&reopened.document, &Document::pathChanged);
        QSignalSpy problems(&reopened.document, &Document::problem);
        QVERIFY(!reopened.document.open(path));
        QCOMPARE(paths.count(), 1);
        QCOMPARE(problems.count(), 0);
        QCOMPARE(reopened.document.path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(reopened.document.session().bookmarks, session.bookmarks);
        QCOMPARE(reopened.document.session().theme, QStringLiteral("dark"));
        QCOMPARE(reopened.state.unit(), core::Unit::Nats);
        QVERIFY(!reopened.document.isModified());
        QCOMPARE(reopened.document.recentFiles(), QStringList {QFileInfo(path).absoluteFilePath()});
    }

    void refusedFiles_changeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content"); // none: the name is not written
        const QByteArray good = widgets::sessionToJson(sampleSession());
        QTest::newRow("wrong: missing") << QStringLiteral("missing.entropylab") << QByteArray();
        QTest::newRow("wrong: a folder") << QStringLiteral(".") << QByteArray();
        QTest::newRow("wrong: not JSON") << QStringLiteral("a.entropylab") << QByteArray("p = 0.3");
        QTest::newRow("wrong: truncated") << QStringLiteral("b.entropylab") << good.chopped(8);
        QTest::newRow("wrong: unknown theme")
            << QStringLiteral("c.entropylab") << QByteArray(good).replace("\"dark\"", "\"neon\"");
        QTest::newRow("wrong: sum 0.9") << QStringLiteral("d.entropylab") << QByteArray(good).replace("0.7", "0.6");
    }

    void refusedFiles_changeNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (!content.isEmpty())
            write(path, content);
        Lesson lesson;
        lesson.state.setP(0.45);
        const widgets::Session before = lesson.document.session();
        QSignalSpy paths(&lesson.document, &Document::pathChanged);
        QSignalSpy problems(&lesson.document, &Document::problem);
        QSignalSpy recent(&lesson.document, &Document::recentFilesChanged);
        const std::optional<QString> refusal = lesson.document.open(path);
        QVERIFY(refusal);
        QVERIFY2(!refusal->isEmpty(), "the refusal names the problem");
        QCOMPARE(problems.count(), 1);
        QCOMPARE(problems.front().at(0).toString(), QStringLiteral("Could not open the session"));
        QVERIFY(problems.front().at(1).toString().contains(*refusal));
        QCOMPARE(lesson.document.session(), before);
        QCOMPARE(paths.count(), 0);
        QCOMPARE(recent.count(), 0);
        QVERIFY(lesson.document.recentFiles().isEmpty());
        QVERIFY(lesson.document.isModified()); // the change made before is still unsaved
    }

    void unknownTheme_isRefusedBeforeAnythingChanges()
    {
        Lesson lesson;
        widgets::Session session = sampleSession();
        session.theme = QStringLiteral("neon");
        QSignalSpy replacing(&lesson.document, &Document::aboutToReplaceState);
        QVERIFY(lesson.document.applySession(session));
        QCOMPARE(replacing.count(), 0); // not even the glides were stopped
        QCOMPARE(lesson.state.snapshot(), widgets::LessonState().snapshot());
        QCOMPARE(lesson.modes.theme().name, QStringLiteral("light"));
        session.theme.clear(); // none given: the current one stays
        QVERIFY(!lesson.document.applySession(session));
        QCOMPARE(lesson.modes.theme().name, QStringLiteral("light"));
    }

    void recentFiles_newestFirstAndAtMostEight()
    {
        QTemporaryDir dir;
        Lesson lesson;
        QSignalSpy recent(&lesson.document, &Document::recentFilesChanged);
        for (int i = 0; i < Document::kMaxRecentFiles + 2; ++i)
            QVERIFY(!lesson.document.save(dir.filePath(QStringLiteral("%1.entropylab").arg(i))));
        QCOMPARE(recent.count(), Document::kMaxRecentFiles + 2);
        const QStringList files = lesson.document.recentFiles();
        QCOMPARE(files.size(), Document::kMaxRecentFiles);
        QCOMPARE(files.front(), QFileInfo(dir.filePath(QStringLiteral("9.entropylab"))).absoluteFilePath());
        QVERIFY(!lesson.document.save(dir.filePath(QStringLiteral("5.entropylab")))); // again: to the front, once
        QCOMPARE(lesson.document.recentFiles().front(),
                 QFileInfo(dir.filePath(QStringLiteral("5.entropylab"))).absoluteFilePath());
        QCOMPARE(lesson.document.recentFiles().count(lesson.document.recentFiles().front()), 1);
        lesson.document.clearRecentFiles();
        QVERIFY(lesson.document.recentFiles().isEmpty());
        QCOMPARE(recent.count(), Document::kMaxRecentFiles + 4);
    }

    void pasteState_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("two outcomes") << QStringLiteral("entropylab:1;p=0.2;q=0.6;y=1;yhat=0.8;unit=bits") << true;
        QTest::newRow("spaces around") << QStringLiteral("  entropylab:1;p=0.2;q=0.6;y=0;yhat=0.5;unit=nats\n") << true;
        QTest::newRow("wrong: empty") << QString() << false;
        QTest::newRow("wrong: words") << QStringLiteral("hello") << false;
        QTest::newRow("wrong: p above 1") << QStringLiteral("entropylab:1;p=1.5;q=0.6;y=1;yhat=0.8;unit=bits") << false;
        QTest::newRow("wrong: unit missing") << QStringLiteral("entropylab:1;p=0.2;q=0.6;y=1;yhat=0.8") << false;
        QTest::newRow("wrong: newer version")
            << QStringLiteral("entropylab:2;p=0.2;q=0.6;y=1;yhat=0.8;unit=bits") << false;
    }

    void pasteState()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        Lesson lesson;
        const widgets::LessonSnapshot before = lesson.state.snapshot();
        QSignalSpy problems(&lesson.document, &Document::problem);
        QSignalSpy messages(&lesson.document, &Document::message);
        const std::optional<QString> refusal = lesson.document.pasteState(text);
        QCOMPARE(!refusal, accepted);
        QCOMPARE(problems.count(), accepted ? 0 : 1);
        QCOMPARE(messages.count(), accepted ? 1 : 0);
        if (accepted) {
            QCOMPARE(lesson.state.p(), 0.2);
            QCOMPARE(lesson.state.snapshot(), widgets::stateFromString(text));
        } else {
            QCOMPARE(lesson.state.snapshot(), before);
            QCOMPARE(problems.front().at(0).toString(), QStringLiteral("Could not paste the state"));
        }
    }

    void copyState_putsTheLineOnTheClipboard()
    {
        Lesson lesson;
        lesson.state.setQ(0.125);
        QSignalSpy messages(&lesson.document, &Document::message);
        lesson.document.copyState();
        QCOMPARE(QGuiApplication::clipboard()->text(), widgets::stateToString(lesson.state.snapshot()));
        QCOMPARE(messages.count(), 1);
    }

    void autosave_followsAChangeAfterOneSecondOnTheClock()
    {
        widgets::ManualClock clock;
        widgets::Clock::install(&clock);
        {
            Lesson lesson;
            lesson.state.setP(0.6);
            clock.advance(5000);
            QVERIFY2(!QFile::exists(Document::autosavePath()), "no autosave before restoreLastSession()");
            QVERIFY(!lesson.document.restoreLastSession()); // no file: nothing refused
            QVERIFY(lesson.document.isAutosaving());
            lesson.state.setQ(0.125);
            clock.advance(Document::kAutosaveDelay - 1);
            QVERIFY(!QFile::exists(Document::autosavePath()));
            clock.advance(1);
            QVERIFY(QFile::exists(Document::autosavePath()));
            QCOMPARE(widgets::readSessionFile(Document::autosavePath()).state, lesson.state.snapshot());
            // A bookmark edited is saved as well.
            lesson.document.setBookmarks(sampleSession().bookmarks);
            clock.advance(Document::kAutosaveDelay);
            QCOMPARE(widgets::readSessionFile(Document::autosavePath()).bookmarks, sampleSession().bookmarks);
        }
        widgets::Clock::install(nullptr);
        Lesson next;
        QVERIFY(!next.document.restoreLastSession());
        QCOMPARE(next.state.q(), 0.125);
        QCOMPARE(next.document.bookmarks(), sampleSession().bookmarks);
        QVERIFY(next.document.path().isEmpty()); // never saved to a file
    }

    void restoreLastSession_keepsTheFileItCameFrom()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lecture.entropylab"));
        {
            Lesson lesson;
            lesson.document.restoreLastSession();
            lesson.state.setP(0.9);
            QVERIFY(!lesson.document.save(path));
            lesson.document.autosave();
        }
        Lesson next;
        QSignalSpy paths(&next.document, &Document::pathChanged);
        QVERIFY(!next.document.restoreLastSession());
        QCOMPARE(next.document.path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(paths.count(), 1);
        QCOMPARE(next.state.p(), 0.9);
    }

    void refusedAutosave_isKeptAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("wrong: empty") << QByteArray();
        QTest::newRow("wrong: not JSON") << QByteArray("{{{");
        QTest::newRow("wrong: newer version")
            << widgets::sessionToJson(sampleSession()).replace("\"version\": 1", "\"version\": 99");
    }

    void refusedAutosave_isKeptAside()
    {
        QFETCH(QByteArray, content);
        QDir().mkpath(QFileInfo(Document::autosavePath()).path());
        write(Document::autosavePath(), content);
        Lesson lesson;
        QSignalSpy messages(&lesson.document, &Document::message);
        QVERIFY(lesson.document.restoreLastSession());
        QCOMPARE(lesson.state.snapshot(), widgets::LessonState().snapshot());
        QVERIFY(!QFile::exists(Document::autosavePath()));
        QFile aside(Document::refusedAutosavePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content);
        QCOMPARE(messages.count(), 1);
        QVERIFY(lesson.document.isAutosaving()); // the next change is saved again
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
