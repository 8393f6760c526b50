#include "chineseamount.h"

#include <QList>

#include <array>
#include <limits>

namespace ra::money {

namespace {

// Token kinds after folding traditional forms to the simplified ones.
enum class Tok { Digit, Zero, Small, Wan, Yi, Yuan, Jiao, Fen, Whole, Bad };

struct Token
{
    Tok kind = Tok::Bad;
    int value = 0; // digit value, or the unit (10/100/1000) for Small
};

Token classify(QChar c)
{
    switch (c.unicode()) {
    case u'零': return {Tok::Zero, 0};
    case u'壹': return {Tok::Digit, 1};
    case u'贰': case u'貳': return {Tok::Digit, 2};
    case u'叁': case u'參': case u'叄': return {Tok::Digit, 3};
    case u'肆': return {Tok::Digit, 4};
    case u'伍': return {Tok::Digit, 5};
    case u'陆': case u'陸': return {Tok::Digit, 6};
    case u'柒': return {Tok::Digit, 7};
    case u'捌': return {Tok::Digit, 8};
    case u'玖': return {Tok::Digit, 9};
    case u'拾': return {Tok::Small, 10};
    case u'佰': return {Tok::Small, 100};
    case u'仟': return {Tok::Small, 1000};
    case u'万': case u'萬': return {Tok::Wan, 0};
    case u'亿': case u'億': return {Tok::Yi, 0};
    case u'元': case u'圆': case u'圓': return {Tok::Yuan, 0};
    case u'角': return {Tok::Jiao, 0};
    case u'分': return {Tok::Fen, 0};
    case u'整': case u'正': return {Tok::Whole, 0};
    default: return {Tok::Bad, 0};
    }
}

// The mark printed before the amount on invoices (⊗ ⓧ ⨂ ⊕, or an X / × when typed).
bool isLeadingMark(QChar c)
{
    switch (c.unicode()) {
    case u'⊗': case u'ⓧ': case u'⨂': case u'⊕': case u'Ⓧ': case u'X': case u'x': case u'×':
    case u'Ｘ': case u'ｘ':
        return true;
    default:
        return false;
    }
}

// Parses the 元 part: digits with 拾佰仟 inside groups, groups joined by 万 and 亿.
// Strict where the value would be ambiguous (壹佰伍: 150 or 105?), lenient where the units
// make it unambiguous (壹仟伍拾 without the 零 is still 1050).
std::optional<qint64> parseInteger(const QList<Token> &toks)
{
    if (toks.isEmpty())
        return std::nullopt;
    // A lone 零 is the integer part of 零圆整 / 零元伍角.
    if (toks.size() == 1 && toks.first().kind == Tok::Zero)
        return 0;

    qint64 aboveYi = 0;   // value already multiplied by 亿
    qint64 wanPart = 0;   // value already multiplied by 万 (below 亿)
    qint64 section = 0;   // the current group of four digits
    int lastUnit = 10000; // units inside a group must descend
    int pending = -1;     // a digit waiting for its unit
    bool zeroBefore = false;
    bool sawWan = false, sawYi = false, sawAny = false;

    // Before 万/亿 and at the end: a digit without its own unit is the group's ones digit, which
    // is unambiguous right after 拾, after a 零, or when it is all there is (伍万, 伍圆).
    auto closeDigit = [&]() -> bool {
        if (pending < 0)
            return true;
        if (lastUnit != 10 && !zeroBefore && sawAny)
            return false; // 壹佰伍万: 150万 or 105万?
        section += pending;
        pending = -1;
        return true;
    };

    for (const Token &t : toks) {
        switch (t.kind) {
        case Tok::Digit:
            if (pending >= 0)
                return std::nullopt; // two digits without a unit between them
            pending = t.value;
            break;
        case Tok::Zero:
            if (pending >= 0 || !sawAny)
                return std::nullopt; // 伍零…, or a leading 零
            zeroBefore = true;
            break;
        case Tok::Small:
            if (t.value >= lastUnit)
                return std::nullopt; // 伍拾叁佰
            if (pending >= 0) {
                section += qint64(pending) * t.value;
                pending = -1;
            } else if (t.value == 10 && !sawAny) {
                section += 10; // 拾圆, 拾伍万: the leading 壹 is often left out
            } else {
                return std::nullopt; // a unit without a digit
            }
            lastUnit = t.value;
            zeroBefore = false;
            sawAny = true;
            break;
        case Tok::Wan:
            if (!closeDigit() || sawWan || section == 0)
                return std::nullopt;
            wanPart = section * 10000;
            section = 0;
            lastUnit = 10000;
            zeroBefore = false;
            sawWan = true;
            sawAny = true;
            break;
        case Tok::Yi:
            if (!closeDigit() || sawYi || (section == 0 && wanPart == 0))
                return std::nullopt;
            // 壹万亿 = 10^12: what came before 亿 (万 included) is multiplied by 亿.
            aboveYi = (wanPart + section) * 100000000LL;
            wanPart = 0;
            section = 0;
            lastUnit = 10000;
            zeroBefore = false;
            sawWan = false;
            sawYi = true;
            sawAny = true;
            break;
        default:
            return std::nullopt;
        }
    }
    if (pending >= 0) {
        if (!closeDigit())
            return std::nullopt;
    } else if (zeroBefore) {
        return std::nullopt; // a trailing 零 before 圆 (壹拾零圆)
    }
    return aboveYi + wanPart + section;
}

} // namespace

std::optional<qint64> parseChineseUpper(const QString &text)
{
    // Blanks anywhere (OCR spacing) and the printed mark / currency prefix in front.
    QString s;
    s.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace())
            s.append(c);
    if (s.size() > 64)
        return std::nullopt;

