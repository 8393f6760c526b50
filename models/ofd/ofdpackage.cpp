#include "ofdpackage.h"
#include "translatedtext.h"

#include "log.h"

#include <QBuffer>
#include <QCoreApplication>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace ra {

namespace {

QString tr(const char *text)
{
    return translatedText("ra::OfdPackage", text);
}

DocumentError makeError(const char *code, const QString &message)
{
    return DocumentError{QString::fromLatin1(code), message};
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

// Why a stored entry name is refused, or a null string when it is acceptable. The name is
// already converted to '/' separators.
QString unsafeReason(const QString &name)
{
    if (name.size() > 1024)
        return tr("an entry name is longer than 1024 characters");
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("an entry name contains control characters");
    if (name.startsWith(u'/'))
        return tr("the entry \"%1\" has an absolute path").arg(name);
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return tr("the entry \"%1\" names a drive").arg(name);
    const QStringList parts = name.split(u'/');
    for (const QString &p : parts)
        if (p == QLatin1String(".."))
            return tr("the entry \"%1\" points outside the package (path traversal)").arg(name);
    return {};
}

// "a//b/./c" → "a/b/c"; '\' counts as a separator (Windows-built zips and backslash tricks).
QString canonicalEntryName(QString name)
{
    name.replace(u'\\', u'/');
    QStringList out;
    for (const QString &p : name.split(u'/')) {
        if (p.isEmpty() || p == QLatin1String("."))
            continue;
        out.append(p);
    }
    return out.join(u'/');
}

} // namespace

OfdPackage::OfdPackage(const OfdLimits &limits)
    : m_limits(limits)
{
}

OfdPackage::~OfdPackage()
{
    // QuaZip refers to the buffer: close it first.
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    m_zip.reset();
    m_buffer.reset();
}

std::optional<DocumentError> OfdPackage::open(const QByteArray &bytes)
{
    m_open = false;
    m_entries.clear();
    m_folded.clear();
    m_order.clear();
    m_cache.clear();
    m_inflated = 0;
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    m_zip.reset();
    m_buffer.reset();

    if (bytes.isEmpty())
        return makeError(ErrorCode::Empty, tr("The file is empty (0 bytes)."));
    if (!bytes.startsWith("PK\x03\x04") && !bytes.startsWith("PK\x05\x06"))
        return makeError(ErrorCode::OfdCorrupt,
                         tr("The file is not an OFD package: OFD files are ZIP archives and this one "
                            "does not start like a ZIP archive."));

    m_bytes = bytes;
    m_buffer = std::make_unique<QBuffer>(&m_bytes);
    m_zip = std::make_unique<QuaZip>(m_buffer.get());
    if (!m_zip->open(QuaZip::mdUnzip)) {
        const int code = m_zip->getZipError();
        m_zip.reset();
        m_buffer.reset();
        return makeError(ErrorCode::OfdCorrupt,
                         tr("The OFD package is damaged or incomplete (truncated download?): its ZIP "
                            "directory cannot be read (zip error %1).")
                             .arg(code));
    }
    if (auto err = indexEntries()) {
        m_zip->close();
        m_zip.reset();
        m_buffer.reset();
        m_entries.clear();
        m_folded.clear();
        m_order.clear();
        return err;
    }
    m_open = true;
    return std::nullopt;
}

std::optional<DocumentError> OfdPackage::indexEntries()
{
    // The directory's own count is read first so a package claiming millions of entries is
    // refused before any of them is looked at.
    const int declared = m_zip->getEntriesCount();
    if (declared > m_limits.maxEntries)
        return makeError(ErrorCode::OfdUnsafe,
                         tr("The OFD package was refused: it has %1 entries, more than the %2 an "
                            "invoice could need.")
                             .arg(declared)
                             .arg(m_limits.maxEntries));

    qint64 totalDeclared = 0;
    int seen = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (++seen > m_limits.maxEntries)
            return makeError(ErrorCode::OfdUnsafe,
                             tr("The OFD package was refused: it has more than %1 entries.")
                                 .arg(m_limits.maxEntries));
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return makeError(ErrorCode::OfdCorrupt,
                             tr("The OFD package is damaged: an entry of its ZIP directory cannot be read."));
        QString name = info.name;
        name.replace(u'\\', u'/');
        if (const QString why = unsafeReason(name); !why.isNull())
            return makeError(ErrorCode::OfdUnsafe, tr("The OFD package was refused as unsafe: %1.").arg(why));
        if (name.endsWith(u'/'))
            continue; // directory
        const QString canonical = canonicalEntryName(name);
        if (canonical.isEmpty())
            continue;

        const qint64 usize = qint64(info.uncompressedSize);
        const qint64 csize = qint64(info.compressedSize);
        if (usize > m_limits.maxEntryBytes)
            return makeError(ErrorCode::OfdUnsafe,
                             tr("The OFD package was refused: the entry \"%1\" would inflate to %2 MiB, more "
                                "than the %3 MiB allowed for one part.")
                                 .arg(canonical, mib(usize), mib(m_limits.maxEntryBytes)));
        if (usize > m_limits.ratioCheckFrom && usize > qMax<qint64>(csize, 1) * m_limits.maxRatio)
            return makeError(ErrorCode::OfdUnsafe,
                             tr("The OFD package was refused as a probable zip bomb: the entry \"%1\" "
                                "claims a compression ratio above %2:1.")
                                 .arg(canonical)
                                 .arg(m_limits.maxRatio));
        totalDeclared += usize;
        if (totalDeclared > m_limits.maxTotalBytes)
            return makeError(ErrorCode::OfdUnsafe,
                             tr("The OFD package was refused: its entries would inflate to more than %1 MiB.")
                                 .arg(mib(m_limits.maxTotalBytes)));

        if (m_entries.contains(canonical))
            continue; // a duplicate name: the first one wins, as in most readers
        m_entries.insert(canonical, Entry{info.name, csize, usize});
        m_folded.insert(canonical.toLower(), canonical);
        m_order.append(canonical);
    }
    if (m_zip->getZipError() != UNZ_OK)
        return makeError(ErrorCode::OfdCorrupt,
                         tr("The OFD package is damaged: its ZIP directory ends early (zip error %1).")
                             .arg(m_zip->getZipError()));
    return std::nullopt;
}

