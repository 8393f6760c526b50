#include "ofddocument.h"
#include "translatedtext.h"

#include "ofdpackage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace ra {

namespace {

QString tr(const char *text)
{
    return translatedText("ra::OfdDocument", text);
}

constexpr int kMaxPages = 2000;
constexpr int kMaxTemplates = 500;
constexpr double kMaxMm = 5000.0; // 5 m: anything larger is not a page

// "x y w h" in mm; an empty rect when malformed or absurd.
QRectF parseBox(const QString &text)
{
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 4)
        return {};
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).toDouble(&ok);
        if (!ok || !std::isfinite(v[i]) || std::abs(v[i]) > kMaxMm)
            return {};
    }
    // A negative width or height is how some producers (诺诺) place right-aligned values: the
    // origin is the right edge and the text runs leftwards from it. The area covered is the
    // normalized rectangle.
    return QRectF(v[0], v[1], v[2], v[3]).normalized();
}

bool parseBool(const QString &s)
{
    return s.trimmed().compare(u"true", Qt::CaseInsensitive) == 0 || s.trimmed() == u"1";
}

// Re-zipped packages carry pretty-printing inside TextCode values ("\n      2544…\n   ").
// Whitespace runs that contain a line break are layout, not text.
QString stripPrettyPrinting(const QString &s)
{
    if (!s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    static const QRegularExpression re(QStringLiteral("[ \\t]*[\\r\\n]+[ \\t]*"));
    QString out = s;
    out.replace(re, QString());
    return out;
}

void collectObjects(const OfdXmlNode &node, OfdGraphicObject::Origin origin, QPointF offset,
                    QList<OfdGraphicObject> &out, qsizetype &budget)
{
    for (const OfdXmlNode &c : node.children) {
        if (budget <= 0)
            return;
        OfdGraphicObject o;
        if (c.is(u"TextObject"))
            o.kind = OfdGraphicObject::Kind::Text;
        else if (c.is(u"ImageObject"))
            o.kind = OfdGraphicObject::Kind::Image;
        else if (c.is(u"PathObject"))
            o.kind = OfdGraphicObject::Kind::Path;
        else if (c.is(u"CompositeObject"))
            o.kind = OfdGraphicObject::Kind::Composite;
        else {
            // Layer, PageBlock, Content and anything a producer wraps objects in.
            collectObjects(c, origin, offset, out, budget);
            continue;
        }
        o.id = c.attr(u"ID").trimmed();
        o.boundary = parseBox(c.attr(u"Boundary")).translated(offset);
        o.ctm = c.attr(u"CTM");
        o.origin = origin;
        if (o.kind == OfdGraphicObject::Kind::Text) {
            o.fontId = c.attr(u"Font").trimmed();
            o.size = c.attr(u"Size").toDouble();
            for (const OfdXmlNode *code : c.childrenNamed(u"TextCode"))
                o.text += stripPrettyPrinting(code->allText());
        } else {
            o.resourceId = c.attr(u"ResourceID").trimmed();
        }
        out.append(o);
        --budget;
    }
}

} // namespace

QSizeF OfdPage::pixelSize(double dpi) const
{
    const double k = dpi / 25.4;
    return QSizeF(physicalBox.width() * k, physicalBox.height() * k);
}

std::optional<OfdXmlNode> OfdDocument::readXml(OfdPackage &package, const QString &path, DocumentError *error)
{
    DocumentError err;
    const auto bytes = package.read(path, &err);
    if (!bytes) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    OfdXmlNode::Limits limits;
    limits.maxBytes = package.limits().maxXmlBytes;
    auto parsed = OfdXmlNode::parse(*bytes, limits);
    if (!parsed.root) {
        if (error)
            *error = DocumentError{QString::fromLatin1(ErrorCode::XmlMalformed),
                                   tr("The OFD part \"%1\" is not well-formed XML: %2.").arg(path, parsed.error)};
        return std::nullopt;
    }
    return std::move(parsed.root);
}

