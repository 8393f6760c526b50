#include "ofdinvoiceextractor.h"
#include "translatedtext.h"

#include "chineseamount.h"
#include "invoicetype.h"
#include "log.h"
#include "ofd/jbig2image.h"
#include "ofd/ofddocument.h"
#include "ofd/ofdfieldnames.h"
#include "ofd/ofdxmlnode.h"
#include "pagegeometry.h"
#include "textnormalize.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QRegularExpression>
#include <QSet>
#include <array>
#include <algorithm>

namespace ra {

namespace {

QString tr(const char *text)
{
    return translatedText("ra::OfdInvoiceExtractor", text);
}

constexpr int kMaxDocBodies = 8;
constexpr int kMaxQrImages = 4;
constexpr int kMaxQrImageSide = 2500; // QR pictures are small; this bounds the work per image
constexpr qint64 kMaxQrImageBytes = 2 * 1024 * 1024;

bool isUnsafe(const DocumentError &e)
{
    return e.code == QLatin1String(ErrorCode::OfdUnsafe);
}

QString fileName(const QString &path)
{
    return path.section(u'/', -1);
}

// A rectangle in page mm → four points clockwise from top-left in page pixels at the
// reference resolution. Empty when the box is degenerate or off the page (producers park
// duplicate objects outside the page, e.g. at y = 285 mm on a 140 mm page).
QPolygonF toPolygon(const QRectF &mm, const OfdPage &page)
{
    if (mm.isEmpty() || !page.physicalBox.intersects(mm))
        return {};
    const QRectF r = mm.translated(-page.physicalBox.topLeft());
    const double k = kPixelsPerMm;
    const QRectF px(r.x() * k, r.y() * k, r.width() * k, r.height() * k);
    return QPolygonF({px.topLeft(), px.topRight(), px.bottomRight(), px.bottomLeft()});
}

bool looksLikeQrPayload(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{2},[0-9]{2},"));
    return re.match(s).hasMatch();
}

// Grey, alpha flattened onto white (a transparent PNG's background would otherwise read as
// black) and padded with a quiet zone: embedded QR images are cut tight at the symbol.
QImage prepareQrImage(const QImage &image)
{
    if (image.isNull() || image.width() > kMaxQrImageSide || image.height() > kMaxQrImageSide)
        return {};
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const int pad = std::max(8, std::max(argb.width(), argb.height()) / 8);
    QImage out(argb.width() + 2 * pad, argb.height() + 2 * pad, QImage::Format_Grayscale8);
    if (out.isNull())
        return {};
    out.fill(255);
    for (int y = 0; y < argb.height(); ++y) {
        const QRgb *src = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        uchar *dst = out.scanLine(y + pad) + pad;
        for (int x = 0; x < argb.width(); ++x) {
            const int a = qAlpha(src[x]);
            const int g = qGray(src[x]);
            dst[x] = uchar((g * a + 255 * (255 - a)) / 255);
        }
    }
    return out;
}

QImage decodeImageBytes(const QByteArray &bytes, const QString &declaredFormat)
{
    if (bytes.isEmpty() || bytes.size() > kMaxQrImageBytes)
        return {};
    const QString fmt = declaredFormat.toLower();
    if (Jbig2Image::looksLikeJbig2File(bytes))
        return Jbig2Image::decode(bytes);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid()) {
        if (size.width() > kMaxQrImageSide || size.height() > kMaxQrImageSide)
            return {};
        return reader.read();
    }
    // A JBIG2 stream without the file header (as embedded in PDF) only says what it is in
    // the resource's Format attribute.
    if (fmt.contains(u"jb2") || fmt.contains(u"jbig2") || fmt.contains(u"gbig2"))
        return Jbig2Image::decode(bytes);
    return {};
}

QString withoutBlanks(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (!c.isSpace())
            out.append(c);
    return out;
}

// Keeps the first value of an item cell, borrowing the polygon of an equal later one.
void offerItemValue(FieldMap &item, const QString &key, const Field &f)
{
    auto it = item.find(key);
    if (it == item.end() || it->value.isNull()) {
        item.insert(key, f);
        return;
    }
    if (it->value == f.value && it->polygon.isEmpty() && !f.polygon.isEmpty()) {
        it->polygon = f.polygon;
        it->page = f.page;
    }
}

class Extractor
{
public:
    Extractor(OfdPackage &package, OfdExtraction &out)
        : m_package(package)
        , m_out(out)
    {
    }

