#pragma once

#include "recognizeddocument.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QBuffer;
class QuaZip;

namespace ra {

// Limits that keep a hostile package (zip bomb, path tricks, millions of entries) from
// exhausting memory or time. Sizes are enforced while inflating, not only from the headers,
// because a bomb's headers lie.
struct OfdLimits
{
    int maxEntries = 10000;
    qint64 maxEntryBytes = 64LL * 1024 * 1024;    // one inflated entry
    qint64 maxTotalBytes = 256LL * 1024 * 1024;   // everything inflated from one package
    qint64 ratioCheckFrom = 2LL * 1024 * 1024;    // ratios of small entries are not meaningful
    qint64 maxRatio = 400;                        // inflated / compressed above that is a bomb
    qint64 maxXmlBytes = 32LL * 1024 * 1024;      // one XML part
};

// Read-only, in-memory access to the ZIP container of an OFD file. Entry names are checked
// once when opening: `..` components, absolute paths, drive letters and control characters
// make the whole package unsafe (we never write entries to disk, but a package built like
// that is not an honest invoice). Lookup is exact first, then case-insensitive, because
// producers disagree on "Tpls" vs "TPLS". Not thread-safe: one package per thread.
class OfdPackage
{
public:
    explicit OfdPackage(const OfdLimits &limits = {});
    ~OfdPackage();
    OfdPackage(const OfdPackage &) = delete;
    OfdPackage &operator=(const OfdPackage &) = delete;

    // Opens the package; an error (Empty, OfdCorrupt, OfdUnsafe) leaves it closed.
    std::optional<DocumentError> open(const QByteArray &bytes);
    bool isOpen() const { return m_open; }
    const OfdLimits &limits() const { return m_limits; }

    // Normalized entry paths ('/' separators, no leading '/'), directories excluded.
    QStringList entries() const { return m_order; }
    int entryCount() const { return int(m_order.size()); }

    // The entry's canonical path for `path` (exact, then case-insensitive), or a null string.
    QString find(const QString &path) const;
    bool contains(const QString &path) const { return !find(path).isNull(); }

    // Resolves a reference written inside the package part `baseFile`: OFD paths are
    // relative to the folder of the file that names them, a leading '/' means the package
    // root. Falls back to the root for producers that write root-relative paths without '/'.
    // Returns the canonical entry path, or a null string when no entry matches.
    QString resolve(const QString &reference, const QString &baseFile) const;

    // The joined, normalized path (not checked against the entries); null when the
    // reference climbs above the root.
    static QString joinPath(const QString &reference, const QString &baseFile);
    static QString folderOf(const QString &path);

    // Inflates one entry in chunks, enforcing the entry, total and ratio limits. Repeated
    // reads of the same entry are served from a cache. On failure returns nullopt and, when
    // `error` is given, sets it (OfdUnsafe for limits, OfdCorrupt for damaged data).
    std::optional<QByteArray> read(const QString &path, DocumentError *error = nullptr);

    qint64 declaredSize(const QString &path) const;
    qint64 inflatedBytes() const { return m_inflated; }

private:
    struct Entry
    {
        QString rawName;        // as stored in the ZIP, for QuaZip lookups
        qint64 compressed = 0;
        qint64 uncompressed = 0;
    };

    std::optional<DocumentError> indexEntries();

    OfdLimits m_limits;
    QByteArray m_bytes;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries;     // canonical path → entry
    QHash<QString, QString> m_folded;    // lower-case path → canonical path
    QStringList m_order;
    QHash<QString, QByteArray> m_cache;
    qint64 m_inflated = 0;
    bool m_open = false;
};

} // namespace ra
