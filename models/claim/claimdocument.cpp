#include "claim/claimdocument.h"

#include "claim/commands/adddocumentcommand.h"
#include "claim/commands/addinvoicecommand.h"
#include "claim/commands/editfieldcommand.h"
#include "claim/commands/removedocumentcommand.h"
#include "claim/commands/removeinvoicecommand.h"
#include "claim/commands/setdetailscommand.h"
#include "claim/commands/setinvoicetypecommand.h"
#include "claim/commands/setreviewedcommand.h"
#include "claim/duplicateledger.h"
#include "claim/ledgeridentity.h"
#include "documentformat.h"
#include "log.h"
#include "pagerenderer.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QScopedValueRollback>
#include <QUuid>
#include <algorithm>
#include <filesystem>
#include <limits>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

constexpr auto kHistoryRule = "duplicate_in_history";

QString typeSourceUser()
{
    return u"user"_s;
}

// The fields a cross-claim duplicate finding points at, by the kind of identity.
QStringList identityFields(const QString &identity)
{
    if (identity.startsWith(u"number:"))
        return {u"number"_s};
    if (identity.startsWith(u"code:"))
        return {u"code"_s, u"number"_s};
    return {u"seller_tax_id"_s, u"date"_s, u"total"_s};
}

// Duplicate findings name the first five others of a group (markDuplicates): the first seven
// members decide every finding of the group, and a change among them reaches all of it.
constexpr qsizetype kWholeGroupUpTo = 7;

// The claim's invoices are kept in id order (ids grow with the claim): found by bisection, with
// a plain search as the fallback should the order ever not hold.
ClaimInvoice *findInvoice(QList<ClaimInvoice> &invoices, qint64 id)
{
    const auto it = std::lower_bound(invoices.begin(), invoices.end(), id,
                                     [](const ClaimInvoice &ci, qint64 value) { return ci.id < value; });
    if (it != invoices.end() && it->id == id)
        return &*it;
    const auto any = std::find_if(invoices.begin(), invoices.end(), [id](const ClaimInvoice &ci) { return ci.id == id; });
    return any == invoices.end() ? nullptr : &*any;
}

Finding historyFinding(const QString &identity, const QList<QPair<QString, QString>> &claims)
{
    QStringList en;
    QStringList zh;
    for (const auto &[name, path] : claims) {
        QString file = QFileInfo(path).fileName();
        // The desk's untitled claims live under internal names a person never saw: say what
        // they are instead.
        const bool untitled = file.startsWith(u"untitled-"_s) && file.endsWith(u".claim"_s);
        if (untitled)
            file.clear();
        if (name.isEmpty() && untitled) {
            en << u"an unsaved claim"_s;
            zh << u"一份未保存的报销单"_s;
            continue;
        }
        const QString label = name.isEmpty() ? file : name;
        en << (file.isEmpty() || file == label ? u"“%1”"_s.arg(label) : u"“%1” (%2)"_s.arg(label, file));
        zh << (file.isEmpty() || file == label ? u"“%1”"_s.arg(label) : u"“%1”（%2）"_s.arg(label, file));
    }
    Finding f;
    f.rule = QString::fromLatin1(kHistoryRule);
    f.severity = Severity::Error;
    f.message = u"This invoice is already in another claim: %1. An invoice may be claimed only once."_s.arg(
        en.join(u"; "_s));
    f.messageZh = u"该发票已在其他报销单中：%1。同一张发票只能报销一次。"_s.arg(zh.join(u"；"_s));
    f.fields = identityFields(identity);
    return f;
}

} // namespace