    // One DocBody → at most one invoice. Returns a fatal error (unsafe package).
    std::optional<DocumentError> run(const OfdDocument &doc, int pageOffset);
    std::optional<DocumentError> firstMalformed() const { return m_firstMalformed; }

private:
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

std::optional<OfdXmlNode> Extractor::readPart(const QString &path, std::optional<DocumentError> *fatal)
{
    DocumentError err;
    auto node = OfdDocument::readXml(m_package, path, &err);
    if (node)
        return node;
    if (isUnsafe(err)) {
        *fatal = err;
    } else {
        if (err.code == QLatin1String(ErrorCode::XmlMalformed) && !m_firstMalformed)
            m_firstMalformed = err;
        m_out.notes.append(err.message);
        log::get("providers.ofd")->warn("skipped OFD part {}: {}", path.toStdString(), err.code.toStdString());
    }
    return std::nullopt;
}

void Extractor::offer(const QString &key, const QString &raw, const QString &source, const QPolygonF &polygon,
                      int page)
{
    bool rejected = false;
    const QString value = ofdfields::normalizeInvoiceValue(key, raw, &rejected);
    if (rejected) {
        m_out.notes.append(tr("The value of %1 in %2 could not be read.").arg(key, source));
        return;
    }
    if (value.isNull())
        return;
    // Values that differ only in blanks or line breaks are the same value (the attached XML
    // breaks the ciphertext into lines, the page draws it as one text run): keep the first
    // spelling so the polygon is borrowed instead of an alternative being recorded.
    QString spelled = value;
    if (const auto it = m_invoice.fields.constFind(key); it != m_invoice.fields.constEnd() && !it->value.isNull()
                                                         && it->value != value
                                                         && withoutBlanks(it->value) == withoutBlanks(value))
        spelled = it->value;
    m_invoice.offer(key, makeField(spelled, source, polygon, polygon.isEmpty() ? 0 : page));
}

void Extractor::offerItem(FieldMap &item, const QString &key, const QString &raw, const QString &source,
                          const QPolygonF &polygon, int page)
{
    bool rejected = false;
    const QString value = ofdfields::normalizeItemValue(key, raw, &rejected);
    if (rejected) {
        m_out.notes.append(tr("The item value of %1 in %2 could not be read.").arg(key, source));
        return;
    }
    if (value.isNull())
        return;
    offerItemValue(item, key, makeField(value, source, polygon, polygon.isEmpty() ? 0 : page));
}

void Extractor::mergeItems(const QList<FieldMap> &items, const QString &what)
{
    if (items.isEmpty())
        return;
    if (m_invoice.items.isEmpty()) {
        m_invoice.items = items;
        return;
    }
    if (m_invoice.items.size() != items.size()) {
        m_out.notes.append(tr("%1 lists %2 line items where an earlier source listed %3; the earlier list is kept.")
                               .arg(what)
                               .arg(items.size())
                               .arg(m_invoice.items.size()));
        return;
    }
    for (qsizetype i = 0; i < items.size(); ++i)
        for (auto it = items.at(i).cbegin(); it != items.at(i).cend(); ++it)
            offerItemValue(m_invoice.items[i], it.key(), it.value());
}

// (a) Invoice XML attached to the document: original_invoice.xml of the old e-invoices and
// the 数电 XML. Element text is the value; no polygons here.
std::optional<DocumentError> Extractor::readAttachedXml()
{
    QStringList parts;
    for (const OfdAttachment &a : m_doc->attachments()) {
        if (a.file.isNull())
            continue;
        // original_invoice.xml, the 数电 XML, XBRL renditions: all XML with known names.
        const bool xml = a.file.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive)
                         || a.file.endsWith(QLatin1String(".xbrl"), Qt::CaseInsensitive)
                         || a.format.compare(u"xml", Qt::CaseInsensitive) == 0
                         || a.format.compare(u"xbrl", Qt::CaseInsensitive) == 0;
        if (!xml)
            continue;
        if (a.name.contains(u"original_invoice", Qt::CaseInsensitive)
            || fileName(a.file).startsWith(u"original_invoice", Qt::CaseInsensitive))
            parts.prepend(a.file);
        else
            parts.append(a.file);
    }
    // Packages whose attachment list is missing still carry the file.
    const QString docFolder = OfdPackage::folderOf(m_doc->documentPath());
    const QString conventional =
        m_package.find((docFolder.isEmpty() ? QString() : docFolder + u'/') + QStringLiteral("Attachs/original_invoice.xml"));
    if (!conventional.isNull() && !parts.contains(conventional))
        parts.prepend(conventional);

