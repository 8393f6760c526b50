#pragma once

#include "ofdxmlnode.h"
#include "recognizeddocument.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>

namespace ra {

class OfdPackage;

// A graphic object of a page, template or annotation, as far as locating things on the page
// needs it (the renderer reads the part's XML itself for drawing details).
struct OfdGraphicObject
{
    enum class Kind { Text, Image, Path, Composite, Other };
    Kind kind = Kind::Other;
    QString id;
    QRectF boundary;          // mm, page coordinates (annotation offsets already applied)
    QString text;             // TextObject: its TextCode texts, pretty-printing removed
    QString resourceId;       // ImageObject / CompositeObject: the resource it draws
    QString fontId;           // TextObject
    double size = 0;          // TextObject: font size in mm
    QString ctm;              // as written, e.g. "20 0 0 20 0 0"
    enum class Origin { Page, Template, Annotation };
    Origin origin = Origin::Page;
};

struct OfdTemplateRef
{
    QString templateId;
    QString zOrder;           // "Background" (default) or "Foreground"
};

struct OfdTemplate
{
    QString id;
    QString path;             // canonical package path of its Content.xml; null if missing
    QString zOrder;
    QRectF physicalBox;       // mm; empty when the template does not say
    QList<OfdGraphicObject> objects;
};

struct OfdPage
{
    int index = 0;            // 0-based, document order
    QString id;               // the Page ID that PageRef attributes name
    QString path;             // canonical path of its Content.xml; null when missing
    QRectF physicalBox;       // mm (page Area, else CommonData PageArea, else template, else A4)
    QList<OfdTemplateRef> templates;
    QStringList annotationFiles;          // canonical paths of its PageAnnot parts
    QList<OfdGraphicObject> objects;      // page content
    QList<OfdGraphicObject> annotationObjects;
    QString error;            // why its content could not be read; empty when fine

    // Page pixel size at `dpi` (polygons use kReferenceDpi).
    QSizeF pixelSize(double dpi) const;
};

struct OfdFont
{
    QString id;
    QString fontName;
    QString familyName;
    QString charset;
    bool bold = false;
    bool italic = false;
    bool serif = false;
    bool fixedWidth = false;
    QString file;             // canonical path of an embedded font file; null if none / missing
};

struct OfdMultiMedia
{
    QString id;
    QString type;             // "Image", ...
    QString format;           // as written: "PNG", "GBIG2", "JB2", often empty
    QString file;             // canonical package path; null if missing
    QString declaredFile;     // MediaFile as written
};

struct OfdAttachment
{
    QString id;
    QString name;
    QString format;
    bool visible = true;
    QString file;             // canonical package path; null if missing
};

struct OfdCustomTagRef
{
    QString typeId;
    QString file;             // canonical package path; null if missing
};

// The structure of one OFD document (OFD.xml → DocBody → Document.xml): pages with their
// content paths and sizes, templates, resources, custom tags, attachments and the DocInfo
// custom data. It draws nothing; it is what a renderer and the invoice extractor share.
class OfdDocument
{
public:
    // Graphic objects kept for the whole document: an invoice has hundreds, a hostile
    // package could declare millions within the inflate limits.
    static constexpr qsizetype kMaxObjects = 200000;

    // Loads DocBody `docIndex` of the package. Fatal problems (no OFD.xml, no Document.xml,
    // malformed OFD.xml/Document.xml, an unsafe package) are returned; damage to other parts
    // is noted in notes() and the part is skipped.
    std::optional<DocumentError> load(OfdPackage &package, int docIndex = 0);

    int docBodyCount() const { return m_docBodyCount; }
    QString documentPath() const { return m_documentPath; }
    QString signaturesPath() const { return m_signaturesPath; }
    QList<QPair<QString, QString>> customData() const { return m_customData; }
    QString docInfo(const QString &localName) const { return m_docInfo.value(localName); }

    const QList<OfdPage> &pages() const { return m_pages; }
    const QHash<QString, OfdTemplate> &templates() const { return m_templates; }
    const QHash<QString, OfdFont> &fonts() const { return m_fonts; }
    const QHash<QString, OfdMultiMedia> &multiMedia() const { return m_media; }
    QStringList resourceFiles() const { return m_resourceFiles; }   // Res parts, for draw params etc.
    const QList<OfdAttachment> &attachments() const { return m_attachments; }
    const QList<OfdCustomTagRef> &customTags() const { return m_customTags; }
    QRectF defaultPhysicalBox() const { return m_defaultBox; }
    QStringList notes() const { return m_notes; }

    // The 0-based index of the page with this ID, or -1.
    int pageIndexForId(const QString &pageId) const;
    // An object by ID on a page: its content first, then its templates, then annotations.
    const OfdGraphicObject *findObject(int pageIndex, const QString &id) const;
    // Ditto on any page; `pageIndex` receives where it was found.
    const OfdGraphicObject *findObjectAnywhere(const QString &id, int *pageIndex) const;

    // Reads and parses a part; the error is set (XmlMalformed naming the part, OfdCorrupt,
    // OfdUnsafe) when that fails.
    static std::optional<OfdXmlNode> readXml(OfdPackage &package, const QString &path, DocumentError *error);

private:
    std::optional<DocumentError> loadResources(OfdPackage &package, const QString &resPath);
    std::optional<DocumentError> loadPage(OfdPackage &package, OfdPage &page);
    std::optional<DocumentError> loadAnnotations(OfdPackage &package, const QString &annotationsPath);
    void note(const QString &text) { m_notes.append(text); }
    void buildObjectIndex();

    int m_docBodyCount = 0;
    QString m_documentPath;
    QString m_signaturesPath;
    QList<QPair<QString, QString>> m_customData;
    QHash<QString, QString> m_docInfo;
    QList<OfdPage> m_pages;
    QHash<QString, OfdTemplate> m_templates;
    QHash<QString, OfdFont> m_fonts;
    QHash<QString, OfdMultiMedia> m_media;
    QStringList m_resourceFiles;
    QList<OfdAttachment> m_attachments;
    QList<OfdCustomTagRef> m_customTags;
    QRectF m_defaultBox;
    QStringList m_notes;
    qsizetype m_objectBudget = kMaxObjects;
    // Object ID → position in the object lists, so resolving thousands of tag references
    // stays linear (IDs are unique within a page in practice; the first one wins).
    QList<QHash<QString, qsizetype>> m_pageObjectIndex;
    QList<QHash<QString, qsizetype>> m_annotationObjectIndex;
    QHash<QString, QHash<QString, qsizetype>> m_templateObjectIndex;
};

} // namespace ra