std::optional<DocumentError> OfdDocument::load(OfdPackage &package, int docIndex)
{
    *this = OfdDocument();
    auto isUnsafe = [](const DocumentError &e) { return e.code == QLatin1String(ErrorCode::OfdUnsafe); };

    const QString ofdPath = package.find(QStringLiteral("OFD.xml"));
    if (ofdPath.isNull())
        return DocumentError{QString::fromLatin1(ErrorCode::OfdCorrupt),
                             tr("The file is a ZIP archive but not an OFD document: it has no OFD.xml.")};
    DocumentError err;
    auto ofd = readXml(package, ofdPath, &err);
    if (!ofd)
        return err;

    const QList<const OfdXmlNode *> bodies = ofd->childrenNamed(u"DocBody");
    m_docBodyCount = int(bodies.size());
    if (bodies.isEmpty() || docIndex < 0 || docIndex >= bodies.size())
        return DocumentError{QString::fromLatin1(ErrorCode::OfdCorrupt),
                             tr("The OFD document has no document body (DocBody) in OFD.xml.")};
    const OfdXmlNode *body = bodies.at(docIndex);

    if (const OfdXmlNode *info = body->child(u"DocInfo")) {
        for (const OfdXmlNode &c : info->children) {
            if (c.is(u"CustomDatas")) {
                for (const OfdXmlNode *d : c.childrenNamed(u"CustomData"))
                    m_customData.append({d->attr(u"Name").trimmed(), d->allText().trimmed()});
            } else if (c.children.empty()) {
                m_docInfo.insert(c.name, c.text.trimmed());
            }
        }
    }

    const QString docRoot = body->childText(u"DocRoot");
    m_documentPath = docRoot.isEmpty() ? QString() : package.resolve(docRoot, ofdPath);
    if (m_documentPath.isNull())
        return DocumentError{QString::fromLatin1(ErrorCode::OfdCorrupt),
                             tr("The OFD document names its root \"%1\" but the package has no such part.").arg(docRoot)};
    if (const QString sig = body->childText(u"Signatures"); !sig.isEmpty())
        m_signaturesPath = package.resolve(sig, ofdPath);

    auto doc = readXml(package, m_documentPath, &err);
    if (!doc)
        return err;

    // Common data: default page area, templates, resources.
    const OfdXmlNode *common = doc->child(u"CommonData");
    if (common) {
        if (const OfdXmlNode *area = common->child(u"PageArea"))
            m_defaultBox = parseBox(area->childText(u"PhysicalBox"));
        for (const OfdXmlNode &c : common->children) {
            if (c.is(u"PublicRes") || c.is(u"DocumentRes")) {
                const QString ref = c.allText().trimmed();
                const QString path = package.resolve(ref, m_documentPath);
                if (path.isNull()) {
                    note(tr("The resource part \"%1\" is missing.").arg(ref));
                    continue;
                }
                if (auto e = loadResources(package, path))
                    return e;
            }
        }
        for (const OfdXmlNode *t : common->childrenNamed(u"TemplatePage")) {
            if (m_templates.size() >= kMaxTemplates)
                break;
            OfdTemplate tpl;
            tpl.id = t->attr(u"ID").trimmed();
            tpl.zOrder = t->attr(u"ZOrder").trimmed();
            tpl.path = package.resolve(t->attr(u"BaseLoc"), m_documentPath);
            if (tpl.path.isNull()) {
                note(tr("The template page \"%1\" is missing.").arg(t->attr(u"BaseLoc")));
            } else if (auto content = readXml(package, tpl.path, &err)) {
                if (const OfdXmlNode *area = content->child(u"Area"))
                    tpl.physicalBox = parseBox(area->childText(u"PhysicalBox"));
                if (const OfdXmlNode *c = content->child(u"Content"))
                    collectObjects(*c, OfdGraphicObject::Origin::Template, {}, tpl.objects, m_objectBudget);
            } else if (isUnsafe(err)) {
                return err;
            } else {
                note(err.message);
            }
            m_templates.insert(tpl.id, tpl);
        }
    }

    // Pages. Some producers leave out the Pages container and list Page elements directly.
    QList<const OfdXmlNode *> pageNodes;
    if (const OfdXmlNode *pages = doc->child(u"Pages"))
        pageNodes = pages->childrenNamed(u"Page");
    if (pageNodes.isEmpty())
        pageNodes = doc->childrenNamed(u"Page");
    if (pageNodes.size() > kMaxPages) {
        note(tr("The document lists %1 pages; only the first %2 are read.").arg(pageNodes.size()).arg(kMaxPages));
        pageNodes = pageNodes.mid(0, kMaxPages);
    }
    for (const OfdXmlNode *p : pageNodes) {
        OfdPage page;
        page.index = int(m_pages.size());
        page.id = p->attr(u"ID").trimmed();
        const QString baseLoc = p->attr(u"BaseLoc").trimmed();
        page.path = package.resolve(baseLoc, m_documentPath);
        if (auto e = loadPage(package, page))
            return e;
        m_pages.append(page);
    }
    if (m_pages.isEmpty())
        note(tr("The OFD document has no pages."));

    for (const OfdXmlNode &c : doc->children) {
        if (c.is(u"Annotations")) {
            const QString ref = c.allText().trimmed();
            const QString path = package.resolve(ref, m_documentPath);
            if (path.isNull())
                note(tr("The annotation list \"%1\" is missing.").arg(ref));
            else if (auto e = loadAnnotations(package, path))
                return e;
        } else if (c.is(u"Attachments")) {
            const QString ref = c.allText().trimmed();
            const QString path = package.resolve(ref, m_documentPath);
            if (path.isNull()) {
                note(tr("The attachment list \"%1\" is missing.").arg(ref));
                continue;
            }
            auto list = readXml(package, path, &err);
            if (!list) {
                if (isUnsafe(err))
                    return err;
                note(err.message);
                continue;
            }
            for (const OfdXmlNode *a : list->childrenNamed(u"Attachment")) {
                OfdAttachment att;
                att.id = a->attr(u"ID").trimmed();
                att.name = a->attr(u"Name").trimmed();
                att.format = a->attr(u"Format").trimmed();
                att.visible = !a->hasAttr(u"Visible") || parseBool(a->attr(u"Visible"));
                const QString loc = a->childText(u"FileLoc");
                att.file = package.resolve(loc, path);
                if (att.file.isNull())
                    note(tr("The attachment \"%1\" is missing.").arg(loc));
                m_attachments.append(att);
            }
        } else if (c.is(u"CustomTags")) {
            const QString ref = c.allText().trimmed();
            const QString path = package.resolve(ref, m_documentPath);
            if (path.isNull()) {
                note(tr("The custom tag list \"%1\" is missing.").arg(ref));
                continue;
            }
            auto list = readXml(package, path, &err);
            if (!list) {
                if (isUnsafe(err))
                    return err;
                note(err.message);
                continue;
            }
            for (const OfdXmlNode *t : list->childrenNamed(u"CustomTag")) {
                OfdCustomTagRef tag;
                tag.typeId = t->attr(u"TypeID").trimmed();
                const QString loc = t->childText(u"FileLoc");
                tag.file = package.resolve(loc, path);
                if (tag.file.isNull())
                    note(tr("The custom tag file \"%1\" is missing.").arg(loc));
                m_customTags.append(tag);
            }
        }
    }
    if (m_objectBudget <= 0)
        note(tr("The document has more than %1 graphic objects; the rest were not read.").arg(kMaxObjects));
    buildObjectIndex();
    return std::nullopt;
}

