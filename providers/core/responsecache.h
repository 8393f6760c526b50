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
    QString sha256;
    QString options;
    QList<QByteArray> responses;
    QJsonObject context;
    QDateTime storedAt;
};

// On-disk cache of vendor responses keyed by the file's SHA-256, the provider and its options,
// so recognising the same bytes again costs no vendor call (vendors bill per call). One
// directory per entry under `<CacheLocation>/responses`: meta.json and response-N.json.
// Writes are atomic (QSaveFile); a damaged entry is a miss, never an error.
class ResponseCache
{
public:
    // Default directory: QStandardPaths::CacheLocation + "/responses".
    ResponseCache();
    explicit ResponseCache(const QString &directory);

    QString directory() const { return m_dir; }
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
