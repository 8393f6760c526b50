#include "ofdrenderer.h"
#include "translatedtext.h"

#include "imageloader.h"
#include "ofd/jbig2image.h"
#include "ofd/ofddocument.h"
#include "ofd/ofdxmlnode.h"
#include "ofdfontresolver.h"
#include "ofdpathparser.h"
#include "ofdresources.h"
#include "ofdsealextractor.h"
#include "ofdtextdrawer.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace ra {

namespace {

QString tr(const char *text)
{
    return translatedText("ra::OfdRenderer", text);
}

constexpr int kMaxCompositeDepth = 8;
constexpr int kMaxContainerDepth = 64;
constexpr double kMaxMm = 5000.0;
constexpr double kDefaultLineWidth = 0.353; // mm: 1/72 inch, the standard's default
constexpr double kDefaultMiterLimit = 3.528;
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

std::optional<QRectF> parseBox(const QString &text)
{
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).toDouble(&ok);
        if (!ok || !std::isfinite(v[i]) || std::abs(v[i]) > kMaxMm)
            return std::nullopt;
    }
    // Not normalized: a negative width (诺诺's right-aligned values, "134.6 58 -15 5" with the
    // TextCode at X = -15) keeps its origin at (x, y), where the object's own coordinates
    // start; the area it covers is the normalized rectangle.
    return QRectF(v[0], v[1], v[2], v[3]);
}

// "a b c d e f" → the affine map x' = a·x + c·y + e, y' = b·x + d·y + f (Qt's QTransform has
// the same layout). nullopt when malformed, absurd or singular: a CTM with zeros would
// collapse the object to a line or a point, and inverting it elsewhere would divide by zero.
std::optional<QTransform> parseCtm(const QString &text)
{
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 6)
        return std::nullopt;
    double v[6];
    for (int i = 0; i < 6; ++i) {
        bool ok = false;
        v[i] = parts.at(i).toDouble(&ok);
        if (!ok || !std::isfinite(v[i]) || std::abs(v[i]) > 1e6)
            return std::nullopt;
    }
    const double det = v[0] * v[3] - v[1] * v[2];
    if (std::abs(det) < 1e-12)
        return std::nullopt;
    return QTransform(v[0], v[1], v[2], v[3], v[4], v[5]);
}

bool boolAttr(const OfdXmlNode &node, QStringView name, bool fallback)
{
    if (!node.hasAttr(name))
        return fallback;
    const QString v = node.attr(name).trimmed();
    if (v.compare(u"true", Qt::CaseInsensitive) == 0 || v == u"1")
        return true;
    if (v.compare(u"false", Qt::CaseInsensitive) == 0 || v == u"0")
        return false;
    return fallback;
}

std::optional<double> numberAttr(const OfdXmlNode &node, QStringView name)
{
    if (!node.hasAttr(name))
        return std::nullopt;
    bool ok = false;
    const double v = node.attr(name).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QPainter::CompositionMode blendMode(const QString &mode)
{
    const QString m = mode.trimmed().toLower();
    if (m == u"darken")
        return QPainter::CompositionMode_Darken;
    if (m == u"multiply")
        return QPainter::CompositionMode_Multiply;
    if (m == u"lighten")
        return QPainter::CompositionMode_Lighten;
    if (m == u"screen")
        return QPainter::CompositionMode_Screen;
    return QPainter::CompositionMode_SourceOver;
}

enum class LayerOrder { Background, Body, Foreground };

LayerOrder layerOrder(const OfdXmlNode &layer)
{
    const QString type = layer.attr(u"Type").trimmed();
    if (type.compare(u"Background", Qt::CaseInsensitive) == 0)
        return LayerOrder::Background;
    if (type.compare(u"Foreground", Qt::CaseInsensitive) == 0)
        return LayerOrder::Foreground;
    return LayerOrder::Body;
}

} // namespace

struct OfdRenderer::Private
{
    explicit Private(const OfdLimits &l) : limits(l), package(l) {}

