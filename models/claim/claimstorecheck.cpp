// ClaimStore: connecting (read-only and immutable files) and the checks that refuse a damaged
// claim before it is written to or exported (docs/security.md, "Claims that are damaged").
#include "claim/claimstore.h"

#include "log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ra {

// What a person can do about a claim file SQLite finds damaged (a disk fault, a copy cut short,
// a file changed by another program).
QString ClaimStore::damagedMessage(const QString &path, const QString &detail)
{
    return QCoreApplication::translate("ra::ClaimStore",
                                       "“%1” is damaged and cannot be used: SQLite's check of the file found "
                                       "“%2”. It was not changed. Open an earlier copy of the claim (a backup, or "
                                       "the copy you handed in), or recognise the original invoices again into a "
                                       "new claim.")
        .arg(QFileInfo(path).fileName(), detail.left(300));
}

bool ClaimStore::connect(bool immutable, QString *why)
{
    m_connection = u"claim-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_immutable = immutable;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (immutable) {
        // SQLite's URI form: percent-encoded path, and no -shm or locks at all.
        db.setDatabaseName(u"file:"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_path, "/"))
                           + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(m_readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                        : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        *why = db.lastError().text();
        return false;
    }
    // The first read: a WAL-mode file read-only needs its -shm, and this is where that fails.
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next()) {
        *why = q.lastError().text();
        return false;
    }
    return true;
}

bool ClaimStore::checkPages(Check check)
{
    if (check == Check::None)
        return true;
    // Before anything is written (the journal mode included): a damaged file is refused as it is.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const bool ran = q.exec(check == Check::Full ? u"PRAGMA integrity_check(20)"_s : u"PRAGMA quick_check(20)"_s);
    QStringList problems;
    while (ran && q.next())
        problems << q.value(0).toString();
    if (ran && problems == QStringList{u"ok"_s})
        return true;
    // SQLite's report, without its "*** in database main ***" headings: the first few problems.
    QStringList lines;
    for (const QString &problem : std::as_const(problems))
        for (const QString &line : problem.split(u'\n', Qt::SkipEmptyParts))
            if (!line.startsWith(u"***"))
                lines << line.trimmed();
    const QString detail = ran ? QStringList(lines.mid(0, 3)).join(u"; "_s) + (lines.size() > 3 ? u"; …"_s : QString())
                               : q.lastError().text();
    log::get("models.claim")->warn("claim file damaged: {}", detail.left(500).toStdString());
    return fail(damagedMessage(m_path, detail));
}

QString ClaimStore::verifyForExport()
{
    if (!isOpen())
        return u"No claim file is open."_s;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // Forward only: each original is read, hashed and dropped, never all held at once.
    q.setForwardOnly(true);
    if (!checkPages(Check::Full))
        return m_error;
    // Row by row, so a large claim is never all in memory.
    const auto verify = [&](const QString &sql, const QString &what) -> QString {
        if (!q.exec(sql))
            return damagedMessage(m_path, q.lastError().text());
        while (q.next()) {
            const QString sha = q.value(0).toString();
            const QByteArray bytes = q.value(2).toByteArray();
            if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha) {
                log::get("models.claim")->warn("claim file damaged: {} {} does not match its sha256",
                                               what.toStdString(), sha.left(16).toStdString());
                return damagedMessage(m_path, QCoreApplication::translate("ra::ClaimStore",
                                                                         "the bytes of “%1” do not match their "
                                                                         "SHA-256")
                                                  .arg(q.value(1).toString()));
            }
        }
        return {};
    };
    return verify(u"SELECT sha256, name, data FROM originals ORDER BY added_at, sha256"_s, u"original"_s);
}

} // namespace ra
