#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace ra::test {

// Builds small synthetic OFD invoice packages for tests: OFD.xml with CustomData, one
// Document.xml with a template and pages, page text objects, images, CustomTags and an
// attached original_invoice.xml. Any part can be replaced or removed afterwards to make
// damaged packages. All values are fictitious.
class OfdBuilder
{
public:
    OfdBuilder();

    OfdBuilder &setPageSize(const QSizeF &mm);                 // every page; default 210 × 140
    OfdBuilder &setPageCount(int pages);                        // default 1
    OfdBuilder &addText(const QString &id, const QRectF &mm, const QString &text, double size = 3.175,
                        int page = 1);
    OfdBuilder &addTemplateText(const QString &id, const QRectF &mm, const QString &text, double size = 3.175);
    // A right-aligned value as some producers (诺诺) write it: the Boundary starts at the right
    // edge of `mm` with a negative width ("134.6 58 -15 5") and the TextCode at X = -width, so
    // the text runs leftwards from the Boundary's origin. `mm` is the area it covers.
    OfdBuilder &addRightAlignedText(const QString &id, const QRectF &mm, const QString &text, double size = 3.175,
                                    int page = 1);
    // An ImageObject on page 1 drawing a MultiMedia resource stored at Doc_0/Res/<fileName>.
    OfdBuilder &addImage(const QString &objectId, const QString &resourceId, const QRectF &mm,
                         const QString &fileName, const QByteArray &bytes, const QString &format = {});
    // A tag element (e.g. "InvoiceNo", or "GoodsInfos/GoodsInfo/Item") naming page objects.
    OfdBuilder &addTag(const QString &elementPath, const QStringList &objectIds, int page = 1);
    OfdBuilder &addCustomData(const QString &name, const QString &value);
    // original_invoice.xml children in order: "InvoiceNo" → "12345678", "Seller/SellerName" → …,
    // "GoodsInfos/GoodsInfo#1/Item" → … (a "#n" suffix keeps repeated containers apart).
    OfdBuilder &setOriginalInvoice(const QList<QPair<QString, QString>> &elements);
    // An XBRL rendition of the invoice (the Ministry of Finance `inv` taxonomy) listed in
    // Attachs/Attachments.xml with Format="xbrl", as Doc_0/Attachs/<fileName>: elements by
    // local name ("NumberOfInvoice" → …); "Tuple#1/Name" nests (a "#n" suffix keeps repeated
    // tuples apart). Amounts get unitRef/decimals as XBRL facts do.
    OfdBuilder &setXbrlInvoice(const QList<QPair<QString, QString>> &elements,
                               const QString &fileName = QStringLiteral("invoice.xbrl"));

    OfdBuilder &setFile(const QString &path, const QByteArray &bytes);  // adds or replaces a part
    OfdBuilder &removeFile(const QString &path);

    QMap<QString, QByteArray> files() const;   // the generated parts, after overrides
    QByteArray build() const;                  // the ZIP

    // A complete old-style e-invoice (original_invoice.xml + CustomTags + CustomData + a
    // PNG QR code); the values are listed in sampleValues().
    static OfdBuilder sampleInvoice();
    static QMap<QString, QString> sampleValues();

    // Writes entries into a ZIP (deflated), in order; names are written as given.
    static QByteArray zip(const QList<QPair<QString, QByteArray>> &entries);

private:
    struct Text { QString id; QRectF mm; QString text; double size; int page; bool rightAligned = false; };
    struct Image { QString objectId; QString resourceId; QRectF mm; QString fileName; QByteArray bytes; QString format; };
    struct Tag { QString path; QStringList ids; int page; };

    QSizeF m_pageSize{210, 140};
    int m_pageCount = 1;
    QList<Text> m_texts;
    QList<Text> m_templateTexts;
    QList<Image> m_images;
    QList<Tag> m_tags;
    QList<QPair<QString, QString>> m_customData;
    QList<QPair<QString, QString>> m_original;
    QList<QPair<QString, QString>> m_xbrl;
    QString m_xbrlFile;
    QMap<QString, QByteArray> m_overrides;
    QStringList m_removed;
};

} // namespace ra::test
