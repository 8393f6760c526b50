// `reimburse-cli export` and `recognize --claim` end to end: every format is written, the claim
// file is not changed by an export, bad command lines exit 2, unreadable or newer claims exit 1
// with a message.
#include "claim/claimdocument.h"
#include "sampleclaim.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(test::cliPath()))
            QSKIP("reimburse-cli is not built");
        QVERIFY(m_dir.isValid());
        m_claim = m_dir.filePath(u"trip.claim"_s);
        ClaimDocument doc;
        QVERIFY(doc.open(m_claim, ClaimStore::OpenMode::CreateIfMissing));
        const test::SampleClaim sample = test::sampleClaim(true);
        QVERIFY(test::addSampleTo(sample, doc));
        QVERIFY(doc.setDetails(sample.data.details));
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("xlsx") << QStringList{u"--format"_s, u"xlsx"_s} << QByteArray("PK");
        QTest::newRow("csv") << QStringList{u"--format"_s, u"csv"_s, u"--columns"_s, u"number,total"_s, u"--lang"_s, u"en"_s}
                             << QByteArray("\xEF\xBB\xBFInvoice number,Total\r\n");
        QTest::newRow("json") << QStringList{u"--format"_s, u"json"_s} << QByteArray("{");
        QTest::newRow("pdf 2up") << QStringList{u"--format"_s, u"pdf"_s, u"--layout"_s, u"2up"_s, u"--dpi"_s, u"100"_s}
                                 << QByteArray("%PDF");
    }

    void exportsEveryFormat()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, magic);
        const QByteArray before = fileHash(m_claim);
        const QString out = m_dir.filePath(u"out-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QProcess p;
        p.start(test::cliPath(), QStringList{u"export"_s, m_claim} + args + QStringList{u"--out"_s, out});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(magic));
        QCOMPARE(fileHash(m_claim), before);
    }

    void exportsOriginals()
    {
        const QString out = m_dir.filePath(u"originals"_s);
        QProcess p;
        p.start(test::cliPath(), {u"export"_s, m_claim, u"--format"_s, u"originals"_s, u"--out"_s, out,
                                  u"--template"_s, u"{index}_{number}"_s});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(QDir(out).entryList(QDir::Files),
                 (QStringList{u"001_01670989.pdf"_s, u"002_12345678.pdf"_s, u"003_24312000000012345678.pdf"_s}));
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no format") << QStringList{u"--out"_s, u"x"_s} << 2;
        QTest::newRow("unknown format") << QStringList{u"--format"_s, u"docx"_s, u"--out"_s, u"x"_s} << 2;
        QTest::newRow("no out") << QStringList{u"--format"_s, u"csv"_s} << 2;
        QTest::newRow("bad layout") << QStringList{u"--format"_s, u"pdf"_s, u"--layout"_s, u"3up"_s, u"--out"_s, u"x"_s} << 2;
        QTest::newRow("bad column") << QStringList{u"--format"_s, u"csv"_s, u"--columns"_s, u"total,Bad Key"_s, u"--out"_s, u"x"_s} << 2;
        QTest::newRow("bad lang") << QStringList{u"--format"_s, u"csv"_s, u"--lang"_s, u"fr"_s, u"--out"_s, u"x"_s} << 2;
    }

    void badCommandLines()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QProcess p;
        p.start(test::cliPath(), QStringList{u"export"_s, m_claim} + args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), exitCode);
        QVERIFY(!p.readAllStandardError().isEmpty());
    }

    // Files of the claim without recognised invoices are listed with their state, next to the
    // recognised documents (issue #10: the claim loses no file).
    void jsonListsEveryDocumentWithItsState()
    {
        const QString path = m_dir.filePath(u"states.claim"_s);
        {
            ClaimDocument doc;
            QVERIFY(doc.open(path, ClaimStore::OpenMode::CreateIfMissing));
            const QByteArray pdf = test::makeTestPdf(u"recognised"_s);
            QCOMPARE(doc.addDocument(pdf, test::recognized(pdf, u"recognised.pdf"_s, {test::testInvoice(
                          InvoiceType::Taxi, {}, u"00000001"_s, u"2024-01-05"_s, {}, {}, u"20.00"_s, {})})),
                     ClaimDocument::AddResult::Added);
            ClaimIntake waiting;
            waiting.name = u"waiting.jpg"_s;
            waiting.sourcePath = u"/nowhere/waiting.jpg"_s;
            ClaimIntake failed = waiting;
            failed.name = u"failed.pdf"_s;
            failed.state = ClaimIntake::State::Failed;
            failed.errorCode = u"pdf_corrupt"_s;
            failed.errorMessage = u"The PDF is damaged."_s;
            ClaimIntake cancelled = waiting;
            cancelled.name = u"cancelled.ofd"_s;
            cancelled.state = ClaimIntake::State::Cancelled;
            QCOMPARE(doc.addIntakes({waiting, failed, cancelled}).size(), qsizetype(3));
        }
        const QString out = m_dir.filePath(u"states.json"_s);
        QProcess p;
        p.start(test::cliPath(), {u"export"_s, path, u"--format"_s, u"json"_s, u"--out"_s, out});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray documents = QJsonDocument::fromJson(f.readAll()).object().value(u"documents"_s).toArray();
        QHash<QString, QJsonObject> byFile;
        for (const QJsonValue &d : documents)
            byFile.insert(d.toObject().value(u"file"_s).toString(), d.toObject());
        QCOMPARE(byFile.size(), 4);
        QCOMPARE(byFile.value(u"recognised.pdf"_s).value(u"state"_s).toString(), u"recognised"_s);
        QCOMPARE(byFile.value(u"waiting.jpg"_s).value(u"state"_s).toString(), u"waiting"_s);
        QCOMPARE(byFile.value(u"failed.pdf"_s).value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(byFile.value(u"failed.pdf"_s).value(u"error"_s).toObject().value(u"code"_s).toString(), u"pdf_corrupt"_s);
        QCOMPARE(byFile.value(u"cancelled.ofd"_s).value(u"state"_s).toString(), u"cancelled"_s);
    }

    void unusableClaims()
    {
        const QString missing = m_dir.filePath(u"missing.claim"_s);
        const QString newer = m_dir.filePath(u"newer.claim"_s);
        QVERIFY(QFile::copy(m_claim, newer));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 50"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        for (const auto &[path, message] : {std::pair{missing, u"does not exist"_s}, std::pair{newer, u"newer version"_s}}) {
            QProcess p;
            p.start(test::cliPath(), {u"export"_s, path, u"--format"_s, u"csv"_s, u"--out"_s, m_dir.filePath(u"x.csv"_s)});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 1);
            QVERIFY(QString::fromLocal8Bit(p.readAllStandardError()).contains(message));
            QVERIFY(!QFile::exists(m_dir.filePath(u"x.csv"_s)));
        }
    }

    void recognizeIntoAClaim()
    {
        if (!test::haveRealFixtures())
            QSKIP("the real fixtures are not available");
        QStringList pdfs;
        for (QDirIterator it(test::realFixturesDir(), {u"*.pdf"_s}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext() && pdfs.size() < 3;)
            pdfs << it.next();
        QVERIFY(!pdfs.isEmpty());
        const QString claim = m_dir.filePath(u"new.claim"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)); // a ledger of its own
        qsizetype added = 0;
        for (int run = 0; run < 2; ++run) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(test::cliPath(), QStringList{u"recognize"_s, u"--format"_s, u"json"_s, u"--claim"_s, claim} + pdfs);
            QVERIFY(p.waitForFinished(120000));
            const QString err = QString::fromLocal8Bit(p.readAllStandardError());
            const QRegularExpressionMatch m =
                QRegularExpression(u"(\\d+) documents added \\(\\d+ invoices\\), (\\d+) already"_s).match(err);
            QVERIFY2(m.hasMatch(), qPrintable(err));
            if (run == 0) {
                added = m.captured(1).toInt();
                QVERIFY(added >= 1);
            } else {
                QCOMPARE(m.captured(1).toInt(), 0);
                QCOMPARE(m.captured(2).toInt(), added);
            }
        }
        ClaimStore store;
        QVERIFY(store.open(claim, ClaimStore::OpenMode::ReadOnly));
        const auto data = store.load();
        QVERIFY(data);
        QCOMPARE(data->originals.size(), added);
        QVERIFY(!data->invoices.isEmpty());
        QVERIFY(QFile::exists(m_dir.filePath(u"data/reimburse/reimburse/duplicate-ledger.sqlite"_s)));
    }

private:
    QTemporaryDir m_dir;
    QString m_claim;
};

QTEST_MAIN(TestExportCli)
#include "tst_exportcli.moc"
