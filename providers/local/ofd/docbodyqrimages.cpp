#include "docbodyextractor.h"

// The pictures on the page or in the package that may be the invoice's QR code.

#include "qrpictures.h"

#include <algorithm>

namespace ra::ofdx {

namespace {

constexpr int kMaxQrImages = 4;

} // namespace

void DocBodyExtractor::addQrImage(const QImage &image, const QString &key)
{
    if (m_out.qrImages.size() >= kMaxQrImages || m_qrKeys.contains(key))
        return;
    m_qrKeys.insert(key);
    const QImage prepared = prepareQrImage(image);
    if (!prepared.isNull())
        m_out.qrImages.append(prepared);
}

void DocBodyExtractor::addQrResource(const QString &resourceId)
{
    const auto it = m_doc->multiMedia().constFind(resourceId);
    if (it == m_doc->multiMedia().constEnd() || it->file.isNull() || m_qrKeys.contains(it->file))
        return;
    if (m_out.qrImages.size() >= kMaxQrImages)
        return;
    if (m_package.declaredSize(it->file) > kMaxQrImageBytes)
        return;
    DocumentError err;
    const auto bytes = m_package.read(it->file, &err);
    if (!bytes) {
        m_out.notes.append(err.message);
        return;
    }
    const QImage image = decodeImageBytes(*bytes, it->format);
    if (image.isNull()) {
        m_out.notes.append(tr("The image \"%1\" could not be decoded.").arg(it->file));
        m_qrKeys.insert(it->file);
        return;
    }
    addQrImage(image, it->file);
}

std::optional<DocumentError> DocBodyExtractor::collectQrImages()
{
    // 1. The image the tags call GraphCode.
    for (const QString &r : std::as_const(m_qrResourcesFromTags))
        addQrResource(r);
    // 2. (GraphCode pictures of the attached XML were added while reading it.)
    // 3. Small square images on the first page, top-left first.
    if (m_doc->pages().isEmpty())
        return std::nullopt;
    const OfdPage &page = m_doc->pages().first();
    QList<const OfdGraphicObject *> squares;
    auto consider = [&](const OfdGraphicObject &o) {
        if (o.kind != OfdGraphicObject::Kind::Image || o.resourceId.isEmpty())
            return;
        const QRectF b = o.boundary;
        if (b.width() < 8 || b.width() > 60 || b.height() <= 0)
            return;
        const double ratio = b.width() / b.height();
        if (ratio < 0.8 || ratio > 1.25)
            return;
        squares.append(&o);
    };
    for (const OfdGraphicObject &o : page.objects)
        consider(o);
    for (const OfdTemplateRef &ref : page.templates) {
        const auto it = m_doc->templates().constFind(ref.templateId);
        if (it != m_doc->templates().constEnd())
            for (const OfdGraphicObject &o : it->objects)
                consider(o);
    }
    std::stable_sort(squares.begin(), squares.end(), [](const OfdGraphicObject *a, const OfdGraphicObject *b) {
        return a->boundary.top() + a->boundary.left() < b->boundary.top() + b->boundary.left();
    });
    for (const OfdGraphicObject *o : std::as_const(squares))
        addQrResource(o->resourceId);
    // 4. Nothing placed on the page looked like a QR code: try the document's small images.
    if (m_out.qrImages.isEmpty()) {
        QStringList ids = m_doc->multiMedia().keys();
        std::sort(ids.begin(), ids.end());
        for (const QString &id : std::as_const(ids)) {
            const OfdMultiMedia &mm = m_doc->multiMedia().value(id);
            if (mm.file.isNull() || m_package.declaredSize(mm.file) > 512 * 1024)
                continue;
            addQrResource(id);
        }
    }
    return std::nullopt;
}


} // namespace ra::ofdx
