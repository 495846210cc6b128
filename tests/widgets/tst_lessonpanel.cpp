#include <QTest>

class LessonpanelTest : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QFAIL("not written yet"); }
};

QTEST_MAIN(LessonpanelTest)
#include "tst_lessonpanel.moc"
