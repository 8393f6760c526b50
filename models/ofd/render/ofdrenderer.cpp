#include "ofdrenderer.h"

#include "ofdrendererprivate.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace ra {

namespace {

QString tr(const char *text)
{
    return translatedText("ra::OfdRenderer", text);
}

} // namespace

OfdRenderer::OfdRenderer(const OfdLimits &limits) : d(std::make_unique<Private>(limits)) {}

OfdRenderer::~OfdRenderer() = default;

std::optional<DocumentError> OfdRenderer::load(const QByteArray &ofdBytes)
{
    // A seal's own OFD never draws seals of its own (no recursion through hostile seals).
    const bool drawSeals = d->drawSeals;
    d = std::make_unique<Private>(d->limits);
    d->drawSeals = drawSeals;
    if (auto err = d->package.open(ofdBytes))
        return err;
    if (auto err = d->doc.load(d->package))
        return err;
    d->loadNotes = d->doc.notes();
    d->resources.load(d->package, d->doc);
    d->loaded = true;
    return std::nullopt;
}

bool OfdRenderer::isLoaded() const
{
    return d->loaded;
}

int OfdRenderer::pageCount() const
{
    return d->loaded ? int(d->doc.pages().size()) : 0;
}

const OfdDocument &OfdRenderer::document() const
{
    return d->doc;
}

QStringList OfdRenderer::documentNotes() const
{
    return d->loadNotes;
}

QStringList OfdRenderer::paint(QPainter &painter, int pageIndex, const QTransform &pageToDevice,
                               QList<OfdDrawnObject> *drawn)
{
    QStringList notes;
    if (!d->loaded || pageIndex < 0 || pageIndex >= d->doc.pages().size())
        return notes;
    const OfdPage &page = d->doc.pages().at(pageIndex);
    d->p = Private::Paint{};
    d->p.painter = &painter;
    d->p.pageToDevice = pageToDevice;
    d->p.pageBox = page.physicalBox;
    d->p.notes = &notes;
    d->p.drawn = drawn;

    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    if (!page.error.isEmpty())
        d->note(page.error);

    auto isForeground = [&](const OfdTemplateRef &ref) {
        QString z = ref.zOrder;
        if (z.isEmpty())
            z = d->doc.templates().value(ref.templateId).zOrder;
        return z.compare(u"Foreground", Qt::CaseInsensitive) == 0;
    };
    for (const OfdTemplateRef &ref : page.templates)
        if (!isForeground(ref))
            d->drawTemplate(ref);
    if (const OfdXmlNode *root = d->xml(page.path)) {
        if (const OfdXmlNode *content = root->child(u"Content")) {
            d->p.layer = OfdDrawnObject::Layer::Page;
            d->drawContainer(*content, Private::Context{});
        }
    }
    for (const OfdTemplateRef &ref : page.templates)
        if (isForeground(ref))
            d->drawTemplate(ref);
    d->drawAnnotations(page);
    if (d->drawSeals)
        d->drawSealsOf(pageIndex);
    painter.restore();
    d->p = Private::Paint{};
    return notes;
}

RenderedOfdPage OfdRenderer::render(int pageIndex, double dpi)
{
    RenderedOfdPage r;
    r.dpi = dpi;
    r.pageCount = pageCount();
    if (!d->loaded) {
        r.errorCode = QString::fromLatin1(ErrorCode::OfdCorrupt);
        r.error = tr("The OFD document is not loaded.");
        return r;
    }
    if (!std::isfinite(dpi) || dpi < 1 || dpi > 2400) {
        r.errorCode = QStringLiteral("bad_dpi");
        r.error = tr("The resolution must be between 1 and 2400 dpi.");
        return r;
    }
    if (pageIndex < 0 || pageIndex >= r.pageCount) {
        r.errorCode = QStringLiteral("page_out_of_range");
        r.error = QCoreApplication::translate("ra::OfdRenderer", "The document has %n page(s).", nullptr,
                                              r.pageCount);
        return r;
    }
    const QRectF box = d->doc.pages().at(pageIndex).physicalBox;
    const double k = dpi / 25.4;
    const double w = std::ceil(box.width() * k - 1e-6);
    const double h = std::ceil(box.height() * k - 1e-6);
    if (w < 1 || h < 1 || w > kMaxSide || h > kMaxSide || w * h > double(kMaxPixels)) {
        r.errorCode = QString::fromLatin1(ErrorCode::TooLarge);
        r.error = tr("The page (%1 × %2 mm) is too large to render at %3 dpi.")
                      .arg(box.width())
                      .arg(box.height())
                      .arg(dpi);
        return r;
    }
    r.image = QImage(int(w), int(h), QImage::Format_RGB32);
    if (r.image.isNull()) {
        r.errorCode = QString::fromLatin1(ErrorCode::TooLarge);
        r.error = tr("There is not enough memory to render the page at %1 dpi.").arg(dpi);
        return r;
    }
    r.image.fill(Qt::white);
    r.image.setDotsPerMeterX(qRound(dpi / 0.0254));
    r.image.setDotsPerMeterY(qRound(dpi / 0.0254));
    r.pageBoxMm = box;
    r.mmToPixel = QTransform::fromTranslate(-box.x(), -box.y()) * QTransform::fromScale(k, k);
    r.notes = d->loadNotes;
    QPainter painter(&r.image);
    painter.setClipRect(QRectF(0, 0, w, h));
    for (const QString &n : paint(painter, pageIndex, r.mmToPixel, &r.drawn))
        if (!r.notes.contains(n))
            r.notes.append(n);
    painter.end();
    return r;
}

RenderedOfdPage renderOfdPage(const QByteArray &ofdBytes, int pageIndex, double dpi)
{
    OfdRenderer renderer;
    if (auto err = renderer.load(ofdBytes)) {
        RenderedOfdPage r;
        r.dpi = dpi;
        r.errorCode = err->code;
        r.error = err->message;
        return r;
    }
    return renderer.render(pageIndex, dpi);
}

} // namespace ra
