#include "ofdbuilder.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QRegularExpression>
#include <QXmlStreamWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <memory>
#include <vector>

namespace ra::test {

namespace {

const QString kOfdNs = QStringLiteral("http://www.ofdspec.org/2016");
const QString kFpNs = QStringLiteral("http://www.edrm.org.cn/schema/e-invoice/2019");

QString pageId(int page)
{
    return QString::number(900 + page);
}

QString box(const QRectF &r)
{
    return QStringLiteral("%1 %2 %3 %4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// A path-addressed element tree: "GoodsInfos/GoodsInfo#2/Item".
struct PathNode
{
    QString key;   // segment including any "#n"
    QString text;
    QList<QPair<QString, QString>> refs; // PageRef, object ID
    std::vector<std::unique_ptr<PathNode>> children;

    PathNode *at(const QString &path)
    {
        PathNode *n = this;
        for (const QString &seg : path.split(u'/', Qt::SkipEmptyParts)) {
            PathNode *next = nullptr;
            for (auto &c : n->children)
                if (c->key == seg)
                    next = c.get();
            if (!next) {
                n->children.push_back(std::make_unique<PathNode>());
                next = n->children.back().get();
                next->key = seg;
            }
            n = next;
        }
        return n;
    }
    QString name() const { return key.section(u'#', 0, 0); }

    void write(QXmlStreamWriter &w, const QString &prefix) const
    {
        for (const auto &c : children) {
            w.writeStartElement(prefix + c->name());
            if (!c->refs.isEmpty()) {
                for (const auto &[pageRef, id] : c->refs) {
                    w.writeStartElement(QStringLiteral("ofd:ObjectRef"));
                    w.writeAttribute(QStringLiteral("PageRef"), pageRef);
                    w.writeCharacters(id);
                    w.writeEndElement();
                }
            } else if (!c->children.empty()) {
                c->write(w, prefix);
            } else {
                if (prefix == u"inv:") {
                    // an XBRL fact: its context, and a unit for a monetary value
                    w.writeAttribute(QStringLiteral("contextRef"), QStringLiteral("c1"));
                    static const QRegularExpression amount(QStringLiteral("^-?[0-9]+\\.[0-9]{2}$"));
                    if (amount.match(c->text).hasMatch()) {
                        w.writeAttribute(QStringLiteral("unitRef"), QStringLiteral("CNY"));
                        w.writeAttribute(QStringLiteral("decimals"), QStringLiteral("2"));
                    }
                }
                w.writeCharacters(c->text);
            }
            w.writeEndElement();
        }
    }
};

QByteArray finish(QXmlStreamWriter &w, QByteArray &out)
{
    w.writeEndDocument();
    return out;
}

} // namespace

OfdBuilder::OfdBuilder() = default;

OfdBuilder &OfdBuilder::setPageSize(const QSizeF &mm)
{
    m_pageSize = mm;
    return *this;
}

OfdBuilder &OfdBuilder::setPageCount(int pages)
{
    m_pageCount = qMax(1, pages);
    return *this;
}

OfdBuilder &OfdBuilder::addText(const QString &id, const QRectF &mm, const QString &text, double size, int page)
{
    m_texts.append({id, mm, text, size, page});
    return *this;
}

OfdBuilder &OfdBuilder::addTemplateText(const QString &id, const QRectF &mm, const QString &text, double size)
{
    m_templateTexts.append({id, mm, text, size, 0});
    return *this;
}

OfdBuilder &OfdBuilder::addImage(const QString &objectId, const QString &resourceId, const QRectF &mm,
                                 const QString &fileName, const QByteArray &bytes, const QString &format)
{
    m_images.append({objectId, resourceId, mm, fileName, bytes, format});
    return *this;
}

OfdBuilder &OfdBuilder::addTag(const QString &elementPath, const QStringList &objectIds, int page)
{
    m_tags.append({elementPath, objectIds, page});
    return *this;
}

OfdBuilder &OfdBuilder::addCustomData(const QString &name, const QString &value)
{
    m_customData.append({name, value});
    return *this;
}

OfdBuilder &OfdBuilder::setOriginalInvoice(const QList<QPair<QString, QString>> &elements)
{
    m_original = elements;
    return *this;
}

OfdBuilder &OfdBuilder::setXbrlInvoice(const QList<QPair<QString, QString>> &elements, const QString &fileName)
{
    m_xbrl = elements;
    m_xbrlFile = fileName;
    return *this;
}

OfdBuilder &OfdBuilder::addRightAlignedText(const QString &id, const QRectF &mm, const QString &text, double size,
                                            int page)
{
    m_texts.append({id, mm, text, size, page, true});
    return *this;
}

OfdBuilder &OfdBuilder::setFile(const QString &path, const QByteArray &bytes)
{
    m_overrides.insert(path, bytes);
    m_removed.removeAll(path);
    return *this;
}

OfdBuilder &OfdBuilder::removeFile(const QString &path)
{
    m_overrides.remove(path);
    m_removed.append(path);
    return *this;
}

QMap<QString, QByteArray> OfdBuilder::files() const
{
    QMap<QString, QByteArray> files;
    auto start = [](QByteArray &out) {
        auto w = std::make_unique<QXmlStreamWriter>(&out);
        w->writeStartDocument();
        return w;
    };

    { // OFD.xml
        QByteArray out;
        auto w = start(out);
        w->writeNamespace(kOfdNs, QStringLiteral("ofd"));
        w->writeStartElement(kOfdNs, QStringLiteral("OFD"));
        w->writeAttribute(QStringLiteral("DocType"), QStringLiteral("OFD"));
        w->writeAttribute(QStringLiteral("Version"), QStringLiteral("1.1"));
        w->writeStartElement(kOfdNs, QStringLiteral("DocBody"));
        w->writeStartElement(kOfdNs, QStringLiteral("DocInfo"));
        w->writeTextElement(kOfdNs, QStringLiteral("DocID"), QStringLiteral("0123456789abcdef"));
        if (!m_customData.isEmpty()) {
            w->writeStartElement(kOfdNs, QStringLiteral("CustomDatas"));
            for (const auto &[name, value] : m_customData) {
                w->writeStartElement(kOfdNs, QStringLiteral("CustomData"));
                w->writeAttribute(QStringLiteral("Name"), name);
                w->writeCharacters(value);
                w->writeEndElement();
            }
            w->writeEndElement();
        }
        w->writeEndElement(); // DocInfo
        w->writeTextElement(kOfdNs, QStringLiteral("DocRoot"), QStringLiteral("Doc_0/Document.xml"));
        w->writeEndElement(); // DocBody
        w->writeEndElement();
        files.insert(QStringLiteral("OFD.xml"), finish(*w, out));
    }

    { // Document.xml
        QByteArray out;
        auto w = start(out);
        w->writeNamespace(kOfdNs, QStringLiteral("ofd"));
        w->writeStartElement(kOfdNs, QStringLiteral("Document"));
        w->writeStartElement(kOfdNs, QStringLiteral("CommonData"));
        w->writeTextElement(kOfdNs, QStringLiteral("MaxUnitID"), QStringLiteral("9999"));
        w->writeStartElement(kOfdNs, QStringLiteral("PageArea"));
        w->writeTextElement(kOfdNs, QStringLiteral("PhysicalBox"),
                            box(QRectF(QPointF(0, 0), m_pageSize)));
        w->writeEndElement();
        w->writeTextElement(kOfdNs, QStringLiteral("PublicRes"), QStringLiteral("PublicRes.xml"));
        w->writeTextElement(kOfdNs, QStringLiteral("DocumentRes"), QStringLiteral("DocumentRes.xml"));
        w->writeStartElement(kOfdNs, QStringLiteral("TemplatePage"));
        w->writeAttribute(QStringLiteral("ID"), QStringLiteral("800"));
        w->writeAttribute(QStringLiteral("BaseLoc"), QStringLiteral("Tpls/Tpl_0/Content.xml"));
        w->writeEndElement();
        w->writeEndElement(); // CommonData
        w->writeStartElement(kOfdNs, QStringLiteral("Pages"));
        for (int p = 1; p <= m_pageCount; ++p) {
            w->writeStartElement(kOfdNs, QStringLiteral("Page"));
            w->writeAttribute(QStringLiteral("ID"), pageId(p));
            w->writeAttribute(QStringLiteral("BaseLoc"), QStringLiteral("Pages/Page_%1/Content.xml").arg(p - 1));
            w->writeEndElement();
        }
        w->writeEndElement();
        if (!m_original.isEmpty() || !m_xbrl.isEmpty())
            w->writeTextElement(kOfdNs, QStringLiteral("Attachments"), QStringLiteral("Attachs/Attachments.xml"));
        if (!m_tags.isEmpty())
            w->writeTextElement(kOfdNs, QStringLiteral("CustomTags"), QStringLiteral("Tags/CustomTags.xml"));
        w->writeEndElement();
        files.insert(QStringLiteral("Doc_0/Document.xml"), finish(*w, out));
    }

    { // Resources
        QByteArray out;
        auto w = start(out);
        w->writeNamespace(kOfdNs, QStringLiteral("ofd"));
        w->writeStartElement(kOfdNs, QStringLiteral("Res"));
        w->writeAttribute(QStringLiteral("BaseLoc"), QStringLiteral("Res"));
        w->writeStartElement(kOfdNs, QStringLiteral("Fonts"));
        w->writeStartElement(kOfdNs, QStringLiteral("Font"));
        w->writeAttribute(QStringLiteral("ID"), QStringLiteral("50"));
        w->writeAttribute(QStringLiteral("FontName"), QStringLiteral("宋体"));
        w->writeAttribute(QStringLiteral("FamilyName"), QStringLiteral("宋体"));
        w->writeEndElement();
        w->writeEndElement();
        w->writeEndElement();
        files.insert(QStringLiteral("Doc_0/PublicRes.xml"), finish(*w, out));

        QByteArray out2;
        auto w2 = start(out2);
        w2->writeNamespace(kOfdNs, QStringLiteral("ofd"));
        w2->writeStartElement(kOfdNs, QStringLiteral("Res"));
        w2->writeAttribute(QStringLiteral("BaseLoc"), QStringLiteral("Res"));
        w2->writeStartElement(kOfdNs, QStringLiteral("MultiMedias"));
        for (const Image &img : m_images) {
            w2->writeStartElement(kOfdNs, QStringLiteral("MultiMedia"));
            w2->writeAttribute(QStringLiteral("ID"), img.resourceId);
            w2->writeAttribute(QStringLiteral("Type"), QStringLiteral("Image"));
            if (!img.format.isEmpty())
                w2->writeAttribute(QStringLiteral("Format"), img.format);
            w2->writeTextElement(kOfdNs, QStringLiteral("MediaFile"), img.fileName);
            w2->writeEndElement();
            files.insert(QStringLiteral("Doc_0/Res/") + img.fileName, img.bytes);
        }
        w2->writeEndElement();
        w2->writeEndElement();
        files.insert(QStringLiteral("Doc_0/DocumentRes.xml"), finish(*w2, out2));
    }

    auto writeTexts = [](QXmlStreamWriter &w, const QList<Text> &texts) {
        for (const Text &t : texts) {
            w.writeStartElement(kOfdNs, QStringLiteral("TextObject"));
            w.writeAttribute(QStringLiteral("ID"), t.id);
            // right-aligned: the origin at the right edge, a negative width, X = -width
            w.writeAttribute(QStringLiteral("Boundary"),
                             t.rightAligned ? QStringLiteral("%1 %2 %3 %4")
                                                  .arg(t.mm.right())
                                                  .arg(t.mm.y())
                                                  .arg(-t.mm.width())
                                                  .arg(t.mm.height())
                                            : box(t.mm));
            w.writeAttribute(QStringLiteral("Font"), QStringLiteral("50"));
            w.writeAttribute(QStringLiteral("Size"), QString::number(t.size));
            w.writeStartElement(kOfdNs, QStringLiteral("TextCode"));
            w.writeAttribute(QStringLiteral("X"), t.rightAligned ? QString::number(-t.mm.width(), 'f', 1) : QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("Y"), QString::number(t.size));
            w.writeCharacters(t.text);
            w.writeEndElement();
            w.writeEndElement();
        }
    };

    { // Template
        QByteArray out;
        auto w = start(out);
        w->writeNamespace(kOfdNs, QStringLiteral("ofd"));
        w->writeStartElement(kOfdNs, QStringLiteral("Page"));
        w->writeStartElement(kOfdNs, QStringLiteral("Content"));
        w->writeStartElement(kOfdNs, QStringLiteral("Layer"));
        w->writeAttribute(QStringLiteral("ID"), QStringLiteral("801"));
        writeTexts(*w, m_templateTexts);
        w->writeEndElement();
        w->writeEndElement();
        w->writeEndElement();
        files.insert(QStringLiteral("Doc_0/Tpls/Tpl_0/Content.xml"), finish(*w, out));
    }

    for (int p = 1; p <= m_pageCount; ++p) {
        QByteArray out;
        auto w = start(out);
        w->writeNamespace(kOfdNs, QStringLiteral("ofd"));
        w->writeStartElement(kOfdNs, QStringLiteral("Page"));
        w->writeStartElement(kOfdNs, QStringLiteral("Template"));
        w->writeAttribute(QStringLiteral("TemplateID"), QStringLiteral("800"));
        w->writeAttribute(QStringLiteral("ZOrder"), QStringLiteral("Background"));
        w->writeEndElement();
        w->writeStartElement(kOfdNs, QStringLiteral("Content"));
        w->writeStartElement(kOfdNs, QStringLiteral("Layer"));
        w->writeAttribute(QStringLiteral("ID"), QString::number(700 + p));
        QList<Text> texts;
        for (const Text &t : m_texts)
            if (t.page == p)
                texts.append(t);
        writeTexts(*w, texts);
        if (p == 1) {
            for (const Image &img : m_images) {
                w->writeStartElement(kOfdNs, QStringLiteral("ImageObject"));
                w->writeAttribute(QStringLiteral("ID"), img.objectId);
                w->writeAttribute(QStringLiteral("Boundary"), box(img.mm));
                w->writeAttribute(QStringLiteral("CTM"), QStringLiteral("%1 0 0 %2 0 0").arg(img.mm.width()).arg(img.mm.height()));
                w->writeAttribute(QStringLiteral("ResourceID"), img.resourceId);
                w->writeEndElement();
            }
        }
        w->writeEndElement();
        w->writeEndElement();
        w->writeEndElement();
        files.insert(QStringLiteral("Doc_0/Pages/Page_%1/Content.xml").arg(p - 1), finish(*w, out));
    }

    if (!m_original.isEmpty() || !m_xbrl.isEmpty()) {
        QByteArray out;
        auto w = start(out);
        w->writeStartElement(QStringLiteral("ofd:Attachments"));
        w->writeAttribute(QStringLiteral("xmlns:ofd"), kOfdNs);
        const auto attachment = [&w](const QString &id, const QString &name, const QString &format, const QString &file) {
            w->writeStartElement(QStringLiteral("ofd:Attachment"));
            w->writeAttribute(QStringLiteral("ID"), id);
            w->writeAttribute(QStringLiteral("Name"), name);
            w->writeAttribute(QStringLiteral("Format"), format);
            w->writeAttribute(QStringLiteral("Visible"), QStringLiteral("false"));
            w->writeTextElement(QStringLiteral("ofd:FileLoc"), file);
            w->writeEndElement();
        };
        if (!m_original.isEmpty())
            attachment(QStringLiteral("990"), QStringLiteral("original_invoice"), QStringLiteral("xml"),
                       QStringLiteral("original_invoice.xml"));
        if (!m_xbrl.isEmpty())
            attachment(QStringLiteral("991"), QStringLiteral("invoice"), QStringLiteral("xbrl"), m_xbrlFile);
        w->writeEndElement();
        files.insert(QStringLiteral("Doc_0/Attachs/Attachments.xml"), finish(*w, out));
    }
    if (!m_xbrl.isEmpty()) {
        // xbrli:xbrl with one context and unit, then the facts in the given order.
        PathNode root;
        for (const auto &[path, value] : m_xbrl)
            root.at(path)->text = value;
        QByteArray x;
        QXmlStreamWriter xw(&x);
        xw.writeStartDocument();
        xw.writeStartElement(QStringLiteral("xbrli:xbrl"));
        xw.writeAttribute(QStringLiteral("xmlns:xbrli"), QStringLiteral("http://www.xbrl.org/2003/instance"));
        xw.writeAttribute(QStringLiteral("xmlns:inv"), QStringLiteral("http://xbrl.mof.gov.cn/taxonomy/2021-12-31/inv"));
        xw.writeStartElement(QStringLiteral("xbrli:context"));
        xw.writeAttribute(QStringLiteral("id"), QStringLiteral("c1"));
        xw.writeStartElement(QStringLiteral("xbrli:entity"));
        xw.writeStartElement(QStringLiteral("xbrli:identifier"));
        xw.writeAttribute(QStringLiteral("scheme"), QStringLiteral("http://www.chinatax.gov.cn"));
        xw.writeCharacters(QStringLiteral("91330106MA2H0BCD1X"));
        xw.writeEndElement();
        xw.writeEndElement();
        xw.writeStartElement(QStringLiteral("xbrli:period"));
        xw.writeTextElement(QStringLiteral("xbrli:instant"), QStringLiteral("2022-08-01"));
        xw.writeEndElement();
        xw.writeEndElement();
        xw.writeStartElement(QStringLiteral("xbrli:unit"));
        xw.writeAttribute(QStringLiteral("id"), QStringLiteral("CNY"));
        xw.writeTextElement(QStringLiteral("xbrli:measure"), QStringLiteral("iso4217:CNY"));
        xw.writeEndElement();
        root.write(xw, QStringLiteral("inv:"));
        xw.writeEndElement();
        xw.writeEndDocument();
        files.insert(QStringLiteral("Doc_0/Attachs/") + m_xbrlFile, x);
    }
    if (!m_original.isEmpty()) {

        PathNode root;
        for (const auto &[path, value] : m_original)
            root.at(path)->text = value;
        QByteArray inv;
        QXmlStreamWriter iw(&inv);
        iw.writeStartDocument();
        iw.writeStartElement(QStringLiteral("eInvoice"));
        iw.writeAttribute(QStringLiteral("xmlns:fp"), kFpNs);
        iw.writeAttribute(QStringLiteral("Version"), QStringLiteral("1.0"));
        root.write(iw, QStringLiteral("fp:"));
        iw.writeEndElement();
        iw.writeEndDocument();
        files.insert(QStringLiteral("Doc_0/Attachs/original_invoice.xml"), inv);
    }

    if (!m_tags.isEmpty()) {
        QByteArray out;
        auto w = start(out);
        w->writeNamespace(kOfdNs, QStringLiteral("ofd"));
        w->writeStartElement(kOfdNs, QStringLiteral("CustomTags"));
        w->writeStartElement(kOfdNs, QStringLiteral("CustomTag"));
        w->writeAttribute(QStringLiteral("TypeID"), QStringLiteral("root"));
        w->writeTextElement(kOfdNs, QStringLiteral("FileLoc"), QStringLiteral("CustomTag.xml"));
        w->writeEndElement();
        w->writeEndElement();
        files.insert(QStringLiteral("Doc_0/Tags/CustomTags.xml"), finish(*w, out));

        PathNode root;
        for (const Tag &t : m_tags) {
            PathNode *n = root.at(t.path);
            for (const QString &id : t.ids)
                n->refs.append({pageId(t.page), id});
        }
        QByteArray tags;
        QXmlStreamWriter tw(&tags);
        tw.writeStartDocument();
        tw.writeStartElement(QStringLiteral("fp:eInvoice"));
        tw.writeAttribute(QStringLiteral("xmlns:fp"), kFpNs);
        tw.writeAttribute(QStringLiteral("xmlns:ofd"), kOfdNs);
        root.write(tw, QStringLiteral("fp:"));
        tw.writeEndElement();
        tw.writeEndDocument();
        files.insert(QStringLiteral("Doc_0/Tags/CustomTag.xml"), tags);
    }

    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        files.insert(it.key(), it.value());
    for (const QString &r : m_removed)
        files.remove(r);
    return files;
}

QByteArray OfdBuilder::build() const
{
    const QMap<QString, QByteArray> parts = files();
    QList<QPair<QString, QByteArray>> entries;
    // OFD.xml first, as producers write it.
    if (parts.contains(QStringLiteral("OFD.xml")))
        entries.append({QStringLiteral("OFD.xml"), parts.value(QStringLiteral("OFD.xml"))});
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        if (it.key() != u"OFD.xml")
            entries.append({it.key(), it.value()});
    return zip(entries);
}

QByteArray OfdBuilder::zip(const QList<QPair<QString, QByteArray>> &entries)
{
    QByteArray out;
    {
        QBuffer buffer(&out);
        QuaZip zip(&buffer);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const auto &[name, bytes] : entries) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
                return {};
            file.write(bytes);
            file.close();
        }
        zip.close();
    }
    return out;
}

QMap<QString, QString> OfdBuilder::sampleValues()
{
    return {
        {QStringLiteral("title"), QStringLiteral("测试增值税电子普通发票")},
        {QStringLiteral("code"), QStringLiteral("011001900111")},
        {QStringLiteral("number"), QStringLiteral("12345678")},
        {QStringLiteral("date"), QStringLiteral("2021-06-11")},
        {QStringLiteral("check_code"), QStringLiteral("12345678901234567890")},
        {QStringLiteral("machine_code"), QStringLiteral("499000000001")},
        {QStringLiteral("buyer_name"), QStringLiteral("示例采购有限公司")},
        {QStringLiteral("buyer_tax_id"), QStringLiteral("91110000000000001X")},
        {QStringLiteral("seller_name"), QStringLiteral("示例销售有限公司")},
        {QStringLiteral("seller_tax_id"), QStringLiteral("91110000000000002Y")},
        {QStringLiteral("pretax_amount"), QStringLiteral("100.00")},
        {QStringLiteral("tax_amount"), QStringLiteral("6.00")},
        {QStringLiteral("total"), QStringLiteral("106.00")},
        {QStringLiteral("issuer"), QStringLiteral("张三")},
    };
}

OfdBuilder OfdBuilder::sampleInvoice()
{
    const QMap<QString, QString> v = sampleValues();
    // A QR-like square: a black frame on white (decoding is not asserted on it).
    QImage qr(64, 64, QImage::Format_RGB32);
    qr.fill(Qt::white);
    for (int i = 0; i < 64; ++i)
        for (int j = 0; j < 4; ++j) {
            qr.setPixel(i, j, qRgb(0, 0, 0));
            qr.setPixel(j, i, qRgb(0, 0, 0));
        }
    QByteArray png;
    {
        QBuffer b(&png);
        b.open(QIODevice::WriteOnly);
        qr.save(&b, "PNG");
    }

    OfdBuilder b;
    b.addTemplateText(QStringLiteral("10"), QRectF(68, 7, 80, 7), v.value(QStringLiteral("title")), 6.6)
        .addTemplateText(QStringLiteral("11"), QRectF(148.5, 7.5, 16, 3.6), QStringLiteral("发票代码："))
        .addText(QStringLiteral("20"), QRectF(164, 6.2, 40, 5), v.value(QStringLiteral("code")))
        .addText(QStringLiteral("21"), QRectF(164, 11.7, 40, 5), v.value(QStringLiteral("number")))
        .addText(QStringLiteral("22"), QRectF(164, 17.2, 40, 5), QStringLiteral("2021年06月11日"))
        .addText(QStringLiteral("23"), QRectF(164, 22.7, 40, 5), QStringLiteral("12345 67890 12345 67890"))
        .addText(QStringLiteral("24"), QRectF(36, 30, 82.5, 5.8), v.value(QStringLiteral("buyer_name")))
        .addText(QStringLiteral("25"), QRectF(36, 35, 82.5, 5.3), v.value(QStringLiteral("buyer_tax_id")))
        .addText(QStringLiteral("26"), QRectF(36, 104, 82.5, 5.8), v.value(QStringLiteral("seller_name")))
        .addText(QStringLiteral("27"), QRectF(36, 108.5, 82.5, 4.8), v.value(QStringLiteral("seller_tax_id")))
        .addText(QStringLiteral("28"), QRectF(134.8, 91.5, 30, 4), QStringLiteral("¥"))
        .addText(QStringLiteral("29"), QRectF(134.8, 91.5, 30, 4), QStringLiteral("100.00"))
        .addText(QStringLiteral("30"), QRectF(175.8, 91.5, 30, 4), QStringLiteral("¥6.00"))
        .addText(QStringLiteral("31"), QRectF(168, 96, 37, 8), QStringLiteral("¥106.00"))
        .addText(QStringLiteral("35"), QRectF(63, 96, 96, 8), QStringLiteral("⊗壹佰零陆圆整"))
        .addText(QStringLiteral("32"), QRectF(5.5, 56, 50, 4.5), QStringLiteral("*信息技术服务*软件"))
        .addText(QStringLiteral("33"), QRectF(135.5, 56, 28, 4.5), QStringLiteral("100.00"))
        .addText(QStringLiteral("34"), QRectF(121, 124.2, 30, 5), v.value(QStringLiteral("issuer")))
        .addImage(QStringLiteral("40"), QStringLiteral("41"), QRectF(8.5, 3.5, 20, 20), QStringLiteral("qr.png"), png)
        .addTag(QStringLiteral("InvoiceCode"), {QStringLiteral("20")})
        .addTag(QStringLiteral("InvoiceNo"), {QStringLiteral("21")})
        .addTag(QStringLiteral("IssueDate"), {QStringLiteral("22")})
        .addTag(QStringLiteral("InvoiceCheckCode"), {QStringLiteral("23")})
        .addTag(QStringLiteral("Buyer/BuyerName"), {QStringLiteral("24")})
        .addTag(QStringLiteral("Buyer/BuyerTaxID"), {QStringLiteral("25")})
        .addTag(QStringLiteral("Seller/SellerName"), {QStringLiteral("26")})
        .addTag(QStringLiteral("Seller/SellerTaxID"), {QStringLiteral("27")})
        .addTag(QStringLiteral("TaxExclusiveTotalAmount"), {QStringLiteral("28"), QStringLiteral("29")})
        .addTag(QStringLiteral("TaxTotalAmount"), {QStringLiteral("30")})
        .addTag(QStringLiteral("TaxInclusiveTotalAmount"), {QStringLiteral("31")})
        .addTag(QStringLiteral("InvoiceClerk"), {QStringLiteral("34")})
        .addTag(QStringLiteral("GoodsInfos/GoodsInfo/Item"), {QStringLiteral("32")})
        .addTag(QStringLiteral("GoodsInfos/GoodsInfo/Amount"), {QStringLiteral("33")})
        .addCustomData(QStringLiteral("发票代码"), v.value(QStringLiteral("code")))
        .addCustomData(QStringLiteral("发票号码"), v.value(QStringLiteral("number")))
        .addCustomData(QStringLiteral("合计金额"), v.value(QStringLiteral("pretax_amount")))
        .setOriginalInvoice({
            {QStringLiteral("InvoiceCode"), v.value(QStringLiteral("code"))},
            {QStringLiteral("InvoiceNo"), v.value(QStringLiteral("number"))},
            {QStringLiteral("IssueDate"), QStringLiteral("2021年06月11日")},
            {QStringLiteral("InvoiceCheckCode"), v.value(QStringLiteral("check_code"))},
            {QStringLiteral("MachineNo"), v.value(QStringLiteral("machine_code"))},
            {QStringLiteral("Buyer/BuyerName"), v.value(QStringLiteral("buyer_name"))},
            {QStringLiteral("Buyer/BuyerTaxID"), v.value(QStringLiteral("buyer_tax_id"))},
            {QStringLiteral("Seller/SellerName"), v.value(QStringLiteral("seller_name"))},
            {QStringLiteral("Seller/SellerTaxID"), v.value(QStringLiteral("seller_tax_id"))},
            {QStringLiteral("TaxInclusiveTotalAmount"), v.value(QStringLiteral("total"))},
            {QStringLiteral("TaxExclusiveTotalAmount"), v.value(QStringLiteral("pretax_amount"))},
            {QStringLiteral("TaxTotalAmount"), v.value(QStringLiteral("tax_amount"))},
            {QStringLiteral("InvoiceClerk"), v.value(QStringLiteral("issuer"))},
            {QStringLiteral("GraphCode"), QStringLiteral("01,10,011001900111,12345678,100.00,20210611,12345678901234567890,ABCD,")},
            {QStringLiteral("GoodsInfos/GoodsInfo/Item"), QStringLiteral("*信息技术服务*软件")},
            {QStringLiteral("GoodsInfos/GoodsInfo/Quantity"), QStringLiteral("1")},
            {QStringLiteral("GoodsInfos/GoodsInfo/Price"), QStringLiteral("100.000000")},
            {QStringLiteral("GoodsInfos/GoodsInfo/Amount"), QStringLiteral("100.00")},
            {QStringLiteral("GoodsInfos/GoodsInfo/TaxScheme"), QStringLiteral("6%")},
            {QStringLiteral("GoodsInfos/GoodsInfo/TaxAmount"), QStringLiteral("6.00")},
        });
    return b;
}

} // namespace ra::test
