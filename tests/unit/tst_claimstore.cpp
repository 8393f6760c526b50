// The claim file: everything written comes back exactly (every field with its provenance,
// findings, history, recognition results with raw responses, originals, pages), changes are
// all-or-nothing, and files the store cannot own (newer, foreign, damaged) are refused
// without being touched.
#include "claim/claimschema.h"
#include "claim/claimstore.h"
#include "sampleclaim.h"

#include <QCryptographicHash>
#include <QFile>
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
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file through a connection of its own (as another program would).
bool rawSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

ClaimDelta everything(const test::SampleClaim &c)
{
    ClaimDelta d;
    d.details = c.data.details;
    d.originalsAdded = c.data.originals;
    d.originalBytes = c.bytes;
    d.recognitionsAdded = c.data.recognitions;
    d.invoicesWritten = c.data.invoices;
    d.editsAdded = c.data.history;
    return d;
}

// The sample claim with every member of every struct set to something not its default.
test::SampleClaim richClaim()
{
    test::SampleClaim c = test::sampleClaim();
    ClaimInvoice &ci = c.data.invoices[2];
    Invoice &inv = ci.invoice;
    inv.page = 1;
    inv.region = QPolygonF({{1.5, 2.25}, {1000, 2.25}, {1000, 700.75}, {1.5, 700.75}});
    inv.orientation = 90;
    inv.typeInferred = true;
    inv.typeSource = u"inferred:number"_s;
    Field uncertain = makeField(u"张三"_s, u"pdf:text"_s, QPolygonF({{1, 2}, {3, 2}, {3, 4}, {1, 4}}), 1);
    uncertain.uncertain = true;
    inv.set(u"passenger_name"_s, uncertain);
    Field cleared = makeField(u""_s, u"user"_s);
    cleared.edited = true;
    cleared.machineValue = u"备注"_s;
    inv.set(u"remark"_s, cleared);
    Field added = makeField(u"A1"_s, u"user"_s);
    added.edited = true; // a person added it: the machine read nothing
    inv.set(u"seat"_s, added);
    inv.set(u"electronic"_s, makeField(u"true"_s, u"qr"_s));
    inv.items = {FieldMap{{u"name"_s, makeField(u"*住宿服务*住宿费"_s, u"pdf:text"_s)},
                          {u"amount"_s, makeField(u"943.40"_s, u"pdf:text"_s, QPolygonF({{5, 5}, {9, 5}, {9, 9}, {5, 9}}), 1)}}};
    inv.flights = {FieldMap{{u"from"_s, makeField(u"PEK"_s, u"x"_s)}}};
    inv.trips = {FieldMap{{u"city"_s, makeField(u"上海"_s, u"x"_s)}}};
    inv.qrcodes = {u"01,32,,24312000000012345678,1000.00,20240510,,ABCD"_s};
    inv.barcodes = {u"123"_s};
    inv.candidates = {{u"check_code"_s, {u"1111"_s, u"2222"_s}}};
    inv.alternatives = {{u"total"_s, {makeField(u"100.00"_s, u"qr"_s)}}};
    inv.findings.append(Finding{u"source_conflict"_s, Severity::Info, u"en"_s, u"中"_s, {u"total"_s, u"date"_s}});

    RecognitionRecord failed;
    failed.id = 9;
    failed.recognizedAt = QDateTime(QDate(2024, 6, 2), QTime(8, 0, 0, 123), Qt::UTC);
    failed.document = c.data.recognitions.at(0).document;
    failed.document.provider = u"tencent-vat"_s;
    failed.document.invoices.clear();
    failed.document.error = DocumentError{u"vendor_error"_s, u"The vendor refused the image."_s,
                                          u"FailedOperation.ImageDecodeFailed"_s, u"req-123"_s};
    failed.document.rawResponses = {QByteArrayLiteral("{\"Response\":{\"Error\":{}}}"), QByteArray("\x00\x01\xff", 3)};
    c.data.recognitions.append(failed);

    c.data.history.append(FieldEdit{2, 3, u"seat"_s, QString(), QString(), u"A1"_s,
                                    QDateTime(QDate(2024, 6, 2), QTime(8, 1, 2, 345), Qt::UTC), false});
    c.data.history.append(FieldEdit{3, 3, u"remark"_s, u"备注"_s, u"备注"_s, u""_s,
                                    QDateTime(QDate(2024, 6, 2), QTime(8, 1, 3), Qt::UTC), true});
    return c;
}

} // namespace

class TestClaimStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"claim-%1.claim"_s.arg(++m_counter));
    }

    void roundTripOfEverything()
    {
        const test::SampleClaim c = richClaim();
        {
            ClaimStore store;
            QVERIFY2(store.open(m_path, ClaimStore::OpenMode::CreateIfMissing), qPrintable(store.errorString()));
            QVERIFY(store.setMeta(u"claim_id"_s, c.data.claimId));
            QVERIFY2(store.apply(everything(c)), qPrintable(store.errorString()));
        }
        ClaimStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        const auto loaded = store.load();
        QVERIFY2(loaded, qPrintable(store.errorString()));
        QCOMPARE(loaded->details, c.data.details);
        QCOMPARE(loaded->originals, c.data.originals);
        QCOMPARE(loaded->recognitions.size(), c.data.recognitions.size());
        for (qsizetype i = 0; i < c.data.recognitions.size(); ++i)
            QCOMPARE(loaded->recognitions.at(i), c.data.recognitions.at(i));
        for (qsizetype i = 0; i < c.data.invoices.size(); ++i) {
            const Invoice &a = loaded->invoices.at(i).invoice;
            const Invoice &b = c.data.invoices.at(i).invoice;
            for (auto it = b.fields.cbegin(); it != b.fields.cend(); ++it)
                QVERIFY2(a.fields.value(it.key()) == it.value(), qPrintable(it.key()));
            QCOMPARE(a.findings, b.findings);
            QCOMPARE(loaded->invoices.at(i), c.data.invoices.at(i));
        }
        QCOMPARE(loaded->history, c.data.history);
        QCOMPARE(loaded->history.at(1).machineValue.isNull(), true);
        QCOMPARE(loaded->history.at(2).newValue.isNull(), false);
        QCOMPARE(*loaded, c.data);
        for (const ClaimOriginal &o : c.data.originals)
            QCOMPARE(store.originalBytes(o.sha256), c.bytes.value(o.sha256));
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    void newFileIsWalWithVersionAndId()
    {
        {
            ClaimStore store;
            QVERIFY(store.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
            QVERIFY(!store.meta(u"claim_id"_s).isEmpty());
            const auto data = store.load();
            QVERIFY(data);
            QCOMPARE(data->claimId, store.meta(u"claim_id"_s));
            QCOMPARE(data->details.currency, u"CNY"_s);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), claimschema::kCurrentVersion);
            QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
            QCOMPARE(quint32(q.value(0).toLongLong()), claimschema::kApplicationId);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void emptyFileBecomesAClaim()
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        ClaimStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QVERIFY(store.load());
    }

    void missingFileIsAnError()
    {
        ClaimStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY(store.errorString().contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(m_path));
    }

    void refusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("newer schema") << u"newer"_s << u"newer version"_s;
        QTest::newRow("foreign sqlite") << u"foreign"_s << u"not a claim file"_s;
        QTest::newRow("other application id") << u"appid"_s << u"not a claim file"_s;
        QTest::newRow("not sqlite") << u"text"_s << u"not a claim file"_s;
        QTest::newRow("truncated header") << u"short"_s << u"not a claim file"_s;
    }

    void refusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        if (kind == u"newer") {
            {
                ClaimStore store;
                QVERIFY(store.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
                QVERIFY(store.apply(everything(test::sampleClaim())));
            }
            QVERIFY(rawSql(m_path, {u"PRAGMA user_version = %1"_s.arg(claimschema::kCurrentVersion + 1),
                                    u"CREATE TABLE from_the_future (x)"_s}));
        } else if (kind == u"foreign") {
            QVERIFY(rawSql(m_path, {u"CREATE TABLE contacts (name TEXT)"_s, u"INSERT INTO contacts VALUES ('x')"_s}));
        } else if (kind == u"appid") {
            QVERIFY(rawSql(m_path, {u"PRAGMA application_id = 1234"_s, u"PRAGMA user_version = 1"_s,
                                    u"CREATE TABLE t (x)"_s}));
        } else {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kind == u"text" ? QByteArray(4096, 'x') : QByteArrayLiteral("SQLite format 3"));
        }
        QFile::remove(m_path + u"-wal"_s);
        QFile::remove(m_path + u"-shm"_s);
        const QByteArray before = fileHash(m_path);
        QVERIFY(!before.isEmpty());

        ClaimStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(u"not changed"_s));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(m_path), before);
        QVERIFY(!QFile::exists(m_path + u"-wal"_s));
    }

    void newerVersionMessageNamesBothVersions()
    {
        QVERIFY(rawSql(m_path, {u"PRAGMA application_id = %1"_s.arg(claimschema::kApplicationId),
                                u"PRAGMA user_version = 42"_s, u"CREATE TABLE t (x)"_s}));
        ClaimStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY(store.errorString().contains(u"format 42"_s));
        QVERIFY(store.errorString().contains(u"up to %1"_s.arg(claimschema::kCurrentVersion)));
    }

    void failedChangeLeavesNothing()
    {
        ClaimStore store;
        QVERIFY(store.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        const test::SampleClaim c = test::sampleClaim();
        ClaimDelta bad = everything(c);
        bad.details->claimant = u"李四"_s;
        bad.originalBytes.clear(); // an original without bytes: refused half-way
        QVERIFY(!store.apply(bad));
        const auto data = store.load();
        QVERIFY(data);
        QCOMPARE(data->details.claimant, QString());
        QVERIFY(data->invoices.isEmpty());
        QVERIFY(data->originals.isEmpty());
        // The store still works after a refused change.
        QVERIFY(store.apply(everything(c)));
        QCOMPARE(store.load()->invoices.size(), c.data.invoices.size());
    }

    void anotherWriterIsNotOverwritten()
    {
        const test::SampleClaim c = test::sampleClaim();
        ClaimStore first;
        QVERIFY(first.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        QVERIFY(first.apply(everything(c)));
        QVERIFY(first.load());
        ClaimDelta mine;
        mine.details = c.data.details;
        mine.details->purpose = u"mine"_s;
        QVERIFY(first.apply(mine)); // our own commits do not count
        QVERIFY(first.apply(mine));

        ClaimStore second;
        QVERIFY(second.open(m_path));
        QVERIFY(second.load());
        ClaimDelta theirs = mine;
        theirs.details->purpose = u"theirs"_s;
        QVERIFY(second.apply(theirs));

        QVERIFY(!first.apply(mine));
        QVERIFY2(first.errorString().contains(u"changed by another program"_s), qPrintable(first.errorString()));
        QCOMPARE(second.load()->details.purpose, u"theirs"_s);
        QVERIFY(first.load()); // a fresh picture: writing works again
        QVERIFY(first.apply(mine));
        QCOMPARE(second.load()->details.purpose, u"mine"_s);
    }

    void removingAnOriginalTakesItsPartsAlong()
    {
        ClaimStore store;
        QVERIFY(store.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        const test::SampleClaim c = test::sampleClaim();
        QVERIFY(store.apply(everything(c)));
        const QString sha = c.data.originals.at(2).sha256;
        QImage page(20, 10, QImage::Format_RGB32);
        page.fill(Qt::white);
        QVERIFY(store.putPage(sha, 1, 150, page));
        ClaimDelta remove;
        remove.originalsRemoved = {sha};
        QVERIFY(store.apply(remove));
        const auto data = store.load();
        QCOMPARE(data->originals.size(), 2);
        QCOMPARE(data->invoices.size(), 2);
        QCOMPARE(data->recognitions.size(), 2);
        QVERIFY(store.page(sha, 1, 150).isNull());
        QVERIFY(store.originalBytes(sha).isEmpty());
        // The history of removed invoices stays: it is an audit trail.
        QCOMPARE(data->history.size(), 1);
    }

    void pagesAreCached()
    {
        ClaimStore store;
        QVERIFY(store.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        const test::SampleClaim c = test::sampleClaim();
        QVERIFY(store.apply(everything(c)));
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QString sha = c.data.originals.at(0).sha256;
        QVERIFY(store.putPage(sha, 1, 150, image));
        QCOMPARE(store.page(sha, 1, 150).convertToFormat(QImage::Format_RGB32), image);
        QVERIFY(store.page(sha, 1, 300).isNull());
        QVERIFY(store.page(sha, 2, 150).isNull());
    }

    void metaAndCopy()
    {
        const test::SampleClaim c = test::sampleClaim();
        ClaimStore store;
        QVERIFY(store.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        QVERIFY(store.apply(everything(c)));
        QVERIFY(store.setMeta(u"selection"_s, u"3"_s));
        const QString copy = m_dir.filePath(u"copy.claim"_s);
        QFile old(copy);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file at the target");
        old.close();
        QVERIFY2(store.copyTo(copy), qPrintable(store.errorString()));
        ClaimStore other;
        QVERIFY2(other.open(copy), qPrintable(other.errorString()));
        QCOMPARE(other.meta(u"selection"_s), u"3"_s);
        QCOMPARE(other.meta(u"claim_id"_s), store.meta(u"claim_id"_s));
        QCOMPARE(*other.load(), *store.load());
        QCOMPARE(other.integrityCheck(), u"ok"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestClaimStore)
#include "tst_claimstore.moc"
