#include "qrpayload.h"

#include <QStringList>

namespace ra::qr {

namespace {

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

bool allAlnum(const QString &s)
{
    for (QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            return false;
    return true;
}

// "32", "47.26", "124.8", "-318.00" → fen. The QR carries plain ASCII decimals: no currency sign,
// no separators, at most two decimals. Integer arithmetic only.
std::optional<qint64> parseAmount(const QString &text)
{
    QString s = text;
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(u'.');
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    if (!allDigits(whole) || whole.size() > 13)
        return std::nullopt;
    if (dot >= 0 && (frac.isEmpty() || frac.size() > 2 || !allDigits(frac)))
        return std::nullopt;
    qint64 fen = whole.toLongLong() * 100;
    if (frac.size() == 1)
        fen += frac.toInt() * 10;
    else if (frac.size() == 2)
        fen += frac.toInt();
    return negative ? -fen : fen;
}

// YYYYMMDD as printed in the QR; the 通行费 variant writes YYYY-MM-DD.
QDate parseDate(const QString &s)
{
    QString digits = s;
    if (s.size() == 10 && (s.at(4) == u'-' || s.at(4) == u'/') && s.at(7) == s.at(4))
        digits = s.left(4) + s.mid(5, 2) + s.mid(8, 2);
    if (digits.size() != 8 || !allDigits(digits))
        return {};
    return QDate(digits.left(4).toInt(), digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt());
}

bool isInvoiceCode(const QString &s) { return (s.size() == 10 || s.size() == 12) && allDigits(s); }

// 8 digits (legacy) or 20 digits (数电). Lengths in between are accepted because demo and test
// invoices carry odd numbers (ofdrw's sample itinerary has a 19-digit one); number_format
// flags those, the payload is still an invoice payload.
bool isInvoiceNumber(const QString &s) { return s.size() >= 8 && s.size() <= 20 && allDigits(s); }

QStringList splitPayload(const QString &text)
{
    QString s = text.trimmed();
    // Scanners sometimes hand over a full-width comma or a line break inside the payload.
    s.replace(u'，', u',');
    QStringList parts = s.split(u',');
    for (QString &p : parts)
        p = p.trimmed();
    // The standard payload ends with a comma: drop the empty tail.
    while (!parts.isEmpty() && parts.constLast().isEmpty())
        parts.removeLast();
    return parts;
}

// 01,<kind>,<code>,<number>,<amount>,<YYYYMMDD>,<check code>,<token>,
std::optional<InvoicePayload> parseStandard(const QStringList &parts)
{
    if (parts.size() < 6 || parts.size() > 10)
        return std::nullopt;
    InvoicePayload p;
    p.version = parts.at(0);
    p.kind = parts.at(1);
    p.code = parts.at(2);
    p.number = parts.at(3);
    if (p.version.size() != 2 || !allDigits(p.version) || p.kind.size() != 2 || !allDigits(p.kind))
        return std::nullopt;
    if (!p.code.isEmpty() && !isInvoiceCode(p.code))
        return std::nullopt;
    if (!isInvoiceNumber(p.number))
        return std::nullopt;
    const auto amount = parseAmount(parts.at(4));
    if (!amount)
        return std::nullopt;
    p.amountFen = *amount;
    p.date = parseDate(parts.at(5));
    if (!p.date.isValid())
        return std::nullopt;
    if (parts.size() > 6) {
        p.checkCode = parts.at(6);
        if (!p.checkCode.isEmpty() && (!allDigits(p.checkCode) || p.checkCode.size() > 20))
            return std::nullopt;
    }
    if (parts.size() > 7) {
        p.token = parts.at(7);
        if (p.token.size() > 16 || !allAlnum(p.token))
            return std::nullopt;
    }
    return p;
}

// Provincial 通行费/通用 (电子) invoices print a shorter payload without version and kind:
// <code>,<number>,<amount>,<YYYY-MM-DD>[,<buyer name>…] (a real Jiangsu toll invoice:
// "132052300111,03223884,28.00,2025-10-24,苏州…有限公司"). version and kind stay empty.
std::optional<InvoicePayload> parseShort(const QStringList &parts)
{
    if (parts.size() < 4 || parts.size() > 6)
        return std::nullopt;
    InvoicePayload p;
    p.code = parts.at(0);
    p.number = parts.at(1);
    if (!isInvoiceCode(p.code) || !isInvoiceNumber(p.number))
        return std::nullopt;
    const auto amount = parseAmount(parts.at(2));
    if (!amount)
        return std::nullopt;
    p.amountFen = *amount;
    p.date = parseDate(parts.at(3));
    if (!p.date.isValid())
        return std::nullopt;
    return p;
}

} // namespace

bool InvoicePayload::amountIsTaxInclusive() const
{
    // Confirmed on the real fixtures: pre-tax for 01/04/10/20, 价税合计 for the 数电 kinds
    // 31/32/51/61. Tencent's verification contract says tax-inclusive for every 全电 kind, so the
    // other 3x/5x/6x kinds follow the 数电 rule.
    if (kind.size() != 2 || !allDigits(kind))
        return false;
    const int k = kind.toInt();
    return (k >= 31 && k <= 39) || (k >= 51 && k <= 69);
}

std::optional<InvoicePayload> parseInvoicePayload(const QString &text)
{
    if (text.size() > 512)
        return std::nullopt;
    const QStringList parts = splitPayload(text);
    if (auto p = parseStandard(parts))
        return p;
    return parseShort(parts);
}

} // namespace ra::qr