    OfdLimits limits;
    OfdPackage package;
    OfdDocument doc;
    bool loaded = false;
    bool drawSeals = true;        // off inside a seal's own OFD
    QStringList loadNotes;
    OfdResources resources;
    OfdFontResolver fonts;
    OfdTextDrawer textDrawer{fonts};
    QHash<QString, std::shared_ptr<const OfdXmlNode>> xmlCache;   // null: unreadable
    QHash<QString, QImage> imageCache;                            // null image: undecodable
    QHash<QString, QByteArray> fontFiles;
    std::optional<QList<OfdSeal>> seals;
    QStringList sealNotes;
    QHash<int, std::shared_ptr<OfdRenderer>> sealRenderers;       // seal index → its OFD
    QHash<int, QImage> sealImages;

    // State of one paint() call.
    struct Paint
    {
        QPainter *painter = nullptr;
        QTransform pageToDevice;
        QRectF pageBox;           // mm, the page's PhysicalBox
        QStringList *notes = nullptr;
        QList<OfdDrawnObject> *drawn = nullptr;
        OfdDrawnObject::Layer layer = OfdDrawnObject::Layer::Page;
        int budget = kMaxObjectsPerPage;
        bool budgetNoted = false;
    };
    Paint p;

    struct Context
    {
        QTransform toPage;        // the container's coordinates → page coordinates
        OfdDrawStyle style;       // inherited from layers
        int compositeDepth = 0;
        int containerDepth = 0;
    };

    void note(const QString &text)
    {
        if (p.notes && !p.notes->contains(text))
            p.notes->append(text);
    }

    const OfdXmlNode *xml(const QString &path)
    {
        if (path.isEmpty())
            return nullptr;
        if (auto it = xmlCache.constFind(path); it != xmlCache.constEnd())
            return it->get();
        DocumentError err;
        auto tree = OfdDocument::readXml(package, path, &err);
        std::shared_ptr<const OfdXmlNode> shared;
        if (tree)
            shared = std::make_shared<const OfdXmlNode>(std::move(*tree));
        xmlCache.insert(path, shared);
        return shared.get();
    }

    QImage image(const QString &resourceId)
    {
        if (auto it = imageCache.constFind(resourceId); it != imageCache.constEnd())
            return *it;
        QImage img;
        const auto media = doc.multiMedia().constFind(resourceId);
        if (media == doc.multiMedia().constEnd()) {
            note(tr("An image names the resource \"%1\", which the document does not have.").arg(resourceId));
        } else if (media->file.isNull()) {
            note(tr("The image file \"%1\" is missing from the package.").arg(media->declaredFile));
        } else {
            DocumentError err;
            const auto bytes = package.read(media->file, &err);
            if (!bytes) {
                note(tr("The image \"%1\" could not be read: %2").arg(media->file, err.message));
            } else {
                const QString format = media->format.trimmed().toUpper();
                const bool jbig2 = Jbig2Image::looksLikeJbig2File(*bytes) || format == u"GBIG2"
                                   || format == u"JB2" || format == u"JBIG2";
                if (jbig2) {
                    QString error;
                    img = Jbig2Image::decode(*bytes, &error);
                    if (img.isNull())
                        note(tr("The JBIG2 image \"%1\" could not be decoded (%2); it is left out.")
                                 .arg(media->file, error));
                } else {
                    const LoadedImage loaded = loadImage(*bytes);
                    img = loaded.image;
                    if (img.isNull())
                        note(tr("The image \"%1\" could not be decoded (%2); it is left out.")
                                 .arg(media->file, loaded.error));
                }
            }
        }
        imageCache.insert(resourceId, img);
        return img;
    }

    QByteArray fontData(const OfdFont &font)
    {
        if (font.file.isNull())
            return {};
        if (auto it = fontFiles.constFind(font.file); it != fontFiles.constEnd())
            return *it;
        DocumentError err;
        const QByteArray data = package.read(font.file, &err).value_or(QByteArray());
        if (data.isEmpty())
            note(tr("The embedded font file \"%1\" could not be read.").arg(font.file));
        fontFiles.insert(font.file, data);
        return data;
    }

