#include <QTest>

class SessionTest : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QFAIL("not written yet"); }
};

QTEST_MAIN(SessionTest)
#include "tst_session.moc"