    std::optional<DocumentError> fatal;
    for (const QString &part : std::as_const(parts)) {
        auto root = readPart(part, &fatal);
        if (fatal)
            return fatal;
        if (!root)
            continue;
        QList<FieldMap> items;
        walkInvoiceXml(*root, fileName(part), nullptr, items);
        mergeItems(items, fileName(part));
    }
    return std::nullopt;
}

void Extractor::walkInvoiceXml(const OfdXmlNode &node, const QString &part, FieldMap *item, QList<FieldMap> &items)
{
    for (const OfdXmlNode &c : node.children) {
        if (ofdfields::isItemContainer(c.name) && !item) {
            FieldMap fresh;
            walkInvoiceXml(c, part, &fresh, items);
            if (!fresh.isEmpty())
                items.append(fresh);
            continue;
        }
        if (!c.children.empty()) {
            walkInvoiceXml(c, part, item, items);
            continue;
        }
        const QString source = QStringLiteral("ofd:%1/%2").arg(part, c.name);
        const QString raw = c.text;
        if (item) {
            const QString key = ofdfields::itemKeyForElement(c.name);
            if (!key.isNull())
                offerItem(*item, key, raw, source);
            continue;
        }
        if (c.is(u"GraphCode")) {
            const QString t = raw.trimmed();
            if (looksLikeQrPayload(t)) {
                if (!m_out.qrTexts.contains(t))
                    m_out.qrTexts.append(t);
                if (!m_invoice.qrcodes.contains(t))
                    m_invoice.qrcodes.append(t);
            } else if (t.size() > 64 && t.size() < kMaxQrImageBytes * 4 / 3) {
                // Some producers store the QR picture itself, base64 PNG.
                const auto decoded = QByteArray::fromBase64Encoding(t.toLatin1());
                if (decoded)
                    addQrImage(decodeImageBytes(*decoded, QString()), part + QStringLiteral("#GraphCode"));
            }
            continue;
        }
        if (c.is(u"InvoiceType") || c.is(u"InvoiceTypeName") || c.is(u"InvoiceTypeCode") || c.is(u"LabelCode")
            || c.is(u"TypeOfInvoice")) {
            const QString t = text::fold(raw).trimmed();
            std::optional<InvoiceType> type = typeFromTitle(t);
            if (!type)
                type = typeFromTencentOfdType(t);
            if (!type && c.is(u"LabelCode") && node.is(u"GeneralOrSpecialVAT"))
                type = t == u"01" ? std::optional(InvoiceType::DigitalSpecial)
                     : t == u"02" ? std::optional(InvoiceType::DigitalNormal)
                                  : std::nullopt;
            if (type && m_invoice.type == InvoiceType::Unknown) {
                m_invoice.type = *type;
                m_invoice.typeSource = source;
            }
            continue;
        }
        const QString key = ofdfields::invoiceKeyForElement(c.name);
        if (!key.isNull()) {
            offer(key, raw, source);
            continue;
        }
        // The 数电 XML splits address / phone and bank / account.
        static const QList<std::array<const char *, 3>> split = {
            {"buyer_address_phone", "BuyerAddr", "BuyerTelNum"},
            {"seller_address_phone", "SellerAddr", "SellerTelNum"},
            {"buyer_bank_account", "BuyerBankName", "BuyerBankAccNum"},
            {"seller_bank_account", "SellerBankName", "SellerBankAccNum"},
        };
        for (const auto &s : split) {
            if (!c.is(QString::fromLatin1(s[1])))
                continue;
            const QString first = raw.trimmed();
            const QString second = node.childText(QString::fromLatin1(s[2]));
            const QString joined = QStringList({first, second}).join(u' ').trimmed();
            offer(QString::fromLatin1(s[0]), joined, source);
        }
    }
}

// (b) CustomTags: each tag element names page objects; their text is the value and their
// Boundary the polygon.
std::optional<DocumentError> Extractor::readCustomTags()
{
    std::optional<DocumentError> fatal;
    for (const OfdCustomTagRef &tag : m_doc->customTags()) {
        if (tag.file.isNull())
            continue;
        auto root = readPart(tag.file, &fatal);
        if (fatal)
            return fatal;
        if (!root)
            continue;
        QList<FieldMap> items;
        FieldMap flat;
        walkTag(*root, nullptr, items, flat);
        if (!flat.isEmpty())
            items.append(flat);
        mergeItems(items, tr("The custom tags"));
    }
    return std::nullopt;
}

void Extractor::walkTag(const OfdXmlNode &node, FieldMap *item, QList<FieldMap> &items, FieldMap &flatItem)
{
    for (const OfdXmlNode &c : node.children) {
        if (c.is(u"ObjectRef") || c.is(u"ObjectData"))
            continue;
        if (ofdfields::isItemContainer(c.name) && !item) {
            FieldMap fresh;
            walkTag(c, &fresh, items, flatItem);
            if (!fresh.isEmpty())
                items.append(fresh);
            continue;
        }
        const bool leaf = std::any_of(c.children.cbegin(), c.children.cend(), [](const OfdXmlNode &n) {
            return n.is(u"ObjectRef") || n.is(u"ObjectData");
        });
        if (!leaf) {
            walkTag(c, item, items, flatItem);
            continue;
        }

        // Resolve the referenced objects: text joined in order, boundaries united on the
        // page of the first object found.
        QStringList texts;
        QRectF box;
        int pageIndex = -1;
        QStringList imageResources;
        for (const OfdXmlNode &ref : c.children) {
            if (ref.is(u"ObjectData")) {
                texts.append(ref.allText());
                continue;
            }
            if (!ref.is(u"ObjectRef"))
                continue;
            const QString id = ref.allText().trimmed();
            int idx = m_doc->pageIndexForId(ref.attr(u"PageRef").trimmed());
            const OfdGraphicObject *obj = idx >= 0 ? m_doc->findObject(idx, id) : nullptr;
            if (!obj)
                obj = m_doc->findObjectAnywhere(id, &idx);
            if (!obj)
                continue;
            if (obj->kind == OfdGraphicObject::Kind::Image && !obj->resourceId.isEmpty())
                imageResources.append(obj->resourceId);
            if (obj->kind == OfdGraphicObject::Kind::Text)
                texts.append(obj->text);
            if (pageIndex < 0)
                pageIndex = idx;
            if (idx == pageIndex && !obj->boundary.isEmpty())
                box = box.isEmpty() ? obj->boundary : box.united(obj->boundary);
        }

        const QString source = QStringLiteral("ofd:customtag/%1").arg(c.name);
        QPolygonF polygon;
        int page = 0;
        if (pageIndex >= 0 && pageIndex < m_doc->pages().size()) {
            polygon = toPolygon(box, m_doc->pages().at(pageIndex));
            page = m_pageOffset + pageIndex + 1;
        }

        if (c.is(u"GraphCode")) {
            for (const QString &r : std::as_const(imageResources))
                if (!m_qrResourcesFromTags.contains(r))
                    m_qrResourcesFromTags.append(r);
            continue;
        }
        if (item) {
            const QString key = ofdfields::itemKeyForElement(c.name);
            if (!key.isNull())
                offerItem(*item, key, texts.join(QString()), source, polygon, page);
            continue;
        }
        const QString key = ofdfields::invoiceKeyForElement(c.name);
        if (!key.isNull()) {
            const QString raw = key == u"remark" ? texts.join(u'\n') : texts.join(QString());
            offer(key, raw, source, polygon, page);
            continue;
        }
        // 数电 tag files list the line-item cells flat at the top level: a cell that the
        // current item already has starts the next item.
        const QString itemKey = ofdfields::itemKeyForElement(c.name);
        if (!itemKey.isNull() && itemKey != u"tax_code") {
            if (flatItem.contains(itemKey)) {
                items.append(flatItem);
                flatItem.clear();
            }
            offerItem(flatItem, itemKey, texts.join(QString()), source, polygon, page);
        }
    }
}

// (c) DocInfo CustomData of OFD.xml: names in Chinese, no polygons.
void Extractor::readCustomData()
{
    for (const auto &[name, value] : m_doc->customData()) {
        const QString key = ofdfields::invoiceKeyForCustomData(name);
        if (!key.isNull())
            offer(key, value, QStringLiteral("ofd:customdata/%1").arg(name));
    }
}

// The printed title: the largest text with 发票 in it in the upper part of the first page
// (its own content or its template).
void Extractor::readTitle()
{
    if (m_doc->pages().isEmpty())
        return;
    const OfdPage &page = m_doc->pages().first();
    QList<const OfdGraphicObject *> candidates;
    for (const OfdGraphicObject &o : page.objects)
        candidates.append(&o);
    for (const OfdTemplateRef &ref : page.templates) {
        const auto it = m_doc->templates().constFind(ref.templateId);
        if (it != m_doc->templates().constEnd())
            for (const OfdGraphicObject &o : it->objects)
                candidates.append(&o);
    }
    const OfdGraphicObject *best = nullptr;
    const double upper = page.physicalBox.top() + page.physicalBox.height() * 0.3;
    for (const OfdGraphicObject *o : std::as_const(candidates)) {
        if (o->kind != OfdGraphicObject::Kind::Text || o->size < 4.5 || !o->text.contains(u"发票"))
            continue;
        if (!o->boundary.isEmpty() && o->boundary.top() > upper)
            continue;
        if (!best || o->size > best->size)
            best = o;
    }
    if (best)
        offer(QStringLiteral("title"), best->text, QStringLiteral("ofd:text/title"), toPolygon(best->boundary, page),
              m_pageOffset + 1);
}

// The 大写 total is printed but rarely tagged: the first text on the first page that reads
// as a 大写 amount. Whether it matches the total is for validation to say.
void Extractor::readAmountInWords()
{
    if (m_invoice.has(QStringLiteral("total_in_words")) || m_doc->pages().isEmpty())
        return;
    const OfdPage &page = m_doc->pages().first();
    for (const OfdGraphicObject &o : page.objects) {
        if (o.kind != OfdGraphicObject::Kind::Text)
            continue;
        const QString t = text::compact(o.text);
        if (t.size() < 2 || t.size() > 40 || !(t.contains(u'圆') || t.contains(u'元')))
            continue;
        if (!money::parseChineseUpper(t))
            continue;
        offer(QStringLiteral("total_in_words"), o.text, QStringLiteral("ofd:text/total_in_words"),
              toPolygon(o.boundary, page), m_pageOffset + 1);
        return;
    }
}

// 数电 invoices have no payee / reviewer boxes: they are written into the remark
// ("收款人:李蓉蓉; 复核人:周欣铭;"), as are the bank accounts ("销方开户行:… 账号:…").
void Extractor::readRemarkParts()
{
    const Field remark = m_invoice.fields.value(QStringLiteral("remark"));
    if (remark.value.isEmpty())
        return;
    const QString source = remark.source + QStringLiteral("#remark");
    auto labelled = [&](const QString &label) -> QString {
        const QRegularExpression re(label + QStringLiteral("[:：]\\s*([^;；\\n]+?)\\s*(?:[;；\\n]|$)"));
        const auto m = re.match(remark.value);
        return m.hasMatch() ? text::withoutTrailingSeparators(m.captured(1)) : QString();
    };
    auto offerDerived = [&](const QString &key, const QString &value) {
        if (value.isEmpty() || m_invoice.has(key))
            return;
        offer(key, value, source);
    };
    offerDerived(QStringLiteral("payee"), labelled(QStringLiteral("收款人")));
    offerDerived(QStringLiteral("reviewer"), labelled(QStringLiteral("复核人")));
    static const QRegularExpression bank(
        QStringLiteral("(购方|销方)开户(?:银行|行)[:：]\\s*(\\S+?)\\s+(?:银行)?账号[:：]\\s*([0-9][0-9 -]*[0-9])"));
    auto it = bank.globalMatch(remark.value);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString key = m.captured(1) == u"购方" ? QStringLiteral("buyer_bank_account")
                                                     : QStringLiteral("seller_bank_account");
        offerDerived(key, m.captured(2) + u' ' + m.captured(3));
    }
}

