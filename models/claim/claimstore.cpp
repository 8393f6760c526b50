#include "claim/claimstore.h"

#include "claim/claimschema.h"
#include "log.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

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