    void record(OfdDrawnObject::Kind kind, const OfdXmlNode &node, const QRectF &pageBounds)
    {
        if (!p.drawn || pageBounds.isNull())
            return;
        p.drawn->append({kind, p.layer, node.attr(u"ID").trimmed(), pageBounds});
    }

    bool takeBudget()
    {
        if (p.budget > 0) {
            --p.budget;
            return true;
        }
        if (!p.budgetNoted) {
            p.budgetNoted = true;
            note(tr("The page has more than %1 graphic objects; the rest are not drawn.").arg(kMaxObjectsPerPage));
        }
        return false;
    }

    // Content, Layer, PageBlock, Appearance, a CompositeGraphicUnit's Content: their objects
    // in order; layers by their type (background, body, foreground).
    void drawContainer(const OfdXmlNode &container, const Context &ctx)
    {
        if (ctx.containerDepth > kMaxContainerDepth)
            return;
        const bool hasLayers = std::any_of(container.children.cbegin(), container.children.cend(),
                                           [](const OfdXmlNode &n) { return n.is(u"Layer"); });
        if (!hasLayers) {
            drawChildren(container, ctx);
            return;
        }
        for (LayerOrder order : {LayerOrder::Background, LayerOrder::Body, LayerOrder::Foreground}) {
            for (const OfdXmlNode &c : container.children) {
                if (c.is(u"Layer")) {
                    if (layerOrder(c) == order)
                        drawLayer(c, ctx);
                } else if (order == LayerOrder::Body) {
                    drawChild(c, ctx);
                }
            }
        }
    }

    void drawLayer(const OfdXmlNode &layer, const Context &ctx)
    {
        Context inner = ctx;
        ++inner.containerDepth;
        if (layer.hasAttr(u"DrawParam"))
            inner.style.overlay(resources.drawParam(layer.attr(u"DrawParam")));
        drawChildren(layer, inner);
    }

    void drawChildren(const OfdXmlNode &container, const Context &ctx)
    {
        for (const OfdXmlNode &c : container.children)
            drawChild(c, ctx);
    }

    void drawChild(const OfdXmlNode &c, const Context &ctx)
    {
        if (c.is(u"TextObject") || c.is(u"PathObject") || c.is(u"ImageObject") || c.is(u"CompositeObject")) {
            if (takeBudget())
                drawObject(c, ctx);
        } else if (c.is(u"PageBlock") || c.is(u"Layer")) {
            Context inner = ctx;
            ++inner.containerDepth;
            if (inner.containerDepth <= kMaxContainerDepth)
                c.is(u"Layer") ? drawLayer(c, inner) : drawChildren(c, inner);
        }
    }

    void drawObject(const OfdXmlNode &obj, const Context &ctx)
    {
        if (!boolAttr(obj, u"Visible", true))
            return;
        QRectF boundary;
        if (obj.hasAttr(u"Boundary")) {
            const auto box = parseBox(obj.attr(u"Boundary"));
            if (!box) {
                note(tr("A graphic object has a malformed or absurd Boundary; it is not drawn."));
                return;
            }
            boundary = *box;
        }
        QTransform ctm;
        if (obj.hasAttr(u"CTM")) {
            const auto parsed = parseCtm(obj.attr(u"CTM"));
            if (!parsed) {
                note(tr("A graphic object has a malformed or degenerate CTM (\"%1\"); it is not drawn.")
                         .arg(obj.attr(u"CTM").simplified().left(80)));
                return;
            }
            ctm = *parsed;
        }
        const QTransform boundaryToPage = QTransform::fromTranslate(boundary.x(), boundary.y()) * ctx.toPage;
        // Producers park objects off the page (a second 开票人 at y = 286 mm on a 140 mm
        // invoice): nobody sees them on screen or paper, so they are not drawn.
        if (obj.hasAttr(u"Boundary")) {
            const QRectF onPage = ctx.toPage.mapRect(boundary.normalized());
            if (onPage.left() > p.pageBox.right() || onPage.right() < p.pageBox.left()
                || onPage.top() > p.pageBox.bottom() || onPage.bottom() < p.pageBox.top()) {
                note(tr("Objects that lie outside the page box are not drawn."));
                return;
            }
        }
        const QTransform objectToPage = ctm * boundaryToPage;

        OfdDrawStyle style = ctx.style;
        if (obj.hasAttr(u"DrawParam"))
            style.overlay(resources.drawParam(obj.attr(u"DrawParam")));
        style.overlay(resources.styleOf(obj));

        QPainter &painter = *p.painter;
        painter.save();
        if (auto alpha = numberAttr(obj, u"Alpha"))
            painter.setOpacity(std::clamp(*alpha, 0.0, 255.0) / 255.0);
        if (obj.hasAttr(u"BlendMode"))
            painter.setCompositionMode(blendMode(obj.attr(u"BlendMode")));
        if (applyClips(obj, boundaryToPage)) {
            if (obj.is(u"PathObject"))
                drawPath(obj, objectToPage, style);
            else if (obj.is(u"TextObject"))
                drawText(obj, objectToPage, style);
            else if (obj.is(u"ImageObject"))
                drawImage(obj, objectToPage);
            else if (obj.is(u"CompositeObject"))
                drawComposite(obj, objectToPage, ctx);
        }
        painter.restore();
    }