// Fields no tag located (packages without CustomTags, fields the tags leave out): a text
// run on the page whose normalized text equals the value locates it, when only one does
// (on the first page, if the value is repeated on later ones).
void Extractor::locateUntaggedFields()
{
    struct Run
    {
        QString text;
        QRectF box;
        int pageIndex;
    };
    // Bounded work: a hostile package could list a million text objects.
    constexpr qsizetype kMaxRuns = 4000;
    QList<Run> runs;
    for (const OfdPage &page : m_doc->pages()) {
        // Objects sharing one boundary are one printed value ("¥" + "57.00").
        QHash<QString, qsizetype> byBox;
        for (const OfdGraphicObject &o : page.objects) {
            if (runs.size() >= kMaxRuns)
                break;
            if (o.kind != OfdGraphicObject::Kind::Text || o.boundary.isEmpty() || o.text.trimmed().isEmpty())
                continue;
            const QRectF &b = o.boundary;
            const QString key = QStringLiteral("%1 %2 %3 %4").arg(b.x()).arg(b.y()).arg(b.width()).arg(b.height());
            if (const auto at = byBox.constFind(key); at != byBox.constEnd()) {
                runs[*at].text += o.text;
            } else {
                byBox.insert(key, runs.size());
                runs.append({o.text, o.boundary, page.index});
            }
        }
    }
    static const QStringList skip = {QStringLiteral("electronic"), QStringLiteral("title")};
    for (auto it = m_invoice.fields.begin(); it != m_invoice.fields.end(); ++it) {
        if (!it->polygon.isEmpty() || it->value.isEmpty() || skip.contains(it.key()))
            continue;
        QList<const Run *> matches;
        const QString wanted = withoutBlanks(it->value);
        for (const Run &r : std::as_const(runs))
            if (withoutBlanks(ofdfields::normalizeInvoiceValue(it.key(), r.text)) == wanted)
                matches.append(&r);
        if (matches.size() > 1) {
            QList<const Run *> first;
            for (const Run *r : std::as_const(matches))
                if (r->pageIndex == 0)
                    first.append(r);
            matches = first;
        }
        if (matches.size() != 1)
            continue;
        const Run *r = matches.first();
        const QPolygonF polygon = toPolygon(r->box, m_doc->pages().at(r->pageIndex));
        if (polygon.isEmpty())
            continue;
        it->polygon = polygon;
        it->page = m_pageOffset + r->pageIndex + 1;
    }
}