ClaimDocument::ClaimDocument(QObject *parent) : QObject(parent)
{
    m_data.claimId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

ClaimDocument::~ClaimDocument()
{
    // Commands hold no pointers into the store, but clear them before the store goes.
    m_undoStack.clear();
}

QString ClaimDocument::filePath() const
{
    return m_writer ? m_writer->path() : QString();
}

bool ClaimDocument::isModified() const
{
    return !m_undoStack.isClean();
}

QString ClaimDocument::displayName() const
{
    if (const QString name = m_data.details.displayName(); !name.isEmpty())
        return name;
    if (m_writer)
        return QFileInfo(m_writer->path()).completeBaseName();
    return tr("Untitled");
}

void ClaimDocument::setLedger(DuplicateLedger *ledger)
{
    m_ledger = ledger;
    m_historyHits.clear();
}

void ClaimDocument::setValidationDate(const QDate &today)
{
    m_today = today;
}

ValidationContext ClaimDocument::validationContext() const
{
    ValidationContext c;
    c.companyName = m_data.details.companyName;
    c.companyTaxId = m_data.details.companyTaxId;
    if (m_today.isValid())
        c.today = m_today;
    return c;
}

QString ClaimDocument::ledgerName() const
{
    return m_data.details.displayName();
}

// ---- edits -------------------------------------------------------------------------------

bool ClaimDocument::setDetails(const ClaimDetails &details)
{
    if (details == m_data.details)
        return false;
    m_undoStack.push(new SetDetailsCommand(this, m_data.details, details));
    return m_data.details == details;
}

bool ClaimDocument::editField(qint64 invoiceId, const QString &key, const QString &value)
{
    const ClaimInvoice *ci = invoice(invoiceId);
    if (!ci || key.isEmpty())
        return false;
    // A cleared field stays in the record as an empty edited value: the edit, and what the
    // machine read, survive in the file (an absent field would take both with it).
    const QString newValue = value.isNull() ? u""_s : value;
    const Field before = ci->invoice.fields.value(key);
    if (before.value == newValue && !before.isNull())
        return false;
    Field after = before;
    after.value = newValue;
    if (!before.edited) {
        after.machineValue = before.value;
        after.machineSource = before.source;
    }
    after.edited = true;
    after.uncertain = false;
    after.source = typeSourceUser();
    m_undoStack.push(new EditFieldCommand(this, invoiceId, key, before, after));
    const ClaimInvoice *now = invoice(invoiceId);
    return now && now->invoice.fields.value(key) == after;
}

bool ClaimDocument::setFieldPolygon(qint64 invoiceId, const QString &key, const QPolygonF &polygon, int page)
{
    const ClaimInvoice *ci = invoice(invoiceId);
    if (!ci || key.isEmpty() || polygon.size() < 3 || page < 1)
        return false;
    const Field before = ci->invoice.fields.value(key);
    Field after = before;
    if (after.isNull()) {
        after.value = u""_s;
        after.edited = true;
        after.source = typeSourceUser();
    }
    after.polygon = polygon;
    after.page = page;
    if (after == before)
        return false;
    auto *command = new EditFieldCommand(this, invoiceId, key, before, after);
    command->setText(QCoreApplication::translate("Undo Commands", "Mark %1 on the Page").arg(key));
    m_undoStack.push(command);
    const ClaimInvoice *now = invoice(invoiceId);
    return now && now->invoice.fields.value(key) == after;
}

bool ClaimDocument::setInvoiceType(qint64 invoiceId, InvoiceType type)
{
    const ClaimInvoice *ci = invoice(invoiceId);
    if (!ci || ci->invoice.type == type)
        return false;
    m_undoStack.push(new SetInvoiceTypeCommand(this, invoiceId, ci->invoice.type, ci->invoice.typeSource,
                                               ci->invoice.typeInferred, type));
    const ClaimInvoice *now = invoice(invoiceId);
    return now && now->invoice.type == type;
}

bool ClaimDocument::setReviewed(qint64 invoiceId, bool reviewed)
{
    const ClaimInvoice *ci = invoice(invoiceId);
    if (!ci || ci->invoice.reviewed == reviewed)
        return false;
    m_undoStack.push(new SetReviewedCommand(this, invoiceId, reviewed));
    const ClaimInvoice *now = invoice(invoiceId);
    return now && now->invoice.reviewed == reviewed;
}

bool ClaimDocument::removeInvoice(qint64 invoiceId)
{
    const ClaimInvoice *ci = invoice(invoiceId);
    if (!ci)
        return false;
    m_undoStack.push(new RemoveInvoiceCommand(this, *ci));
    return invoice(invoiceId) == nullptr;
}

bool ClaimDocument::removeInvoices(const QList<qint64> &invoiceIds)
{
    QList<ClaimInvoice> doomed;
    for (qint64 id : invoiceIds)
        if (const ClaimInvoice *ci = invoice(id))
            doomed.append(*ci);
    if (doomed.isEmpty())
        return false;
    if (doomed.size() == 1)
        return removeInvoice(doomed.constFirst().id);
    m_undoStack.beginMacro(tr("Remove %n invoices", nullptr, int(doomed.size())));
    for (const ClaimInvoice &ci : std::as_const(doomed))
        m_undoStack.push(new RemoveInvoiceCommand(this, ci));
    m_undoStack.endMacro();
    return std::none_of(doomed.cbegin(), doomed.cend(), [this](const ClaimInvoice &ci) { return invoice(ci.id); });
}

ClaimDocument::AddResult ClaimDocument::addDocument(const QByteArray &bytes, const RecognizedDocument &document,
                                                    const QString &name, qint64 intakeId)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (!document.sha256.isEmpty() && document.sha256.compare(sha, Qt::CaseInsensitive) != 0) {
        m_error = tr("The recognition result does not belong to this file (its checksum differs).");
        return AddResult::Failed;
    }
    if (m_data.original(sha))
        return AddResult::AlreadyInClaim;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ClaimOriginal original;
    original.sha256 = sha;
    original.name = !name.isEmpty() ? name : QFileInfo(document.file).fileName();
    if (original.name.isEmpty())
        original.name = sha.left(12);
    original.format = !document.format.isEmpty() ? document.format : formatKey(sniffFormat(bytes));
    original.size = bytes.size();
    original.pages = document.pages;
    original.addedAt = now;

    RecognitionRecord record;
    record.id = nextRecognitionId();
    record.recognizedAt = now;
    record.document = document;
    record.document.sha256 = sha;

    OriginalBundle bundle{original, bytes, {record}, {}, {}};
    if (const ClaimIntake *e = m_data.intakeEntry(intakeId))
        bundle.intake = *e;
    for (const Invoice &inv : document.invoices)
        bundle.invoices.append(ClaimInvoice{nextInvoiceId(), sha, record.id, inv});
    m_undoStack.push(new AddDocumentCommand(this, bundle));
    return m_data.original(sha) ? AddResult::Added : AddResult::Failed;
}