QString OfdPackage::find(const QString &path) const
{
    const QString canonical = canonicalEntryName(path);
    if (canonical.isEmpty())
        return {};
    if (m_entries.contains(canonical))
        return canonical;
    return m_folded.value(canonical.toLower());
}

QString OfdPackage::folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QStringLiteral("") : path.left(slash);
}

QString OfdPackage::joinPath(const QString &reference, const QString &baseFile)
{
    QString ref = reference.trimmed();
    ref.replace(u'\\', u'/');
    if (ref.isEmpty())
        return {};
    QStringList parts;
    if (!ref.startsWith(u'/')) {
        const QString folder = folderOf(canonicalEntryName(baseFile));
        if (!folder.isEmpty())
            parts = folder.split(u'/');
    }
    for (const QString &p : ref.split(u'/')) {
        if (p.isEmpty() || p == QLatin1String("."))
            continue;
        if (p == QLatin1String("..")) {
            if (parts.isEmpty())
                return {}; // above the root
            parts.removeLast();
            continue;
        }
        parts.append(p);
    }
    return parts.join(u'/');
}

QString OfdPackage::resolve(const QString &reference, const QString &baseFile) const
{
    const QString joined = joinPath(reference, baseFile);
    if (!joined.isNull()) {
        if (const QString found = find(joined); !found.isNull())
            return found;
    }
    // Some producers write paths relative to the package root without the leading '/'.
    const QString fromRoot = joinPath(reference, QString());
    if (!fromRoot.isNull())
        return find(fromRoot);
    return {};
}

qint64 OfdPackage::declaredSize(const QString &path) const
{
    const QString canonical = find(path);
    return canonical.isNull() ? -1 : m_entries.value(canonical).uncompressed;
}

std::optional<QByteArray> OfdPackage::read(const QString &path, DocumentError *error)
{
    auto fail = [&](const char *code, const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = makeError(code, message);
        return std::nullopt;
    };
    if (!m_open)
        return fail(ErrorCode::OfdCorrupt, tr("The OFD package is not open."));
    const QString canonical = find(path);
    if (canonical.isNull())
        return fail(ErrorCode::OfdCorrupt, tr("The OFD package has no part \"%1\".").arg(path));
    if (auto it = m_cache.constFind(canonical); it != m_cache.constEnd())
        return *it;

    const Entry entry = m_entries.value(canonical);
    if (!m_zip->setCurrentFile(entry.rawName, QuaZip::csSensitive))
        return fail(ErrorCode::OfdCorrupt, tr("The OFD part \"%1\" cannot be found in the ZIP directory.").arg(canonical));

    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::OfdCorrupt,
                    tr("The OFD part \"%1\" cannot be opened (encrypted or damaged).").arg(canonical));

    // Where its compressed data starts: the ratio is checked against what was actually
    // consumed, so a bomb is caught early even when its headers claim modest sizes.
    unzFile unz = m_zip->getUnzFile();
    const qint64 dataStart = qint64(unzGetCurrentFileZStreamPos64(unz));

    QByteArray out;
    out.reserve(int(qMin<qint64>(entry.uncompressed, 1024 * 1024)));
    constexpr qint64 kChunk = 64 * 1024;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    char *chunk = buffer.data();
    for (;;) {
        const qint64 n = file.read(chunk, kChunk);
        if (n < 0) {
            file.close();
            return fail(ErrorCode::OfdCorrupt,
                        tr("The OFD part \"%1\" is damaged: its compressed data cannot be inflated.").arg(canonical));
        }
        if (n == 0)
            break;
        const qint64 produced = out.size() + n;
        if (produced > m_limits.maxEntryBytes) {
            file.close();
            return fail(ErrorCode::OfdUnsafe,
                        tr("The OFD package was refused: the part \"%1\" inflates to more than %2 MiB.")
                            .arg(canonical, mib(m_limits.maxEntryBytes)));
        }
        if (m_inflated + n > m_limits.maxTotalBytes) {
            file.close();
            return fail(ErrorCode::OfdUnsafe,
                        tr("The OFD package was refused: its parts inflate to more than %1 MiB in total.")
                            .arg(mib(m_limits.maxTotalBytes)));
        }
        const qint64 consumed = qMax<qint64>(qint64(unzGetCurrentFileZStreamPos64(unz)) - dataStart, 1);
        if (produced > m_limits.ratioCheckFrom && produced > consumed * m_limits.maxRatio) {
            file.close();
            return fail(ErrorCode::OfdUnsafe,
                        tr("The OFD package was refused as a probable zip bomb: the part \"%1\" inflates "
                           "more than %2 times its compressed size.")
                            .arg(canonical)
                            .arg(m_limits.maxRatio));
        }
        m_inflated += n;
        out.append(chunk, n);
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return fail(ErrorCode::OfdCorrupt,
                    tr("The OFD part \"%1\" is damaged: its checksum does not match (zip error %2).")
                        .arg(canonical)
                        .arg(file.getZipError()));
    m_cache.insert(canonical, out);
    return out;
}

} // namespace ra
