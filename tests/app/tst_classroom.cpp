#include <QTest>

class ClassroomTest : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QFAIL("not written yet"); }
};

QTEST_MAIN(ClassroomTest)
#include "tst_classroom.moc"
