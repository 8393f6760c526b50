#include "documentinput.h"

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Unreadable, QStringLiteral("Cannot open the file: %1").arg(file.errorString()));
    if (file.size() > maxBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("The file is larger than %1 MB.").arg(maxBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Unreadable, QStringLiteral("Cannot read the file: %1").arg(file.errorString()));
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

} // namespace ra