    bool negative = false;
    for (bool changed = true; changed && !s.isEmpty();) {
        changed = false;
        if (isLeadingMark(s.at(0))) {
            s.remove(0, 1);
            changed = true;
        } else if (s.startsWith(u"人民币")) {
            s.remove(0, 3);
            changed = true;
        } else if (!negative && (s.startsWith(u"负数") || s.startsWith(u"負數"))) {
            s.remove(0, 2);
            negative = changed = true;
        } else if (!negative && (s.at(0) == u'负' || s.at(0) == u'負')) {
            s.remove(0, 1);
            negative = changed = true;
        }
    }
    if (s.isEmpty())
        return std::nullopt;

    QList<Token> toks;
    toks.reserve(s.size());
    for (QChar c : s) {
        const Token t = classify(c);
        if (t.kind == Tok::Bad)
            return std::nullopt; // informal digits (一二两), 另, 毛, ASCII digits, other text
        toks.append(t);
    }

    // Split at 圆/元: the integer part before it, 角/分 after it. Without 圆 the amount is
    // below one yuan (伍角, 叁分) and must not have an integer part.
    qsizetype yuanAt = -1;
    for (qsizetype i = 0; i < toks.size(); ++i)
        if (toks.at(i).kind == Tok::Yuan) {
            if (yuanAt >= 0)
                return std::nullopt;
            yuanAt = i;
        }

    qint64 yuan = 0;
    qsizetype i = 0;
    if (yuanAt >= 0) {
        const auto integer = parseInteger(toks.mid(0, yuanAt));
        if (!integer)
            return std::nullopt;
        yuan = *integer;
        i = yuanAt + 1;
    }

    // The fraction: [零] [d 角 | 零角] [零] [d 分] [整|正]
    int jiao = -1, fen = -1;
    bool whole = false;
    bool sawFraction = false;
    while (i < toks.size()) {
        const Token t = toks.at(i);
        if (whole)
            return std::nullopt; // anything after 整
        if (t.kind == Tok::Whole) {
            whole = true;
            ++i;
            continue;
        }
        if (t.kind == Tok::Zero) {
            // 零 before 角 (壹佰玖拾元零壹角玖分), before 分 (叁拾捌元零叁分), or 零角 / 零分.
            const bool nextIsUnit = i + 1 < toks.size()
                && (toks.at(i + 1).kind == Tok::Jiao || toks.at(i + 1).kind == Tok::Fen);
            if (nextIsUnit) {
                if (toks.at(i + 1).kind == Tok::Jiao) {
                    if (jiao >= 0 || fen >= 0)
                        return std::nullopt;
                    jiao = 0;
                } else {
                    if (fen >= 0)
                        return std::nullopt;
                    fen = 0;
                }
                sawFraction = true;
                i += 2;
                continue;
            }
            if (i + 1 >= toks.size() || toks.at(i + 1).kind != Tok::Digit)
                return std::nullopt;
            ++i; // a separating 零 before a digit
            continue;
        }
        if (t.kind != Tok::Digit || i + 1 >= toks.size())
            return std::nullopt;
        const Tok unit = toks.at(i + 1).kind;
        if (unit == Tok::Jiao) {
            if (jiao >= 0 || fen >= 0)
                return std::nullopt;
            jiao = t.value;
        } else if (unit == Tok::Fen) {
            if (fen >= 0)
                return std::nullopt;
            fen = t.value;
        } else {
            return std::nullopt;
        }
        sawFraction = true;
        i += 2;
    }
    if (yuanAt < 0 && !sawFraction)
        return std::nullopt; // 壹佰 alone, or 整 alone: no 圆, no 角/分

