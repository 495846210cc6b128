// core::relativeLuminance and core::contrastRatio: WCAG 2.1's formulas, against the ratios the
// W3C's own examples and common checkers give.
#include "core/contrast.h"

#include <QTest>

#include <limits>

namespace {

double grey(int level)
{
    const double channel = level / 255.0;
    return core::relativeLuminance(channel, channel, channel);
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void relativeLuminance_data()
    {
        QTest::addColumn<double>("red");
        QTest::addColumn<double>("green");
        QTest::addColumn<double>("blue");
        QTest::addColumn<double>("luminance");
        QTest::newRow("black") << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("white") << 1.0 << 1.0 << 1.0 << 1.0;
        QTest::newRow("pure red") << 1.0 << 0.0 << 0.0 << 0.2126;
        QTest::newRow("pure green") << 0.0 << 1.0 << 0.0 << 0.7152;
        QTest::newRow("pure blue") << 0.0 << 0.0 << 1.0 << 0.0722;
        QTest::newRow("linear part below 0.04045") << 0.04 << 0.04 << 0.04 << 0.04 / 12.92;
        QTest::newRow("mid grey 0.5") << 0.5 << 0.5 << 0.5 << 0.21404114;
        // Bad input: out of range clamps, NaN counts as no light.
        QTest::newRow("above 1 clamps") << 2.0 << 1.5 << 1e300 << 1.0;
        QTest::newRow("negative clamps") << -1.0 << -0.5 << -1e-9 << 0.0;
        QTest::newRow("NaN is dark") << std::numeric_limits<double>::quiet_NaN() << 1.0 << 0.0 << 0.7152;
        QTest::newRow("infinity clamps") << std::numeric_limits<double>::infinity() << 0.0 << 0.0 << 0.2126;
    }

    void relativeLuminance()
    {
        QFETCH(double, red);
        QFETCH(double, green);
        QFETCH(double, blue);
        QFETCH(double, luminance);
        const double measured = core::relativeLuminance(red, green, blue);
        QVERIFY2(std::abs(measured - luminance) < 1e-7, qPrintable(QString::number(measured, 'g', 10)));
    }

    void contrastRatio_data()
    {
        QTest::addColumn<double>("luminance1");
        QTest::addColumn<double>("luminance2");
        QTest::addColumn<double>("ratio");
        QTest::newRow("black on white") << 0.0 << 1.0 << 21.0;
        QTest::newRow("white on black, either order") << 1.0 << 0.0 << 21.0;
        QTest::newRow("same colour") << 0.3 << 0.3 << 1.0;
        // The checkers' well-known pair: #777 on white just fails AA's 4.5, #767676 just passes.
        QTest::newRow("#777777 on white") << grey(0x77) << 1.0 << 4.4781;
        QTest::newRow("#767676 on white") << grey(0x76) << 1.0 << 4.5415;
        QTest::newRow("Okabe-Ito orange on white")
            << core::relativeLuminance(0xE6 / 255.0, 0x9F / 255.0, 0.0) << 1.0 << 2.2516;
    }

    void contrastRatio()
    {
        QFETCH(double, luminance1);
        QFETCH(double, luminance2);
        QFETCH(double, ratio);
        const double measured = core::contrastRatio(luminance1, luminance2);
        QVERIFY2(std::abs(measured - ratio) < 1e-3, qPrintable(QString::number(measured, 'g', 6)));
    }
};

QTEST_APPLESS_MAIN(TestContrast)
#include "tst_contrast.moc"
