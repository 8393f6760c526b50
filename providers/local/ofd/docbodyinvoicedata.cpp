#include "docbodyextractor.h"

// The invoice data an OFD package carries besides the page: (a) attached invoice XML,
// (b) CustomTags naming page objects, (c) DocInfo CustomData.

#include "invoicetype.h"
#include "ofdfieldnames.h"
#include "qrpictures.h"
#include "textnormalize.h"

#include <algorithm>
#include <array>

namespace ra::ofdx {

namespace {

QString fileName(const QString &path)
{
    return path.section(u'/', -1);
}


} // namespace

// (a) Invoice XML attached to the document: original_invoice.xml of the old e-invoices and
// the 数电 XML. Element text is the value; no polygons here.
std::optional<DocumentError> DocBodyExtractor::readAttachedXml()
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

void DocBodyExtractor::walkInvoiceXml(const OfdXmlNode &node, const QString &part, FieldMap *item, QList<FieldMap> &items)
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
std::optional<DocumentError> DocBodyExtractor::readCustomTags()
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

void DocBodyExtractor::walkTag(const OfdXmlNode &node, FieldMap *item, QList<FieldMap> &items, FieldMap &flatItem)
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
void DocBodyExtractor::readCustomData()
{
    for (const auto &[name, value] : m_doc->customData()) {
        const QString key = ofdfields::invoiceKeyForCustomData(name);
        if (!key.isNull())
            offer(key, value, QStringLiteral("ofd:customdata/%1").arg(name));
    }
}


} // namespace ra::ofdx
