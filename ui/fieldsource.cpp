#include "fieldsource.h"

using namespace Qt::StringLiterals;

namespace ra {

bool FieldSource::isUser(const QString &source)
{
    return source == u"user";
}

QString FieldSource::displayName(const QString &source)
{
    if (source.isEmpty())
        return {};
    if (isUser(source))
        return tr("You");
    const qsizetype colon = source.indexOf(u':');
    const QString provider = colon < 0 ? source : source.left(colon);
    if (provider == u"qr")
        return tr("QR code");
    if (provider == u"pdf")
        return tr("PDF text");
    if (provider == u"ofd")
        return tr("OFD data");
    if (provider == u"ocr") {
        // what OCR read, or what the invoice's own checks made of it (ocrcrosscheck.h)
        if (source == u"ocr:words")
            return tr("Amount in words (OCR)");
        if (source == u"ocr:sum")
            return tr("Sum of the other amounts (OCR)");
        if (source == u"ocr:total")
            return tr("Total in figures (OCR)");
        if (source == u"ocr:check")
            return tr("Tax ID check character (OCR)");
        if (source == u"ocr:lines")
            return tr("Sum of the line items (OCR)");
        return tr("Printed text (OCR)");
    }
    if (provider == u"inferred")
        return tr("Inferred");
    if (provider == u"title")
        return tr("Printed title");
    if (provider == u"local")
        return tr("This computer");
    // Vendor brand names; translated so the Chinese desk can use their Chinese names.
    if (provider.startsWith(u"tencent"))
        return tr("Tencent Cloud");
    if (provider == u"qiniu")
        return tr("Qiniu");
    if (provider == u"ekuaibao")
        return tr("Ekuaibao");
    if (provider == u"deepfinch")
        return tr("DeepFinch");
    return provider;
}

} // namespace ra
