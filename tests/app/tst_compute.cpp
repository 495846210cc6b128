// `entropylab compute` as a user's script sees it: the real executable, its exit code, stdout
// and stderr.
#include "core/information.h"
#include "core/loss.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run entropylab(const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ENTROPYLAB_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QJsonObject computeJson(const QStringList &arguments, Run *run = nullptr)
{
    Run r = entropylab(QStringList {QStringLiteral("compute")} + arguments + QStringList {QStringLiteral("--json")});
    if (run)
        *run = r;
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestCompute : public QObject
{
    Q_OBJECT

private slots:
    void json_hasTheDocumentedKeysAndExactValues()
    {
        Run run;
        const QJsonObject o = computeJson(
            {QStringLiteral("--p"), QStringLiteral("0.3"), QStringLiteral("--q"), QStringLiteral("0.6")}, &run);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QCOMPARE(run.out.count('\n'), 1);
        const QStringList expected = {"unit",          "p",  "q",          "entropy_p",     "entropy_q",
                                      "cross_entropy", "kl", "kl_reverse", "information_p", "information_q"};
        QStringList keys = o.keys();
        keys.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(keys, sortedExpected);
        QCOMPARE(o["unit"].toString(), QStringLiteral("bits"));
        QCOMPARE(o["p"].toArray().at(1).toDouble(), 1.0 - 0.3);
        // Numbers read back as the very doubles the core computes.
        QCOMPARE(o["entropy_p"].toDouble(), core::binaryEntropy(0.3, core::Unit::Bits));
        QCOMPARE(o["cross_entropy"].toDouble(), core::binaryCrossEntropy(0.3, 0.6, core::Unit::Bits));
        QCOMPARE(o["kl"].toDouble(), core::binaryKlDivergence(0.3, 0.6, core::Unit::Bits));
        QCOMPARE(o["kl_reverse"].toDouble(), core::binaryKlDivergence(0.6, 0.3, core::Unit::Bits));
        QCOMPARE(o["information_q"].toArray().at(1).toDouble(), core::complementInformation(0.6, core::Unit::Bits));
    }

    void json_withoutQ_leavesOutTheQKeys()
    {
        const QJsonObject o = computeJson(
            {QStringLiteral("--p"), QStringLiteral("0.2,0.3,0.5"), QStringLiteral("--unit"), QStringLiteral("nats")});
        QVERIFY(o.contains("entropy_p") && o.contains("information_p"));
        for (const char *key : {"q", "entropy_q", "cross_entropy", "kl", "kl_reverse", "information_q", "bce"})
            QVERIFY2(!o.contains(QLatin1String(key)), key);
        QCOMPARE(o["unit"].toString(), QStringLiteral("nats"));
        QCOMPARE(o["information_p"].toArray().size(), 3);
    }

    void json_withLabel_addsTheLosses()
    {
        const QJsonObject o = computeJson({QStringLiteral("--p"), QStringLiteral("0.3"), QStringLiteral("--y"),
                                           QStringLiteral("1"), QStringLiteral("--yhat"), QStringLiteral("0.8"),
                                           QStringLiteral("--unit"), QStringLiteral("nats")});
        QCOMPARE(o["bce"].toDouble(), core::binaryCrossEntropyLoss(1.0, 0.8, core::Unit::Nats));
        QCOMPARE(o["mse"].toDouble(), core::squaredError(1.0, 0.8));
        QCOMPARE(o["bce_grad_logit"].toDouble(), core::binaryCrossEntropyGradientLogit(1.0, 0.8));
        QCOMPARE(o["mse_grad_logit"].toDouble(), core::squaredErrorGradientLogit(1.0, 0.8));
    }

    void json_infinityIsTheStringInf()
    {
        const QJsonObject o
            = computeJson({QStringLiteral("--p"), QStringLiteral("0.5"), QStringLiteral("--q"), QStringLiteral("0")});
        QCOMPARE(o["cross_entropy"].toString(), QStringLiteral("inf"));
        QCOMPARE(o["kl"].toString(), QStringLiteral("inf"));
        QCOMPARE(o["kl_reverse"].toDouble(), 1.0);
        QCOMPARE(o["information_q"].toArray().at(0).toString(), QStringLiteral("inf"));
    }

    void normalize_rescalesWeights()
    {
        Run run;
        const QJsonObject o
            = computeJson({QStringLiteral("--p"), QStringLiteral("1,2,3"), QStringLiteral("--normalize")}, &run);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(o["p"].toArray().at(2).toDouble(), 0.5);
    }

    void table_isReadable()
    {
        const Run run = entropylab({QStringLiteral("compute"), QStringLiteral("--p"), QStringLiteral("0.3"),
                                    QStringLiteral("--q"), QStringLiteral("0.6")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        for (const char *label : {"H(p)", "H(q)", "H(p,q)", "D(p||q)", "D(q||p)", "bits"})
            QVERIFY2(text.contains(QLatin1String(label)), label);
    }

    void badInput_exitsTwoWithOneLineNamingTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("negative") << QStringList {"--p", "-0.1"} << "--p";
        QTest::newRow("above one") << QStringList {"--p", "1.2"} << "outside [0, 1]";
        QTest::newRow("nan") << QStringList {"--p", "nan"} << "not a finite number";
        QTest::newRow("inf") << QStringList {"--p", "inf"} << "not a finite number";
        QTest::newRow("text") << QStringList {"--p", "abc"} << "not a number";
        QTest::newRow("empty") << QStringList {"--p", ""} << "no number";
        QTest::newRow("negative list entry") << QStringList {"--p", "0.5,-0.5,1"} << "entry 2";
        QTest::newRow("sum off one") << QStringList {"--p", "0.2,0.3"} << "--normalize";
        QTest::newRow("wrong length") << QStringList {"--p", "0.2,0.8", "--q", "0.1,0.1,0.8"} << "--q";
        QTest::newRow("unknown unit") << QStringList {"--p", "0.3", "--unit", "furlongs"} << "--unit";
        QTest::newRow("label not 0 or 1") << QStringList {"--p", "0.3", "--y", "0.5", "--yhat", "0.5"} << "--y";
        QTest::newRow("yhat outside") << QStringList {"--p", "0.3", "--y", "1", "--yhat", "1.5"} << "--yhat";
        QTest::newRow("y without yhat") << QStringList {"--p", "0.3", "--y", "1"} << "--yhat";
        QTest::newRow("unknown option") << QStringList {"--p", "0.3", "--bogus"} << "--bogus";
        QTest::newRow("missing p") << QStringList {"--q", "0.3"} << "--p";
        QTest::newRow("given twice") << QStringList {"--p", "0.3", "--p", "0.4"} << "twice";
        QTest::newRow("missing value") << QStringList {"--p"} << "needs a value";
        QTest::newRow("overflow") << QStringList {"--p", "1e999"} << "out of range";
    }

    void badInput_exitsTwoWithOneLineNamingTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        for (const bool json : {false, true}) {
            QStringList args = QStringList {QStringLiteral("compute")} + arguments;
            if (json)
                args << QStringLiteral("--json");
            const Run run = entropylab(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.out.isEmpty(), run.out.constData());
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
        }
    }

    void helpAndVersion_work()
    {
        for (const QStringList &args : {QStringList {"--help"}, QStringList {"--version"},
                                        QStringList {"compute", "--help"}, QStringList {"bench", "--help"}}) {
            const Run run = entropylab(args);
            QCOMPARE(run.exitCode, 0);
            QVERIFY(!run.out.isEmpty());
        }
        QVERIFY(entropylab({QStringLiteral("--version")}).out.startsWith("entropylab "));
    }

    void unknownCommand_exitsTwo()
    {
        const Run run = entropylab({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown command"));
    }

    void windowWithoutDisplay_explainsWhatToDo()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1String(name));
        const Run run = entropylab({}, environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("xvfb-run"), run.err.constData());
        QVERIFY(!run.err.contains("could not connect to display"));
    }

    void bench_printsTheDocumentedJson()
    {
        const Run run = entropylab(
            {QStringLiteral("bench"), QStringLiteral("--updates"), QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o["updates"].toInt(), 5);
        QCOMPARE(o["outcomes"].toInt(), 2);
        QVERIFY(o["median_ms"].toDouble() > 0.0);
        QVERIFY(o["p99_ms"].toDouble() >= o["median_ms"].toDouble());
        QVERIFY(o["max_ms"].toDouble() >= o["p99_ms"].toDouble());
        QCOMPARE(entropylab({QStringLiteral("bench"), QStringLiteral("--updates"), QStringLiteral("0")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCompute)
#include "tst_compute.moc"
