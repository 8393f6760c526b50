// Claims damaged on disk (issue #13): a claim is checked when it is opened (quick_check) and
// before every export (integrity_check and each original against its SHA-256); a damaged one is
// refused with a message a person can act on, by the store, the desk's open path
// (ClaimSession) and reimburse-cli, is never exported, and is never written to first (its
// header was changed when the journal mode was set before the check). A claim on a read-only
// medium without its -wal is still exported. The damage is made here by corrupting a page of
// the SQLite file. docs/security.md, "Claims that are damaged".
#include "claim/claimdocument.h"
#include "claim/claimstore.h"
#include "claimsession.h"
#include "sampleclaim.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

constexpr int kPageSize = 4096;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

// The root page of a table or index, read with a connection of its own before the damage.
int rootPage(const QString &path, const QString &name)
{
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u"SELECT rootpage FROM sqlite_master WHERE name = ?"_s);
            q.addBindValue(name);
            if (q.exec() && q.next())
                page = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    return page;
}

// Switches the claim to a rollback journal (as a copy made by another tool can be): opening it
// for writing would turn WAL back on, changing bytes 18-19 of the header.
bool useRollbackJournal(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"journal"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(u"PRAGMA journal_mode = DELETE"_s) && q.next() && q.value(0).toString() == u"delete";
        }
    }
    QSqlDatabase::removeDatabase(u"journal"_s);
    return ok;
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(bytes) == bytes.size();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys())
        if (k.startsWith(u"REIMBURSE_"))
            env.remove(k);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), args);
    p.waitForFinished(-1);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestClaimIntegrity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good;   // a sound claim of three documents, copied for each damage

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(u"good.claim"_s);
        ClaimDocument doc;
        QVERIFY(doc.open(m_good, ClaimStore::OpenMode::CreateIfMissing));
        for (int i = 0; i < 3; ++i) {
            // Large enough that each original spans overflow pages of its own.
            const QByteArray bytes = "%PDF-1.4 original " + QByteArray::number(i) + '\n' + QByteArray(12000, char('a' + i));
            const Invoice inv = test::testInvoice(InvoiceType::VatElectronicNormal, {},
                                                  u"2411200000000000000%1"_s.arg(i), u"2024-11-20"_s,
                                                  u"100.00"_s, u"6.00"_s, u"106.00"_s, u"示例公司"_s);
            QCOMPARE(doc.addDocument(bytes, test::recognized(bytes, u"invoice-%1.pdf"_s.arg(i), {inv})),
                     ClaimDocument::AddResult::Added);
        }
        doc.flush();
        QVERIFY(!doc.writeFailed());
    }

    // Each kind of damage: refused where it can first be seen (opening, or the export's full
    // check), the file byte for byte as it was, and never exported.
    void damagedClaimsAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("refusedOnOpen");
        QTest::addColumn<QString>("says");
        QTest::newRow("table page") << u"table"_s << true << u"is damaged"_s;
        QTest::newRow("index page") << u"index"_s << true << u"is damaged"_s;
        QTest::newRow("table page, rollback journal") << u"table-rollback"_s << true << u"is damaged"_s;
        QTest::newRow("original's bytes") << u"original"_s << false << u"do not match their SHA-256"_s;
    }

    void damagedClaimsAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(bool, refusedOnOpen);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(damage + u".claim"_s);
        QFile::remove(path);
        QVERIFY(QFile::copy(m_good, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (damage == u"table-rollback")
            QVERIFY(useRollbackJournal(path));
        if (damage == u"original") {
            // Inside the second original's bytes: the pages stay sound, only the content lies.
            const qsizetype at = fileBytes(path).indexOf("%PDF-1.4 original 1");
            QVERIFY(at > 0);
            QVERIFY(overwrite(path, at + 100, "XXXX"));
        } else {
            const int page = rootPage(path, damage == u"index" ? u"invoices_sha256"_s : u"invoices"_s);
            QVERIFY(page > 1);
            // The b-tree page header: cell count and content offset made impossible.
            QVERIFY(overwrite(path, qint64(page - 1) * kPageSize + 3, QByteArray("\x7f\xff\x00\x05", 4)));
        }
        const QByteArray before = hashOf(path);

        {
            ClaimStore store;
            QCOMPARE(store.open(path, ClaimStore::OpenMode::Existing), !refusedOnOpen);
            if (refusedOnOpen)
                QVERIFY2(store.errorString().contains(says) && store.errorString().contains(u"earlier copy"_s),
                         qPrintable(store.errorString()));
        }
        QCOMPARE(hashOf(path), before);   // not even the header changed

        // The desk's open path shows the same words.
        QByteArray now = before;
        {
            ClaimDocument doc;
            ClaimSession session(&doc, nullptr, nullptr, m_dir.filePath(u"untitled"_s));
            QCOMPARE(session.open(path), !refusedOnOpen);
            if (refusedOnOpen)
                QVERIFY2(session.errorString().contains(says), qPrintable(session.errorString()));
        }
        if (refusedOnOpen)
            QCOMPARE(hashOf(path), before);
        else
            now = hashOf(path);   // opened for editing, it may have been written to (its findings)

        // Every export refuses it before writing anything.
        for (const QString &format : {u"json"_s, u"csv"_s, u"originals"_s}) {
            const QString out = m_dir.filePath(damage + u"-export."_s + format);
            const Run r = runCli({u"export"_s, path, u"--format"_s, format, u"--out"_s, out}, m_dir.path());
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
            QVERIFY2(!QFileInfo::exists(out), qPrintable(out));
        }
        QCOMPARE(hashOf(path), now);

        // The desk's export: the claim's own check runs before any target is written.
        if (!refusedOnOpen) {
            ClaimDocument open;
            QVERIFY(open.open(path));
            const ExportSource source = open.exportSource();
            QVERIFY(source.verify);
            QVERIFY2(source.verify().contains(says), qPrintable(source.verify()));
        }

        // Adding to it from the command line leaves it as it was.
        if (refusedOnOpen) {
            const QString input = m_dir.filePath(u"more.pdf"_s);
            QFile f(input);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::makeTestPdf(u"发票"_s));
            f.close();
            const Run r = runCli({u"recognize"_s, u"--format"_s, u"json"_s, u"--claim"_s, path, input}, m_dir.path());
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
            QCOMPARE(hashOf(path), before);
        }
    }

    void soundClaimPassesEveryCheck()
    {
        ClaimStore store;
        QVERIFY2(store.open(m_good, ClaimStore::OpenMode::ReadOnly), qPrintable(store.errorString()));
        QCOMPARE(store.verifyForExport(), QString());
        const QString out = m_dir.filePath(u"good.json"_s);
        const Run r = runCli({u"export"_s, m_good, u"--format"_s, u"json"_s, u"--out"_s, out}, m_dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // A claim on a read-only medium without its -wal (as copied there): SQLite cannot create the
    // -shm it reads a WAL-mode file through, so the claim is read as immutable and exported.
    void readOnlyClaimWithoutWalIsExported()
    {
        QTemporaryDir mountPoint;
        QProcess probe;
        probe.start(u"unshare"_s, {u"-m"_s, u"sh"_s, u"-c"_s, u"mount -t tmpfs -o size=4m tmpfs \"$0\""_s, mountPoint.path()});
        if (!probe.waitForFinished(-1) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QSKIP("no private mount namespace here (unshare -m)");
        // Only the claim itself is copied there (its writer closed it: everything is in the file).
        const QString out = m_dir.filePath(u"readonly.json"_s);
        const QString script = uR"SH(d="$0"; claim="$1"; out="$2"; cli="$3"
mount -t tmpfs -o size=4m tmpfs "$d" || exit 97
cp "$claim" "$d/trip.claim" || exit 98
mount -o remount,ro "$d" || exit 99
"$cli" export "$d/trip.claim" --format json --out "$out"
echo "RC=$?"
ls -A "$d"
)SH"_s;
        QProcess p;
        p.start(u"unshare"_s, {u"-m"_s, u"sh"_s, u"-c"_s, script, mountPoint.path(), m_good, out, test::cliPath()});
        QVERIFY(p.waitForFinished(-1));
        const QByteArray stdOut = p.readAllStandardOutput();
        const QByteArray stdErr = p.readAllStandardError();
        QVERIFY2(stdOut.contains("RC=0\n"), QByteArray(stdOut + stdErr).constData());
        QVERIFY2(!stdOut.contains("-shm") && !stdOut.contains("-wal"), stdOut.constData());
        const QJsonObject json = QJsonDocument::fromJson(fileBytes(out)).object();
        QCOMPARE(json.value(u"documents"_s).toArray().size(), 3);
    }
};

QTEST_MAIN(TestClaimIntegrity)
#include "tst_claimintegrity.moc"