    // Clips: every Clip is the union of its Areas; the object is drawn inside all Clips.
    // Areas are in the object's Boundary space, each with its own CTM. Returns false when the
    // clip leaves nothing to draw.
    bool applyClips(const OfdXmlNode &obj, const QTransform &boundaryToPage)
    {
        const OfdXmlNode *clips = obj.child(u"Clips");
        if (!clips)
            return true;
        std::optional<QPainterPath> clip;
        for (const OfdXmlNode *c : clips->childrenNamed(u"Clip")) {
            QPainterPath area;
            for (const OfdXmlNode *a : c->childrenNamed(u"Area")) {
                QTransform areaCtm;
                if (a->hasAttr(u"CTM")) {
                    if (auto t = parseCtm(a->attr(u"CTM")))
                        areaCtm = *t;
                    else
                        continue;
                }
                if (const OfdXmlNode *path = a->child(u"Path")) {
                    QTransform pathCtm;
                    if (path->hasAttr(u"CTM"))
                        pathCtm = parseCtm(path->attr(u"CTM")).value_or(QTransform());
                    const QRectF box = parseBox(path->attr(u"Boundary")).value_or(QRectF());
                    QPainterPath shape = OfdPathParser::parse(path->childText(u"AbbreviatedData"));
                    shape = (pathCtm * QTransform::fromTranslate(box.x(), box.y()) * areaCtm).map(shape);
                    area.addPath(shape);
                } else if (const OfdXmlNode *text = a->child(u"Text")) {
                    // Text as a clip: its Boundary stands for the glyph outlines.
                    if (auto box = parseBox(text->attr(u"Boundary")))
                        area.addRect(areaCtm.mapRect(*box));
                }
            }
            if (area.isEmpty())
                continue;
            area.setFillRule(Qt::WindingFill);
            clip = clip ? clip->intersected(area) : area;
        }
        if (!clip)
            return true;
        if (clip->isEmpty())
            return false;
        p.painter->setClipPath((boundaryToPage * p.pageToDevice).map(*clip), Qt::IntersectClip);
        return true;
    }

