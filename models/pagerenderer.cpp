#include "pagerenderer.h"
#include "translatedtext.h"

#include <QPdfDocumentRenderOptions>
#include <QPdfSelection>

#include "documentformat.h"
#include "imageloader.h"
#include "log.h"
#include "ofd/render/ofdrenderer.h"
#include "recognizeddocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfDocument>
#include <QTemporaryFile>

namespace ra {
namespace {

constexpr int kMaxRenderSide = 20000; // pixels; beyond this a page is refused, not allocated

RenderedPage failure(const char *code, const QString &message)
{
    RenderedPage r;
    r.errorCode = QString::fromLatin1(code);
    r.error = message;
    return r;
}

QString tr(const char *text)
{
    return translatedText("PageRenderer", text);
}

RenderedPage renderPdf(const QByteArray &bytes, int pageIndex, double dpi)
{
    QTemporaryFile tmp;
    if (!tmp.open() || tmp.write(bytes) != bytes.size() || !tmp.flush())
        return failure(ErrorCode::Unreadable, tr("A temporary copy could not be written."));
    QPdfDocument pdf;
    const auto err = pdf.load(tmp.fileName());
    if (err == QPdfDocument::Error::IncorrectPassword)
        return failure(ErrorCode::PdfEncrypted, tr("The PDF is password-protected."));
    if (err != QPdfDocument::Error::None || pdf.pageCount() <= 0)
        return failure(ErrorCode::PdfCorrupt, tr("The PDF could not be read: it is damaged or incomplete."));
    RenderedPage r;
    r.pageCount = pdf.pageCount();
    if (pageIndex < 0 || pageIndex >= pdf.pageCount()) {
        r.errorCode = QStringLiteral("page_out_of_range");
        r.error = QCoreApplication::translate("PageRenderer", "The document has %n page(s).", nullptr,
                                            pdf.pageCount());
        return r;
    }
    const QSizeF points = pdf.pagePointSize(pageIndex);
    const QSize size(qRound(points.width() * dpi / 72.0), qRound(points.height() * dpi / 72.0));
    if (size.isEmpty() || size.width() > kMaxRenderSide || size.height() > kMaxRenderSide)
        return failure(ErrorCode::TooLarge, tr("The page is too large to render at this resolution."));
    // A born-digital page (it has a text layer) carries few pictures: the QR code, seals, a
    // logo. Drawn without smoothing, the QR code's modules stay black and white at screen
    // resolution: real invoices' codes then decode from a 1280×800 screen (89 dpi), where a
    // smoothed code fails below ~96 dpi. A scanned page (no text) keeps smoothing, which a
    // photo's thin strokes need when it is drawn smaller than scanned.
    QPdfDocumentRenderOptions options;
    if (!pdf.getAllText(pageIndex).text().trimmed().isEmpty())
        options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::ImageAliased);
    QImage page = pdf.render(pageIndex, size, options);
    // pdfium leaves the background transparent: the viewer and the exports show paper white.
    QImage white(page.size(), QImage::Format_RGB32);
    white.fill(Qt::white);
    QPainter painter(&white);
    painter.drawImage(0, 0, page);
    painter.end();
    r.image = white;
    return r;
}

} // namespace

RenderedPage renderPage(const QByteArray &bytes, int pageIndex, double dpi)
{
    if (dpi < 10 || dpi > 1200)
        return failure("bad_dpi", tr("The resolution must be between 10 and 1200 dpi."));
    const DocumentFormat format = sniffFormat(bytes);
    if (format == DocumentFormat::Pdf)
        return renderPdf(bytes, pageIndex, dpi);
    if (isImageFormat(format)) {
        if (pageIndex != 0) {
            RenderedPage r;
            r.pageCount = 1;
            r.errorCode = QStringLiteral("page_out_of_range");
            r.error = tr("An image has one page.");
            return r;
        }
        const LoadedImage loaded = loadImage(bytes);
        if (!loaded.errorCode.isEmpty())
            return failure(loaded.errorCode.toLatin1().constData(), loaded.error);
        RenderedPage r;
        r.pageCount = 1;
        r.image = loaded.image;
        return r;
    }
    if (format == DocumentFormat::Ofd) {
        const RenderedOfdPage ofd = renderOfdPage(bytes, pageIndex, dpi);
        RenderedPage r;
        r.pageCount = ofd.pageCount;
        r.image = ofd.image;
        r.errorCode = ofd.errorCode;
        r.error = ofd.error;
        // What could not be drawn as the file asks (a substituted font, an undecodable image)
        // is worth a line in the log, not a failure: the page is still shown.
        for (const QString &note : ofd.notes)
            log::get("models.ofd.render")->info("page {}: {}", pageIndex + 1, note.toStdString());
        return r;
    }
    if (format == DocumentFormat::Empty)
        return failure(ErrorCode::Empty, tr("The file is empty (0 bytes)."));
    return failure(ErrorCode::UnknownFormat, tr("The file is not a PDF, OFD or image."));
}

} // namespace ra
