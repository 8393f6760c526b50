#include "workercodec.h"

#include "documentformat.h"
#include "invoicejson.h"
#include "threadhandoff.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

constexpr int kMaxWireImageSide = 20000; // pagerenderer's kMaxRenderSide

bool allowedFormat(QImage::Format format)
{
    switch (format) {
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
    case QImage::Format_RGB888:
    case QImage::Format_Grayscale8:
        return true;
    default:
        return false;
    }
}

QString styleName(VendorPageSpec::Style style)
{
    switch (style) {
    case VendorPageSpec::Style::Vendor: return u"vendor"_s;
    case VendorPageSpec::Style::Tencent: return u"tencent"_s;
    case VendorPageSpec::Style::OfdPageCount: return u"ofd_page_count"_s;
    }
    return {};
}

bool saneSide(qint64 side)
{
    return side > 0 && side <= kMaxWireImageSide;
}

} // namespace

QJsonObject errorToWire(const DocumentError &error)
{
    QJsonObject o{{u"code"_s, error.code}, {u"message"_s, error.message}};
    if (!error.vendorCode.isEmpty())
        o.insert(u"vendor_code"_s, error.vendorCode);
    if (!error.requestId.isEmpty())
        o.insert(u"request_id"_s, error.requestId);
    return o;
}

std::optional<DocumentError> errorFromWire(const QJsonObject &object)
{
    const QJsonValue code = object.value(u"code"_s);
    const QJsonValue message = object.value(u"message"_s);
    if (!code.isString() || code.toString().isEmpty() || !message.isString())
        return std::nullopt;
    DocumentError e;
    e.code = code.toString();
    e.message = message.toString();
    e.vendorCode = object.value(u"vendor_code"_s).toString();
    e.requestId = object.value(u"request_id"_s).toString();
    return e;
}

QJsonObject documentToWire(const RecognizedDocument &document)
{
    QJsonObject o = toJson(document);
    if (document.error)
        o.insert(u"error"_s, errorToWire(*document.error));
    if (!document.rawResponses.isEmpty()) {
        QJsonArray raw;
        for (const QByteArray &r : document.rawResponses)
            raw.append(QString::fromLatin1(r.toBase64()));
        o.insert(u"raw_responses"_s, raw);
    }
    return o;
}

std::optional<RecognizedDocument> documentFromWire(const QJsonObject &object, QString *error)
{
    std::optional<RecognizedDocument> doc = documentFromJson(object, error);
    if (!doc)
        return std::nullopt;
    if (doc->error) {
        // The normalized reader keeps code and message; the rest of the error rides along.
        const auto full = errorFromWire(object.value(u"error"_s).toObject());
        if (full)
            doc->error = *full;
    }
    const QJsonValue raw = object.value(u"raw_responses"_s);
    if (raw.isArray()) {
        for (const QJsonValue &v : raw.toArray()) {
            if (!v.isString()) {
                if (error)
                    *error = u"raw_responses: expected strings"_s;
                return std::nullopt;
            }
            doc->rawResponses.append(QByteArray::fromBase64(v.toString().toLatin1()));
        }
    } else if (!raw.isUndefined()) {
        if (error)
            *error = u"raw_responses: expected an array"_s;
        return std::nullopt;
    }
    return doc;
}

void progressToWire(const RecognitionProgress &progress, QJsonObject &header)
{
    header.insert(u"page"_s, progress.page);
    header.insert(u"pages"_s, progress.pages);
    header.insert(u"ocr"_s, progress.ocr);
    header.insert(u"lines_read"_s, progress.linesRead);
    header.insert(u"lines"_s, progress.lines);
}

std::optional<RecognitionProgress> progressFromWire(const QJsonObject &header)
{
    // as the page cap and the detector allow, with room: anything beyond is not a real document
    constexpr qint64 kMaxPages = 10'000'000, kMaxLines = 1'000'000;
    const qint64 page = header.value(u"page"_s).toInteger(-1), pages = header.value(u"pages"_s).toInteger(-1);
    const qint64 read = header.value(u"lines_read"_s).toInteger(-1), lines = header.value(u"lines"_s).toInteger(-1);
    if (page < 0 || page > kMaxPages || pages < 0 || pages > kMaxPages || lines < 0 || lines > kMaxLines
        || read < 0 || read > lines || !header.value(u"ocr"_s).isBool())
        return std::nullopt;
    return RecognitionProgress{int(page), int(pages), header.value(u"ocr"_s).toBool(), int(read), int(lines)};
}