    void drawPath(const OfdXmlNode &obj, const QTransform &objectToPage, const OfdDrawStyle &style)
    {
        const bool stroke = boolAttr(obj, u"Stroke", true);
        const bool fill = boolAttr(obj, u"Fill", false);
        if (!stroke && !fill)
            return;
        QString error;
        QPainterPath path = OfdPathParser::parse(obj.childText(u"AbbreviatedData"), &error);
        if (!error.isEmpty())
            note(tr("A path could not be read completely (%1); the part read is drawn.").arg(error));
        if (path.isEmpty())
            return;
        const QString rule = obj.attr(u"Rule").trimmed();
        path.setFillRule(rule.compare(u"Even-Odd", Qt::CaseInsensitive) == 0
                                 || rule.compare(u"EvenOdd", Qt::CaseInsensitive) == 0
                             ? Qt::OddEvenFill
                             : Qt::WindingFill);
        QPainter &painter = *p.painter;
        painter.setTransform(objectToPage * p.pageToDevice);
        // The standard's default fill is transparent: a Fill="true" path without any colour
        // (the ⊗ before the 大写 amount) is an outline, not a black disc.
        if (fill && style.fill)
            painter.fillPath(path, *style.fill);
        if (stroke) {
            const double width = style.lineWidth.value_or(kDefaultLineWidth);
            QPen pen(style.stroke.value_or(QColor(Qt::black)), width);
            pen.setJoinStyle(style.join.value_or(Qt::MiterJoin));
            pen.setCapStyle(style.cap.value_or(Qt::FlatCap));
            pen.setMiterLimit(style.miterLimit.value_or(kDefaultMiterLimit));
            if (style.dashPattern && width > 0) {
                // Qt measures dashes in pen widths; OFD in millimetres.
                QList<qreal> dashes;
                for (double v : *style.dashPattern)
                    dashes.append(std::max(v / width, 0.01));
                if (dashes.size() % 2)
                    dashes.append(dashes);
                pen.setDashPattern(dashes);
                pen.setDashOffset(style.dashOffset.value_or(0) / width);
            }
            painter.strokePath(path, pen);
        }
        record(OfdDrawnObject::Kind::Path, obj, objectToPage.map(path).boundingRect());
    }

    void drawText(const OfdXmlNode &obj, const QTransform &objectToPage, const OfdDrawStyle &style)
    {
        if (!OfdFontResolver::canDrawText()) {
            note(tr("Text is not drawn: rendering text needs the application's font system (a QGuiApplication)."));
            return;
        }
        const auto size = numberAttr(obj, u"Size");
        if (!size || *size <= 0 || *size > kMaxMm) {
            note(tr("A text object has no usable font size; it is not drawn."));
            return;
        }
        const QString fontId = obj.attr(u"Font").trimmed();
        OfdFont font = doc.fonts().value(fontId);
        if (font.id.isEmpty()) {
            font.id = fontId;
            note(tr("A text object names the font \"%1\", which the document does not declare; a Song face is used.")
                     .arg(fontId));
        }
        if (auto weight = numberAttr(obj, u"Weight"); weight && *weight >= 600)
            font.bold = true;
        if (boolAttr(obj, u"Italic", false))
            font.italic = true;

        OfdTextDrawer::Style ts;
        ts.fill = boolAttr(obj, u"Fill", true);
        ts.fillColor = style.fill.value_or(QColor(Qt::black));
        ts.stroke = boolAttr(obj, u"Stroke", false);
        ts.strokeColor = style.stroke.value_or(QColor(Qt::black));
        ts.strokeWidth = style.lineWidth.value_or(kDefaultLineWidth);
        ts.hScale = numberAttr(obj, u"HScale").value_or(1.0);
        ts.charDirection = int(numberAttr(obj, u"CharDirection").value_or(0));
        if (!ts.fill && !ts.stroke)
            return;

        const QByteArray data = fontData(font);
        const OfdTextDrawer::Result r =
            textDrawer.draw(*p.painter, objectToPage * p.pageToDevice, obj, font, data, *size, ts);
        const QString name = font.fontName.isEmpty() ? font.familyName : font.fontName;
        if (r.characters > 0 && !r.embeddedFont && !data.isEmpty())
            note(tr("The embedded font file \"%1\" could not be loaded; an installed font is used instead.")
                     .arg(font.file));
        if (r.characters > 0 && !r.embeddedFont && !name.isEmpty()) {
            if (r.substitute.isEmpty())
                note(tr("No installed font could stand in for \"%1\".").arg(name));
            else if (r.substitute.compare(name, Qt::CaseInsensitive) != 0)
                note(tr("The font \"%1\" is not embedded; \"%2\" is used instead.").arg(name, r.substitute));
        }
        if (r.missing > 0)
            note(tr("Some characters have no glyph in any available font and are left out."));
        record(OfdDrawnObject::Kind::Text, obj, objectToPage.mapRect(r.bounds));
    }

