#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ra {

// What a vendor answered for one file: the raw responses unchanged, plus the context the
// provider needs to map them again (never a secret).
struct CachedResponse
{
    QString provider;
    QString sha256;      // DocumentInput::cacheIdentity(): the bytes' SHA-256, or "url:<SHA-256 of the URL>"
    QString options;
    QList<QByteArray> responses;
    QJsonObject context;
    QDateTime storedAt;
};

// On-disk cache of vendor responses keyed by the file's SHA-256, the provider and its options,
// so recognising the same bytes again costs no vendor call (vendors bill per call). A remote
// document (a URL the vendor fetches) has no bytes here: it is keyed by its URL instead
// (DocumentInput::urlIdentity, a hash, so a signed URL's token is never stored), which means a
// URL whose content changed still answers from the cache until `--no-cache`. One directory per
// entry under `<CacheLocation>/responses`: meta.json and response-N.body.
// Writes are atomic (QSaveFile); a damaged entry is a miss, never an error.
class ResponseCache
{
public:
    // Default directory: QStandardPaths::CacheLocation + "/responses".
    ResponseCache();
    explicit ResponseCache(const QString &directory);

    QString directory() const { return m_dir; }
    // `sha256` here and below: DocumentInput::cacheIdentity().
    static QString key(const QString &sha256, const QString &provider, const QString &options);

    std::optional<CachedResponse> lookup(const QString &sha256, const QString &provider,
                                         const QString &options) const;
    // Refuses (returns false, stores nothing) when any of `secrets` (non-empty strings)
    // appears in a response or the context: the cache must never hold a secret.
    bool store(const CachedResponse &entry, const QStringList &secrets = {});
    bool remove(const QString &sha256, const QString &provider, const QString &options);
    int clear();                               // entries removed
    int size() const;                          // entries present

private:
    QString entryDir(const QString &key) const;
    QString m_dir;
};

} // namespace ra
