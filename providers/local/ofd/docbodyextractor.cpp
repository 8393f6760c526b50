#include "docbodyextractor.h"

#include "log.h"
#include "ofdfieldnames.h"
#include "pagegeometry.h"
#include "translatedtext.h"

#include <algorithm>

namespace ra::ofdx {

namespace {

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

} // namespace

QString DocBodyExtractor::tr(const char *text)
{
    return translatedText("ra::ofdx::DocBodyExtractor", text);
}

bool DocBodyExtractor::isUnsafe(const DocumentError &e)
{
    return e.code == QLatin1String(ErrorCode::OfdUnsafe);
}

QPolygonF DocBodyExtractor::toPolygon(const QRectF &mm, const OfdPage &page)
{
    if (mm.isEmpty() || !page.physicalBox.intersects(mm))
        return {};
    const QRectF r = mm.translated(-page.physicalBox.topLeft());
    const double k = kPixelsPerMm;
    const QRectF px(r.x() * k, r.y() * k, r.width() * k, r.height() * k);
    return QPolygonF({px.topLeft(), px.topRight(), px.bottomRight(), px.bottomLeft()});
}

QString DocBodyExtractor::withoutBlanks(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (!c.isSpace())
            out.append(c);
    return out;
}

std::optional<OfdXmlNode> DocBodyExtractor::readPart(const QString &path, std::optional<DocumentError> *fatal)
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

void DocBodyExtractor::offer(const QString &key, const QString &raw, const QString &source, const QPolygonF &polygon,
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

void DocBodyExtractor::offerItem(FieldMap &item, const QString &key, const QString &raw, const QString &source,
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

void DocBodyExtractor::mergeItems(const QList<FieldMap> &items, const QString &what)
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

std::optional<DocumentError> DocBodyExtractor::run(const OfdDocument &doc, int pageOffset)
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


} // namespace ra::ofdx
