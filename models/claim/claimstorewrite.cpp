// ClaimStore: writing one change (a ClaimDelta) in one transaction, refused when another
// program changed the file since it was read.
#include "claim/claimstore.h"

#include "claim/ledgeridentity.h"
#include "invoicejson.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

bool ClaimStore::apply(const ClaimDelta &delta)
{
    if (!isOpen())
        return fail(u"No claim file is open."_s);
    if (delta.isEmpty())
        return true;
    if (!exec(u"BEGIN IMMEDIATE"_s))
        return false;
    if (m_loadedVersion >= 0 && dataVersion() != m_loadedVersion) {
        exec(u"ROLLBACK"_s);
        return fail(u"“%1” was changed by another program since it was opened here; nothing was written. "
                    "Open it again to see the changes."_s.arg(QFileInfo(m_path).fileName()));
    }
    if (!writeDelta(delta) || !exec(u"COMMIT"_s)) {
        const QString why = m_error;
        exec(u"ROLLBACK"_s);
        m_error = why;
        return false;
    }
    return true;
}

bool ClaimStore::writeDelta(const ClaimDelta &delta)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const auto run = [&](const QVariantList &values) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() || fail(q.lastError().text());
    };
    // A null QString binds as SQL NULL, an empty one as ''.
    const auto text = [](const QString &s) { return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); };

    if (delta.details) {
        const ClaimDetails &d = *delta.details;
        q.prepare(u"UPDATE details SET title = ?, claimant = ?, department = ?, purpose = ?, period_start = ?,"
                  " period_end = ?, currency = ?, company_name = ?, company_tax_id = ? WHERE id = 1"_s);
        if (!run({d.title, d.claimant, d.department, d.purpose, isoDate(d.periodStart), isoDate(d.periodEnd),
                  d.currency, d.companyName, d.companyTaxId}))
            return false;
    }
    for (const QString &sha : delta.originalsRemoved) {
        for (const QString &sql : {u"DELETE FROM invoices WHERE sha256 = ?"_s, u"DELETE FROM recognitions WHERE sha256 = ?"_s,
                                   u"DELETE FROM pages WHERE sha256 = ?"_s, u"DELETE FROM originals WHERE sha256 = ?"_s}) {
            q.prepare(sql);
            if (!run({sha}))
                return false;
        }
    }
    for (const ClaimOriginal &o : delta.originalsAdded) {
        if (!delta.originalBytes.contains(o.sha256))
            return fail(u"the bytes of %1 are missing"_s.arg(o.sha256));
        q.prepare(u"INSERT OR REPLACE INTO originals (sha256, name, format, size, pages, added_at, data)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        if (!run({o.sha256, o.name, o.format, o.size, o.pages, isoTime(o.addedAt), delta.originalBytes.value(o.sha256)}))
            return false;
    }
    for (const RecognitionRecord &r : delta.recognitionsAdded) {
        const RecognizedDocument &doc = r.document;
        q.prepare(u"INSERT OR REPLACE INTO recognitions (id, sha256, provider, recognized_at, error_code,"
                  " error_message, vendor_code, request_id, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!run({r.id, doc.sha256, doc.provider, isoTime(r.recognizedAt), text(doc.error ? doc.error->code : QString()),
                  text(doc.error ? doc.error->message : QString()), text(doc.error ? doc.error->vendorCode : QString()),
                  text(doc.error ? doc.error->requestId : QString()), compactJson(toJson(doc))}))
            return false;
        q.prepare(u"DELETE FROM raw_responses WHERE recognition_id = ?"_s);
        if (!run({r.id}))
            return false;
        for (qsizetype i = 0; i < doc.rawResponses.size(); ++i) {
            q.prepare(u"INSERT INTO raw_responses (recognition_id, seq, body) VALUES (?, ?, ?)"_s);
            if (!run({r.id, qint64(i), doc.rawResponses.at(i)}))
                return false;
        }
    }
    for (qint64 id : delta.invoicesRemoved) {
        q.prepare(u"DELETE FROM invoices WHERE id = ?"_s);
        if (!run({id}))
            return false;
    }
    for (const ClaimInvoice &ci : delta.invoicesWritten) {
        q.prepare(u"INSERT OR REPLACE INTO invoices (id, sha256, recognition_id, type, identity, data)"
                  " VALUES (?, ?, ?, ?, ?, ?)"_s);
        if (!run({ci.id, ci.sha256, ci.recognitionId, invoiceTypeKey(ci.invoice.type),
                  text(claim::ledgerIdentity(ci.invoice)), compactJson(toJson(ci.invoice))}))
            return false;
    }
    for (const FieldEdit &e : delta.editsAdded) {
        q.prepare(u"INSERT INTO edits (id, invoice_id, field_key, machine_value, old_value, new_value, edited_at, undo)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!run({e.id, e.invoiceId, e.fieldKey, text(e.machineValue), text(e.oldValue), text(e.newValue),
                  isoTime(e.when), e.undo ? 1 : 0}))
            return false;
    }
    for (qint64 id : delta.intakeRemoved) {
        q.prepare(u"DELETE FROM intake WHERE id = ?"_s);
        if (!run({id}))
            return false;
    }
    for (const ClaimIntake &e : delta.intakeWritten) {
        // The bytes are written once, with the row that brings them; later state changes keep them.
        const auto bytes = delta.intakeBytes.constFind(e.id);
        if (bytes != delta.intakeBytes.cend()) {
            q.prepare(u"INSERT OR REPLACE INTO intake (id, name, source_path, url, sha256, format, size, state,"
                      " error_code, error_message, provider, accepted_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            if (!run({e.id, e.name, text(e.sourcePath), text(e.url), text(e.sha256), text(e.format), e.size,
                      intakeStateKey(e.state), text(e.errorCode), text(e.errorMessage), text(e.provider),
                      isoTime(e.acceptedAt), *bytes}))
                return false;
            continue;
        }
        q.prepare(u"INSERT INTO intake (id, name, source_path, url, sha256, format, size, state, error_code,"
                  " error_message, provider, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  " ON CONFLICT(id) DO UPDATE SET name = excluded.name, source_path = excluded.source_path,"
                  " url = excluded.url, sha256 = excluded.sha256, format = excluded.format, size = excluded.size,"
                  " state = excluded.state, error_code = excluded.error_code, error_message = excluded.error_message,"
                  " provider = excluded.provider"_s);
        if (!run({e.id, e.name, text(e.sourcePath), text(e.url), text(e.sha256), text(e.format), e.size,
                  intakeStateKey(e.state), text(e.errorCode), text(e.errorMessage), text(e.provider),
                  isoTime(e.acceptedAt)}))
            return false;
    }
    return true;
}


} // namespace ra