bool ClaimDocument::removeDocument(const QString &sha256)
{
    const ClaimOriginal *o = m_data.original(sha256);
    if (!o)
        return false;
    OriginalBundle bundle{*o, originalBytes(sha256), {}, {}, {}};
    for (const RecognitionRecord &r : std::as_const(m_data.recognitions))
        if (r.document.sha256 == sha256)
            bundle.recognitions.append(r);
    for (const ClaimInvoice &ci : std::as_const(m_data.invoices))
        if (ci.sha256 == sha256)
            bundle.invoices.append(ci);
    m_undoStack.push(new RemoveDocumentCommand(this, bundle));
    return m_data.original(sha256) == nullptr;
}

bool ClaimDocument::recordRecognition(const RecognizedDocument &document)
{
    if (!m_data.original(document.sha256)) {
        m_error = tr("The file of this recognition result is not in the claim.");
        return false;
    }
    RecognitionRecord record;
    record.id = nextRecognitionId();
    record.recognizedAt = QDateTime::currentDateTimeUtc();
    record.document = document;
    return commit([&](Pending &p) {
        p.next.recognitions.append(record);
        p.delta.recognitionsAdded.append(record);
        return true;
    });
}

// ---- the commit path ---------------------------------------------------------------------

bool ClaimDocument::commit(const std::function<bool(Pending &)> &mutate)
{
    Pending p;
    p.next = m_data;
    if (!mutate(p))
        return false;
    if (!p.skipFindings)
        refreshFindings(p);
    // In id order, found by id: not a pass over every invoice of the claim.
    QList<qint64> written(p.written.cbegin(), p.written.cend());
    std::sort(written.begin(), written.end());
    for (qint64 id : std::as_const(written))
        if (const ClaimInvoice *ci = findInvoice(p.next.invoices, id))
            p.delta.invoicesWritten.append(*ci);
    if (m_writer) {
        writeDelta(p.delta);
    } else {
        for (auto it = p.delta.originalBytes.cbegin(); it != p.delta.originalBytes.cend(); ++it)
            m_memoryBytes.insert(it.key(), it.value());
        for (const QString &sha : std::as_const(p.delta.originalsRemoved))
            m_memoryBytes.remove(sha);
        for (auto it = p.delta.intakeBytes.cbegin(); it != p.delta.intakeBytes.cend(); ++it)
            m_memoryIntakeBytes.insert(it.key(), it.value());
        for (qint64 id : std::as_const(p.delta.intakeRemoved))
            m_memoryIntakeBytes.remove(id);
    }
    m_data = std::move(p.next);
    syncLedger(p);
    for (const ClaimChange &c : std::as_const(p.changes))
        emit changed(c);
    return true;
}

