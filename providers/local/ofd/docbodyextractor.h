#pragma once

#include "invoice.h"
#include "ofd/ofddocument.h"
#include "ofd/ofdxmlnode.h"
#include "local/ofdinvoiceextractor.h"

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ra::ofdx {

// What one DocBody of an OFD package says: at most one invoice, its QR pictures and the
// notes on what was skipped. Its steps are spread over files by where the data comes from:
// docbodyextractor.cpp (offering values, the order of the steps), docbodyinvoicedata.cpp
// (attached invoice XML, CustomTags, CustomData), docbodyprintedtext.cpp (values read off the
// printed page: title, 大写 total, remark parts, untagged fields) and docbodyqrimages.cpp
// (the QR code's pictures).
class DocBodyExtractor
{
public:
    DocBodyExtractor(OfdPackage &package, OfdExtraction &out)
        : m_package(package)
        , m_out(out)
    {
    }

    // One DocBody → at most one invoice. Returns a fatal error (unsafe package).
    std::optional<DocumentError> run(const OfdDocument &doc, int pageOffset);
    std::optional<DocumentError> firstMalformed() const { return m_firstMalformed; }

    // An error that makes the whole package unusable (OfdUnsafe), not just one of its parts.
    static bool isUnsafe(const DocumentError &e);

private:
    // Looked up in this class's own context, where lupdate files its tr() calls (the
    // catalogue once had them under an older class name and they stayed English).
    static QString tr(const char *text);
    // A rectangle in page mm → four points clockwise from top-left in page pixels at the
    // reference resolution. Empty when the box is degenerate or off the page (producers park
    // duplicate objects outside the page, e.g. at y = 285 mm on a 140 mm page).
    static QPolygonF toPolygon(const QRectF &mm, const OfdPage &page);
    // `s` without white space: values that differ only in blanks or line breaks are the same.
    static QString withoutBlanks(const QString &s);

    std::optional<DocumentError> readAttachedXml();
    std::optional<DocumentError> readCustomTags();
    void readCustomData();
    void readTitle();
    void readRemarkParts();
    void readAmountInWords();
    void locateUntaggedFields();
    std::optional<DocumentError> collectQrImages();

    void walkInvoiceXml(const OfdXmlNode &node, const QString &part, FieldMap *item, QList<FieldMap> &items);
    void walkTag(const OfdXmlNode &node, FieldMap *item, QList<FieldMap> &items, FieldMap &flatItem);
    void offer(const QString &key, const QString &raw, const QString &source, const QPolygonF &polygon = {},
               int page = 0);
    void offerItem(FieldMap &item, const QString &key, const QString &raw, const QString &source,
                   const QPolygonF &polygon = {}, int page = 0);
    void mergeItems(const QList<FieldMap> &items, const QString &what);
    void addQrImage(const QImage &image, const QString &key);
    void addQrResource(const QString &resourceId);
    std::optional<OfdXmlNode> readPart(const QString &path, std::optional<DocumentError> *fatal);

    OfdPackage &m_package;
    OfdExtraction &m_out;
    const OfdDocument *m_doc = nullptr;
    int m_pageOffset = 0;
    Invoice m_invoice;
    QSet<QString> m_qrKeys;
    QStringList m_qrResourcesFromTags;
    std::optional<DocumentError> m_firstMalformed;
};

} // namespace ra::ofdx
