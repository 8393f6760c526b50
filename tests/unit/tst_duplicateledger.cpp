// The duplicate ledger: an invoice already in another claim is flagged `duplicate_in_history`
// naming that claim, whichever file it arrives as; removing it from a claim updates the ledger.
#include "claim/claimdocument.h"
#include "claim/duplicateledger.h"
#include "claim/ledgeridentity.h"
#include "sampleclaim.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

Q_DECLARE_METATYPE(ra::Invoice)

namespace {

const Finding *historyFinding(const Invoice &inv)
{
    for (const Finding &f : inv.findings)
        if (f.rule == u"duplicate_in_history")
            return &f;
    return nullptr;
}

Invoice taxiTicket(const QString &sellerTaxId, const QString &date, const QString &total)
{
    Invoice inv = test::testInvoice(InvoiceType::Taxi, {}, {}, date, {}, {}, total, u"强生出租"_s);
    if (!sellerTaxId.isEmpty())
        inv.set(u"seller_tax_id"_s, makeField(sellerTaxId, u"test"_s));
    return inv;
}

Invoice vat(const QString &code, const QString &number)
{
    return test::testInvoice(InvoiceType::VatElectronicNormal, code, number, u"2024-05-08"_s, u"100.00"_s,
                             u"6.00"_s, u"106.00"_s, u"上海餐饮有限公司"_s);
}

} // namespace

class TestDuplicateLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_ledgerPath = m_dir.filePath(u"ledger-%1.sqlite"_s.arg(++m_counter));
        QVERIFY2(m_ledger.open(m_ledgerPath), qPrintable(m_ledger.errorString()));
    }

    void cleanup() { m_ledger.close(); }

    void identity_data()
    {
        QTest::addColumn<Invoice>("invoice");
        QTest::addColumn<QString>("identity");
        QTest::newRow("digital number") << vat({}, u"24312000000012345678"_s) << u"number:24312000000012345678"_s;
        QTest::newRow("digital number ignores code") << vat(u"031001900111"_s, u"24312000000012345678"_s)
                                                     << u"number:24312000000012345678"_s;
        QTest::newRow("code and number") << vat(u"031001900111"_s, u"12345678"_s) << u"code:031001900111/12345678"_s;
        QTest::newRow("printed No prefix") << vat(u"031001900111"_s, u"No 12345678"_s)
                                           << u"code:031001900111/12345678"_s;
        QTest::newRow("ticket without number") << taxiTicket(u"91310000132149237G"_s, u"2024年5月6日"_s, u"¥23.00"_s)
                                               << u"seller:91310000132149237G/2024-05-06/2300"_s;
        QTest::newRow("ticket, lower-case tax id") << taxiTicket(u"91310000132149237g"_s, u"2024-05-06"_s, u"23"_s)
                                                   << u"seller:91310000132149237G/2024-05-06/2300"_s;
        QTest::newRow("ticket without seller") << taxiTicket({}, u"2024-05-06"_s, u"23.00"_s) << QString();
        QTest::newRow("ticket without total") << taxiTicket(u"91310000132149237G"_s, u"2024-05-06"_s, {}) << QString();
        QTest::newRow("number without code") << vat({}, u"12345678"_s) << QString();
    }

    void identity()
    {
        QFETCH(Invoice, invoice);
        QFETCH(QString, identity);
        QCOMPARE(claim::ledgerIdentity(invoice), identity);
    }

    void recordForgetSync()
    {
        const auto entry = [](const QString &claim, qint64 id, const QString &identity) {
            return DuplicateLedger::Entry{identity, claim, u"/c/"_s + claim, u"Claim "_s + claim, id, {}};
        };
        QVERIFY(m_ledger.record(entry(u"A"_s, 1, u"number:1"_s)));
        QVERIFY(m_ledger.record(entry(u"A"_s, 2, u"number:2"_s)));
        QVERIFY(m_ledger.record(entry(u"B"_s, 7, u"number:1"_s)));
        QCOMPARE(m_ledger.otherClaims(u"number:1"_s, u"A"_s).size(), 1);
        QCOMPARE(m_ledger.otherClaims(u"number:1"_s, u"A"_s).constFirst().claimName, u"Claim B"_s);
        QCOMPARE(m_ledger.otherClaims(u"number:1"_s, u"C"_s).size(), 2);
        QVERIFY(m_ledger.otherClaims(u"number:2"_s, u"A"_s).isEmpty());
        QVERIFY(m_ledger.otherClaims(QString(), u"A"_s).isEmpty());

        // An empty identity forgets; a changed identity moves.
        QVERIFY(m_ledger.record(entry(u"B"_s, 7, QString())));
        QVERIFY(m_ledger.otherClaims(u"number:1"_s, u"A"_s).isEmpty());
        QVERIFY(m_ledger.record(entry(u"B"_s, 8, u"number:2"_s)));
        QVERIFY(m_ledger.record(entry(u"B"_s, 8, u"number:3"_s)));
        QVERIFY(m_ledger.otherClaims(u"number:2"_s, u"B"_s).size() == 1);
        QVERIFY(m_ledger.otherClaims(u"number:2"_s, u"A"_s).isEmpty());

        QVERIFY(m_ledger.syncClaim(u"A"_s, u"/moved/A"_s, u"Renamed"_s, {entry(u"A"_s, 2, u"number:2"_s)}));
        QCOMPARE(m_ledger.entriesOf(u"A"_s).size(), 1);
        QCOMPARE(m_ledger.entriesOf(u"A"_s).constFirst().claimPath, u"/moved/A"_s);
        QCOMPARE(m_ledger.otherClaims(u"number:2"_s, u"B"_s).constFirst().claimName, u"Renamed"_s);
        QVERIFY(m_ledger.forget(u"A"_s, 2));
        QVERIFY(m_ledger.entriesOf(u"A"_s).isEmpty());
    }

    void defaultLocationIsTheAppDataFolder()
    {
        QVERIFY(DuplicateLedger::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(DuplicateLedger::defaultPath().contains(u".qttest"_s)); // test mode: never the user's own
    }

    void newerLedgerRefused()
    {
        m_ledger.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(m_ledgerPath);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 7"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        QVERIFY(!m_ledger.open(m_ledgerPath));
        QVERIFY(m_ledger.errorString().contains(u"newer version"_s));
    }

    void flaggedAcrossClaims()
    {
        const QString pathA = m_dir.filePath(u"may-%1.claim"_s.arg(m_counter));
        const QString pathB = m_dir.filePath(u"june-%1.claim"_s.arg(m_counter));
        const QByteArray pdf = "%PDF-1.4 the e-invoice";
        const QByteArray photo = "a photo of the printed PDF";
        qint64 idA = 0;
        {
            ClaimDocument a;
            a.setLedger(&m_ledger);
            QVERIFY(a.open(pathA, ClaimStore::OpenMode::CreateIfMissing));
            ClaimDetails d;
            d.title = u"五月差旅"_s;
            QVERIFY(a.setDetails(d));
            a.addDocument(pdf, test::recognized(pdf, u"invoice.pdf"_s, {vat(u"031001900111"_s, u"12345678"_s)}));
            idA = a.invoices().constFirst().id;
            QVERIFY(!historyFinding(a.invoices().constFirst().invoice));
        }

        ClaimDocument b;
        b.setLedger(&m_ledger);
        QVERIFY(b.open(pathB, ClaimStore::OpenMode::CreateIfMissing));
        // The same invoice as a different file: another sha256, same identity.
        QCOMPARE(b.addDocument(photo, test::recognized(photo, u"photo.jpg"_s, {vat(u"031001900111"_s, u"12345678"_s)})),
                 ClaimDocument::AddResult::Added);
        const qint64 idB = b.invoices().constFirst().id;
        const Finding *f = historyFinding(b.invoice(idB)->invoice);
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Error);
        QVERIFY2(f->message.contains(u"五月差旅"_s), qPrintable(f->message));
        QVERIFY(f->message.contains(QFileInfo(pathA).fileName()));
        QVERIFY(f->messageZh.contains(u"五月差旅"_s));
        QCOMPARE(f->fields, (QStringList{u"code"_s, u"number"_s}));
        // Stored with the invoice, so exports and a reopened claim show it.
        {
            b.flush();   // written by the document's writer thread
            ClaimStore s;
            QVERIFY(s.open(pathB));
            QVERIFY(historyFinding(s.load()->invoices.constFirst().invoice));
        }

        // A corrected number is no longer a duplicate; undo brings the finding back.
        QVERIFY(b.editField(idB, u"number"_s, u"12345679"_s));
        QVERIFY(!historyFinding(b.invoice(idB)->invoice));
        b.undoStack()->undo();
        QVERIFY(historyFinding(b.invoice(idB)->invoice));

        // Claim A, reopened, now learns about B as well.
        {
            ClaimDocument a;
            a.setLedger(&m_ledger);
            QVERIFY(a.open(pathA));
            QVERIFY(historyFinding(a.invoice(idA)->invoice));
            QVERIFY(historyFinding(a.invoice(idA)->invoice)->message.contains(QFileInfo(pathB).fileName()));
        }

        // Removing it from B updates the ledger: A, reopened, is clean again.
        QVERIFY(b.removeInvoice(idB));
        QVERIFY(m_ledger.otherClaims(u"code:031001900111/12345678"_s, b.data().claimId).size() == 1);
        QVERIFY(m_ledger.entriesOf(b.data().claimId).isEmpty());
        {
            ClaimDocument a;
            a.setLedger(&m_ledger);
            QVERIFY(a.open(pathA));
            QVERIFY(!historyFinding(a.invoice(idA)->invoice));
        }
        // Undoing the removal puts it back in the ledger.
        b.undoStack()->undo();
        QCOMPARE(m_ledger.entriesOf(b.data().claimId).size(), 1);
    }

    void ticketsWithoutNumbers()
    {
        const QString pathA = m_dir.filePath(u"a-%1.claim"_s.arg(m_counter));
        const QString pathB = m_dir.filePath(u"b-%1.claim"_s.arg(m_counter));
        const QByteArray one = "ticket scan 1";
        const QByteArray two = "ticket scan 2";
        {
            ClaimDocument a;
            a.setLedger(&m_ledger);
            QVERIFY(a.open(pathA, ClaimStore::OpenMode::CreateIfMissing));
            a.addDocument(one, test::recognized(one, u"1.jpg"_s, {taxiTicket(u"91310000132149237G"_s, u"2024-05-06"_s, u"23.00"_s)}));
        }
        ClaimDocument b;
        b.setLedger(&m_ledger);
        QVERIFY(b.open(pathB, ClaimStore::OpenMode::CreateIfMissing));
        b.addDocument(two, test::recognized(two, u"2.jpg"_s, {taxiTicket(u"91310000132149237G"_s, u"2024年5月6日"_s, u"23"_s),
                                                               taxiTicket(u"91310000132149237G"_s, u"2024-05-06"_s, u"24.00"_s)}));
        const Finding *f = historyFinding(b.invoices().at(0).invoice);
        QVERIFY(f);
        QCOMPARE(f->fields, (QStringList{u"seller_tax_id"_s, u"date"_s, u"total"_s}));
        QVERIFY(!historyFinding(b.invoices().at(1).invoice));
    }

    // The desk's untitled claims have internal file names: the finding says "an unsaved claim".
    void anUntitledClaimIsNamedForWhatItIs()
    {
        const QString pathA = m_dir.filePath(u"untitled-20261204-190612-755c6322-%1.claim"_s.arg(m_counter));
        const QString pathB = m_dir.filePath(u"named-%1.claim"_s.arg(m_counter));
        const QByteArray pdf = "%PDF-1.4 untitled";
        const QByteArray photo = "a photo of it";
        {
            ClaimDocument a;
            a.setLedger(&m_ledger);
            QVERIFY(a.open(pathA, ClaimStore::OpenMode::CreateIfMissing));
            a.addDocument(pdf, test::recognized(pdf, u"x.pdf"_s, {vat(u"031001900111"_s, u"66666666"_s)}));
        }
        ClaimDocument b;
        b.setLedger(&m_ledger);
        QVERIFY(b.open(pathB, ClaimStore::OpenMode::CreateIfMissing));
        b.addDocument(photo, test::recognized(photo, u"y.jpg"_s, {vat(u"031001900111"_s, u"66666666"_s)}));
        const Finding *f = historyFinding(b.invoices().constFirst().invoice);
        QVERIFY(f);
        QVERIFY2(f->message.contains(u"an unsaved claim"_s), qPrintable(f->message));
        QVERIFY2(!f->message.contains(u"untitled-"_s), qPrintable(f->message));
        QVERIFY(f->messageZh.contains(u"未保存的报销单"_s));
    }

    void unsavedClaimsStayOutOfTheLedger()
    {
        ClaimDocument doc;
        doc.setLedger(&m_ledger);
        const QByteArray pdf = "%PDF-1.4 draft";
        doc.addDocument(pdf, test::recognized(pdf, u"d.pdf"_s, {vat(u"031001900111"_s, u"55555555"_s)}));
        QVERIFY(m_ledger.entriesOf(doc.data().claimId).isEmpty());
        QVERIFY(doc.saveAs(m_dir.filePath(u"draft-%1.claim"_s.arg(m_counter))));
        QCOMPARE(m_ledger.entriesOf(doc.data().claimId).size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_ledgerPath;
    DuplicateLedger m_ledger;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestDuplicateLedger)
#include "tst_duplicateledger.moc"
