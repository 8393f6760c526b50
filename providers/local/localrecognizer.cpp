#include "localrecognizer.h"
#include "translatedtext.h"

#include "fieldtidy.h"

#include "documentformat.h"
#include "imageloader.h"
#include "log.h"
#include "ocr/ocrmodels.h"
#include "ocr/ocrpagereading.h"
#include "ofdinvoiceextractor.h"
#include "pagegeometry.h"
#include "pdf/pdfembeddedimages.h"
#include "pdfinvoiceextractor.h"
#include "qr/qrdecoder.h"
#include "qr/qrpayload.h"
#include "qrhunt.h"
#include "qrinvoicefields.h"
#include "typeinference.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QTemporaryFile>

namespace ra {
namespace {

QString tr(const char *text)
{
    // lupdate files a tr() in LocalRecognizer's member functions under the class's full name
    // and one in a free function under "ra" (translatedText's fallback): asked as
    // "LocalRecognizer", "not a PDF, OFD or image" and "a ZIP but not an OFD" were never found,
    // and reached the Chinese desk in English.
    return translatedText("ra::LocalRecognizer", text);
}

DocumentError makeError(const char *code, const QString &message)
{
    return DocumentError{QString::fromLatin1(code), message};
}

struct DecodedInvoiceQr
{
    QString raw;
    qr::InvoicePayload payload;
    QPolygonF polygon;
};

QList<DecodedInvoiceQr> invoicePayloads(const QList<qr::DecodedCode> &codes)
{
    QList<DecodedInvoiceQr> out;
    for (const qr::DecodedCode &c : codes) {
        if (const auto p = qr::parseInvoicePayload(c.text))
            out.append({c.text, *p, c.polygon});
    }
    return out;
}

QPolygonF scaled(const QPolygonF &poly, double factor)
{
    QPolygonF out;
    out.reserve(poly.size());
    for (const QPointF &p : poly)
        out.append(p * factor);
    return out;
}

// Attaches each QR payload to the invoice with the same number on the page, or to the page's
// only invoice; a payload that matches none becomes an invoice of its own (a scanned PDF).
void mergeQr(QList<Invoice> &pageInvoices, const QList<DecodedInvoiceQr> &payloads, int page,
             const QSizeF &pageSize)
{
    for (const DecodedInvoiceQr &q : payloads) {
        Invoice *target = nullptr;
        for (Invoice &inv : pageInvoices) {
            if (inv.value(QStringLiteral("number")) == q.payload.number) {
                target = &inv;
                break;
            }
        }
        if (!target && pageInvoices.size() == 1 && pageInvoices.first().qrcodes.isEmpty())
            target = &pageInvoices.first();
        if (!target) {
            Invoice inv;
            inv.page = page;
            inv.pageSize = pageSize;
            pageInvoices.append(inv);
            target = &pageInvoices.last();
        }
        offerQrFields(*target, q.raw, q.payload, q.polygon, page);
    }
}

// QR codes on a rendered PDF page: the top-left region at a resolution high enough for
// small codes first (where invoices print them), then the whole page.
QList<DecodedInvoiceQr> decodePdfPageQr(QPdfDocument &doc, int page)
{
    constexpr double qrDpi = 200.0;
    const QSizeF points = doc.pagePointSize(page);
    const QSize full(qRound(points.width() * qrDpi / 72.0), qRound(points.height() * qrDpi / 72.0));
    if (full.isEmpty() || full.width() > 8000 || full.height() > 8000)
        return {};
    const double toReference = kReferenceDpi / qrDpi;

    QPdfDocumentRenderOptions options;
    const QRect topLeft(0, 0, full.width() * 45 / 100, full.height() * 50 / 100);
    options.setScaledSize(full);
    options.setScaledClipRect(topLeft);
    QImage corner = doc.render(page, topLeft.size(), options);
    QList<DecodedInvoiceQr> found;
    if (!corner.isNull())
        found = invoicePayloads(qr::decodeAll(corner));
    if (found.isEmpty()) {
        const QImage whole = doc.render(page, full);
        if (!whole.isNull())
            found = invoicePayloads(qr::decodeInvoiceImage(whole));
    }
    for (DecodedInvoiceQr &q : found)
        q.polygon = scaled(q.polygon, toReference);
    return found;
}

// Invoice QR payloads of the images embedded in the PDF, decoded as stored (no rendering).
QList<DecodedInvoiceQr> embeddedQrPayloads(const QByteArray &bytes)
{
    QList<DecodedInvoiceQr> out;
    for (const QImage &img : smallEmbeddedImages(bytes)) {
        // One plain QR pass: an embedded image is clean; what it misses, the page render finds.
        for (DecodedInvoiceQr q : invoicePayloads(qr::decodeQrCodes(img))) {
            q.polygon = {}; // the image's pixels are not page pixels
            out.append(q);
        }
    }
    return out;
}

// The payloads whose number is that of an invoice found on the page.
QList<DecodedInvoiceQr> payloadsForPage(const QList<DecodedInvoiceQr> &all, const QList<Invoice> &invoices)
{
    QList<DecodedInvoiceQr> out;
    for (const DecodedInvoiceQr &q : all)
        for (const Invoice &inv : invoices)
            if (!q.payload.number.isEmpty() && inv.value(QStringLiteral("number")) == q.payload.number)
                out.append(q);
    return out;
}

// A photo or scan whose printed text OCR could not read (its models are not installed, or
// OpenCV refused them) is read from its QR code alone, and its qr_only_missing finding says so
// with the reason (already in the worker's language), so the person knows what to install
// instead of taking a half-read invoice for the best the app can do.
void tellWhyTheTextWasNotRead(FindingList &findings, const QString &why)
{
    for (Finding &f : findings)
        if (f.rule == u"qr_only_missing") {
            f.message += u' ' + why;
            f.messageZh += u' ' + why;
        }
}

// OCR of page `page` (1-based) of `pages`, with the progress told as it goes.
ocr::OcrReading readWithOcr(const QImage &image, int page, int pages, const LocalRecognizer::Options &options)
{
    std::function<void(int, int)> tell;
    if (options.onProgress) {
        // said before the lines are found: finding them is a second or more of the page's time
        options.onProgress(RecognitionProgress{page, pages, true, 0, 0});
        tell = [&](int read, int lines) { options.onProgress(RecognitionProgress{page, pages, true, read, lines}); };
    }
    return ocr::readPageWithOcr(image, page, options.cancel, tell);
}

// Tells the page count and applies the page cap; false when the document is refused.
bool acceptPageCount(RecognizedDocument &doc, int pages, const LocalRecognizer::Options &options)
{
    if (options.onPageCount)
        options.onPageCount(pages);
    if (options.maxPages > 0 && pages > options.maxPages) {
        doc.error = makeError(ErrorCode::TooComplex,
                              QCoreApplication::translate("LocalRecognizer",
                                                          "The document has %1 pages; at most %2 are read. "
                                                          "Split it into smaller files (one per invoice) and "
                                                          "import those.")
                                  .arg(pages)
                                  .arg(options.maxPages));
        return false;
    }
    return true;
}

void recognizePdf(RecognizedDocument &doc, QString &ocrUnavailable, const QString &path, const QByteArray &bytes,
                  const LocalRecognizer::Options &options)
{
    QPdfDocument pdf;
    const QPdfDocument::Error err = pdf.load(path);
    if (err == QPdfDocument::Error::IncorrectPassword) {
        doc.error = makeError(ErrorCode::PdfEncrypted,
                              tr("The PDF is password-protected. Open it with its password, save an "
                                 "unprotected copy, and import that copy."));
        return;
    }
    if (err != QPdfDocument::Error::None || pdf.pageCount() <= 0) {
        doc.error = makeError(ErrorCode::PdfCorrupt,
                              tr("The PDF could not be read: it is damaged or incomplete. Download or "
                                 "export it again."));
        return;
    }
    doc.pages = pdf.pageCount();
    if (!acceptPageCount(doc, doc.pages, options))
        return;
    // E-invoice PDFs embed their QR as an image: decoding it as stored avoids rendering pages.
    const QList<DecodedInvoiceQr> embedded = options.decodeQr ? embeddedQrPayloads(bytes)
                                                              : QList<DecodedInvoiceQr>();
    for (int page = 0; page < pdf.pageCount(); ++page) {
        if (options.cancel && options.cancel->load()) {
            doc.error = makeError(ErrorCode::Cancelled, tr("Recognition was cancelled."));
            doc.invoices.clear();
            return;
        }
        if (options.onProgress)
            options.onProgress(RecognitionProgress{page + 1, doc.pages, false, 0, 0});
        QList<Invoice> invoices = PdfInvoiceExtractor::extractInvoices(pdf, page);
        const QSizeF pageSize = pdf.pagePointSize(page) * kPixelsPerPoint;
        if (invoices.isEmpty() && options.ocr && pdf.getAllText(page).text().trimmed().isEmpty()) {
            // a scanned page: OCR on the page rendered at the reference resolution
            const ocr::OcrReading read = readWithOcr(pdf.render(page, pageSize.toSize()), page + 1, doc.pages, options);
            invoices = read.invoices;
            if (!read.unavailable.isEmpty())
                ocrUnavailable = read.unavailable;
        }
        if (options.decodeQr) {
            QList<DecodedInvoiceQr> payloads = payloadsForPage(embedded, invoices);
            // No embedded code matches what the text says (a scan, an image the fast path cannot
            // read, or a QR that disagrees with the text): read the rendered page.
            if (payloads.isEmpty() && pageMayCarryInvoiceQr(invoices))
                payloads = decodePdfPageQr(pdf, page);
            mergeQr(invoices, payloads, page + 1, pageSize);
        }
        doc.invoices.append(invoices);
    }
}

void recognizeOfd(RecognizedDocument &doc, const QByteArray &bytes, const LocalRecognizer::Options &options)
{
    OfdExtraction ofd = extractOfd(bytes);
    doc.pages = ofd.pages;
    if (!ofd.error && !acceptPageCount(doc, ofd.pages, options))
        return;
    if (ofd.error) {
        doc.error = ofd.error;
        return;
    }
    QList<Invoice> invoices = ofd.invoices;
    if (options.decodeQr) {
        QList<DecodedInvoiceQr> payloads;
        for (const QString &text : std::as_const(ofd.qrTexts)) {
            if (const auto p = qr::parseInvoicePayload(text))
                payloads.append({text, *p, {}});
        }
        for (const QImage &img : std::as_const(ofd.qrImages)) {
            // The QR image's own pixels are not page pixels: the payload counts, its polygon is
            // the image's placement on the page when the extractor knows it.
            for (DecodedInvoiceQr q : invoicePayloads(qr::decodeInvoiceImage(img))) {
                q.polygon = {};
                payloads.append(q);
            }
        }
        const QSizeF pageSize = invoices.isEmpty() ? QSizeF() : invoices.first().pageSize;
        mergeQr(invoices, payloads, 1, pageSize);
    }
    doc.invoices = invoices;
}

void recognizeImage(RecognizedDocument &doc, QString &ocrUnavailable, const QByteArray &bytes,
                    const LocalRecognizer::Options &options)
{
    const LoadedImage loaded = loadImage(bytes);
    if (!loaded.errorCode.isEmpty()) {
        doc.error = DocumentError{loaded.errorCode, loaded.error};
        return;
    }
    doc.pages = 1;
    QList<Invoice> invoices;
    if (options.ocr) {
        const ocr::OcrReading read = readWithOcr(loaded.image, 1, 1, options);
        if (read.cancelled) {
            doc.error = makeError(ErrorCode::Cancelled, tr("Recognition was cancelled."));
            return;
        }
        invoices = read.invoices;
        ocrUnavailable = read.unavailable;
    }
    if (options.decodeQr)
        mergeQr(invoices, invoicePayloads(qr::decodeInvoiceImage(loaded.image)), 1,
                QSizeF(loaded.image.size()));
    for (Invoice &inv : invoices) {
        inv.pageSize = QSizeF(loaded.image.size());
        // Only the QR was read: the rest is for a cloud provider or the person, and the outline of
        // the whole receipt is unknown. With several on one photo, each invoice's region is where
        // its QR code is, so the rows, their thumbnails and clicks on the photo tell them apart.
        if (invoices.size() > 1) {
            for (const Field &f : std::as_const(inv.fields))
                if (f.source.startsWith(u"qr") && f.polygon.size() >= 3) {
                    inv.region = QPolygonF(f.polygon.boundingRect());
                    break;
                }
        }
    }
    doc.invoices = invoices;
}

QString noInvoiceMessage(DocumentFormat format)
{
    if (isImageFormat(format)) {
        if (!ocr::locateOcrModels().isUsable())
            return tr("No invoice QR code was found on this image, and the offline OCR models are not "
                      "installed, so its printed text was not read: install them "
                      "(scripts/install-ocr-models.sh), use a cloud provider, or enter the fields.");
        return tr("No invoice was found on this image: neither its QR code nor its printed text "
                  "(offline OCR) gave invoice fields. Use a cloud provider, or enter the fields.");
    }
    return tr("No invoice was found in this document: it has no invoice text and no invoice QR code. "
              "If it is a scan, use a cloud provider.");
}

} // namespace

RecognizedDocument LocalRecognizer::recognizeFile(const QString &path, const Options &options)
{
    RecognizedDocument doc;
    doc.file = path;
    doc.provider = QStringLiteral("local");
    const QFileInfo info(path);
    if (!info.exists()) {
        doc.error = makeError(ErrorCode::Unreadable, tr("The file does not exist."));
        return doc;
    }
    if (!info.isFile()) {
        // Sockets, pipes and devices would block or never end: only regular files are read.
        doc.error = makeError(ErrorCode::Unreadable, tr("This is not a regular file."));
        return doc;
    }
    if (info.size() > options.maxFileBytes) {
        doc.error = makeError(ErrorCode::TooLarge, tr("The file is %1 MB; files over %2 MB are not read.")
                                                       .arg(info.size() / (1024 * 1024))
                                                       .arg(options.maxFileBytes / (1024 * 1024)));
        return doc;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        doc.error = makeError(ErrorCode::Unreadable,
                              tr("The file could not be opened: %1").arg(file.errorString()));
        return doc;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != info.size() && file.error() != QFileDevice::NoError) {
        doc.error = makeError(ErrorCode::Unreadable,
                              tr("The file could not be read: %1").arg(file.errorString()));
        return doc;
    }
    file.close();

    RecognizedDocument result = recognizeBytes(bytes, path, options);
    return result;
}

RecognizedDocument LocalRecognizer::recognizeBytes(const QByteArray &bytes, const QString &name,
                                                   const Options &options)
{
    static const auto logger = log::get("providers.local");
    RecognizedDocument doc;
    doc.file = name;
    doc.provider = QStringLiteral("local");
    doc.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const DocumentFormat format = sniffFormat(bytes);
    doc.format = formatKey(format);

    QString ocrUnavailable; // why OCR did not run on a photo or scanned page, when it did not
    switch (format) {
    case DocumentFormat::Empty:
        doc.error = makeError(ErrorCode::Empty, tr("The file is empty (0 bytes)."));
        return doc;
    case DocumentFormat::Pdf: {
        // QtPdf reads from a file name synchronously and reports errors; bytes go through a
        // private temporary file.
        QTemporaryFile tmp;
        if (!tmp.open() || tmp.write(bytes) != bytes.size() || !tmp.flush()) {
            doc.error = makeError(ErrorCode::Unreadable, tr("A temporary copy could not be written."));
            return doc;
        }
        recognizePdf(doc, ocrUnavailable, tmp.fileName(), bytes, options);
        break;
    }
    case DocumentFormat::Ofd:
        recognizeOfd(doc, bytes, options);
        break;
    case DocumentFormat::Jpeg:
    case DocumentFormat::Png:
    case DocumentFormat::Bmp:
    case DocumentFormat::Tiff:
    case DocumentFormat::Webp:
    case DocumentFormat::Gif:
        recognizeImage(doc, ocrUnavailable, bytes, options);
        break;
    case DocumentFormat::Zip:
        doc.error = makeError(ErrorCode::UnknownFormat,
                              tr("The file is a ZIP archive but not an OFD document (it has no OFD.xml)."));
        return doc;
    case DocumentFormat::Unknown:
        doc.error = makeError(ErrorCode::UnknownFormat,
                              tr("The file is not a PDF, OFD or image (JPEG, PNG, BMP, TIFF, WebP) "
                                 "judging by its content."));
        return doc;
    }

    if (doc.error) {
        doc.invoices.clear();
        logger->info("{}: {} ({})", doc.format.toStdString(), doc.error->code.toStdString(),
                     doc.sha256.left(12).toStdString());
        return doc;
    }
    for (Invoice &inv : doc.invoices) {
        tidyPrintedValues(inv);
        inferInvoiceType(inv);
        inv.findings = validateInvoice(inv, options.validation);
        if (!ocrUnavailable.isEmpty())
            tellWhyTheTextWasNotRead(inv.findings, ocrUnavailable);
    }
    if (doc.invoices.isEmpty()) {
        QString message = noInvoiceMessage(format);
        // Why the printed text was not read either, in the worker's language: the one thing the
        // person can act on. (An image's message already names missing models.)
        const bool saidAlready = isImageFormat(format) && !ocr::locateOcrModels().isUsable();
        if (!ocrUnavailable.isEmpty() && !saidAlready)
            message += u' ' + ocrUnavailable;
        doc.error = makeError(ErrorCode::NoInvoice, message);
    }
    logger->info("{}: {} page(s), {} invoice(s) ({})", doc.format.toStdString(), doc.pages,
                 doc.invoices.size(), doc.sha256.left(12).toStdString());
    return doc;
}

} // namespace ra
