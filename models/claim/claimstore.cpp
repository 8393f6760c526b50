#include "claim/claimstore.h"

#include "claim/claimschema.h"
#include "claim/ledgeridentity.h"
#include "invoicejson.h"
#include "log.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtEndian>
#include <filesystem>
#include <system_error>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The first 100 bytes of an SQLite file: magic, then big-endian user_version at 60 and
// application_id at 68. Read without SQLite so a file we refuse is never even opened for writing.
struct SqliteHeader
{
    bool readable = false;
    bool empty = false;
    bool sqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

SqliteHeader readHeader(const QString &path)
{
    SqliteHeader h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    h.readable = true;
    const QByteArray head = f.read(100);
    if (head.isEmpty()) {
        h.empty = true;
        return h;
    }
    h.sqlite = head.size() == 100 && head.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (h.sqlite) {
        h.userVersion = qFromBigEndian<quint32>(head.constData() + 60);
        h.applicationId = qFromBigEndian<quint32>(head.constData() + 68);
    }
    return h;
}

QString newerVersionMessage(const QString &path, quint32 version)
{
    return u"“%1” was written by a newer version of Reimbursement Assistant (claim format %2; this "
           "version reads formats up to %3). Open it with a newer version; the file was not changed."_s
        .arg(QFileInfo(path).fileName())
        .arg(version)
        .arg(claimschema::kCurrentVersion);
}

QString notAClaimMessage(const QString &path)
{
    return u"“%1” is not a claim file of Reimbursement Assistant; it was not changed."_s.arg(
        QFileInfo(path).fileName());
}

} // namespace

ClaimStore::ClaimStore() = default;

ClaimStore::~ClaimStore()
{
    close();
}

bool ClaimStore::fail(const QString &message)
{
    m_error = message;
    log::get("models.claim")->warn("claim store: {}", message.toStdString());
    return false;
}

bool ClaimStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(sql))
        return true;
    return fail(u"%1 (%2)"_s.arg(q.lastError().text(), sql.left(60)));
}

bool ClaimStore::isOpen() const
{
    return !m_connection.isEmpty();
}

void ClaimStore::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool ClaimStore::checkHeader(const QString &path)
{
    const SqliteHeader h = readHeader(path);
    if (!h.readable)
        return fail(u"Cannot read “%1”."_s.arg(path));
    if (h.empty)
        return true;
    if (!h.sqlite || (h.applicationId != 0 && h.applicationId != claimschema::kApplicationId))
        return fail(notAClaimMessage(path));
    if (h.userVersion > quint32(claimschema::kCurrentVersion))
        return fail(newerVersionMessage(path, h.userVersion));
    return true;
}

bool ClaimStore::open(const QString &path, OpenMode mode, Check check)
{
    close();
    m_error.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    m_readOnly = mode == OpenMode::ReadOnly;
    const bool exists = QFileInfo::exists(m_path);
    if (!exists && mode != OpenMode::CreateIfMissing)
        return fail(u"“%1” does not exist."_s.arg(path));
    if (exists && !QFileInfo(m_path).isFile())
        return fail(u"“%1” is not a file."_s.arg(path));
    if (exists && !checkHeader(m_path))
        return false;

    // A claim on a read-only medium or in a folder we cannot write: nothing can be created
    // beside it, so SQLite cannot make the -shm a WAL-mode file is read through. Without a -wal
    // everything is in the file itself, and nobody else can be writing to it either: it is read
    // as immutable. Tried first when the folder says so, else after the ordinary open fails.
    const bool walBeside = QFileInfo::exists(m_path + u"-wal"_s);
    const bool mayBeImmutable = m_readOnly && exists && !walBeside;
    bool immutable = mayBeImmutable
        && ::access(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), W_OK) != 0;
    QString why;
    bool connected = connect(immutable, &why);
    if (!connected && mayBeImmutable && !immutable) {
        close();
        connected = connect(true, &why);
    }
    if (!connected) {
        close();
        return fail(u"“%1” cannot be read as a claim (%2); it was not changed."_s.arg(QFileInfo(path).fileName(), why));
    }
    const bool empty = !exists || QFileInfo(m_path).size() == 0;
    if ((!empty && !checkPages(check)) || !checkVersionAndMigrate()) {
        why = m_error;
        close();
        m_error = why;
        return false;
    }
    return true;
}