void ClaimDocument::refreshFindings(Pending &p)
{
    const ValidationContext context = [&] {
        ValidationContext c;
        c.companyName = p.next.details.companyName;
        c.companyTaxId = p.next.details.companyTaxId;
        if (m_today.isValid())
            c.today = m_today;
        return c;
    }();

    // What can have changed: the invoices the change touched, and those that share a duplicate
    // identity with one of them now or did before. Everything only when the whole claim is
    // re-checked (opening, the company changed): a change costs the same in a claim of 1,000
    // invoices as in one of 10 (issue #13).
    QSet<qint64> changed = p.revalidate;
    changed.unite(p.written);
    for (qint64 id : std::as_const(p.delta.invoicesRemoved))
        changed.insert(id);
    QHash<qint64, FindingList> before;
    const auto remember = [&](const ClaimInvoice &ci) {
        if (!before.contains(ci.id))
            before.insert(ci.id, ci.invoice.findings);
    };
    QList<ClaimInvoice *> look;   // in id order, as the whole claim would be
    if (p.revalidateAll) {
        for (ClaimInvoice &ci : p.next.invoices) {
            remember(ci);
            revalidate(ci.invoice, context);
            look.append(&ci);
        }
        m_duplicates.rebuild(p.next.invoices);
    } else {
        // Each changed invoice: its identity before and now, and the groups of both.
        QHash<qint64, QString> now;
        QSet<QString> touched;
        for (qint64 id : std::as_const(changed)) {
            const QString old = m_duplicates.identityOf(id);
            if (!old.isEmpty())
                touched.insert(old);
            ClaimInvoice *ci = findInvoice(p.next.invoices, id);
            if (ci) {
                remember(*ci);
                if (p.revalidate.contains(id))
                    revalidate(ci->invoice, context);
            }
            now.insert(id, ci ? invoiceIdentity(ci->invoice) : QString());
            if (!now.value(id).isEmpty())
                touched.insert(now.value(id));
        }
        // A duplicate finding names the first five others of its group and says whether there are
        // more, so in a large group only the first few and the changed invoices can see their
        // finding change, unless a changed one is (or was) among the first few: then all of it.
        const auto cutOff = [this](const QString &identity) {
            const QList<qint64> members = m_duplicates.members(identity);
            return members.size() > kWholeGroupUpTo ? members.at(kWholeGroupUpTo - 1)
                                                    : std::numeric_limits<qint64>::max();
        };
        QHash<QString, qint64> oldCut;
        for (const QString &identity : std::as_const(touched))
            oldCut.insert(identity, cutOff(identity));
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            m_duplicates.set(it.key(), it.value());
        QSet<qint64> ids(changed.cbegin(), changed.cend());
        for (const QString &identity : std::as_const(touched)) {
            const qint64 cut = std::max(oldCut.value(identity), cutOff(identity));
            const bool whole = std::any_of(changed.cbegin(), changed.cend(), [&](qint64 id) { return id <= cut; });
            const QList<qint64> members = m_duplicates.members(identity);
            for (qsizetype i = 0; i < members.size() && (whole || i < kWholeGroupUpTo); ++i)
                ids.insert(members.at(i));
        }
        QList<qint64> sorted(ids.cbegin(), ids.cend());
        std::sort(sorted.begin(), sorted.end());
        for (qint64 id : std::as_const(sorted))
            if (ClaimInvoice *ci = findInvoice(p.next.invoices, id)) {
                remember(*ci);
                look.append(ci);
            }
    }

    // Labels name the file and page of each duplicate.
    QHash<QString, QString> names; // sha256 → file name, when many are needed: one pass
    if (look.size() > 8)
        for (const ClaimOriginal &o : std::as_const(p.next.originals))
            names.insert(o.sha256, o.name);
    QList<Invoice *> all;
    QStringList labels;
    all.reserve(look.size());
    labels.reserve(look.size());
    for (ClaimInvoice *ci : std::as_const(look)) {
        QString name;
        if (look.size() > 8) {
            name = names.value(ci->sha256);
        } else if (const ClaimOriginal *o = p.next.original(ci->sha256)) {
            name = o->name;
        }
        all.append(&ci->invoice);
        labels.append(u"%1 p.%2"_s.arg(name.isEmpty() ? ci->sha256.left(12) : name).arg(ci->invoice.page));
    }
    markDuplicates(all, labels, DuplicateScope::Claim);

    // Claimed elsewhere: only invoices that are new or changed can have a new answer (the ledger
    // of other claims is read once per identity and kept while this claim is open).
    for (ClaimInvoice *ci : std::as_const(look)) {
        if (!p.revalidateAll && !p.revalidate.contains(ci->id))
            continue;
        ci->invoice.findings.removeIf([](const Finding &f) { return f.rule == QLatin1String(kHistoryRule); });
        const QString identity = claim::ledgerIdentity(ci->invoice);
        if (identity.isEmpty() || !m_ledger)
            continue;
        auto hit = m_historyHits.constFind(identity);
        if (hit == m_historyHits.cend()) {
            QList<QPair<QString, QString>> claims;
            for (const DuplicateLedger::Entry &e : m_ledger->otherClaims(identity, p.next.claimId)) {
                const QPair<QString, QString> c{e.claimName, e.claimPath};
                if (!claims.contains(c))
                    claims.append(c);
            }
            hit = m_historyHits.insert(identity, claims);
        }
        if (!hit->isEmpty())
            ci->invoice.findings.append(historyFinding(identity, *hit));
    }

    QSet<qint64> announced;
    for (const ClaimChange &c : std::as_const(p.changes))
        if (c.invoiceId)
            announced.insert(c.invoiceId);
    for (const ClaimInvoice *ci : std::as_const(look)) {
        if (ci->invoice.findings == before.value(ci->id))
            continue;
        p.written.insert(ci->id);
        if (!announced.contains(ci->id))
            p.changes.append(ClaimChange{ClaimChange::Kind::InvoiceChanged, ci->id, ci->sha256, {}});
    }
}

