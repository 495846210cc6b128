// Placeholder replaced by the many-outcome core tests.
#include <QTest>
class TestManyOutcomes : public QObject
{
    Q_OBJECT
};
QTEST_APPLESS_MAIN(TestManyOutcomes)
#include "tst_manyoutcomes.moc"
