#include "deepfinchfakeserver.h"

#include "qiniufakemultipart.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ra::test {
namespace {

constexpr qint64 kMaxBytes = 5LL * 1024 * 1024;
constexpr int kMaxSide = 6000;

QJsonValue box(double x1, double y1, double x2, double y2)
{
    return QJsonArray{x1, y1, x2, y1, x2, y2, x1, y2};
}

QJsonObject leaf(const QString &txt, const QJsonValue &region)
{
    return QJsonObject{{u"txt"_s, txt}, {u"region"_s, region}};
}

} // namespace

DeepFinchFakeServer::DeepFinchFakeServer(const QString &apiId, const QString &apiSecret, QObject *parent)
    : FakeVendorServer(parent), m_apiId(apiId), m_apiSecret(apiSecret)
{
}

DeepFinchFakeServer::~DeepFinchFakeServer() = default;

FakeVendorServer::Answer DeepFinchFakeServer::status(int http, const QString &st, const QString &reason)
{
    m_lastRequestId = u"TID"_s + QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(QByteArray::number(++m_sequence) + "df"), QCryptographicHash::Md5).toHex());
    Answer a;
    a.status = http;
    a.body = QJsonDocument(QJsonObject{{u"status"_s, st}, {u"reason"_s, reason}, {u"request_id"_s, m_lastRequestId}})
                 .toJson(QJsonDocument::Compact);
    return a;
}

FakeVendorServer::Answer DeepFinchFakeServer::handle(const Request &request)
{
    if (request.url.path() != u"/ocr/value_add_tax_invoice") {
        noteRejected();
        return status(404, u"NOT_FOUND"_s, u"request path error"_s);
    }
    if (request.method != "POST") {
        noteRejected();
        return status(400, u"INVALID_ARGUMENT"_s, u"POST only"_s);
    }
    if (request.header("X-DF-API-ID") != m_apiId.toUtf8() || request.header("X-DF-API-SECRET") != m_apiSecret.toUtf8()) {
        noteRejected();
        return status(401, u"UNAUTHORIZED"_s, u"invalid api id or secret"_s);
    }
    const auto form = parseMultipartForm(request.header("Content-Type"), request.body);
    const FormPart *file = form ? form->part("file") : nullptr;
    const FormPart *url = form ? form->part("url") : nullptr;
    // "请求参数 file 和 url 二选一": one of them, not both.
    if ((!file || file->data.isEmpty()) == (!url || url->data.isEmpty())) {
        noteRejected();
        return status(400, u"INVALID_ARGUMENT"_s, u"must specify either 'file' or 'url'"_s);
    }
    QByteArray image;
    if (url) {
        const auto fetched = fetchRemote(QString::fromUtf8(url->data));
        if (!fetched) {
            noteRejected();
            return status(400, u"INVALID_ARGUMENT"_s, u"image download failed"_s);
        }
        image = *fetched;
    } else {
        image = file->data;
    }
    if (image.size() > kMaxBytes) {
        noteRejected();
        return status(400, u"INVALID_ARGUMENT"_s, u"image file size too large"_s);
    }
    QBuffer buffer;
    buffer.setData(image);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    const QSize size = reader.size();
    if ((format != "png" && format != "jpeg") || !size.isValid() || size.width() > kMaxSide
        || size.height() > kMaxSide || size.width() < 15 || size.height() < 15) {
        noteRejected();
        return status(400, u"DETECTION_FAILED"_s, u"image detection failed"_s);
    }
    ++m_ocrCalls;
    Answer a = status(200, u"OK"_s, QString());
    QJsonObject o = QJsonDocument::fromJson(a.body).object();
    o.remove(u"reason"_s);
    o.insert(u"result"_s, m_responder ? m_responder(image) : defaultResult(image));
    a.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return a;
}

QJsonObject DeepFinchFakeServer::defaultResult(const QByteArray &image)
{
    QBuffer buffer;
    buffer.setData(image);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize s = reader.size().isValid() ? reader.size() : QSize(500, 300);
    QString number = reader.text(u"number"_s);
    if (number.isEmpty())
        number = u"01234567"_s;
    // The seed's layout, as fractions of the image (its example image was about 500 × 300).
    const double w = s.width() / 500.0, h = s.height() / 300.0;
    const QJsonObject invoice{
        {u"invoice_code"_s, leaf(u"044031900111"_s, box(112 * w, 30 * h, 203 * w, 44 * h))},
        {u"invoice_numb"_s, leaf(number, box(359 * w, 27 * h, 407 * w, 41 * h))},
        {u"invoice_date"_s, leaf(u"2022年03月24日"_s, box(393 * w, 44 * h, 452 * w, 54 * h))},
        {u"invoice_check_code"_s, leaf(u"00008512345678901234"_s, box(302 * w, 214 * h, 403 * w, 223 * h))},
        {u"machine_code"_s, leaf(u"800000000021"_s, ""_L1)},
        {u"invoice_password"_s,
         QJsonArray{leaf(u"03+92<662/1*0374c4943296016"_s, box(299 * w, 62 * h, 451 * w, 79 * h)),
                    leaf(u"J-475>216+9246621*83/47-03"_s, box(301 * w, 72 * h, 452 * w, 88 * h))}}};
    const QJsonObject amount{
        {u"amount_total"_s, leaf(u"120.00"_s, box(347 * w, 185 * h, 382 * w, 194 * h))},
        {u"tax_amount_total"_s, leaf(QString(), ""_L1)},
        {u"amount_in_words"_s, leaf(u"壹佰贰拾圆整"_s, box(186 * w, 201 * h, 226 * w, 210 * h))},
        {u"amount_in_figuers"_s, leaf(u"120.00"_s, box(377 * w, 200 * h, 417 * w, 209 * h))}};
    const QJsonObject empty{{u"name"_s, leaf(QString(), ""_L1)}, {u"checkcode"_s, leaf(QString(), ""_L1)},
                            {u"address_and_phone"_s, leaf(QString(), ""_L1)},
                            {u"bank_info"_s, leaf(QString(), ""_L1)}};
    QJsonObject seller = empty;
    seller.insert(u"checkcode"_s, leaf(u"91230107MA1ABCDE08"_s, box(135 * w, 227 * h, 231 * w, 237 * h)));
    return QJsonObject{{u"invoice_info"_s, invoice}, {u"amount_info"_s, amount}, {u"buyer_info"_s, empty},
                       {u"seller_info"_s, seller}, {u"detail_info"_s, QJsonArray()}};
}

FakeVendorServer::Answer DeepFinchFakeServer::faultAnswer(Fault fault, const Request &request)
{
    Q_UNUSED(request);
    switch (fault) {
    case Fault::RateLimit:
        return status(403, u"RATE_LIMIT_EXCEEDED"_s, u"rate limit exceeded"_s);
    case Fault::AuthFailure:
    case Fault::ExpiredToken:
        return status(401, u"UNAUTHORIZED"_s, u"invalid api id or secret"_s);
    case Fault::InternalError:
        return status(500, u"INTERNAL_ERROR"_s, u"internal error"_s);
    case Fault::Malformed: {
        Answer a;
        a.body = "{\"status\":\"OK\",\"request_id\":\"TIDx\",\"result\":{\"invoice_info\":";
        return a;
    }
    case Fault::ServerError:
    default: {
        Answer a = status(503, u"INTERNAL_ERROR"_s, u"service unavailable"_s);
        return a;
    }
    }
}

} // namespace ra::test