void OfdDocument::buildObjectIndex()
{
    auto index = [](const QList<OfdGraphicObject> &objects) {
        QHash<QString, qsizetype> h;
        h.reserve(objects.size());
        for (qsizetype i = 0; i < objects.size(); ++i)
            if (!objects.at(i).id.isEmpty() && !h.contains(objects.at(i).id))
                h.insert(objects.at(i).id, i);
        return h;
    };
    m_pageObjectIndex.clear();
    m_annotationObjectIndex.clear();
    m_templateObjectIndex.clear();
    for (const OfdPage &p : std::as_const(m_pages)) {
        m_pageObjectIndex.append(index(p.objects));
        m_annotationObjectIndex.append(index(p.annotationObjects));
    }
    for (auto it = m_templates.cbegin(); it != m_templates.cend(); ++it)
        m_templateObjectIndex.insert(it.key(), index(it->objects));
}

std::optional<DocumentError> OfdDocument::loadResources(OfdPackage &package, const QString &resPath)
{
    if (m_resourceFiles.contains(resPath))
        return std::nullopt;
    m_resourceFiles.append(resPath);
    DocumentError err;
    auto res = readXml(package, resPath, &err);
    if (!res) {
        if (err.code == QLatin1String(ErrorCode::OfdUnsafe))
            return err;
        note(err.message);
        return std::nullopt;
    }
    const QString baseLoc = res->attr(u"BaseLoc").trimmed();
    // Resource files are relative to BaseLoc, itself relative to the Res part; producers get
    // this wrong often enough that the Res folder and a unique file name are tried as well.
    auto locate = [&](const QString &file) -> QString {
        const QString f = file.trimmed();
        if (f.isEmpty())
            return {};
        if (!baseLoc.isEmpty() && !f.startsWith(u'/')) {
            const QString base = OfdPackage::joinPath(baseLoc, resPath);
            if (!base.isNull()) {
                const QString found = package.find(OfdPackage::joinPath(f, base + QStringLiteral("/x")));
                if (!found.isNull())
                    return found;
            }
        }
        if (const QString found = package.resolve(f, resPath); !found.isNull())
            return found;
        const QString fileName = f.section(u'/', -1);
        QString unique;
        for (const QString &entry : package.entries()) {
            if (entry.section(u'/', -1).compare(fileName, Qt::CaseInsensitive) == 0) {
                if (!unique.isNull())
                    return {};
                unique = entry;
            }
        }
        return unique;
    };

    if (const OfdXmlNode *fonts = res->child(u"Fonts")) {
        for (const OfdXmlNode *f : fonts->childrenNamed(u"Font")) {
            OfdFont font;
            font.id = f->attr(u"ID").trimmed();
            font.fontName = f->attr(u"FontName").trimmed();
            font.familyName = f->attr(u"FamilyName").trimmed();
            font.charset = f->attr(u"Charset").trimmed();
            font.bold = parseBool(f->attr(u"Bold"));
            font.italic = parseBool(f->attr(u"Italic"));
            font.serif = parseBool(f->attr(u"Serif"));
            font.fixedWidth = parseBool(f->attr(u"FixedWidth"));
            const QString file = f->childText(u"FontFile");
            if (!file.isEmpty()) {
                font.file = locate(file);
                if (font.file.isNull())
                    note(tr("The font file \"%1\" is missing.").arg(file));
            }
            m_fonts.insert(font.id, font);
        }
    }
    if (const OfdXmlNode *media = res->child(u"MultiMedias")) {
        for (const OfdXmlNode *m : media->childrenNamed(u"MultiMedia")) {
            OfdMultiMedia mm;
            mm.id = m->attr(u"ID").trimmed();
            mm.type = m->attr(u"Type").trimmed();
            mm.format = m->attr(u"Format").trimmed();
            mm.declaredFile = m->childText(u"MediaFile");
            mm.file = locate(mm.declaredFile);
            if (mm.file.isNull())
                note(tr("The media file \"%1\" is missing.").arg(mm.declaredFile));
            m_media.insert(mm.id, mm);
        }
    }
    return std::nullopt;
}

