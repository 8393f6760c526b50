#pragma once

#include "claimdata.h"
#include "claimdelta.h"

#include <QByteArray>
#include <QImage>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace ra {

// One claim file: an SQLite database (Qt Sql, QSQLITE) in WAL mode with synchronous=FULL, so
// every change is durable once apply() returns and a crash loses at most the change in flight.
// Not thread-safe: use a store from the thread that opened it.
class ClaimStore
{
public:
    // ReadOnly never writes to the file (exports, other processes); a file in an older format
    // is then refused (opening it for writing brings it up to date first).
    enum class OpenMode { Existing, CreateIfMissing, ReadOnly };

    ClaimStore();
    ~ClaimStore();
    ClaimStore(const ClaimStore &) = delete;
    ClaimStore &operator=(const ClaimStore &) = delete;

    // How much of the file is checked when it is opened: Quick (`PRAGMA quick_check`, every
    // page read) for a claim a person opens or exports; None for another connection to a file
    // already checked (the writer, readers of original bytes); Full adds the indexes
    // (`PRAGMA integrity_check`).
    enum class Check { None, Quick, Full };

    // Opens (and migrates) the claim at `path`. A file from a newer version, a file that is not
    // a claim and a damaged file are refused without being written to (checked before anything
    // is written, the journal mode included); errorString() says why in words a person can act
    // on. ReadOnly opens a file that cannot be written and has no -wal beside it (a read-only
    // folder or medium, where SQLite cannot create its -shm) as immutable.
    bool open(const QString &path, OpenMode mode = OpenMode::Existing, Check check = Check::Quick);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // The whole claim except the original bytes.
    std::optional<ClaimData> load();

    // Writes `delta` in one transaction; on failure nothing of it is in the file. After load(),
    // a change is refused when another program has written to the file since (SQLite
    // data_version): writing on from a stale picture would overwrite its work.
    bool apply(const ClaimDelta &delta);

    // Takes the file as it is now as the picture apply() writes on (after a copy the caller
    // already holds in memory), instead of load().
    void markCurrent() { m_loadedVersion = dataVersion(); }

    QByteArray originalBytes(const QString &sha256);
    // The copy of an intake entry's bytes; empty when the claim keeps none.
    QByteArray intakeBytes(qint64 id);

    // Rendered pages cached with the claim (not part of undo): the page image at `dpi`.
    bool putPage(const QString &sha256, int page, double dpi, const QImage &image);
    QImage page(const QString &sha256, int page, double dpi);

    // Small settings that travel with the file (the selection, the claim id).
    QString meta(const QString &key);
    bool setMeta(const QString &key, const QString &value);

    // Writes a consistent copy of the whole file to `path` (VACUUM INTO, then renamed into
    // place), leaving this store open on the old file.
    bool copyTo(const QString &path);

    // `PRAGMA integrity_check`: "ok" or the problems found.
    QString integrityCheck();

    // What an export checks before it writes anything: `PRAGMA integrity_check`, and that the
    // bytes of every original (and every copy kept for a file without invoices) still have the
    // SHA-256 they are filed under. Empty when all is well, else what is wrong and what to do.
    QString verifyForExport();
    bool isImmutable() const { return m_immutable; }

    // The message for a claim file found damaged, with SQLite's words (or ours) for what is wrong.
    static QString damagedMessage(const QString &path, const QString &detail);

private:
    bool fail(const QString &message);
    bool exec(const QString &sql);
    bool checkHeader(const QString &path);
    bool checkVersionAndMigrate();
    bool connect(bool immutable, QString *why);
    bool checkPages(Check check);
    bool writeDelta(const ClaimDelta &delta);
    qint64 dataVersion();

    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
    bool m_immutable = false;
    qint64 m_loadedVersion = -1; // data_version when load() read the file; -1 before

    QString m_error;
};

} // namespace ra
