#include "ofdrendererprivate.h"

// The seals of the document's signatures, drawn over the page at their stamp positions.

#include "imageloader.h"

#include <QPainter>

namespace ra {

namespace {

constexpr double kSealMargin = 2.0;         // mm

// A seal drawn as its own small OFD gets tighter limits than a document.
OfdLimits sealLimits()
{
    OfdLimits l;
    l.maxEntries = 200;
    l.maxEntryBytes = 8LL * 1024 * 1024;
    l.maxTotalBytes = 16LL * 1024 * 1024;
    l.maxXmlBytes = 4LL * 1024 * 1024;
    return l;
}

} // namespace

void OfdRenderer::Private::drawSealsOf(int pageIndex)
{
    if (!seals) {
        seals = OfdSealExtractor::extract(package, doc, &sealNotes);
    }
    for (const QString &n : std::as_const(sealNotes))
        note(n);
    QPainter &painter = *p.painter;
    for (int i = 0; i < seals->size(); ++i) {
        const OfdSeal &seal = seals->at(i);
        if (seal.pageIndex != pageIndex)
            continue;
        painter.save();
        painter.setTransform(p.pageToDevice);
        // A seal's own page box is often its ink box: the outer ring's stroke sticks out by
        // half the line width. Clip a little outside the stamp (so no seal can paint over
        // the whole page), or to the stamp's Clip when it gives one.
        QRectF clip = seal.boundary.adjusted(-kSealMargin, -kSealMargin, kSealMargin, kSealMargin);
        if (!seal.clip.isEmpty())
            clip = seal.clip.translated(seal.boundary.topLeft());
        painter.setClipRect(clip, Qt::IntersectClip);
        bool drawnOk = false;
        if (seal.kind == OfdSeal::Kind::Ofd) {
            auto it = sealRenderers.find(i);
            if (it == sealRenderers.end()) {
                auto r = std::make_shared<OfdRenderer>(sealLimits());
                r->d->drawSeals = false;
                if (auto err = r->load(seal.picture)) {
                    note(tr("A seal's picture (an OFD) could not be read: %1").arg(err->message));
                    r.reset();
                } else if (r->pageCount() < 1) {
                    r.reset();
                }
                it = sealRenderers.insert(i, r);
            }
            if (*it) {
                const QRectF nb = (*it)->document().pages().first().physicalBox;
                if (!nb.isEmpty()) {
                    const QTransform t = QTransform::fromTranslate(-nb.x(), -nb.y())
                                         * QTransform::fromScale(seal.boundary.width() / nb.width(),
                                                                 seal.boundary.height() / nb.height())
                                         * QTransform::fromTranslate(seal.boundary.x(), seal.boundary.y())
                                         * p.pageToDevice;
                    for (const QString &n : (*it)->paint(painter, 0, t))
                        note(tr("Seal: %1").arg(n));
                    drawnOk = true;
                }
            }
        } else {
            auto it = sealImages.find(i);
            if (it == sealImages.end()) {
                const LoadedImage loaded = loadImage(seal.picture);
                if (loaded.image.isNull())
                    note(tr("A seal's picture could not be decoded (%1).").arg(loaded.error));
                it = sealImages.insert(i, loaded.image);
            }
            if (!it->isNull()) {
                painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
                painter.drawImage(seal.boundary, *it);
                drawnOk = true;
            }
        }
        painter.restore();
        if (drawnOk && p.drawn)
            p.drawn->append({OfdDrawnObject::Kind::Seal, OfdDrawnObject::Layer::Seal, seal.signatureId,
                             seal.boundary});
    }
}

} // namespace ra
