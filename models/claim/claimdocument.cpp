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

bool sameInvoiceIdOrder(const ClaimInvoice &a, const ClaimInvoice &b)
{
    return a.id < b.id;
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

// ---- files -------------------------------------------------------------------------------

bool ClaimDocument::open(const QString &path, ClaimStore::OpenMode mode)
{
    std::optional<Loaded> loaded = load(path, mode, &m_error);
    return loaded && adopt(std::move(*loaded));
}

std::optional<ClaimDocument::Loaded> ClaimDocument::load(const QString &path, ClaimStore::OpenMode mode, QString *error)
{
    ClaimStore store;
    if (!store.open(path, mode)) {
        *error = store.errorString();
        return std::nullopt;
    }
    auto data = store.load();
    if (!data) {
        *error = store.errorString();
        return std::nullopt;
    }
    Loaded loaded;
    loaded.path = store.path();
    loaded.data = std::move(*data);
    loaded.selection = store.meta(u"selection"_s).toLongLong();
    return loaded;
}

void ClaimDocument::startWriter(const QString &path, ClaimStore::OpenMode mode)
{
    Q_UNUSED(mode);
    m_writer = std::make_unique<ClaimWriter>();
    m_storeBroken = false;
    m_unwrittenOriginals.clear();
    m_unwrittenIntake.clear();
    // The callbacks run on the writer's thread: hand over to this one.
    m_writer->setOnCommitted([this](quint64 sequence) {
        QMetaObject::invokeMethod(this, [this, sequence] { onCommitted(sequence); }, Qt::QueuedConnection);
    });
    m_writer->setOnFailure([this](const QString &message) {
        QMetaObject::invokeMethod(this, [this, message] {
            m_storeBroken = true;
            m_error = message;
            emit storeFailed(message);
        }, Qt::QueuedConnection);
    });
    Q_UNUSED(path);
}

bool ClaimDocument::adopt(Loaded loaded)
{
    // The file was opened (and migrated) by load(); the writer's own connection opens it again.
    auto previous = std::move(m_writer);
    startWriter(loaded.path, ClaimStore::OpenMode::Existing);
    QString why;
    if (!m_writer->open(loaded.path, ClaimStore::OpenMode::Existing, &why)) {
        m_writer = std::move(previous);
        m_error = why;
        return false;
    }
    previous.reset();   // writes what the old file still had queued
    m_writer->markCurrent();
    m_undoStack.clear();
    m_data = std::move(loaded.data);
    m_memoryBytes.clear();
    m_memoryIntakeBytes.clear();
    m_historyHits.clear();
    m_selection = loaded.selection;
    resetIds();
    syncLedgerAll();
    // Findings can have changed while the file was closed: rules improve, today moves on and
    // other claims take the same invoices. Re-run them and keep the result; the views are reset
    // afterwards, so the single changes are not announced.
    {
        QSignalBlocker quiet(this);
        commit([](Pending &p) {
            p.revalidateAll = true;
            return true;
        });
    }
    m_undoStack.setClean();
    m_error.clear();
    emit changed(ClaimChange{ClaimChange::Kind::Reset, 0, {}, {}});
    emit fileChanged(m_writer->path());
    return true;
}

void ClaimDocument::flush()
{
    if (m_writer)
        m_writer->flush();
    QCoreApplication::sendPostedEvents(this);   // the writer's confirmations
}

void ClaimDocument::onCommitted(quint64 sequence)
{
    using Originals = QHash<QString, QPair<quint64, QByteArray>>;
    using Intake = QHash<qint64, QPair<quint64, QByteArray>>;
    m_unwrittenOriginals.removeIf([sequence](Originals::iterator it) { return it.value().first <= sequence; });
    m_unwrittenIntake.removeIf([sequence](Intake::iterator it) { return it.value().first <= sequence; });
}

void ClaimDocument::writeDelta(const ClaimDelta &delta)
{
    if (!m_writer || delta.isEmpty())
        return;
    // After a failure nothing more is written, but the bytes stay here for Save As.
    const quint64 sequence = m_storeBroken ? std::numeric_limits<quint64>::max() : m_writer->apply(delta);
    for (auto it = delta.originalBytes.cbegin(); it != delta.originalBytes.cend(); ++it)
        m_unwrittenOriginals.insert(it.key(), {sequence, it.value()});
    for (auto it = delta.intakeBytes.cbegin(); it != delta.intakeBytes.cend(); ++it)
        m_unwrittenIntake.insert(it.key(), {sequence, it.value()});
}

bool ClaimDocument::saveAs(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (m_writer && target == m_writer->path() && !m_storeBroken) {
        markSaved();
        return true;
    }
    if (m_writer && !m_storeBroken) {
        // Everything queued first, then a consistent copy made by the writer's own connection.
        if (!m_writer->runAndWait([target](ClaimStore &store, QString *why) {
                if (store.copyTo(target))
                    return true;
                *why = store.errorString();
                return false;
            }, &m_error))
            return false;
    } else {
        // No file yet, or one that stopped taking changes: write what is in memory, beside the
        // target, and rename it into place: never a half-written claim.
        const QString tmp = QFileInfo(target).absolutePath() + u"/."_s + QFileInfo(target).fileName() + u"."_s
            + QUuid::createUuid().toString(QUuid::Id128) + u".tmp"_s;
        const auto reader = originalReader();
        ClaimDelta all;
        all.details = m_data.details;
        all.originalsAdded = m_data.originals;
        for (const ClaimOriginal &o : std::as_const(m_data.originals))
            all.originalBytes.insert(o.sha256, reader(o.sha256));
        all.recognitionsAdded = m_data.recognitions;
        all.invoicesWritten = m_data.invoices;
        all.editsAdded = m_data.history;
        all.intakeWritten = m_data.intake;
        for (const ClaimIntake &e : std::as_const(m_data.intake))
            if (e.hasBytes)
                all.intakeBytes.insert(e.id, intakeBytes(e.id));
        bool ok = false;
        {
            ClaimStore fresh;
            ok = fresh.open(tmp, ClaimStore::OpenMode::CreateIfMissing)
                && fresh.setMeta(u"claim_id"_s, m_data.claimId) && fresh.apply(all);
            if (ok && m_selection)
                fresh.setMeta(u"selection"_s, QString::number(m_selection));
            m_error = fresh.errorString();
        }
        std::error_code ec;
        if (ok)
            std::filesystem::rename(std::filesystem::path(tmp.toStdU16String()),
                                    std::filesystem::path(target.toStdU16String()), ec);
        if (!ok || ec) {
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(tmp + suffix);
            if (ec)
                m_error = u"Cannot write “%1”: %2"_s.arg(path, QString::fromStdString(ec.message()));
            return false;
        }
    }
    auto previous = std::move(m_writer);
    startWriter(target, ClaimStore::OpenMode::Existing);
    QString why;
    if (!m_writer->open(target, ClaimStore::OpenMode::Existing, &why)) {
        m_writer = std::move(previous);
        m_error = why;
        return false;
    }
    previous.reset();
    m_writer->markCurrent();
    m_memoryBytes.clear();
    m_memoryIntakeBytes.clear();
    syncLedgerAll();
    m_undoStack.setClean();
    m_error.clear();
    emit fileChanged(m_writer->path());
    return true;
}

void ClaimDocument::markSaved()
{
    m_undoStack.setClean();
}

QList<FieldEdit> ClaimDocument::history(qint64 invoiceId) const
{
    QList<FieldEdit> out;
    for (const FieldEdit &e : m_data.history)
        if (e.invoiceId == invoiceId)
            out.append(e);
    return out;
}

QByteArray ClaimDocument::originalBytes(const QString &sha256)
{
    return originalReader()(sha256);
}

QImage ClaimDocument::pageImage(const QString &sha256, int pageIndex, double dpi)
{
    if (m_writer) {
        ClaimStore store;
        if (store.open(m_writer->path(), ClaimStore::OpenMode::ReadOnly)) {
            const QImage cached = store.page(sha256, pageIndex + 1, dpi);
            if (!cached.isNull())
                return cached;
        }
    }
    const RenderedPage rendered = renderPage(originalBytes(sha256), pageIndex, dpi);
    if (!rendered.ok())
        return {};
    if (m_writer && !m_storeBroken)
        m_writer->putPage(sha256, pageIndex + 1, dpi, rendered.image);
    return rendered.image;
}

void ClaimDocument::setSelection(qint64 invoiceId)
{
    if (m_selection == invoiceId)
        return;
    m_selection = invoiceId;
    if (m_writer && !m_storeBroken)
        m_writer->setMeta(u"selection"_s, QString::number(invoiceId));
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

qint64 ClaimDocument::addManualInvoice(const QString &sha256, InvoiceType type, int page)
{
    const ClaimOriginal *o = m_data.original(sha256);
    if (!o)
        return 0;
    ClaimInvoice ci;
    ci.id = nextInvoiceId();
    ci.sha256 = sha256;
    ci.invoice.type = type;
    ci.invoice.typeSource = typeSourceUser();
    ci.invoice.page = std::clamp(page, 1, std::max(1, o->pages));
    m_undoStack.push(new AddInvoiceCommand(this, ci));
    return invoice(ci.id) ? ci.id : 0;
}

qint64 ClaimDocument::addManualDocument(qint64 intakeId, const QByteArray &bytes, InvoiceType type)
{
    const ClaimIntake *e = m_data.intakeEntry(intakeId);
    if (!e || bytes.isEmpty())
        return 0;
    RecognizedDocument doc;
    doc.file = e->name;
    doc.provider = u"manual"_s;
    doc.format = formatKey(sniffFormat(bytes));
    doc.pages = 1;
    Invoice blank;
    blank.type = type;
    blank.typeSource = typeSourceUser();
    blank.page = 1;
    doc.invoices << blank;
    const QString name = e->name;
    const qsizetype before = m_data.invoices.size();
    if (addDocument(bytes, doc, name, intakeId) != AddResult::Added || m_data.invoices.size() == before)
        return 0;
    return m_data.invoices.constLast().id;
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

ExportSource ClaimDocument::exportSource() const
{
    ExportSource source;
    source.data = m_data;
    source.originalBytes = originalReader();
    return source;
}

std::function<QByteArray(const QString &sha256)> ClaimDocument::originalReader() const
{
    if (m_writer) {
        // A connection per call: the reader may run on any thread, and SQLite connections
        // belong to the thread that opened them. Bytes the writer has not committed yet come
        // from memory.
        const QString path = m_writer->path();
        QHash<QString, QByteArray> unwritten;
        for (auto it = m_unwrittenOriginals.cbegin(); it != m_unwrittenOriginals.cend(); ++it)
            unwritten.insert(it.key(), it.value().second);
        return [path, unwritten](const QString &sha256) {
            if (const auto it = unwritten.constFind(sha256); it != unwritten.cend())
                return it.value();
            ClaimStore store;
            return store.open(path, ClaimStore::OpenMode::ReadOnly) ? store.originalBytes(sha256) : QByteArray();
        };
    }
    const QHash<QString, QByteArray> bytes = m_memoryBytes;
    return [bytes](const QString &sha256) { return bytes.value(sha256); };
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

// ---- intake --------------------------------------------------------------------------------

qint64 ClaimDocument::stageIntake(Pending &p, ClaimIntake entry, const QByteArray &bytes, const QDateTime &now)
{
    entry.id = nextIntakeId();
    if (!entry.acceptedAt.isValid())
        entry.acceptedAt = now;
    entry.hasBytes = !bytes.isEmpty();
    p.next.intake.append(entry);
    p.delta.intakeWritten.append(entry);
    if (entry.hasBytes)
        p.delta.intakeBytes.insert(entry.id, bytes);
    ClaimChange c{ClaimChange::Kind::IntakeAdded, 0, entry.sha256, {}};
    c.intakeId = entry.id;
    p.changes.append(c);
    p.skipFindings = true;
    return entry.id;
}

qint64 ClaimDocument::addIntake(ClaimIntake entry, const QByteArray &bytes)
{
    qint64 id = 0;
    commit([&](Pending &p) {
        id = stageIntake(p, entry, bytes, QDateTime::currentDateTimeUtc());
        return true;
    });
    return id;
}

QList<qint64> ClaimDocument::addIntakes(const QList<ClaimIntake> &entries)
{
    QList<qint64> ids;
    if (entries.isEmpty())
        return ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    commit([&](Pending &p) {
        for (const ClaimIntake &entry : entries)
            ids.append(stageIntake(p, entry, {}, now));
        return true;
    });
    return ids;
}

bool ClaimDocument::updateIntake(const ClaimIntake &entry, const QByteArray &bytes)
{
    return commit([&](Pending &p) {
        auto it = std::find_if(p.next.intake.begin(), p.next.intake.end(),
                               [&](const ClaimIntake &e) { return e.id == entry.id; });
        if (it == p.next.intake.end())
            return false;
        ClaimIntake updated = entry;
        updated.hasBytes = it->hasBytes || !bytes.isEmpty();   // bytes are never dropped here
        updated.acceptedAt = it->acceptedAt;
        if (updated == *it && bytes.isEmpty())
            return false;
        *it = updated;
        p.delta.intakeWritten.append(updated);
        if (!bytes.isEmpty())
            p.delta.intakeBytes.insert(updated.id, bytes);
        ClaimChange c{ClaimChange::Kind::IntakeChanged, 0, updated.sha256, {}};
        c.intakeId = updated.id;
        p.changes.append(c);
        p.skipFindings = true;
        return true;
    });
}

bool ClaimDocument::removeIntake(qint64 id)
{
    return removeIntakes({id});
}

bool ClaimDocument::removeIntakes(const QList<qint64> &ids)
{
    return commit([&](Pending &p) {
        bool any = false;
        for (qint64 id : ids) {
            if (p.next.intake.removeIf([id](const ClaimIntake &e) { return e.id == id; }) == 0)
                continue;
            any = true;
            p.delta.intakeRemoved.append(id);
            ClaimChange c{ClaimChange::Kind::IntakeRemoved, 0, {}, {}};
            c.intakeId = id;
            p.changes.append(c);
        }
        p.skipFindings = true;
        return any;
    });
}

QByteArray ClaimDocument::intakeBytes(qint64 id) const
{
    return intakeReader()(id);
}

std::function<QByteArray(qint64 id)> ClaimDocument::intakeReader() const
{
    QHash<qint64, QByteArray> inMemory = m_memoryIntakeBytes;
    for (auto it = m_unwrittenIntake.cbegin(); it != m_unwrittenIntake.cend(); ++it)
        inMemory.insert(it.key(), it.value().second);
    const QString path = m_writer ? m_writer->path() : QString();
    return [path, inMemory](qint64 id) {
        if (const auto it = inMemory.constFind(id); it != inMemory.cend())
            return it.value();
        ClaimStore store;
        return !path.isEmpty() && store.open(path, ClaimStore::OpenMode::ReadOnly) ? store.intakeBytes(id) : QByteArray();
    };
}

// ---- what the commands call --------------------------------------------------------------

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

// ---- the commit path ---------------------------------------------------------------------

bool ClaimDocument::commit(const std::function<bool(Pending &)> &mutate)
{
    Pending p;
    p.next = m_data;
    if (!mutate(p))
        return false;
    if (!p.skipFindings)
        refreshFindings(p);
    for (const ClaimInvoice &ci : std::as_const(p.next.invoices))
        if (p.written.contains(ci.id))
            p.delta.invoicesWritten.append(ci);
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
    QHash<qint64, FindingList> before;
    for (const ClaimInvoice &ci : std::as_const(p.next.invoices))
        before.insert(ci.id, ci.invoice.findings);

    const ValidationContext context = [&] {
        ValidationContext c;
        c.companyName = p.next.details.companyName;
        c.companyTaxId = p.next.details.companyTaxId;
        if (m_today.isValid())
            c.today = m_today;
        return c;
    }();
    QHash<QString, QString> names; // sha256 → file name: one pass, not one search per invoice
    for (const ClaimOriginal &o : std::as_const(p.next.originals))
        names.insert(o.sha256, o.name);
    QList<Invoice *> all;
    QStringList labels;
    all.reserve(p.next.invoices.size());
    labels.reserve(p.next.invoices.size());
    for (ClaimInvoice &ci : p.next.invoices) {
        if (p.revalidateAll || p.revalidate.contains(ci.id))
            revalidate(ci.invoice, context);
        all.append(&ci.invoice);
        labels.append(u"%1 p.%2"_s.arg(names.value(ci.sha256, ci.sha256.left(12))).arg(ci.invoice.page));
    }
    markDuplicates(all, labels, DuplicateScope::Claim);

    // Claimed elsewhere: only invoices that are new or changed can have a new answer (the ledger
    // of other claims is read once per identity and kept while this claim is open).
    for (ClaimInvoice &ci : p.next.invoices) {
        if (!p.revalidateAll && !p.revalidate.contains(ci.id))
            continue;
        ci.invoice.findings.removeIf([](const Finding &f) { return f.rule == QLatin1String(kHistoryRule); });
        const QString identity = claim::ledgerIdentity(ci.invoice);
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
            ci.invoice.findings.append(historyFinding(identity, *hit));
    }

    QSet<qint64> announced;
    for (const ClaimChange &c : std::as_const(p.changes))
        if (c.invoiceId)
            announced.insert(c.invoiceId);
    for (const ClaimInvoice &ci : std::as_const(p.next.invoices)) {
        if (ci.invoice.findings == before.value(ci.id))
            continue;
        p.written.insert(ci.id);
        if (!announced.contains(ci.id))
            p.changes.append(ClaimChange{ClaimChange::Kind::InvoiceChanged, ci.id, ci.sha256, {}});
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