void Extractor::addQrImage(const QImage &image, const QString &key)
{
    if (m_out.qrImages.size() >= kMaxQrImages || m_qrKeys.contains(key))
        return;
    m_qrKeys.insert(key);
    const QImage prepared = prepareQrImage(image);
    if (!prepared.isNull())
        m_out.qrImages.append(prepared);
}

void Extractor::addQrResource(const QString &resourceId)
{
    const auto it = m_doc->multiMedia().constFind(resourceId);
    if (it == m_doc->multiMedia().constEnd() || it->file.isNull() || m_qrKeys.contains(it->file))
        return;
    if (m_out.qrImages.size() >= kMaxQrImages)
        return;
    if (m_package.declaredSize(it->file) > kMaxQrImageBytes)
        return;
    DocumentError err;
    const auto bytes = m_package.read(it->file, &err);
    if (!bytes) {
        m_out.notes.append(err.message);
        return;
    }
    const QImage image = decodeImageBytes(*bytes, it->format);
    if (image.isNull()) {
        m_out.notes.append(tr("The image \"%1\" could not be decoded.").arg(it->file));
        m_qrKeys.insert(it->file);
        return;
    }
    addQrImage(image, it->file);
}

std::optional<DocumentError> Extractor::collectQrImages()
{
    // 1. The image the tags call GraphCode.
    for (const QString &r : std::as_const(m_qrResourcesFromTags))
        addQrResource(r);
    // 2. (GraphCode pictures of the attached XML were added while reading it.)
    // 3. Small square images on the first page, top-left first.
    if (m_doc->pages().isEmpty())
        return std::nullopt;
    const OfdPage &page = m_doc->pages().first();
    QList<const OfdGraphicObject *> squares;
    auto consider = [&](const OfdGraphicObject &o) {
        if (o.kind != OfdGraphicObject::Kind::Image || o.resourceId.isEmpty())
            return;
        const QRectF b = o.boundary;
        if (b.width() < 8 || b.width() > 60 || b.height() <= 0)
            return;
        const double ratio = b.width() / b.height();
        if (ratio < 0.8 || ratio > 1.25)
            return;
        squares.append(&o);
    };
    for (const OfdGraphicObject &o : page.objects)
        consider(o);
    for (const OfdTemplateRef &ref : page.templates) {
        const auto it = m_doc->templates().constFind(ref.templateId);
        if (it != m_doc->templates().constEnd())
            for (const OfdGraphicObject &o : it->objects)
                consider(o);
    }
    std::stable_sort(squares.begin(), squares.end(), [](const OfdGraphicObject *a, const OfdGraphicObject *b) {
        return a->boundary.top() + a->boundary.left() < b->boundary.top() + b->boundary.left();
    });
    for (const OfdGraphicObject *o : std::as_const(squares))
        addQrResource(o->resourceId);
    // 4. Nothing placed on the page looked like a QR code: try the document's small images.
    if (m_out.qrImages.isEmpty()) {
        QStringList ids = m_doc->multiMedia().keys();
        std::sort(ids.begin(), ids.end());
        for (const QString &id : std::as_const(ids)) {
            const OfdMultiMedia &mm = m_doc->multiMedia().value(id);
            if (mm.file.isNull() || m_package.declaredSize(mm.file) > 512 * 1024)
                continue;
            addQrResource(id);
        }
    }
    return std::nullopt;
}

