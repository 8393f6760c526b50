#include "ofdrendererprivate.h"

// A page's content walked in drawing order: templates, layers, objects with their
// Boundary, CTM, clips and opacity, composites, annotations.

#include "ofdattributes.h"
#include "ofdpathparser.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ra {

using namespace ofdattr;

namespace {

constexpr int kMaxCompositeDepth = 8;
constexpr int kMaxContainerDepth = 64;

} // namespace

void OfdRenderer::Private::drawContainer(const OfdXmlNode &container, const Context &ctx)
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

void OfdRenderer::Private::drawLayer(const OfdXmlNode &layer, const Context &ctx)
{
    Context inner = ctx;
    ++inner.containerDepth;
    if (layer.hasAttr(u"DrawParam"))
        inner.style.overlay(resources.drawParam(layer.attr(u"DrawParam")));
    drawChildren(layer, inner);
}

void OfdRenderer::Private::drawChildren(const OfdXmlNode &container, const Context &ctx)
{
    for (const OfdXmlNode &c : container.children)
        drawChild(c, ctx);
}

void OfdRenderer::Private::drawChild(const OfdXmlNode &c, const Context &ctx)
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

void OfdRenderer::Private::drawObject(const OfdXmlNode &obj, const Context &ctx)
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

bool OfdRenderer::Private::applyClips(const OfdXmlNode &obj, const QTransform &boundaryToPage)
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

void OfdRenderer::Private::drawComposite(const OfdXmlNode &obj, const QTransform &objectToPage, const Context &ctx)
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

void OfdRenderer::Private::drawTemplate(const OfdTemplateRef &ref)
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

void OfdRenderer::Private::drawAnnotations(const OfdPage &page)
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

} // namespace ra
