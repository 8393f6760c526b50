#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// TC3-HMAC-SHA256, Tencent Cloud API 3.0's request signature, as a pure function: the clock
// is the `timestamp` argument. vendor-protocols.md §1.2 step by step; tested with the doc's
// example (both revisions) and the OCR vectors T1–T3.
namespace ra::tencent {

struct Tc3Input
{
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray canonicalUri = QByteArrayLiteral("/");
    QByteArray canonicalQuery;                              // empty for POST
    // The headers to sign, as sent (name, value); content-type and host are mandatory.
    // Names and values are lower-cased and trimmed for the canonical form; sorted by name.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray payload;                                     // the exact body bytes
    QString secretId;
    QString secretKey;
    QString service = QStringLiteral("ocr");                // stays "ocr" whatever the host
    qint64 timestamp = 0;                                   // X-TC-Timestamp, unix seconds
};

struct Tc3Signature
{
    QByteArray hashedPayload;      // hex SHA-256 of the payload
    QByteArray canonicalRequest;
    QByteArray signedHeaders;      // "content-type;host"
    QByteArray date;               // UTC date of the timestamp, yyyy-MM-dd
    QByteArray credentialScope;    // date/service/tc3_request
    QByteArray stringToSign;
    QByteArray signature;          // lower-case hex
    QByteArray authorization;      // the Authorization header value
};

Tc3Signature signTc3(const Tc3Input &input);

} // namespace ra::tencent