std::optional<DocumentError> Extractor::run(const OfdDocument &doc, int pageOffset)
{
    m_doc = &doc;
    m_pageOffset = pageOffset;
    m_invoice = Invoice();
    m_invoice.page = pageOffset + 1;
    if (!doc.pages().isEmpty())
        m_invoice.pageSize = doc.pages().first().pixelSize(kReferenceDpi);

    if (auto e = readAttachedXml())
        return e;
    if (auto e = readCustomTags())
        return e;
    readCustomData();
    readTitle();
    readRemarkParts();
    readAmountInWords();
    locateUntaggedFields();
    if (auto e = collectQrImages())
        return e;

    // Only an invoice when the package said something an invoice says.
    static const QStringList identifying = {QStringLiteral("number"), QStringLiteral("code"),
                                            QStringLiteral("total"), QStringLiteral("pretax_amount"),
                                            QStringLiteral("seller_tax_id")};
    const bool isInvoice = std::any_of(identifying.cbegin(), identifying.cend(),
                                       [this](const QString &k) { return m_invoice.has(k); });
    if (isInvoice) {
        // An OFD invoice is an electronic one by construction.
        m_invoice.set(QStringLiteral("electronic"), makeField(QStringLiteral("true"), QStringLiteral("ofd:package")));
        m_out.invoices.append(m_invoice);
    }
    return std::nullopt;
}

} // namespace

