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
    QString sha256;          // lower-case hex of `bytes`
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
};

} // namespace ra
