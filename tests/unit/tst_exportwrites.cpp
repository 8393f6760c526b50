// The desk's exports write as reimburse-cli's --out does (issue #13): through OutputFile (models/
// outputfile.h), every write checked, fsync()ed before the rename, the previous file intact on
// any error, and the system's reason said ("No space left on device", not "Unknown error").
// Originals whose bytes no longer match their SHA-256 are not copied. The real full disk and
// read-only file system are in tst_clihostile (fullOrReadOnlyDisk), through the same
// exports::saveToFile. docs/security.md, "Exports from the desk".
#include "export/exportregistry.h"
#include "export/originalsexporter.h"
#include "exportrunner.h"
#include "sampleclaim.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

// Writes half a CSV, then fails as an exporter does on a broken value.
class FailingWriter : public ExportWriter
{
public:
    QString id() const override { return u"csv"_s; }
    QString suffix() const override { return u"csv"_s; }
    bool write(const ExportSource &, const ExportOptions &, QIODevice *out) override
    {
        out->write("index,total\r\n1,106.00\r\n");
        return fail(u"the third row could not be written"_s);
    }
};

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("missing");
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({u".reimburse-cli-*"_s}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestExportWrites : public QObject
{
    Q_OBJECT

private slots:
    void runnerSaysTheSystemsReason_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a full device") << u"/dev/full"_s << u"No space left on device"_s;
        QTest::newRow("no such folder") << u"%1/nowhere/out.csv"_s << u"No such file or directory"_s;
        QTest::newRow("a folder") << u"%1"_s << u"Is a directory"_s;
        QTest::newRow("parent is a file") << u"%1/previous.csv/out.csv"_s << u"Not a directory"_s;
    }

    void runnerSaysTheSystemsReason()
    {
        QFETCH(QString, target);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QFile previous(dir.filePath(u"previous.csv"_s));
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("PREVIOUS");
        previous.close();
        const QString path = target.contains(u"%1") ? target.arg(dir.path()) : target;

        const test::SampleClaim claim = test::sampleClaim();
        ExportRunner runner;
        QSignalSpy done(&runner, &ExportRunner::finished);
        QVERIFY(runner.start(claim.source(), ExportOptions(), {ExportTarget{u"csv"_s, path}}, false));
        QVERIFY(done.wait(60000));
        const ExportOutcome outcome = runner.outcomes().constFirst();
        QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
        QVERIFY2(outcome.error.contains(reason), qPrintable(outcome.error));
        QVERIFY2(!outcome.error.contains(u"Unknown error"_s), qPrintable(outcome.error));
        QCOMPARE(contents(dir.filePath(u"previous.csv"_s)), QByteArray("PREVIOUS"));
        QVERIFY(leftovers(dir.path()).isEmpty());
    }

    void failedExportLeavesThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"claim.csv"_s);
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("PREVIOUS");
        previous.close();
        FailingWriter writer;
        const QString error = exports::saveToFile(writer, test::sampleClaim().source(), ExportOptions(), path);
        QCOMPARE(error, u"the third row could not be written"_s);
        QCOMPARE(contents(path), QByteArray("PREVIOUS"));
        QVERIFY(leftovers(dir.path()).isEmpty());

        // And a good export replaces it whole, keeping its permissions.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const auto csv = exports::create(u"csv"_s);
        QCOMPARE(exports::saveToFile(*csv, test::sampleClaim().source(), ExportOptions(), path), QString());
        QVERIFY(contents(path).size() > 100);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void damagedOriginalsAreNotCopied()
    {
        const test::SampleClaim claim = test::sampleClaim();
        ExportSource source = claim.source();
        const auto read = source.originalBytes;
        const QString damaged = claim.data.originals.at(1).sha256;
        source.originalBytes = [read, damaged](const QString &sha) {
            QByteArray bytes = read(sha);
            if (sha == damaged)
                bytes[0] = char(bytes.at(0) ^ 0x20);
            return bytes;
        };
        QTemporaryDir dir;
        OriginalsExporter exporter;
        QVERIFY(!exporter.exportTo(source, ExportOptions(), dir.path()));
        QVERIFY2(exporter.errorString().contains(u"damaged"_s)
                     && exporter.errorString().contains(claim.data.originals.at(1).name),
                 qPrintable(exporter.errorString()));
        QVERIFY(leftovers(dir.path()).isEmpty());
    }
};

QTEST_MAIN(TestExportWrites)
#include "tst_exportwrites.moc"