QJsonObject validationToWire(const ValidationContext &context)
{
    return {{u"company_name"_s, context.companyName},
            {u"company_tax_id"_s, context.companyTaxId},
            {u"today"_s, context.today.toString(Qt::ISODate)}};
}

ValidationContext validationFromWire(const QJsonObject &object)
{
    ValidationContext c;
    c.companyName = object.value(u"company_name"_s).toString();
    c.companyTaxId = object.value(u"company_tax_id"_s).toString();
    const QDate today = QDate::fromString(object.value(u"today"_s).toString(), Qt::ISODate);
    if (today.isValid())
        c.today = today;
    return c;
}

QJsonObject imageToWire(const QImage &image, QByteArray *bits)
{
    QImage img = image;
    if (!allowedFormat(img.format()))
        img = img.convertToFormat(img.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    *bits = QByteArray(reinterpret_cast<const char *>(img.constBits()), img.sizeInBytes());
    return {{u"width"_s, img.width()},
            {u"height"_s, img.height()},
            {u"format"_s, int(img.format())},
            {u"bytes_per_line"_s, qint64(img.bytesPerLine())},
            {u"dpm_x"_s, img.dotsPerMeterX()},
            {u"dpm_y"_s, img.dotsPerMeterY()}};
}

QImage imageFromWire(const QJsonObject &header, QByteArray bits)
{
    const qint64 width = header.value(u"width"_s).toInteger(-1);
    const qint64 height = header.value(u"height"_s).toInteger(-1);
    const qint64 bytesPerLine = header.value(u"bytes_per_line"_s).toInteger(-1);
    const auto format = QImage::Format(header.value(u"format"_s).toInt(QImage::Format_Invalid));
    if (width <= 0 || height <= 0 || width > kMaxWireImageSide || height > kMaxWireImageSide
        || !allowedFormat(format))
        return {};
    const int depth = QImage::toPixelFormat(format).bitsPerPixel();
    if (bytesPerLine < (width * depth + 7) / 8 || bytesPerLine % 4 != 0 || bytesPerLine > width * 4 + 64
        || bytesPerLine * height != bits.size())
        return {};
    // The image keeps the received bytes as its pixels rather than copying them (a 100-megapixel
    // photo is 400 MB): they live as long as the image, or its first change detaches it.
    // The image is made on the worker's reader thread and freed wherever its last copy ends
    // (the GUI thread, a thumbnail job): the hand-off goes through Qt's event queue, which
    // ThreadSanitizer cannot see, so it is announced here and taken over before the delete.
    auto *held = new QByteArray(std::move(bits));
    QImage image(reinterpret_cast<uchar *>(held->data()), int(width), int(height), qsizetype(bytesPerLine),
                 format,
                 [](void *info) {
                     takenOver(info);
                     delete static_cast<QByteArray *>(info);
                 },
                 held);
    handedOver(held);
    if (const int x = header.value(u"dpm_x"_s).toInt(); x > 0)
        image.setDotsPerMeterX(x);
    if (const int y = header.value(u"dpm_y"_s).toInt(); y > 0)
        image.setDotsPerMeterY(y);
    return image;
}

QJsonObject pageSpecToWire(const VendorPageSpec &spec)
{
    return {{u"style"_s, styleName(spec.style)}, {u"page"_s, spec.pageIndex},  {u"max_bytes"_s, spec.maxBytes},
            {u"min_side"_s, spec.minSide},       {u"max_side"_s, spec.maxSide}, {u"max_pixels"_s, spec.maxPixels},
            {u"is_pdf"_s, spec.isPdf}};
}

VendorPageSpec pageSpecFromWire(const QJsonObject &object)
{
    VendorPageSpec spec;
    const QString style = object.value(u"style"_s).toString();
    for (const auto s : {VendorPageSpec::Style::Vendor, VendorPageSpec::Style::Tencent,
                         VendorPageSpec::Style::OfdPageCount})
        if (style == styleName(s))
            spec.style = s;
    spec.pageIndex = qMax(0, object.value(u"page"_s).toInt());
    spec.maxBytes = qMax<qint64>(0, object.value(u"max_bytes"_s).toInteger());
    spec.minSide = qMax(0, object.value(u"min_side"_s).toInt());
    spec.maxSide = qMax(0, object.value(u"max_side"_s).toInt());
    spec.maxPixels = qMax(0, object.value(u"max_pixels"_s).toInt());
    spec.isPdf = object.value(u"is_pdf"_s).toBool();
    return spec;
}

QJsonObject preparedToWire(const vendor::PreparedImage &prepared)
{
    QJsonObject o{{u"page_count"_s, prepared.pageCount}};
    if (!prepared.ok()) {
        o.insert(u"error"_s, errorToWire(DocumentError{prepared.errorCode, prepared.error}));
        return o;
    }
    o.insert(u"image"_s, QJsonObject{{u"page_width"_s, prepared.pageSize.width()},
                                     {u"page_height"_s, prepared.pageSize.height()},
                                     {u"sent_width"_s, prepared.sentSize.width()},
                                     {u"sent_height"_s, prepared.sentSize.height()},
                                     {u"sx"_s, prepared.toPage.m11()},
                                     {u"sy"_s, prepared.toPage.m22()},
                                     {u"converted"_s, prepared.converted}});
    return o;
}

std::optional<vendor::PreparedImage> preparedFromWire(const QJsonObject &object, const QByteArray &bytes,
                                                      const VendorPageSpec &asked, QString *error)
{
    const auto refuse = [error](const QString &why) -> std::optional<vendor::PreparedImage> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    vendor::PreparedImage out;
    const qint64 pageCount = object.value(u"page_count"_s).toInteger(-1);
    if (pageCount < 0 || pageCount > 10'000'000)
        return refuse(u"a page count out of range"_s);
    out.pageCount = int(pageCount);
    if (object.contains(u"error"_s)) {
        const auto e = errorFromWire(object.value(u"error"_s).toObject());
        if (!e || !bytes.isEmpty())
            return refuse(u"an error without a code, or with bytes"_s);
        out.errorCode = e->code;
        out.error = e->message;
        return out;
    }
    if (asked.style == VendorPageSpec::Style::OfdPageCount)
        return bytes.isEmpty() ? std::optional(out) : refuse(u"bytes for a page count"_s);
    const QJsonObject image = object.value(u"image"_s).toObject();
    const DocumentFormat format = sniffFormat(bytes);
    if (format != DocumentFormat::Jpeg && format != DocumentFormat::Png)
        return refuse(u"an image that is neither JPEG nor PNG"_s);
    // The limit the vendor was asked for: what the worker sends must keep to it.
    const qint64 counted = asked.style == VendorPageSpec::Style::Tencent ? (bytes.size() + 2) / 3 * 4 : bytes.size();
    if (asked.maxBytes > 0 && counted > asked.maxBytes)
        return refuse(u"an image larger than asked"_s);
    const qint64 pw = image.value(u"page_width"_s).toInteger(-1), ph = image.value(u"page_height"_s).toInteger(-1);
    const qint64 sw = image.value(u"sent_width"_s).toInteger(-1), sh = image.value(u"sent_height"_s).toInteger(-1);
    const double sx = image.value(u"sx"_s).toDouble(-1), sy = image.value(u"sy"_s).toDouble(-1);
    if (!saneSide(pw) || !saneSide(ph) || !saneSide(sw) || !saneSide(sh) || !(sx > 0 && sx < 1000)
        || !(sy > 0 && sy < 1000))
        return refuse(u"image sizes or scale out of range"_s);
    out.bytes = bytes;
    out.mimeType = format == DocumentFormat::Jpeg ? "image/jpeg" : "image/png";
    out.extension = format == DocumentFormat::Jpeg ? u"jpg"_s : u"png"_s;
    out.pageSize = QSize(int(pw), int(ph));
    out.sentSize = QSize(int(sw), int(sh));
    out.toPage = QTransform::fromScale(sx, sy);
    out.converted = image.value(u"converted"_s).toBool();
    return out;
}

} // namespace ra
