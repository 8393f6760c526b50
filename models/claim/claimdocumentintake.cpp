// ClaimDocument: files accepted and not recognised yet (intake), and invoices entered by hand.
#include "claim/claimdocument.h"

#include "claim/claimstore.h"
#include "claim/commands/addinvoicecommand.h"
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

} // namespace

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
        return !path.isEmpty() && store.open(path, ClaimStore::OpenMode::ReadOnly, ClaimStore::Check::None) ? store.intakeBytes(id) : QByteArray();
    };
}

} // namespace ra
