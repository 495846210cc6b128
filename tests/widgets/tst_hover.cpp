#include <QTest>

class HoverTest : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QFAIL("not written yet"); }
};

QTEST_MAIN(HoverTest)
#include "tst_hover.moc"