OfdExtraction OfdInvoiceExtractor::extract(const QByteArray &bytes, const OfdLimits &limits)
{
    OfdExtraction out;
    OfdPackage package(limits);
    if (auto e = package.open(bytes)) {
        out.error = e;
        return out;
    }
    OfdDocument first;
    if (auto e = first.load(package, 0)) {
        out.error = e;
        return out;
    }
    const int bodies = std::min(first.docBodyCount(), kMaxDocBodies);
    if (first.docBodyCount() > kMaxDocBodies)
        out.notes.append(tr("The package holds %1 documents; only the first %2 are read.")
                             .arg(first.docBodyCount())
                             .arg(kMaxDocBodies));

    Extractor extractor(package, out);
    std::optional<DocumentError> malformed;
    for (int i = 0; i < bodies; ++i) {
        OfdDocument other;
        const OfdDocument *doc = &first;
        if (i > 0) {
            if (auto e = other.load(package, i)) {
                if (isUnsafe(e.value())) {
                    out.error = e;
                    return out;
                }
                out.notes.append(e->message);
                continue;
            }
            doc = &other;
        }
        out.notes.append(doc->notes());
        if (auto e = extractor.run(*doc, out.pages)) {
            out.error = e;
            out.invoices.clear();
            out.qrImages.clear();
            return out;
        }
        out.pages += int(doc->pages().size());
    }
    if (out.invoices.isEmpty() && extractor.firstMalformed())
        out.error = extractor.firstMalformed();
    return out;
}

} // namespace ra
