// ClaimStore: reading a whole claim (details, originals, recognitions with their raw
// responses, invoices, edits, intake) into ClaimData.
#include "claim/claimstore.h"

#include "invoicejson.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

QDateTime fromIsoTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}


} // namespace

std::optional<ClaimData> ClaimStore::load()
{
    if (!isOpen()) {
        fail(u"No claim file is open."_s);
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto damaged = [&](const QString &what) {
        fail(u"“%1” is damaged (%2)."_s.arg(QFileInfo(m_path).fileName(), what));
        return std::nullopt;
    };
    ClaimData data;

    // One read transaction, so the snapshot is consistent even if another process writes.
    if (!exec(u"BEGIN"_s))
        return std::nullopt;
    struct Rollback
    {
        ClaimStore *store;
        ~Rollback() { store->exec(u"ROLLBACK"_s); }
    } rollback{this};
    QSqlQuery q(db); // after `rollback`, so it is finished before the transaction ends
    data.claimId = meta(u"claim_id"_s);
    m_loadedVersion = dataVersion();

    if (!q.exec(u"SELECT title, claimant, department, purpose, period_start, period_end, currency,"
                " company_name, company_tax_id FROM details WHERE id = 1"_s)
        || !q.next())
        return damaged(u"no claim details"_s);
    ClaimDetails &d = data.details;
    d.title = q.value(0).toString();
    d.claimant = q.value(1).toString();
    d.department = q.value(2).toString();
    d.purpose = q.value(3).toString();
    d.periodStart = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    d.periodEnd = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    d.currency = q.value(6).toString();
    d.companyName = q.value(7).toString();
    d.companyTaxId = q.value(8).toString();

    if (!q.exec(u"SELECT sha256, name, format, size, pages, added_at FROM originals"
                " ORDER BY added_at, sha256"_s))
        return damaged(q.lastError().text());
    while (q.next()) {
        ClaimOriginal o;
        o.sha256 = q.value(0).toString();
        o.name = q.value(1).toString();
        o.format = q.value(2).toString();
        o.size = q.value(3).toLongLong();
        o.pages = q.value(4).toInt();
        o.addedAt = fromIsoTime(q.value(5).toString());
        data.originals.append(o);
    }

    QHash<qint64, QList<QByteArray>> raw;
    if (!q.exec(u"SELECT recognition_id, body FROM raw_responses ORDER BY recognition_id, seq"_s))
        return damaged(q.lastError().text());
    while (q.next())
        raw[q.value(0).toLongLong()].append(q.value(1).toByteArray());
    if (!q.exec(u"SELECT id, recognized_at, vendor_code, request_id, result FROM recognitions ORDER BY id"_s))
        return damaged(q.lastError().text());
    while (q.next()) {
        RecognitionRecord r;
        r.id = q.value(0).toLongLong();
        r.recognizedAt = fromIsoTime(q.value(1).toString());
        QString why;
        const auto doc = documentFromJson(QJsonDocument::fromJson(q.value(4).toByteArray()).object(), &why);
        if (!doc)
            return damaged(u"recognition %1: %2"_s.arg(r.id).arg(why));
        r.document = *doc;
        if (r.document.error) {
            r.document.error->vendorCode = q.value(2).toString();
            r.document.error->requestId = q.value(3).toString();
        }
        r.document.rawResponses = raw.value(r.id);
        data.recognitions.append(r);
    }

    if (!q.exec(u"SELECT id, sha256, recognition_id, data FROM invoices ORDER BY id"_s))
        return damaged(q.lastError().text());
    while (q.next()) {
        ClaimInvoice ci;
        ci.id = q.value(0).toLongLong();
        ci.sha256 = q.value(1).toString();
        ci.recognitionId = q.value(2).toLongLong();
        QString why;
        const auto inv = invoiceFromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).object(), &why);
        if (!inv)
            return damaged(u"invoice %1: %2"_s.arg(ci.id).arg(why));
        ci.invoice = *inv;
        data.invoices.append(ci);
    }

    if (!q.exec(u"SELECT id, invoice_id, field_key, machine_value, old_value, new_value, edited_at, undo"
                " FROM edits ORDER BY id"_s))
        return damaged(q.lastError().text());
    while (q.next()) {
        FieldEdit e;
        e.id = q.value(0).toLongLong();
        e.invoiceId = q.value(1).toLongLong();
        e.fieldKey = q.value(2).toString();
        e.machineValue = q.value(3).toString();
        e.oldValue = q.value(4).toString();
        e.newValue = q.value(5).toString();
        e.when = fromIsoTime(q.value(6).toString());
        e.undo = q.value(7).toBool();
        data.history.append(e);
    }
    if (!q.exec(u"SELECT id, name, source_path, url, sha256, format, size, state, error_code, error_message,"
                " provider, accepted_at, data IS NOT NULL FROM intake ORDER BY id"_s))
        return damaged(q.lastError().text());
    while (q.next()) {
        ClaimIntake e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.sourcePath = q.value(2).toString();
        e.url = q.value(3).toString();
        e.sha256 = q.value(4).toString();
        e.format = q.value(5).toString();
        e.size = q.value(6).toLongLong();
        bool known = false;
        e.state = intakeStateFromKey(q.value(7).toString(), &known);
        if (!known)
            return damaged(u"document %1 has the unknown state “%2”"_s.arg(e.id).arg(q.value(7).toString()));
        e.errorCode = q.value(8).toString();
        e.errorMessage = q.value(9).toString();
        e.provider = q.value(10).toString();
        e.acceptedAt = fromIsoTime(q.value(11).toString());
        e.hasBytes = q.value(12).toBool();
        data.intake.append(e);
    }
    return data;
}


} // namespace ra
