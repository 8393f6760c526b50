#include "claim/duplicateledger.h"

#include "log.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

constexpr int kLedgerVersion = 1;

QString isoTime(const QDateTime &t)
{
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

DuplicateLedger::DuplicateLedger() = default;

DuplicateLedger::~DuplicateLedger()
{
    close();
}

QString DuplicateLedger::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/duplicate-ledger.sqlite"_s;
}

bool DuplicateLedger::fail(const QString &message)
{
    m_error = message;
    log::get("models.claim")->warn("duplicate ledger: {}", message.toStdString());
    return false;
}

bool DuplicateLedger::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(sql) || fail(q.lastError().text());
}

void DuplicateLedger::close()
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

bool DuplicateLedger::open(const QString &path)
{
    close();
    m_error.clear();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(u"Cannot create the folder of “%1”."_s.arg(path));
    m_connection = u"ledger-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto refuse = [&](const QString &why) {
        close();
        return fail(why);
    };
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            why = db.lastError().text();
    }
    if (!why.isEmpty())
        return refuse(u"Cannot open the duplicate ledger “%1”: %2"_s.arg(path, why));
    int version = 0;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            why = q.lastError().text();
        version = q.value(0).toInt();
    }
    if (!why.isEmpty())
        return refuse(u"The duplicate ledger “%1” cannot be read: %2"_s.arg(path, why));
    if (version > kLedgerVersion)
        return refuse(u"The duplicate ledger “%1” was written by a newer version; it was not changed."_s.arg(path));
    if (!exec(u"PRAGMA journal_mode = WAL"_s) || !exec(u"PRAGMA synchronous = NORMAL"_s))
        return refuse(m_error);
    if (version == 0) {
        if (!exec(u"BEGIN IMMEDIATE"_s))
            return refuse(m_error);
        const bool ok =
            exec(u"CREATE TABLE claims (claim_id TEXT PRIMARY KEY, path TEXT, name TEXT)"_s)
            && exec(u"CREATE TABLE entries (claim_id TEXT NOT NULL, invoice_id INTEGER NOT NULL,"
                    " identity TEXT NOT NULL, added_at TEXT NOT NULL, PRIMARY KEY (claim_id, invoice_id))"_s)
            && exec(u"CREATE INDEX entries_identity ON entries(identity)"_s)
            && exec(u"PRAGMA user_version = %1"_s.arg(kLedgerVersion));
        if (!ok) {
            why = m_error;
            exec(u"ROLLBACK"_s);
            return refuse(why);
        }
        if (!exec(u"COMMIT"_s))
            return refuse(m_error);
    }
    return true;
}

QList<DuplicateLedger::Entry> DuplicateLedger::otherClaims(const QString &identity, const QString &claimId)
{
    QList<Entry> out;
    if (!isOpen() || identity.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT e.claim_id, c.path, c.name, e.invoice_id, e.added_at FROM entries e"
              " LEFT JOIN claims c ON c.claim_id = e.claim_id"
              " WHERE e.identity = ? AND e.claim_id <> ? ORDER BY e.added_at, e.claim_id"_s);
    q.addBindValue(identity);
    q.addBindValue(claimId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append({identity, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    return out;
}

QList<DuplicateLedger::Entry> DuplicateLedger::entriesOf(const QString &claimId)
{
    QList<Entry> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT e.identity, c.path, c.name, e.invoice_id, e.added_at FROM entries e"
              " LEFT JOIN claims c ON c.claim_id = e.claim_id WHERE e.claim_id = ? ORDER BY e.invoice_id"_s);
    q.addBindValue(claimId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), claimId, q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    return out;
}

bool DuplicateLedger::upsertClaim(const QString &claimId, const QString &claimPath, const QString &claimName)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO claims (claim_id, path, name) VALUES (?, ?, ?)"
              " ON CONFLICT(claim_id) DO UPDATE SET path = excluded.path, name = excluded.name"_s);
    q.addBindValue(claimId);
    q.addBindValue(claimPath);
    q.addBindValue(claimName);
    return q.exec() || fail(q.lastError().text());
}

bool DuplicateLedger::insertEntry(const Entry &entry)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // A known invoice keeps the time it first entered the claim.
    q.prepare(u"INSERT INTO entries (claim_id, invoice_id, identity, added_at) VALUES (?, ?, ?, ?)"
              " ON CONFLICT(claim_id, invoice_id) DO UPDATE SET identity = excluded.identity"_s);
    q.addBindValue(entry.claimId);
    q.addBindValue(entry.invoiceId);
    q.addBindValue(entry.identity);
    q.addBindValue(isoTime(entry.addedAt));
    return q.exec() || fail(q.lastError().text());
}

bool DuplicateLedger::record(const Entry &entry)
{
    if (!isOpen())
        return fail(u"The duplicate ledger is not open."_s);
    if (entry.identity.isEmpty())
        return forget(entry.claimId, entry.invoiceId);
    if (!exec(u"BEGIN IMMEDIATE"_s))
        return false;
    if (!upsertClaim(entry.claimId, entry.claimPath, entry.claimName) || !insertEntry(entry)) {
        const QString why = m_error;
        exec(u"ROLLBACK"_s);
        return fail(why);
    }
    return exec(u"COMMIT"_s);
}

bool DuplicateLedger::forget(const QString &claimId, qint64 invoiceId)
{
    if (!isOpen())
        return fail(u"The duplicate ledger is not open."_s);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM entries WHERE claim_id = ? AND invoice_id = ?"_s);
    q.addBindValue(claimId);
    q.addBindValue(invoiceId);
    return q.exec() || fail(q.lastError().text());
}

bool DuplicateLedger::syncClaim(const QString &claimId, const QString &claimPath, const QString &claimName,
                                const QList<Entry> &entries)
{
    if (!isOpen())
        return fail(u"The duplicate ledger is not open."_s);
    if (!exec(u"BEGIN IMMEDIATE"_s))
        return false;
    bool ok = upsertClaim(claimId, claimPath, claimName);
    QSet<qint64> keep;
    for (const Entry &e : entries) {
        if (!ok)
            break;
        if (e.identity.isEmpty())
            continue;
        Entry copy = e;
        copy.claimId = claimId;
        ok = insertEntry(copy);
        keep.insert(e.invoiceId);
    }
    if (ok) {
        // Whatever else the ledger held for this claim is gone from it.
        for (const Entry &known : entriesOf(claimId))
            if (ok && !keep.contains(known.invoiceId))
                ok = forget(claimId, known.invoiceId);
    }
    if (!ok) {
        const QString why = m_error;
        exec(u"ROLLBACK"_s);
        return fail(why);
    }
    return exec(u"COMMIT"_s);
}

bool DuplicateLedger::renameClaim(const QString &claimId, const QString &claimPath, const QString &claimName)
{
    if (!isOpen())
        return fail(u"The duplicate ledger is not open."_s);
    return upsertClaim(claimId, claimPath, claimName);
}

} // namespace ra
