// Every file of tests/fuzz/corpus/<name>/ (the seeds, and every input that ever made fuzz_<name>
// fail) fed to the body of fuzz_<name>, in every build and with any compiler: no crash, no
// undocumented exception, no broken invariant.
#include "fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <exception>

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasACorpus();
    void corpusFile_passesItsTarget_data();
    void corpusFile_passesItsTarget();
};

namespace {

QStringList targetNames()
{
    return QString::fromLatin1(ENTROPYLAB_FUZZ_TARGETS).split(u',', Qt::SkipEmptyParts);
}

} // namespace

void TestFuzzReplay::everyTargetHasACorpus()
{
    const QStringList names = targetNames();
    QCOMPARE(qsizetype(fuzz::targets().size()), names.size());
    for (const QString &name : names) {
        QVERIFY2(fuzz::targets().count(name.toStdString()) == 1,
                 qPrintable(name + QStringLiteral(" is not compiled in")));
        const QDir dir(QStringLiteral(ENTROPYLAB_FUZZ_CORPUS "/") + name);
        QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), qPrintable(dir.path() + QStringLiteral(" holds no seeds")));
    }
}

void TestFuzzReplay::corpusFile_passesItsTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString &name : targetNames()) {
        const QDir dir(QStringLiteral(ENTROPYLAB_FUZZ_CORPUS "/") + name);
        for (const QString &file : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
            QTest::newRow(qPrintable(name + u'/' + file)) << name << dir.filePath(file);
    }
}

void TestFuzzReplay::corpusFile_passesItsTarget()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();
    const fuzz::Target run = fuzz::targets().at(target.toStdString());
    try {
        QCOMPARE(run(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size())), 0);
    } catch (const fuzz::Violation &v) {
        QFAIL(v.what.c_str());
    } catch (const std::exception &e) {
        QFAIL(qPrintable(QStringLiteral("undocumented exception: ") + QString::fromUtf8(e.what())));
    } catch (...) {
        QFAIL("an exception of unknown type");
    }
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
