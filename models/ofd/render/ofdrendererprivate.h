#pragma once

#include "ofdrenderer.h"

#include "ofd/ofddocument.h"
#include "ofd/ofdxmlnode.h"
#include "ofdfontresolver.h"
#include "ofdresources.h"
#include "ofdsealextractor.h"
#include "ofdtextdrawer.h"
#include "translatedtext.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QStringList>
#include <QTransform>

#include <memory>
#include <optional>

namespace ra {

// The renderer's state and its drawing, shared by the files that draw: ofdrenderercache.cpp
// (the package's parts read once: XML, images, fonts), ofdrenderercontent.cpp (a page's
// content walked: templates, layers, objects, clips, composites, annotations),
// ofdrendererobjects.cpp (path, text and image objects drawn) and ofdrendererseals.cpp (the
// signatures' seals). Not for use outside the renderer.
struct OfdRenderer::Private
{
    // lupdate files the tr() calls of Private's members under this struct's own context, so
    // they are looked up there (with OfdRenderer's context in the catalogue they were once
    // filed under "ra::OfdRenderer::Private" and never found: the notes stayed English).
    static QString tr(const char *text) { return translatedText("ra::OfdRenderer::Private", text); }

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

    const OfdXmlNode *xml(const QString &path);
    QImage image(const QString &resourceId);
    QByteArray fontData(const OfdFont &font);
    // Content, Layer, PageBlock, Appearance, a CompositeGraphicUnit's Content: their objects
    // in order; layers by their type (background, body, foreground).
    void drawContainer(const OfdXmlNode &container, const Context &ctx);
    void drawLayer(const OfdXmlNode &layer, const Context &ctx);
    void drawChildren(const OfdXmlNode &container, const Context &ctx);
    void drawChild(const OfdXmlNode &c, const Context &ctx);
    void drawObject(const OfdXmlNode &obj, const Context &ctx);
    // Clips: every Clip is the union of its Areas; the object is drawn inside all Clips.
    // Areas are in the object's Boundary space, each with its own CTM. Returns false when the
    // clip leaves nothing to draw.
    bool applyClips(const OfdXmlNode &obj, const QTransform &boundaryToPage);
    void drawPath(const OfdXmlNode &obj, const QTransform &objectToPage, const OfdDrawStyle &style);
    void drawText(const OfdXmlNode &obj, const QTransform &objectToPage, const OfdDrawStyle &style);
    void drawImage(const OfdXmlNode &obj, const QTransform &objectToPage);
    void drawComposite(const OfdXmlNode &obj, const QTransform &objectToPage, const Context &ctx);
    void drawTemplate(const OfdTemplateRef &ref);
    void drawAnnotations(const OfdPage &page);
    void drawSealsOf(int pageIndex);
};

} // namespace ra
