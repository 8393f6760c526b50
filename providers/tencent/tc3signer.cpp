#include "tc3signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <algorithm>

namespace ra::tencent {
namespace {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Key first, message second; raw bytes in, raw bytes out.
QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

Tc3Signature signTc3(const Tc3Input &in)
{
    Tc3Signature s;
    s.hashedPayload = sha256Hex(in.payload);

    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : in.headers)
        headers.append({name.trimmed().toLower(), value.trimmed().toLower()});
    std::stable_sort(headers.begin(), headers.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalHeaders;
    QList<QByteArray> names;
    for (const auto &[name, value] : headers) {
        canonicalHeaders += name + ':' + value + '\n';
        names << name;
    }
    s.signedHeaders = names.join(';');

    s.canonicalRequest = in.method.toUpper() + '\n' + in.canonicalUri + '\n' + in.canonicalQuery + '\n'
                         + canonicalHeaders + '\n' + s.signedHeaders + '\n' + s.hashedPayload;

    // The date is the UTC date of the timestamp, never local time (1704038400 is already
    // 2024-01-01 in Beijing but 2023-12-31 in UTC).
    s.date = QDateTime::fromSecsSinceEpoch(in.timestamp, QTimeZone::utc())
                 .toString(QStringLiteral("yyyy-MM-dd")).toLatin1();
    const QByteArray service = in.service.toUtf8();
    s.credentialScope = s.date + '/' + service + "/tc3_request";
    const QByteArray ts = QByteArray::number(in.timestamp);
    s.stringToSign = "TC3-HMAC-SHA256\n" + ts + '\n' + s.credentialScope + '\n' + sha256Hex(s.canonicalRequest);

    const QByteArray secretDate = hmac("TC3" + in.secretKey.toUtf8(), s.date);
    const QByteArray secretService = hmac(secretDate, service);
    const QByteArray secretSigning = hmac(secretService, "tc3_request");
    s.signature = hmac(secretSigning, s.stringToSign).toHex();

    s.authorization = "TC3-HMAC-SHA256 Credential=" + in.secretId.toUtf8() + '/' + s.credentialScope
                      + ", SignedHeaders=" + s.signedHeaders + ", Signature=" + s.signature;
    return s;
}

} // namespace ra::tencent
