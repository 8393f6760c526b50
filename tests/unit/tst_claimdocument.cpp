// The claim document: every edit is an undoable command that emits one typed change, re-runs
// validation and is on disk once its writer thread commits it (flush() waits for that); undo and redo restore exactly; the modified mark
// follows the undo stack; Save As keeps working on the new file.
#include "claim/claimdocument.h"
#include "claim/claimstore.h"
#include "claim/recentfiles.h"
#include "sampleclaim.h"

#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QThread>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

bool hasFinding(const Invoice &inv, const QString &rule)
{
    for (const Finding &f : inv.findings)
        if (f.rule == rule)
            return true;
    return false;
}

QList<ClaimChange> changesOf(const QSignalSpy &spy)
{
    QList<ClaimChange> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<ClaimChange>();
    return out;
}

// Loads the file as another program would, behind the document's back, once the document's
// writer has written everything queued (writes are asynchronous).
ClaimData onDisk(ClaimDocument &doc, const QString &path)
{
    doc.flush();
    ClaimStore store;
    if (!store.open(path))
        return {};
    return store.load().value_or(ClaimData());
}

Invoice vatInvoice(const QString &number, const QString &total = u"106.00"_s)
{
    return test::testInvoice(InvoiceType::VatElectronicNormal, u"031001900111"_s, number, u"2024-05-08"_s,
                             u"100.00"_s, u"6.00"_s, total, u"上海餐饮有限公司"_s);
}

} // namespace

class TestClaimDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ClaimChange>();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(u"doc-%1.claim"_s.arg(++m_counter));
    }

    void editFieldUndoRedo()
    {
        ClaimDocument doc;
        doc.setValidationDate(QDate(2024, 6, 1));
        QVERIFY(doc.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        const QByteArray bytes = "%PDF-1.4 dinner";
        QCOMPARE(doc.addDocument(bytes, test::recognized(bytes, u"in/dinner.pdf"_s, {vatInvoice(u"12345678"_s)})),
                 ClaimDocument::AddResult::Added);
        const qint64 id = doc.invoices().constFirst().id;
        const Field machine = doc.invoice(id)->invoice.fields.value(u"total"_s);
        QVERIFY(!hasFinding(doc.invoice(id)->invoice, u"total_mismatch"_s));

        QSignalSpy spy(&doc, &ClaimDocument::changed);
        QVERIFY(doc.editField(id, u"total"_s, u"160.00"_s));
        QCOMPARE(changesOf(spy), (QList<ClaimChange>{{ClaimChange::Kind::InvoiceChanged, id, {}, u"total"_s}}));
        const Field edited = doc.invoice(id)->invoice.fields.value(u"total"_s);
        QCOMPARE(edited.value, u"160.00"_s);
        QVERIFY(edited.edited);
        QCOMPARE(edited.machineValue, u"106.00"_s);
        QCOMPARE(edited.machineSource, machine.source);   // where the machine's value came from
        QCOMPARE(edited.source, u"user"_s);
        QCOMPARE(edited.polygon, machine.polygon); // still points at the printed value
        QVERIFY2(hasFinding(doc.invoice(id)->invoice, u"total_mismatch"_s), "validation re-ran after the edit");
        QCOMPARE(doc.history(id).size(), 1);
        QCOMPARE(doc.history(id).constFirst().machineValue, u"106.00"_s);
        QCOMPARE(doc.history(id).constFirst().oldValue, u"106.00"_s);
        QCOMPARE(doc.history(id).constFirst().newValue, u"160.00"_s);
        QVERIFY(doc.history(id).constFirst().when.isValid());
        // On disk as soon as the call returns.
        QCOMPARE(onDisk(doc, m_path).invoice(id)->invoice.fields.value(u"total"_s), edited);
        QCOMPARE(onDisk(doc, m_path).history.size(), 1);

        spy.clear();
        doc.undoStack()->undo();
        QCOMPARE(changesOf(spy), (QList<ClaimChange>{{ClaimChange::Kind::InvoiceChanged, id, {}, u"total"_s}}));
        QCOMPARE(doc.invoice(id)->invoice.fields.value(u"total"_s), machine);
        QVERIFY(!hasFinding(doc.invoice(id)->invoice, u"total_mismatch"_s));
        QCOMPARE(onDisk(doc, m_path).invoice(id)->invoice.fields.value(u"total"_s), machine);
        QCOMPARE(doc.history(id).size(), 2);
        QVERIFY(doc.history(id).at(1).undo);
        QCOMPARE(doc.history(id).at(1).newValue, u"106.00"_s);

        doc.undoStack()->redo();
        QCOMPARE(doc.invoice(id)->invoice.fields.value(u"total"_s), edited);
        QCOMPARE(onDisk(doc, m_path).invoice(id)->invoice, doc.invoice(id)->invoice);

        // A second edit keeps what the machine read, not the first edit.
        QVERIFY(doc.editField(id, u"total"_s, u"106.50"_s));
        QCOMPARE(doc.invoice(id)->invoice.fields.value(u"total"_s).machineValue, u"106.00"_s);
        QCOMPARE(doc.history(id).constLast().machineValue, u"106.00"_s);
        QVERIFY(!doc.editField(id, u"total"_s, u"106.50"_s)); // no change, no command
        QVERIFY(!doc.editField(999, u"total"_s, u"1.00"_s));
    }

    void reviewedMarkIsAnUndoableEditThatPersists()
    {
        ClaimDocument doc;
        QVERIFY(doc.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        const QByteArray bytes = "%PDF-1.4 reviewed";
        doc.addDocument(bytes, test::recognized(bytes, u"r.pdf"_s, {vatInvoice(u"12345678"_s)}));
        const qint64 id = doc.invoices().constFirst().id;
        QVERIFY(!doc.invoice(id)->invoice.reviewed);

        QSignalSpy spy(&doc, &ClaimDocument::changed);
        QVERIFY(doc.setReviewed(id, true));
        QCOMPARE(changesOf(spy), (QList<ClaimChange>{{ClaimChange::Kind::InvoiceChanged, id, {}, u"reviewed"_s}}));
        QVERIFY(doc.invoice(id)->invoice.reviewed);
        QVERIFY(onDisk(doc, m_path).invoice(id)->invoice.reviewed);
        QVERIFY(!doc.setReviewed(id, true)); // already reviewed: no command
        QVERIFY(!doc.setReviewed(999, true));

        doc.undoStack()->undo();
        QVERIFY(!doc.invoice(id)->invoice.reviewed);
        QVERIFY(!onDisk(doc, m_path).invoice(id)->invoice.reviewed);
        doc.undoStack()->redo();
        QVERIFY(onDisk(doc, m_path).invoice(id)->invoice.reviewed);
    }

    void addingAFieldAndClearingOne()
    {
        ClaimDocument doc;
        const QByteArray bytes = "%PDF-1.4 a";
        doc.addDocument(bytes, test::recognized(bytes, u"a.pdf"_s, {vatInvoice(u"12345678"_s)}));
        const qint64 id = doc.invoices().constFirst().id;
        QVERIFY(doc.editField(id, u"remark"_s, u"出差"_s));
        QCOMPARE(doc.invoice(id)->invoice.fields.value(u"remark"_s).machineValue, QString());
        QVERIFY(doc.editField(id, u"seller_name"_s, QString()));
        const Field cleared = doc.invoice(id)->invoice.fields.value(u"seller_name"_s);
        QCOMPARE(cleared.value, u""_s);
        QVERIFY(!cleared.isNull());
        QCOMPARE(cleared.machineValue, u"上海餐饮有限公司"_s);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(!doc.invoice(id)->invoice.fields.contains(u"remark"_s));
        QCOMPARE(doc.invoice(id)->invoice.fields.value(u"seller_name"_s).value, u"上海餐饮有限公司"_s);
    }

    void modifiedFollowsTheUndoStack()
    {
        ClaimDocument doc;
        QVERIFY(doc.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        QVERIFY(!doc.isModified());
        QSignalSpy modified(&doc, &ClaimDocument::modifiedChanged);
        ClaimDetails d = doc.details();
        d.claimant = u"张三"_s;
        QVERIFY(doc.setDetails(d));
        QVERIFY(doc.isModified());
        QCOMPARE(modified.size(), 1);
        QCOMPARE(modified.constLast().at(0).toBool(), true);
        doc.markSaved();
        QVERIFY(!doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
        QCOMPARE(doc.details().claimant, QString());
        QCOMPARE(onDisk(doc, m_path).details.claimant, QString());
        doc.undoStack()->redo();
        QVERIFY(!doc.isModified());
        QCOMPARE(onDisk(doc, m_path).details.claimant, u"张三"_s);
    }

    void detailsDriveTheBuyerCheck()
    {
        ClaimDocument doc;
        const QByteArray bytes = "%PDF-1.4 b";
        Invoice inv = vatInvoice(u"12345678"_s);
        inv.set(u"buyer_name"_s, makeField(u"别的公司"_s, u"test"_s));
        doc.addDocument(bytes, test::recognized(bytes, u"b.pdf"_s, {inv}));
        const qint64 id = doc.invoices().constFirst().id;
        QVERIFY(!hasFinding(doc.invoice(id)->invoice, u"buyer_mismatch"_s));
        QSignalSpy spy(&doc, &ClaimDocument::changed);
        ClaimDetails d = doc.details();
        d.companyName = u"示例科技有限公司"_s;
        QVERIFY(doc.setDetails(d));
        QVERIFY(hasFinding(doc.invoice(id)->invoice, u"buyer_mismatch"_s));
        const QList<ClaimChange> changes = changesOf(spy);
        QVERIFY(changes.contains(ClaimChange{ClaimChange::Kind::DetailsChanged, 0, {}, {}}));
        QVERIFY(changes.contains(ClaimChange{ClaimChange::Kind::InvoiceChanged, id, doc.invoice(id)->sha256, {}}));
        doc.undoStack()->undo();
        QVERIFY(!hasFinding(doc.invoice(id)->invoice, u"buyer_mismatch"_s));
    }

    void removeInvoiceAndUndo()
    {
        ClaimDocument doc;
        QVERIFY(doc.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        const QByteArray bytes = "%PDF-1.4 three";
        doc.addDocument(bytes, test::recognized(bytes, u"three.pdf"_s,
                                                {vatInvoice(u"00000001"_s), vatInvoice(u"00000002"_s),
                                                 vatInvoice(u"00000003"_s)}));
        const QList<ClaimInvoice> before = doc.invoices();
        QCOMPARE(before.size(), 3);
        QSignalSpy spy(&doc, &ClaimDocument::changed);
        QVERIFY(doc.removeInvoice(before.at(1).id));
        QCOMPARE(changesOf(spy), (QList<ClaimChange>{{ClaimChange::Kind::InvoiceRemoved, before.at(1).id, {}, {}}}));
        QCOMPARE(doc.invoices().size(), 2);
        QCOMPARE(onDisk(doc, m_path).invoices.size(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.invoices(), before);
        QCOMPARE(onDisk(doc, m_path).invoices, before);

        QVERIFY(doc.removeInvoices({before.at(0).id, before.at(2).id}));
        QCOMPARE(doc.invoices().size(), 1);
        doc.undoStack()->undo(); // one step for both
        QCOMPARE(doc.invoices(), before);
    }

    void addDocumentAndUndo()
    {
        ClaimDocument doc;
        QVERIFY(doc.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        const QByteArray bytes = "%PDF-1.4 add";
        RecognizedDocument rec = test::recognized(bytes, u"scans/add.pdf"_s, {vatInvoice(u"12345678"_s)});
        rec.rawResponses = {QByteArrayLiteral("{\"raw\":1}")};
        QSignalSpy spy(&doc, &ClaimDocument::changed);
        QCOMPARE(doc.addDocument(bytes, rec), ClaimDocument::AddResult::Added);
        const qint64 id = doc.invoices().constFirst().id;
        QCOMPARE(changesOf(spy),
                 (QList<ClaimChange>{{ClaimChange::Kind::DocumentAdded, 0, rec.sha256, {}},
                                     {ClaimChange::Kind::InvoiceAdded, id, rec.sha256, {}}}));
        QCOMPARE(doc.data().originals.constFirst().name, u"add.pdf"_s);
        QCOMPARE(doc.originalBytes(rec.sha256), bytes);
        QCOMPARE(doc.data().recognitions.constFirst().document.rawResponses, rec.rawResponses);
        QCOMPARE(doc.addDocument(bytes, rec), ClaimDocument::AddResult::AlreadyInClaim);
        QCOMPARE(doc.addDocument("other bytes", rec), ClaimDocument::AddResult::Failed);

        doc.undoStack()->undo();
        QVERIFY(doc.invoices().isEmpty());
        QVERIFY(doc.data().originals.isEmpty());
        QVERIFY(onDisk(doc, m_path).originals.isEmpty());
        doc.undoStack()->redo();
        QCOMPARE(doc.invoices().constFirst().id, id);
        QCOMPARE(onDisk(doc, m_path).invoices.size(), 1);
        QCOMPARE(doc.originalBytes(rec.sha256), bytes);
    }

    void failedRecognitionIsKept()
    {
        ClaimDocument doc;
        const QByteArray bytes = "not an invoice";
        RecognizedDocument rec = test::recognized(bytes, u"x.txt"_s, {});
        rec.error = DocumentError{u"unknown_format"_s, u"Not a PDF, OFD or image."_s};
        QCOMPARE(doc.addDocument(bytes, rec), ClaimDocument::AddResult::Added);
        QCOMPARE(doc.data().originals.size(), 1);
        QVERIFY(doc.invoices().isEmpty());
        QCOMPARE(doc.data().recognitions.constFirst().document.error, rec.error);
        RecognizedDocument again = rec;
        again.provider = u"tencent-vat"_s;
        QVERIFY(doc.recordRecognition(again));
        QCOMPARE(doc.data().recognitions.size(), 2);
        QCOMPARE(doc.undoStack()->count(), 1); // keeping a result is not an edit
    }

    void duplicatesInsideTheClaim()
    {
        ClaimDocument doc;
        const QByteArray a = "%PDF-1.4 original";
        const QByteArray b = "JPEG photo of the printout";
        doc.addDocument(a, test::recognized(a, u"a.pdf"_s, {vatInvoice(u"12345678"_s)}));
        doc.addDocument(b, test::recognized(b, u"b.jpg"_s, {vatInvoice(u"12345678"_s)}));
        QCOMPARE(doc.invoices().size(), 2);
        for (const ClaimInvoice &ci : doc.invoices())
            QVERIFY(hasFinding(ci.invoice, u"duplicate"_s));
        // Correcting a misread number resolves it, and both invoices are told.
        QSignalSpy spy(&doc, &ClaimDocument::changed);
        QVERIFY(doc.editField(doc.invoices().at(1).id, u"number"_s, u"12345679"_s));
        QCOMPARE(spy.size(), 2);
        for (const ClaimInvoice &ci : doc.invoices())
            QVERIFY(!hasFinding(ci.invoice, u"duplicate"_s));
        doc.undoStack()->undo();
        QVERIFY(doc.removeInvoice(doc.invoices().at(0).id));
        QVERIFY(!hasFinding(doc.invoices().at(0).invoice, u"duplicate"_s));
    }

    // Duplicates are re-checked only where a change can reach (issue #13: adding slowed as the
    // claim grew): the findings after every kind of change must be those a whole re-check gives,
    // and a copy added to a large group leaves the other copies' findings alone.
    void duplicateFindingsMatchAWholeRecheck()
    {
        ClaimDocument doc;
        doc.setValidationDate(QDate(2024, 6, 1));
        QVERIFY(doc.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        const auto add = [&](int i, const QString &number) {
            const QByteArray bytes = "%PDF-1.4 copy " + QByteArray::number(i);
            return doc.addDocument(bytes, test::recognized(bytes, u"copy-%1.pdf"_s.arg(i), {vatInvoice(number)}));
        };
        const auto findings = [&] {
            QHash<qint64, FindingList> out;
            for (const ClaimInvoice &ci : doc.invoices())
                out.insert(ci.id, ci.invoice.findings);
            return out;
        };
        // The whole claim re-checked: a company change re-runs every rule, and back again.
        const auto wholeRecheck = [&] {
            ClaimDetails details = doc.details();
            const ClaimDetails original = details;
            details.companyName = u"临时公司"_s;
            doc.setDetails(details);
            doc.setDetails(original);
            return findings();
        };
        for (int i = 0; i < 9; ++i)
            QCOMPARE(add(i, u"11111111"_s), ClaimDocument::AddResult::Added);
        for (int i = 9; i < 12; ++i)
            add(i, u"22222222"_s);
        add(12, u"33333333"_s);
        QCOMPARE(findings(), wholeRecheck());

        // The tenth copy: only it is told, the nine before keep their findings.
        QSignalSpy spy(&doc, &ClaimDocument::changed);
        add(20, u"11111111"_s);
        for (const ClaimChange &c : changesOf(spy))
            QVERIFY2(c.kind != ClaimChange::Kind::InvoiceChanged, "an earlier copy was rewritten");
        const Invoice &tenth = doc.invoices().constLast().invoice;
        const Finding *dup = nullptr;
        for (const Finding &f : tenth.findings)
            if (f.rule == u"duplicate")
                dup = &f;
        QVERIFY(dup);
        QVERIFY2(dup->message.contains(u"copy-4.pdf"_s) && !dup->message.contains(u"copy-5.pdf"_s)
                     && dup->message.endsWith(u"and others."_s),
                 qPrintable(dup->message));
        QCOMPARE(findings(), wholeRecheck());

        const QList<ClaimInvoice> invoices = doc.invoices();
        QVERIFY(doc.removeInvoice(invoices.at(1).id));            // one of the first copies
        QCOMPARE(findings(), wholeRecheck());
        QVERIFY(doc.editField(invoices.at(7).id, u"number"_s, u"22222222"_s)); // moves to another group
        QCOMPARE(findings(), wholeRecheck());
        QVERIFY(doc.editField(invoices.at(12).id, u"number"_s, u"11111111"_s)); // joins the large group
        QCOMPARE(findings(), wholeRecheck());
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(findings(), wholeRecheck());
        QVERIFY(doc.removeDocument(invoices.at(0).sha256));
        QCOMPARE(findings(), wholeRecheck());
        doc.undoStack()->undo();
        QCOMPARE(findings(), wholeRecheck());
    }

    void invoiceTypeUndo()
    {
        ClaimDocument doc;
        const QByteArray bytes = "%PDF-1.4 t";
        Invoice inv = vatInvoice(u"12345678"_s);
        inv.typeInferred = true;
        inv.typeSource = u"inferred:code"_s;
        doc.addDocument(bytes, test::recognized(bytes, u"t.pdf"_s, {inv}));
        const qint64 id = doc.invoices().constFirst().id;
        QVERIFY(doc.setInvoiceType(id, InvoiceType::VatNormal));
        QCOMPARE(doc.invoice(id)->invoice.type, InvoiceType::VatNormal);
        QCOMPARE(doc.invoice(id)->invoice.typeSource, u"user"_s);
        QVERIFY(!doc.invoice(id)->invoice.typeInferred);
        QVERIFY(doc.setInvoiceType(id, InvoiceType::Taxi));
        QCOMPARE(doc.history(id).constLast().machineValue, u"vat_electronic_normal"_s);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.invoice(id)->invoice.type, InvoiceType::VatElectronicNormal);
        QCOMPARE(doc.invoice(id)->invoice.typeSource, u"inferred:code"_s);
        QVERIFY(doc.invoice(id)->invoice.typeInferred);
    }

    void reopenRestoresEverything()
    {
        ClaimData saved;
        qint64 selected = 0;
        {
            ClaimDocument doc;
            QVERIFY(doc.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
            const QByteArray bytes = "%PDF-1.4 r";
            doc.addDocument(bytes, test::recognized(bytes, u"r.pdf"_s, {vatInvoice(u"12345678"_s), vatInvoice(u"87654321"_s)}));
            QVERIFY(doc.editField(doc.invoices().at(1).id, u"total"_s, u"107.00"_s));
            selected = doc.invoices().at(1).id;
            doc.setSelection(selected);
            saved = doc.data();
        }
        ClaimDocument doc;
        QVERIFY(doc.open(m_path));
        QCOMPARE(doc.data(), saved);
        QCOMPARE(doc.selection(), selected);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
        // New ids continue after the old ones.
        const QByteArray more = "%PDF-1.4 more";
        doc.addDocument(more, test::recognized(more, u"m.pdf"_s, {vatInvoice(u"11111111"_s)}));
        QVERIFY(doc.invoices().constLast().id > selected);
    }

    void saveAsFromMemoryAndFromFile()
    {
        ClaimDocument doc;
        QVERIFY(!doc.hasFile());
        QCOMPARE(doc.displayName(), u"Untitled"_s);
        const QByteArray bytes = "%PDF-1.4 s";
        doc.addDocument(bytes, test::recognized(bytes, u"s.pdf"_s, {vatInvoice(u"12345678"_s)}));
        QVERIFY(doc.editField(doc.invoices().constFirst().id, u"remark"_s, u"午餐"_s));
        QVERIFY(doc.isModified());
        QSignalSpy fileChanged(&doc, &ClaimDocument::fileChanged);
        QVERIFY2(doc.saveAs(m_path), qPrintable(doc.errorString()));
        QCOMPARE(fileChanged.size(), 1);
        QVERIFY(doc.hasFile());
        QVERIFY(!doc.isModified());
        QCOMPARE(onDisk(doc, m_path), doc.data());
        QCOMPARE(doc.originalBytes(doc.data().originals.constFirst().sha256), bytes);
        QCOMPARE(doc.displayName(), QFileInfo(m_path).completeBaseName());

        // Undo still works after Save As, and goes to the new file.
        doc.undoStack()->undo();
        QVERIFY(!onDisk(doc, m_path).invoices.constFirst().invoice.fields.contains(u"remark"_s));

        const QString second = m_dir.filePath(u"second.claim"_s);
        QVERIFY(doc.saveAs(second));
        QCOMPARE(doc.filePath(), QFileInfo(second).absoluteFilePath());
        QVERIFY(doc.editField(doc.invoices().constFirst().id, u"remark"_s, u"晚餐"_s));
        QCOMPARE(onDisk(doc, second).invoices.constFirst().invoice.value(u"remark"_s), u"晚餐"_s);
        QVERIFY(!onDisk(doc, m_path).invoices.constFirst().invoice.fields.contains(u"remark"_s));
        QCOMPARE(onDisk(doc, second).claimId, onDisk(doc, m_path).claimId);
    }

    void duplicatesWithinAClaimSaySo()
    {
        ClaimDocument doc;
        QVERIFY(doc.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        const QByteArray a = "%PDF-1.4 first copy";
        const QByteArray b = "%PDF-1.4 second copy";
        doc.addDocument(a, test::recognized(a, u"a.pdf"_s, {vatInvoice(u"77777777"_s)}));
        doc.addDocument(b, test::recognized(b, u"b.pdf"_s, {vatInvoice(u"77777777"_s)}));
        for (const ClaimInvoice &ci : doc.invoices()) {
            const auto f = std::find_if(ci.invoice.findings.cbegin(), ci.invoice.findings.cend(),
                                        [](const Finding &x) { return x.rule == u"duplicate"; });
            QVERIFY(f != ci.invoice.findings.cend());
            QVERIFY2(f->message.contains(u"in this claim"_s), qPrintable(f->message));
            QVERIFY(f->messageZh.contains(u"本报销单"_s));
        }
    }

    void removeDocumentAndUndo()
    {
        ClaimDocument doc;
        QVERIFY(doc.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        const QByteArray a = "%PDF-1.4 keep";
        const QByteArray b = "%PDF-1.4 remove";
        doc.addDocument(a, test::recognized(a, u"keep.pdf"_s, {vatInvoice(u"11111111"_s)}));
        doc.addDocument(b, test::recognized(b, u"remove.pdf"_s, {vatInvoice(u"22222222"_s), vatInvoice(u"33333333"_s)}));
        const QString sha = doc.data().originals.at(1).sha256;
        RecognizedDocument second = test::recognized(b, u"remove.pdf"_s, {});
        second.provider = u"qiniu"_s;
        second.rawResponses = {QByteArrayLiteral("{}")};
        QVERIFY(doc.recordRecognition(second));
        const ClaimData before = doc.data();
        QSignalSpy spy(&doc, &ClaimDocument::changed);
        QVERIFY(doc.removeDocument(sha));
        QCOMPARE(doc.data().originals.size(), 1);
        QCOMPARE(doc.invoices().size(), 1);
        QCOMPARE(doc.data().recognitions.size(), 1);
        QVERIFY(changesOf(spy).contains(ClaimChange{ClaimChange::Kind::DocumentRemoved, 0, sha, {}}));
        QCOMPARE(onDisk(doc, m_path).originals.size(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.data(), before);
        QCOMPARE(onDisk(doc, m_path), before);
        QCOMPARE(doc.originalBytes(sha), b);
        QVERIFY(!doc.removeDocument(u"nope"_s));
    }

    void exportSourceWorksOnAnotherThread()
    {
        for (bool withFile : {true, false}) {
            ClaimDocument doc;
            if (withFile)
                QVERIFY(doc.open(m_dir.filePath(u"thread-%1.claim"_s.arg(m_counter)), ClaimStore::OpenMode::CreateIfMissing));
            const QByteArray bytes = "%PDF-1.4 thread";
            doc.addDocument(bytes, test::recognized(bytes, u"t.pdf"_s, {vatInvoice(u"12345678"_s)}));
            const ExportSource source = doc.exportSource();
            const QString sha = doc.data().originals.constFirst().sha256;
            QByteArray fetched;
            QThread *worker = QThread::create([&] { fetched = source.originalBytes(sha); });
            worker->start();
            QVERIFY(worker->wait(10000));
            delete worker;
            QCOMPARE(fetched, bytes);
            QCOMPARE(source.data, doc.data());
        }
    }

    void recentFiles()
    {
        QSettings settings(m_dir.filePath(u"recent.ini"_s), QSettings::IniFormat);
        RecentFiles recent(&settings, 3);
        QStringList paths;
        for (int i = 0; i < 4; ++i) {
            paths << m_dir.filePath(u"recent-%1.claim"_s.arg(i));
            QFile f(paths.constLast());
            QVERIFY(f.open(QIODevice::WriteOnly));
            recent.add(paths.constLast());
        }
        QCOMPARE(recent.files(), (QStringList{paths.at(3), paths.at(2), paths.at(1)}));
        recent.add(paths.at(1));
        QCOMPARE(recent.files().constFirst(), paths.at(1));
        QFile::remove(paths.at(2));
        QCOMPARE(recent.files(), (QStringList{paths.at(1), paths.at(3)})); // gone files are left out
        recent.remove(paths.at(3));
        QCOMPARE(recent.files(), QStringList{paths.at(1)});
        recent.clear();
        QVERIFY(recent.files().isEmpty());
    }

    void openingANewerClaimFailsCleanly()
    {
        {
            ClaimStore store;
            QVERIFY(store.open(m_path, ClaimStore::OpenMode::CreateIfMissing));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        ClaimDocument doc;
        QVERIFY(!doc.open(m_path));
        QVERIFY(doc.errorString().contains(u"newer version"_s));
        QVERIFY(!doc.hasFile());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestClaimDocument)
#include "tst_claimdocument.moc"