    const qint64 result = yuan * 100 + qint64(qMax(jiao, 0)) * 10 + qMax(fen, 0);
    return negative ? -result : result;
}

QString toChineseUpper(qint64 fen)
{
    static constexpr char16_t digits[] = u"零壹贰叁肆伍陆柒捌玖";
    static constexpr char16_t smallUnits[] = u"\0拾佰仟";
    QString out;
    if (fen < 0) {
        out += u'负';
        // qint64 min has no positive counterpart: clamp (no invoice comes near).
        fen = fen == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::max() : -fen;
    }
    const qint64 yuan = fen / 100;
    const int jiao = int(fen / 10 % 10);
    const int cents = int(fen % 10);

    if (yuan > 0) {
        // Groups of four digits from the top: 亿 groups (possibly above 9999, then 万亿), 万, ones.
        std::array<int, 4> groups{}; // [0] = ×10^12 (万亿), [1] = 亿, [2] = 万, [3] = ones
        qint64 rest = yuan;
        groups[3] = int(rest % 10000);
        rest /= 10000;
        groups[2] = int(rest % 10000);
        rest /= 10000;
        groups[1] = int(rest % 10000);
        rest /= 10000;
        groups[0] = int(qMin<qint64>(rest, 9999999)); // beyond any amount; keeps the loop bounded
        const char16_t groupUnit[] = {u'万', u'亿', u'万', 0};

        bool started = false;
        bool zeroPending = false;
        for (int g = 0; g < 4; ++g) {
            int value = groups[size_t(g)];
            if (value == 0) {
                if (started)
                    zeroPending = true;
                // 万亿: the 亿 must still be written when only the 万亿 group is non-zero.
                if (g == 1 && groups[0] > 0)
                    out += u'亿';
                continue;
            }
            // The 万亿 group may exceed four digits only for absurd amounts: render recursively.
            if (g == 0 && value > 9999) {
                QString big = toChineseUpper(qint64(value) * 100);
                big.chop(2); // "圆整"
                out += big;
                started = true;
                out += groupUnit[g];
                continue;
            }
            const int ds[4] = {value / 1000, value / 100 % 10, value / 10 % 10, value % 10};
            for (int k = 0; k < 4; ++k) {
                if (ds[k] == 0) {
                    if (started)
                        zeroPending = true;
                    continue;
                }
                if (zeroPending)
                    out += u'零';
                zeroPending = false;
                out += digits[ds[k]];
                if (k < 3)
                    out += smallUnits[3 - k];
                started = true;
            }
            if (groupUnit[g])
                out += groupUnit[g];
        }
        out += u'圆';
        if (jiao == 0 && cents == 0)
            return out + u'整';
        // As printed on VAT invoices: 壹佰玖拾元零壹角玖分, 叁拾捌元零叁分.
        if (yuan % 10 == 0 || jiao == 0)
            out += u'零';
    } else if (jiao == 0 && cents == 0) {
        return out + QStringLiteral("零圆整");
    }
    if (jiao > 0) {
        out += digits[jiao];
        out += u'角';
    }
    if (cents > 0) {
        out += digits[cents];
        out += u'分';
    }
    return out;
}

QString stripAmountMark(const QString &words)
{
    QString t = words.trimmed();
    qsizetype i = 0;
    while (i < t.size() && (isLeadingMark(t.at(i)) || t.at(i).isSpace()))
        ++i;
    return t.mid(i);
}

} // namespace ra::money
