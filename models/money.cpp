#include "money.h"

#include "textnormalize.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace ra::money {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isMinus(QChar c)
{
    // ASCII hyphen-minus (full-width － is folded to it), the minus sign and the dashes a
    // PDF text layer uses for the sign of a red-letter (负数) invoice.
    return c == u'-' || c == QChar(0x2212) || c == QChar(0x2013) || c == QChar(0x2014);
}

bool isCurrencySign(QChar c)
{
    return c == QChar(0x00A5); // ¥ (￥ is folded to it)
}

// Strips a leading label such as "(小写)", "小写:" or a currency code the text layer left in.
QStringView stripLabel(QStringView t)
{
    static const QString labels[] = {u"(小写)"_s, u"小写:"_s, u"小写"_s, u"CNY"_s, u"RMB"_s};
    for (const QString &l : labels)
        if (t.startsWith(l))
            return t.mid(l.size());
    return t;
}

} // namespace

std::optional<qint64> parseFen(const QString &text)
{
    const QString compacted = text::compact(text);
    QStringView t = stripLabel(QStringView(compacted));

    // Sign and currency sign, in either order: "-¥318.00", "¥-318.00".
    bool negative = false;
    bool sawCurrency = false;
    while (!t.isEmpty()) {
        if (isMinus(t.front()) && !negative) {
            negative = true;
            t = t.mid(1);
        } else if (isCurrencySign(t.front()) && !sawCurrency) {
            sawCurrency = true;
            t = t.mid(1);
        } else {
            break;
        }
    }
    if (t.endsWith(u'元'))
        t.chop(1);
    if (t.isEmpty())
        return std::nullopt;

    const qsizetype dot = t.indexOf(u'.');
    const QStringView intPart = dot < 0 ? t : t.left(dot);
    const QStringView fracPart = dot < 0 ? QStringView() : t.mid(dot + 1);
    if (dot >= 0 && fracPart.isEmpty())
        return std::nullopt; // "12." is a cut-off value, not an amount
    if (intPart.isEmpty() && fracPart.isEmpty())
        return std::nullopt;

    // Integer part: digits, optionally grouped by thousands separators. A comma elsewhere
    // ("12,34") may be a decimal comma misread, so it is refused rather than guessed.
    qint64 yuan = 0;
    const bool grouped = intPart.contains(u',');
    qsizetype groupLen = 0;
    bool firstGroup = true;
    for (qsizetype i = 0; i < intPart.size(); ++i) {
        const QChar c = intPart.at(i);
        if (c == u',') {
            if ((firstGroup && (groupLen < 1 || groupLen > 3)) || (!firstGroup && groupLen != 3))
                return std::nullopt;
            firstGroup = false;
            groupLen = 0;
            continue;
        }
        if (!isAsciiDigit(c))
            return std::nullopt;
        ++groupLen;
        if (__builtin_mul_overflow(yuan, qint64(10), &yuan)
            || __builtin_add_overflow(yuan, qint64(c.unicode() - u'0'), &yuan))
            return std::nullopt;
    }
    if (grouped && groupLen != 3)
        return std::nullopt;

    // Fraction: two places count, further places must be zero ("87.280000" from XML).
    qint64 fraction = 0;
    for (qsizetype i = 0; i < fracPart.size(); ++i) {
        const QChar c = fracPart.at(i);
        if (!isAsciiDigit(c))
            return std::nullopt;
        const int d = c.unicode() - u'0';
        if (i < 2)
            fraction = fraction * 10 + d;
        else if (d != 0)
            return std::nullopt;
    }
    if (fracPart.size() == 1)
        fraction *= 10;

    qint64 fen = 0;
    if (__builtin_mul_overflow(yuan, qint64(100), &fen) || __builtin_add_overflow(fen, fraction, &fen))
        return std::nullopt;
    return negative ? -fen : fen;
}

QString formatFen(qint64 fen)
{
    // Work on the unsigned magnitude so that the most negative value has one too.
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(fen) : quint64(fen);
    const quint64 yuan = magnitude / 100;
    const quint64 rest = magnitude % 100;
    QString s = QString::number(yuan) + u'.' + QChar(u'0' + int(rest / 10)) + QChar(u'0' + int(rest % 10));
    if (negative)
        s.prepend(u'-');
    return s;
}

} // namespace ra::money