std::optional<DocumentError> OfdDocument::loadPage(OfdPackage &package, OfdPage &page)
{
    DocumentError err;
    std::optional<OfdXmlNode> content;
    if (page.path.isNull()) {
        page.error = tr("The content of page %1 is missing from the package.").arg(page.index + 1);
        note(page.error);
    } else {
        content = readXml(package, page.path, &err);
        if (!content) {
            if (err.code == QLatin1String(ErrorCode::OfdUnsafe))
                return err;
            page.error = err.message;
            note(err.message);
        }
    }
    if (content) {
        if (const OfdXmlNode *area = content->child(u"Area"))
            page.physicalBox = parseBox(area->childText(u"PhysicalBox"));
        for (const OfdXmlNode *t : content->childrenNamed(u"Template"))
            page.templates.append({t->attr(u"TemplateID").trimmed(), t->attr(u"ZOrder").trimmed()});
        for (const OfdXmlNode *r : content->childrenNamed(u"PageRes")) {
            const QString path = package.resolve(r->allText().trimmed(), page.path);
            if (!path.isNull())
                if (auto e = loadResources(package, path))
                    return e;
        }
        if (const OfdXmlNode *c = content->child(u"Content"))
            collectObjects(*c, OfdGraphicObject::Origin::Page, {}, page.objects, m_objectBudget);
    }
    if (page.physicalBox.isEmpty())
        page.physicalBox = m_defaultBox;
    if (page.physicalBox.isEmpty()) {
        for (const OfdTemplateRef &ref : std::as_const(page.templates)) {
            const QRectF box = m_templates.value(ref.templateId).physicalBox;
            if (!box.isEmpty()) {
                page.physicalBox = box;
                break;
            }
        }
    }
    if (page.physicalBox.isEmpty()) {
        page.physicalBox = QRectF(0, 0, 210, 297);
        note(tr("Page %1 does not give its size; A4 is assumed.").arg(page.index + 1));
    }
    return std::nullopt;
}