bool ClaimStore::checkVersionAndMigrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Read again through SQLite: a write-ahead log can hold a newer header than the main file.
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return fail(u"“%1” cannot be read as a claim (%2); it was not changed."_s.arg(
            QFileInfo(m_path).fileName(), q.lastError().text()));
    const int version = q.value(0).toInt();
    if (version > claimschema::kCurrentVersion)
        return fail(newerVersionMessage(m_path, quint32(version)));
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return fail(notAClaimMessage(m_path));
    const quint32 appId = quint32(q.value(0).toLongLong());
    if (version == 0) {
        // A new (or empty) file; anything else already in it means it is not ours.
        if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next() || q.value(0).toInt() != 0)
            return fail(notAClaimMessage(m_path));
    } else if (appId != claimschema::kApplicationId) {
        return fail(notAClaimMessage(m_path));
    }
    q.finish();

    if (m_readOnly) {
        if (version == 0)
            return fail(notAClaimMessage(m_path));
        if (version != claimschema::kCurrentVersion)
            return fail(u"“%1” is in an older claim format (%2); open it once in Reimbursement Assistant to "
                        "bring it up to date."_s.arg(QFileInfo(m_path).fileName()).arg(version));
        return true;
    }
    if (!exec(u"PRAGMA journal_mode = WAL"_s) || !exec(u"PRAGMA synchronous = FULL"_s)
        || !exec(u"PRAGMA foreign_keys = ON"_s))
        return false;
    if (version == claimschema::kCurrentVersion)
        return true;
    if (!exec(u"BEGIN IMMEDIATE"_s))
        return false;
    QString why;
    if (!claimschema::migrate(db, version, &why)) {
        exec(u"ROLLBACK"_s);
        return fail(u"Cannot bring “%1” up to date (%2); it was not changed."_s.arg(QFileInfo(m_path).fileName(), why));
    }
    QSqlQuery meta(db);
    meta.prepare(u"INSERT OR IGNORE INTO meta (key, value) VALUES ('claim_id', ?)"_s);
    meta.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!meta.exec()) {
        exec(u"ROLLBACK"_s);
        return fail(meta.lastError().text());
    }
    if (version > 0)
        log::get("models.claim")->info("claim file migrated from format {} to {}", version,
                                      claimschema::kCurrentVersion);
    return exec(u"COMMIT"_s);
}

QString ClaimStore::meta(const QString &key)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool ClaimStore::setMeta(const QString &key, const QString &value)
{
    if (!isOpen())
        return fail(u"No claim file is open."_s);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() || fail(q.lastError().text());
}

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

QByteArray ClaimStore::intakeBytes(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT data FROM intake WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

qint64 ClaimStore::dataVersion()
{
    // Changes whenever another connection commits; our own commits leave it alone.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(u"PRAGMA data_version"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QByteArray ClaimStore::originalBytes(const QString &sha256)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT data FROM originals WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

bool ClaimStore::putPage(const QString &sha256, int page, double dpi, const QImage &image)
{
    if (!isOpen())
        return fail(u"No claim file is open."_s);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return fail(u"cannot encode the page image"_s);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO pages (sha256, page, dpi, width, height, image) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList{sha256, page, dpi, image.width(), image.height(), png})
        q.addBindValue(v);
    return q.exec() || fail(q.lastError().text());
}

QImage ClaimStore::page(const QString &sha256, int page, double dpi)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT image FROM pages WHERE sha256 = ? AND page = ? AND dpi = ?"_s);
    q.addBindValue(sha256);
    q.addBindValue(page);
    q.addBindValue(dpi);
    if (q.exec() && q.next())
        return QImage::fromData(q.value(0).toByteArray(), "PNG");
    return {};
}

bool ClaimStore::copyTo(const QString &path)
{
    if (!isOpen())
        return fail(u"No claim file is open."_s);
    const QFileInfo target(path);
    const QString tmp = target.absolutePath() + u"/."_s + target.fileName() + u"."_s
        + QUuid::createUuid().toString(QUuid::Id128) + u".tmp"_s;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(tmp);
    if (!q.exec()) {
        QFile::remove(tmp);
        return fail(u"Cannot write “%1”: %2"_s.arg(path, q.lastError().text()));
    }
    // Renaming over the target is atomic: readers see the old claim or the whole new one.
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(tmp.toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()), ec);
    if (ec) {
        QFile::remove(tmp);
        return fail(u"Cannot write “%1”: %2"_s.arg(path, QString::fromStdString(ec.message())));
    }
    return true;
}

QString ClaimStore::integrityCheck()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(u'\n');
}

} // namespace ra

