#include <QTest>

class TranslationTest : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QFAIL("not written yet"); }
};

QTEST_MAIN(TranslationTest)
#include "tst_translation.moc"