std::optional<DocumentError> OfdDocument::loadAnnotations(OfdPackage &package, const QString &annotationsPath)
{
    DocumentError err;
    auto list = readXml(package, annotationsPath, &err);
    if (!list) {
        if (err.code == QLatin1String(ErrorCode::OfdUnsafe))
            return err;
        note(err.message);
        return std::nullopt;
    }
    for (const OfdXmlNode *p : list->childrenNamed(u"Page")) {
        const int index = pageIndexForId(p->attr(u"PageID").trimmed());
        if (index < 0)
            continue;
        OfdPage &page = m_pages[index];
        for (const OfdXmlNode *loc : p->childrenNamed(u"FileLoc")) {
            const QString path = package.resolve(loc->allText().trimmed(), annotationsPath);
            if (path.isNull() || page.annotationFiles.contains(path))
                continue;
            page.annotationFiles.append(path);
            auto annots = readXml(package, path, &err);
            if (!annots) {
                if (err.code == QLatin1String(ErrorCode::OfdUnsafe))
                    return err;
                note(err.message);
                continue;
            }
            for (const OfdXmlNode *annot : annots->childrenNamed(u"Annot")) {
                for (const OfdXmlNode *appearance : annot->childrenNamed(u"Appearance")) {
                    // Objects inside an appearance are relative to the appearance's boundary.
                    const QRectF box = parseBox(appearance->attr(u"Boundary"));
                    collectObjects(*appearance, OfdGraphicObject::Origin::Annotation, box.topLeft(),
                                   page.annotationObjects, m_objectBudget);
                }
            }
        }
    }
    return std::nullopt;
}

int OfdDocument::pageIndexForId(const QString &pageId) const
{
    if (pageId.isEmpty())
        return -1;
    for (const OfdPage &p : m_pages)
        if (p.id == pageId)
            return p.index;
    return -1;
}

const OfdGraphicObject *OfdDocument::findObject(int pageIndex, const QString &id) const
{
    if (pageIndex < 0 || pageIndex >= m_pages.size() || id.isEmpty())
        return nullptr;
    const OfdPage &page = m_pages.at(pageIndex);
    if (pageIndex >= m_pageObjectIndex.size())
        return nullptr; // load() failed half way
    if (const auto at = m_pageObjectIndex.at(pageIndex).constFind(id); at != m_pageObjectIndex.at(pageIndex).constEnd())
        return &page.objects.at(*at);
    for (const OfdTemplateRef &ref : page.templates) {
        const auto tpl = m_templates.constFind(ref.templateId);
        const auto idx = m_templateObjectIndex.constFind(ref.templateId);
        if (tpl == m_templates.constEnd() || idx == m_templateObjectIndex.constEnd())
            continue;
        if (const auto at = idx->constFind(id); at != idx->constEnd())
            return &tpl->objects.at(*at);
    }
    if (const auto at = m_annotationObjectIndex.at(pageIndex).constFind(id);
        at != m_annotationObjectIndex.at(pageIndex).constEnd())
        return &page.annotationObjects.at(*at);
    return nullptr;
}

const OfdGraphicObject *OfdDocument::findObjectAnywhere(const QString &id, int *pageIndex) const
{
    for (const OfdPage &p : m_pages) {
        if (const OfdGraphicObject *o = findObject(p.index, id)) {
            if (pageIndex)
                *pageIndex = p.index;
            return o;
        }
    }
    return nullptr;
}

} // namespace ra