void ClaimDocument::syncLedger(const Pending &p)
{
    // An unsaved claim may never become one: only claims with a file enter the ledger.
    if (!m_ledger || !m_writer)
        return;
    for (qint64 id : p.delta.invoicesRemoved)
        m_ledger->forget(m_data.claimId, id);
    for (const ClaimInvoice &ci : p.delta.invoicesWritten)
        m_ledger->record(DuplicateLedger::Entry{claim::ledgerIdentity(ci.invoice), m_data.claimId, m_writer->path(),
                                                ledgerName(), ci.id, QDateTime::currentDateTimeUtc()});
}

void ClaimDocument::syncLedgerAll()
{
    if (!m_ledger || !m_writer)
        return;
    QList<DuplicateLedger::Entry> entries;
    for (const ClaimInvoice &ci : std::as_const(m_data.invoices))
        entries.append(DuplicateLedger::Entry{claim::ledgerIdentity(ci.invoice), m_data.claimId, m_writer->path(),
                                              ledgerName(), ci.id, QDateTime::currentDateTimeUtc()});
    if (!m_ledger->syncClaim(m_data.claimId, m_writer->path(), ledgerName(), entries))
        log::get("models.claim")->warn("the duplicate ledger could not be updated: {}",
                                       m_ledger->errorString().toStdString());
}

// ---- ids ---------------------------------------------------------------------------------

void ClaimDocument::resetIds()
{
    // Ids are never reused within a file: the history may still name a removed invoice.
    m_lastInvoiceId = m_lastRecognitionId = m_lastEditId = 0;
    for (const ClaimInvoice &ci : std::as_const(m_data.invoices))
        m_lastInvoiceId = std::max(m_lastInvoiceId, ci.id);
    for (const FieldEdit &e : std::as_const(m_data.history)) {
        m_lastInvoiceId = std::max(m_lastInvoiceId, e.invoiceId);
        m_lastEditId = std::max(m_lastEditId, e.id);
    }
    for (const RecognitionRecord &r : std::as_const(m_data.recognitions))
        m_lastRecognitionId = std::max(m_lastRecognitionId, r.id);
    m_lastIntakeId = 0;
    for (const ClaimIntake &e : std::as_const(m_data.intake))
        m_lastIntakeId = std::max(m_lastIntakeId, e.id);
}

qint64 ClaimDocument::nextIntakeId()
{
    return ++m_lastIntakeId;
}

qint64 ClaimDocument::nextInvoiceId()
{
    return ++m_lastInvoiceId;
}

qint64 ClaimDocument::nextRecognitionId()
{
    return ++m_lastRecognitionId;
}

qint64 ClaimDocument::nextEditId()
{
    return ++m_lastEditId;
}

} // namespace ra
