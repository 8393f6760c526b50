#include "documentinput.h"

#include "inputfile.h"

#include "recognizeddocument.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace ra {

std::optional<DocumentInput> DocumentInput::fromFile(const QString &path, QString *errorCode,
                                                     QString *errorMessage, qint64 maxBytes)
{
    auto fail = [&](const char *code, const QString &message) -> std::optional<DocumentInput> {
        if (errorCode)
            *errorCode = QString::fromLatin1(code);
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    // The one careful read (regular files only, non-blocking open, a cap that a growing file
    // cannot pass): a FIFO or a device among the files given must not hang the import.
    const InputBytes read = readInputFile(path, maxBytes);
    if (read.error) {
        if (errorCode)
            *errorCode = read.error->code;
        if (errorMessage)
            *errorMessage = read.error->message;
        return std::nullopt;
    }
    const QByteArray &bytes = read.bytes;
    if (bytes.isEmpty())
        return fail(ErrorCode::Empty, QStringLiteral("The file is empty."));
    return fromBytes(bytes, path);
}

DocumentInput DocumentInput::fromBytes(const QByteArray &bytes, const QString &file)
{
    DocumentInput in;
    in.file = file;
    in.bytes = bytes;
    in.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    in.format = sniffFormat(bytes);
    return in;
}

bool DocumentInput::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

std::optional<DocumentInput> DocumentInput::fromUrl(const QString &text)
{
    if (!looksLikeUrl(text))
        return std::nullopt;
    // Tolerant: a URL typed with Chinese characters or spaces is percent-encoded as UTF-8,
    // while escapes already there (a signed query) are kept as they are.
    const QUrl url(text.trimmed(), QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty())
        return std::nullopt;
    DocumentInput in;
    in.file = text;
    in.url = url;
    in.format = formatFromUrlPath(url);
    return in;
}

DocumentFormat DocumentInput::formatFromUrlPath(const QUrl &url)
{
    const QString suffix = QFileInfo(url.path()).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return DocumentFormat::Pdf;
    if (suffix == QLatin1String("ofd"))
        return DocumentFormat::Ofd;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return DocumentFormat::Jpeg;
    if (suffix == QLatin1String("png"))
        return DocumentFormat::Png;
    if (suffix == QLatin1String("bmp"))
        return DocumentFormat::Bmp;
    if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff"))
        return DocumentFormat::Tiff;
    if (suffix == QLatin1String("webp"))
        return DocumentFormat::Webp;
    if (suffix == QLatin1String("gif"))
        return DocumentFormat::Gif;
    return DocumentFormat::Unknown;
}

QByteArray DocumentInput::remoteUrl() const
{
    return url.toEncoded(QUrl::FullyEncoded);
}

QString DocumentInput::urlIdentity(const QUrl &url)
{
    const QByteArray material = "url\n" + url.toEncoded(QUrl::FullyEncoded);
    return QStringLiteral("url:")
           + QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}

QString DocumentInput::cacheIdentity() const
{
    if (!sha256.isEmpty())
        return sha256;
    if (isRemote())
        return urlIdentity(url);
    return {};
}

} // namespace ra