    void drawImage(const OfdXmlNode &obj, const QTransform &objectToPage)
    {
        const QImage img = image(obj.attr(u"ResourceID").trimmed());
        QPainter &painter = *p.painter;
        const QTransform toDevice = objectToPage * p.pageToDevice;
        if (img.isNull()) {
            // Visible on the page too, not only in the notes: a grey crossed box where the
            // image should be, so nobody mistakes the gap for an empty area of the invoice.
            const QPolygonF box = toDevice.map(QPolygonF(QRectF(0, 0, 1, 1)));
            painter.setTransform(QTransform());
            painter.setPen(QPen(QColor(150, 150, 150), 0));
            painter.setBrush(Qt::NoBrush);
            painter.drawPolygon(box);
            if (box.size() >= 4) {
                painter.drawLine(box.at(0), box.at(2));
                painter.drawLine(box.at(1), box.at(3));
            }
            return;
        }
        painter.setTransform(toDevice);
        // Bitonal codes enlarged a lot stay sharp without smoothing; everything else is
        // smoothed (QR codes scaled down, photos, seals with soft edges).
        const QRectF target = toDevice.mapRect(QRectF(0, 0, 1, 1));
        const bool enlarged = target.width() >= 2.0 * img.width() && target.height() >= 2.0 * img.height();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, !enlarged);
        painter.drawImage(QRectF(0, 0, 1, 1), img);
        record(OfdDrawnObject::Kind::Image, obj, objectToPage.mapRect(QRectF(0, 0, 1, 1)));
    }

    void drawComposite(const OfdXmlNode &obj, const QTransform &objectToPage, const Context &ctx)
    {
        if (ctx.compositeDepth >= kMaxCompositeDepth) {
            note(tr("Composite objects nest too deeply; the inner ones are not drawn."));
            return;
        }
        const OfdXmlNode *unit = resources.compositeUnit(obj.attr(u"ResourceID").trimmed());
        if (!unit) {
            note(tr("A composite object names a resource the document does not have."));
            return;
        }
        const OfdXmlNode *content = unit->child(u"Content");
        if (!content)
            return;
        Context inner;
        inner.toPage = objectToPage;
        inner.style = ctx.style;
        inner.compositeDepth = ctx.compositeDepth + 1;
        inner.containerDepth = ctx.containerDepth + 1;
        drawContainer(*content, inner);
    }

    void drawTemplate(const OfdTemplateRef &ref)
    {
        const auto tpl = doc.templates().constFind(ref.templateId);
        if (tpl == doc.templates().constEnd()) {
            note(tr("The page uses the template \"%1\", which the document does not have.").arg(ref.templateId));
            return;
        }
        const OfdXmlNode *root = xml(tpl->path);
        if (!root) {
            note(tr("The template \"%1\" could not be read; it is not drawn.").arg(ref.templateId));
            return;
        }
        if (const OfdXmlNode *content = root->child(u"Content")) {
            p.layer = OfdDrawnObject::Layer::Template;
            drawContainer(*content, Context{});
        }
    }

    void drawAnnotations(const OfdPage &page)
    {
        p.layer = OfdDrawnObject::Layer::Annotation;
        for (const QString &path : page.annotationFiles) {
            const OfdXmlNode *root = xml(path);
            if (!root)
                continue; // OfdDocument noted it
            for (const OfdXmlNode *annot : root->childrenNamed(u"Annot")) {
                if (!boolAttr(*annot, u"Visible", true))
                    continue;
                for (const OfdXmlNode *appearance : annot->childrenNamed(u"Appearance")) {
                    const QRectF box = parseBox(appearance->attr(u"Boundary")).value_or(QRectF());
                    Context ctx;
                    ctx.toPage = QTransform::fromTranslate(box.x(), box.y());
                    drawContainer(*appearance, ctx);
                }
            }
        }
    }

    void drawSealsOf(int pageIndex)
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
};

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
