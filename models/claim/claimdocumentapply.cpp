// ClaimDocument: what the undo commands call. Each changes a copy of the data through commit().
#include "claim/claimdocument.h"

#include "claim/duplicateledger.h"
#include "documentformat.h"

#include <QDateTime>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

QString typeSourceUser()
{
    return u"user"_s;
}

bool sameInvoiceIdOrder(const ClaimInvoice &a, const ClaimInvoice &b)
{
    return a.id < b.id;
}

} // namespace


bool ClaimDocument::applyDetails(const ClaimDetails &details)
{
    const QString oldName = ledgerName();
    const bool ok = commit([&](Pending &p) {
        p.revalidateAll = details.companyName != p.next.details.companyName
            || details.companyTaxId != p.next.details.companyTaxId;
        p.next.details = details;
        p.delta.details = details;
        p.changes.append(ClaimChange{ClaimChange::Kind::DetailsChanged, 0, {}, {}});
        return true;
    });
    if (ok && m_ledger && m_writer && oldName != ledgerName())
        m_ledger->renameClaim(m_data.claimId, m_writer->path(), ledgerName());
    return ok;
}

bool ClaimDocument::applyField(qint64 invoiceId, const QString &key, const Field &field, bool undo)
{
    return commit([&](Pending &p) {
        auto it = std::find_if(p.next.invoices.begin(), p.next.invoices.end(),
                               [&](const ClaimInvoice &ci) { return ci.id == invoiceId; });
        if (it == p.next.invoices.end())
            return false;
        const Field old = it->invoice.fields.value(key);
        if (field.isNull())
            it->invoice.fields.remove(key);
        else
            it->invoice.fields.insert(key, field);
        FieldEdit e;
        e.id = nextEditId();
        e.invoiceId = invoiceId;
        e.fieldKey = key;
        // What the machine read: kept by the edited field, or the field itself once it is back
        // to the machine's value.
        e.machineValue = field.edited ? field.machineValue : (old.edited ? old.machineValue : field.value);
        e.oldValue = old.value;
        e.newValue = field.value;
        e.when = QDateTime::currentDateTimeUtc();
        e.undo = undo;
        p.next.history.append(e);
        p.delta.editsAdded.append(e);
        p.revalidate.insert(invoiceId);
        p.written.insert(invoiceId);
        p.changes.append(ClaimChange{ClaimChange::Kind::InvoiceChanged, invoiceId, {}, key});
        return true;
    });
}

bool ClaimDocument::applyType(qint64 invoiceId, InvoiceType type, const QString &typeSource, bool typeInferred,
                              bool undo)
{
    return commit([&](Pending &p) {
        auto it = std::find_if(p.next.invoices.begin(), p.next.invoices.end(),
                               [&](const ClaimInvoice &ci) { return ci.id == invoiceId; });
        if (it == p.next.invoices.end())
            return false;
        const InvoiceType old = it->invoice.type;
        // The machine's type: the current one until a person changed it, else the one the first
        // change recorded.
        QString machine = invoiceTypeKey(old);
        if (it->invoice.typeSource == typeSourceUser()) {
            for (const FieldEdit &h : std::as_const(p.next.history))
                if (h.invoiceId == invoiceId && h.fieldKey == u"type") {
                    machine = h.machineValue;
                    break;
                }
        }
        it->invoice.type = type;
        it->invoice.typeSource = typeSource;
        it->invoice.typeInferred = typeInferred;
        FieldEdit e;
        e.id = nextEditId();
        e.invoiceId = invoiceId;
        e.fieldKey = u"type"_s;
        e.machineValue = machine;
        e.oldValue = invoiceTypeKey(old);
        e.newValue = invoiceTypeKey(type);
        e.when = QDateTime::currentDateTimeUtc();
        e.undo = undo;
        p.next.history.append(e);
        p.delta.editsAdded.append(e);
        p.revalidate.insert(invoiceId);
        p.written.insert(invoiceId);
        p.changes.append(ClaimChange{ClaimChange::Kind::InvoiceChanged, invoiceId, {}, u"type"_s});
        return true;
    });
}

bool ClaimDocument::applyReviewed(qint64 invoiceId, bool reviewed)
{
    return commit([&](Pending &p) {
        auto it = std::find_if(p.next.invoices.begin(), p.next.invoices.end(),
                               [&](const ClaimInvoice &ci) { return ci.id == invoiceId; });
        if (it == p.next.invoices.end())
            return false;
        it->invoice.reviewed = reviewed;
        p.written.insert(invoiceId);
        p.changes.append(ClaimChange{ClaimChange::Kind::InvoiceChanged, invoiceId, {}, u"reviewed"_s});
        return true;
    });
}

