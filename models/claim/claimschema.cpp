#include "claim/claimschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ra::claimschema {
namespace {

// Version 1: the first claim format. Originals are stored once by content hash; invoices keep
// the normalized JSON contract (fields with provenance, findings); recognition results and
// the edit history are append-only.
const QStringList &version1()
{
    static const QStringList statements = {
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s,
        u"CREATE TABLE details (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT, claimant TEXT,"
        " department TEXT, purpose TEXT, period_start TEXT, period_end TEXT, currency TEXT,"
        " company_name TEXT, company_tax_id TEXT)"_s,
        u"CREATE TABLE originals (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, format TEXT NOT NULL,"
        " size INTEGER NOT NULL, pages INTEGER NOT NULL, added_at TEXT NOT NULL, data BLOB NOT NULL)"_s,
        u"CREATE TABLE pages (sha256 TEXT NOT NULL REFERENCES originals(sha256) ON DELETE CASCADE,"
        " page INTEGER NOT NULL, dpi REAL NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,"
        " image BLOB NOT NULL, PRIMARY KEY (sha256, page, dpi))"_s,
        u"CREATE TABLE recognitions (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, provider TEXT NOT NULL,"
        " recognized_at TEXT NOT NULL, error_code TEXT, error_message TEXT, vendor_code TEXT,"
        " request_id TEXT, result TEXT NOT NULL)"_s,
        u"CREATE TABLE raw_responses (recognition_id INTEGER NOT NULL REFERENCES recognitions(id)"
        " ON DELETE CASCADE, seq INTEGER NOT NULL, body BLOB NOT NULL, PRIMARY KEY (recognition_id, seq))"_s,
        u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, recognition_id INTEGER,"
        " type TEXT NOT NULL, identity TEXT, data TEXT NOT NULL)"_s,
        u"CREATE TABLE edits (id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL, field_key TEXT NOT NULL,"
        " machine_value TEXT, old_value TEXT, new_value TEXT, edited_at TEXT NOT NULL,"
        " undo INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX recognitions_sha256 ON recognitions(sha256)"_s,
        u"CREATE INDEX invoices_sha256 ON invoices(sha256)"_s,
        u"CREATE INDEX edits_invoice ON edits(invoice_id)"_s,
        u"INSERT INTO details (id, currency) VALUES (1, 'CNY')"_s,
    };
    return statements;
}

// Version 2: files accepted but not (yet) recognised are in the claim from the moment they are
// given (waiting, recognising, failed, cancelled), with a copy of their bytes once read.
const QStringList &version2()
{
    static const QStringList statements = {
        u"CREATE TABLE intake (id INTEGER PRIMARY KEY, name TEXT NOT NULL, source_path TEXT, url TEXT,"
        " sha256 TEXT, format TEXT, size INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, error_code TEXT,"
        " error_message TEXT, provider TEXT, accepted_at TEXT NOT NULL, data BLOB)"_s,
    };
    return statements;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    // One entry per version step: steps[n] takes a file from version n to n + 1.
    const QList<const QStringList *> steps = {&version1(), &version2()};
    Q_ASSERT(steps.size() == kCurrentVersion);
    for (int v = fromVersion; v < kCurrentVersion; ++v)
        for (const QString &sql : *steps.at(v))
            if (!run(db, sql, error))
                return false;
    return run(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId), error)
        && run(db, u"PRAGMA user_version = %1"_s.arg(kCurrentVersion), error);
}

} // namespace ra::claimschema
