#pragma once

#include "documentformat.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace ra {

// One document handed to a provider: the file's bytes already read (so the hash, the format
// and the cache key are computed once), or a URL for providers that fetch it themselves.
struct DocumentInput
{
    QString file;            // as the user gave it: shown and written to output, never opened again
    QByteArray bytes;        // the whole file; empty when only `url` is given
    QUrl url;                // a remote document (providers with ProviderCapability::Url)
    QString sha256;          // lower-case hex of `bytes`; empty for a remote document
    DocumentFormat format = DocumentFormat::Unknown;
    int page = 0;            // 1-based page to recognise; 0 = every page
    bool noCache = false;    // call the vendor even when a cached response exists

    // Reads `path` (refusing more than `maxBytes`) and fills bytes, sha256 and format.
    // On failure returns nullopt and says why in `error` (code from ErrorCode).
    static std::optional<DocumentInput> fromFile(const QString &path, QString *errorCode = nullptr,
                                                 QString *errorMessage = nullptr,
                                                 qint64 maxBytes = 200LL * 1024 * 1024);
    // Wraps bytes already in memory (paste, claim files, tests).
    static DocumentInput fromBytes(const QByteArray &bytes, const QString &file);

    // A remote document the vendor fetches itself: nothing is downloaded here. `file` is
    // `text` as given; `format` is guessed from the path's extension (the bytes are never
    // seen), Unknown when there is none. nullopt unless `text` is an absolute http(s) URL with
    // a host.
    static std::optional<DocumentInput> fromUrl(const QString &text);
    // True for an argument that names an http(s) URL rather than a path.
    static bool looksLikeUrl(const QString &text);
    static DocumentFormat formatFromUrlPath(const QUrl &url);

    // A URL only, no bytes: the vendor is to fetch it.
    bool isRemote() const { return bytes.isEmpty() && url.isValid() && !url.isEmpty(); }
    // The URL exactly as it goes to the vendor: percent-encoded (UTF-8), the query untouched.
    QByteArray remoteUrl() const;
    // What the response cache keys this document by: the bytes' SHA-256, or for a remote
    // document "url:" + the SHA-256 of its URL (so the cache never holds a signed URL's token).
    // Empty when there is neither.
    QString cacheIdentity() const;
    static QString urlIdentity(const QUrl &url);
};

} // namespace ra