bool ClaimDocument::applyRemoveInvoice(qint64 invoiceId)
{
    return commit([&](Pending &p) {
        const qsizetype removed = p.next.invoices.removeIf([&](const ClaimInvoice &ci) { return ci.id == invoiceId; });
        if (removed == 0)
            return false;
        p.delta.invoicesRemoved.append(invoiceId);
        p.changes.append(ClaimChange{ClaimChange::Kind::InvoiceRemoved, invoiceId, {}, {}});
        return true;
    });
}

bool ClaimDocument::applyInsertInvoice(const ClaimInvoice &invoice)
{
    return commit([&](Pending &p) {
        if (p.next.invoice(invoice.id) || !p.next.original(invoice.sha256))
            return false;
        // Ids grow with the claim, so the id is the invoice's place in it.
        const auto at = std::upper_bound(p.next.invoices.begin(), p.next.invoices.end(), invoice, sameInvoiceIdOrder);
        p.next.invoices.insert(at, invoice);
        p.written.insert(invoice.id);
        p.changes.append(ClaimChange{ClaimChange::Kind::InvoiceAdded, invoice.id, invoice.sha256, {}});
        return true;
    });
}

bool ClaimDocument::applyAddDocument(const OriginalBundle &bundle)
{
    return commit([&](Pending &p) {
        const QString &sha = bundle.original.sha256;
        if (p.next.original(sha))
            return false;
        p.next.originals.append(bundle.original);
        p.delta.originalsAdded.append(bundle.original);
        p.delta.originalBytes.insert(sha, bundle.bytes);
        for (const RecognitionRecord &r : bundle.recognitions) {
            const auto at = std::upper_bound(p.next.recognitions.begin(), p.next.recognitions.end(), r,
                                             [](const RecognitionRecord &a, const RecognitionRecord &b) { return a.id < b.id; });
            p.next.recognitions.insert(at, r);
            p.delta.recognitionsAdded.append(r);
        }
        if (bundle.intake && p.next.intakeEntry(bundle.intake->id)) {
            p.next.intake.removeIf([&](const ClaimIntake &e) { return e.id == bundle.intake->id; });
            p.delta.intakeRemoved.append(bundle.intake->id);
            ClaimChange gone{ClaimChange::Kind::IntakeRemoved, 0, sha, {}};
            gone.intakeId = bundle.intake->id;
            p.changes.append(gone);
        }
        p.changes.append(ClaimChange{ClaimChange::Kind::DocumentAdded, 0, sha, {}});
        for (const ClaimInvoice &ci : bundle.invoices) {
            const auto at = std::upper_bound(p.next.invoices.begin(), p.next.invoices.end(), ci, sameInvoiceIdOrder);
            p.next.invoices.insert(at, ci);
            p.written.insert(ci.id);
            p.revalidate.insert(ci.id);
            p.changes.append(ClaimChange{ClaimChange::Kind::InvoiceAdded, ci.id, ci.sha256, {}});
        }
        return true;
    });
}

bool ClaimDocument::applyRemoveDocument(const QString &sha256, const std::optional<ClaimIntake> &restoreIntake,
                                        const QByteArray &restoreBytes)
{
    return commit([&](Pending &p) {
        if (!p.next.original(sha256))
            return false;
        if (restoreIntake && !p.next.intakeEntry(restoreIntake->id)) {
            // Undoing the arrival of a file that was waiting: the file stays in the claim, as a
            // row that can be tried again, with its bytes so it needs nothing from outside.
            ClaimIntake back = *restoreIntake;
            back.state = ClaimIntake::State::Cancelled;
            back.errorCode.clear();
            back.errorMessage.clear();
            back.sha256 = sha256;
            back.hasBytes = !restoreBytes.isEmpty();
            const auto at = std::upper_bound(p.next.intake.begin(), p.next.intake.end(), back,
                                             [](const ClaimIntake &a, const ClaimIntake &b) { return a.id < b.id; });
            p.next.intake.insert(at, back);
            p.delta.intakeWritten.append(back);
            if (back.hasBytes)
                p.delta.intakeBytes.insert(back.id, restoreBytes);
            ClaimChange c{ClaimChange::Kind::IntakeAdded, 0, {}, {}};
            c.intakeId = back.id;
            p.changes.append(c);
        }
        for (const ClaimInvoice &ci : std::as_const(p.next.invoices))
            if (ci.sha256 == sha256) {
                p.delta.invoicesRemoved.append(ci.id);
                p.changes.append(ClaimChange{ClaimChange::Kind::InvoiceRemoved, ci.id, sha256, {}});
            }
        p.next.invoices.removeIf([&](const ClaimInvoice &ci) { return ci.sha256 == sha256; });
        p.next.recognitions.removeIf([&](const RecognitionRecord &r) { return r.document.sha256 == sha256; });
        p.next.originals.removeIf([&](const ClaimOriginal &o) { return o.sha256 == sha256; });
        p.delta.originalsRemoved.append(sha256);
        p.changes.append(ClaimChange{ClaimChange::Kind::DocumentRemoved, 0, sha256, {}});
        return true;
    });
}

} // namespace ra
