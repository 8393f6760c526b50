#include "textnormalize.h"

#include <QChar>

#include <algorithm>
#include <iterator>

namespace ra::text {

namespace {

// CJK Radicals Supplement (U+2E80–U+2EFF) has no NFKC decomposition, yet PDF fonts map
// the glyph of an ordinary character (黄, 长, 门 ...) to these code points often enough.
// Mapped here: the radicals whose form is also a character of its own, to the ideograph
// of Unicode's EquivalentUnifiedIdeograph data. Radicals that only occur as components
// (⺀, ⺈, ⺌ ...) are left alone: no text would contain them on purpose.
struct RadicalMapping
{
    char32_t radical;
    char32_t ideograph;
};

constexpr RadicalMapping kRadicalsSupplement[] = {
    {0x2E81, 0x5382}, // ⺁ 厂
    {0x2E85, 0x4EBB}, // ⺅ 亻
    {0x2E86, 0x5182}, // ⺆ 冂
    {0x2E89, 0x5202}, // ⺉ 刂
    {0x2E8A, 0x535C}, // ⺊ 卜
    {0x2E8B, 0x353E}, // ⺋ 㔾
    {0x2E8E, 0x5140}, // ⺎ 兀
    {0x2E90, 0x5C22}, // ⺐ 尢
    {0x2E92, 0x5DF3}, // ⺒ 巳
    {0x2E93, 0x5E7A}, // ⺓ 幺
    {0x2E94, 0x5F51}, // ⺔ 彑
    {0x2E95, 0x5F50}, // ⺕ 彐
    {0x2E96, 0x5FC4}, // ⺖ 忄
    {0x2E97, 0x38FA}, // ⺗ 㣺
    {0x2E98, 0x624C}, // ⺘ 扌
    {0x2E99, 0x6535}, // ⺙ 攵
    {0x2E9B, 0x65E1}, // ⺛ 旡
    {0x2E9C, 0x65E5}, // ⺜ 日
    {0x2E9D, 0x6708}, // ⺝ 月
    {0x2E9E, 0x6B7A}, // ⺞ 歺
    {0x2E9F, 0x6BCD}, // ⺟ 母
    {0x2EA0, 0x6C11}, // ⺠ 民
    {0x2EA1, 0x6C35}, // ⺡ 氵
    {0x2EA2, 0x6C3A}, // ⺢ 氺
    {0x2EA3, 0x706C}, // ⺣ 灬
    {0x2EA4, 0x722B}, // ⺤ 爫
    {0x2EA6, 0x4E2C}, // ⺦ 丬
    {0x2EA8, 0x72AD}, // ⺨ 犭
    {0x2EA9, 0x738B}, // ⺩ 王
    {0x2EAA, 0x758B}, // ⺪ 疋
    {0x2EAB, 0x7F52}, // ⺫ 罒
    {0x2EAC, 0x793A}, // ⺬ 示
    {0x2EAD, 0x793B}, // ⺭ 礻
    {0x2EAF, 0x7CF8}, // ⺯ 糸
    {0x2EB0, 0x7E9F}, // ⺰ 纟
    {0x2EB2, 0x7F52}, // ⺲ 罒
    {0x2EB3, 0x34C1}, // ⺳ 㓁
    {0x2EB9, 0x8002}, // ⺹ 耂
    {0x2EBA, 0x8080}, // ⺺ 肀
    {0x2EBC, 0x6708}, // ⺼ 月
    {0x2EBD, 0x81FC}, // ⺽ 臼
    {0x2EBE, 0x8279}, // ⺾ 艹
    {0x2EBF, 0x8279}, // ⺿ 艹
    {0x2EC0, 0x8279}, // ⻀ 艹
    {0x2EC1, 0x864E}, // ⻁ 虎
    {0x2EC2, 0x8864}, // ⻂ 衤
    {0x2EC3, 0x8980}, // ⻃ 覀
    {0x2EC4, 0x897F}, // ⻄ 西
    {0x2EC5, 0x89C1}, // ⻅ 见
    {0x2EC6, 0x89D2}, // ⻆ 角
    {0x2EC8, 0x8BA0}, // ⻈ 讠
    {0x2EC9, 0x8D1D}, // ⻉ 贝
    {0x2ECA, 0x27FB7}, // ⻊ 𧾷
    {0x2ECB, 0x8F66}, // ⻋ 车
    {0x2ECC, 0x8FB6}, // ⻌ 辶
    {0x2ECD, 0x8FB6}, // ⻍ 辶
    {0x2ECF, 0x961D}, // ⻏ 阝
    {0x2ED0, 0x9485}, // ⻐ 钅
    {0x2ED1, 0x9577}, // ⻑ 長
    {0x2ED2, 0x9578}, // ⻒ 镸
    {0x2ED3, 0x957F}, // ⻓ 长
    {0x2ED4, 0x95E8}, // ⻔ 门
    {0x2ED6, 0x961D}, // ⻖ 阝
    {0x2ED7, 0x96E8}, // ⻗ 雨
    {0x2ED8, 0x9752}, // ⻘ 青
    {0x2ED9, 0x97E6}, // ⻙ 韦
    {0x2EDA, 0x9875}, // ⻚ 页
    {0x2EDB, 0x98CE}, // ⻛ 风
    {0x2EDC, 0x98DE}, // ⻜ 飞
    {0x2EDD, 0x98DF}, // ⻝ 食
    {0x2EDF, 0x98E0}, // ⻟ 飠
    {0x2EE0, 0x9963}, // ⻠ 饣
    {0x2EE2, 0x9A6C}, // ⻢ 马
    {0x2EE3, 0x9AA8}, // ⻣ 骨
    {0x2EE4, 0x9B3C}, // ⻤ 鬼
    {0x2EE5, 0x9C7C}, // ⻥ 鱼
    {0x2EE6, 0x9E1F}, // ⻦ 鸟
    {0x2EE7, 0x5364}, // ⻧ 卤
    {0x2EE8, 0x9EA6}, // ⻨ 麦
    {0x2EE9, 0x9EC4}, // ⻩ 黄
    {0x2EEA, 0x9EFE}, // ⻪ 黾
    {0x2EEB, 0x6589}, // ⻫ 斉 (Japanese form)
    {0x2EEC, 0x9F50}, // ⻬ 齐
    {0x2EED, 0x6B6F}, // ⻭ 歯 (Japanese form)
    {0x2EEE, 0x9F7F}, // ⻮ 齿
    {0x2EEF, 0x7ADC}, // ⻯ 竜 (Japanese form; the Chinese 龙 is ⻰)
    {0x2EF0, 0x9F99}, // ⻰ 龙
    {0x2EF1, 0x9F9C}, // ⻱ 龜
    {0x2EF2, 0x4E80}, // ⻲ 亀 (Japanese form)
    {0x2EF3, 0x9F9F}, // ⻳ 龟
};

char32_t radicalSupplementIdeograph(char32_t c)
{
    const auto it = std::lower_bound(std::begin(kRadicalsSupplement), std::end(kRadicalsSupplement), c,
                                     [](const RadicalMapping &m, char32_t v) { return m.radical < v; });
    if (it != std::end(kRadicalsSupplement) && it->radical == c)
        return it->ideograph;
    return 0;
}

// The ranges whose NFKC form is wanted. Normalising the whole string would also rewrite
// ①, ㈠, ½, ™ and the like, which are legitimate content of an item name.
bool wantsCompatibilityFold(char32_t c)
{
    return (c >= 0x2F00 && c <= 0x2FDF)       // Kangxi radicals
        || (c >= 0xF900 && c <= 0xFAFF)       // CJK compatibility ideographs
        || (c >= 0x2F800 && c <= 0x2FA1F)     // CJK compatibility ideographs supplement
        || (c >= 0xFE50 && c <= 0xFE6B)       // small form variants (﹣ ﹕ ...)
        || (c >= 0xFFE0 && c <= 0xFFE6);      // full-width ￠ ￡ ￢ ￣ ￤ ￥ ￦
}

bool isExtraSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
        || c == 0x205F;
}

bool isInvisible(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

void appendUcs4(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

// Calls `f` with each code point of `s` (surrogate pairs joined).
template<typename F>
void forEachCodePoint(const QString &s, F f)
{
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = s.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
            ++i;
        }
        f(c);
    }
}

void appendNfkc(QString &out, char32_t c)
{
    QString one;
    appendUcs4(one, c);
    out.append(one.normalized(QString::NormalizationForm_KC));
}

} // namespace

QString fold(const QString &s)
{
    if (s.isNull())
        return s;
    QString out;
    out.reserve(s.size());
    forEachCodePoint(s, [&out](char32_t c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            out.append(QChar(char16_t(c - 0xFEE0))); // full-width ASCII block is ASCII shifted
        } else if (isExtraSpace(c)) {
            out.append(QLatin1Char(' '));
        } else if (isInvisible(c)) {
            // dropped: zero-width characters only break matching
        } else if (const char32_t r = radicalSupplementIdeograph(c)) {
            appendUcs4(out, r);
        } else if (wantsCompatibilityFold(c)) {
            appendNfkc(out, c);
        } else {
            appendUcs4(out, c);
        }
    });
    return out;
}

QString printed(const QString &s)
{
    if (s.isNull())
        return s;
    QString out;
    out.reserve(s.size());
    forEachCodePoint(s, [&out](char32_t c) {
        const bool ideographStandIn = (c >= 0x2F00 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF)
                                      || (c >= 0x2F800 && c <= 0x2FA1F);
        if (isInvisible(c)) {
            // dropped: nobody printed a zero-width character on purpose
        } else if (const char32_t r = radicalSupplementIdeograph(c)) {
            appendUcs4(out, r);
        } else if (ideographStandIn) {
            appendNfkc(out, c);
        } else {
            appendUcs4(out, c);
        }
    });
    return out;
}

QString withoutTrailingSeparators(const QString &s)
{
    static const QString separators = QStringLiteral(";；,，、:：|/");
    QString t = s.trimmed();
    while (!t.isEmpty() && (separators.contains(t.back()) || t.back().isSpace()))
        t.chop(1);
    return t;
}

QString compact(const QString &s)
{
    const QString f = fold(s);
    QString out;
    out.reserve(f.size());
    for (const QChar c : f)
        if (!c.isSpace())
            out.append(c);
    return out;
}

QString stripNumberPrefix(const QString &s)
{
    QString t = compact(s);
    qsizetype pos = 0;
    if (t.startsWith(QChar(0x2116))) { // №
        pos = 1;
    } else if (t.size() >= 2 && (t.at(0) == u'N' || t.at(0) == u'n')
               && (t.at(1) == u'o' || t.at(1) == u'O' || t.at(1) == u'º' || t.at(1) == u'°')) {
        pos = 2;
    } else {
        return t;
    }
    while (pos < t.size() && (t.at(pos) == u'.' || t.at(pos) == u':' || t.at(pos) == u'·'))
        ++pos;
    // Only a prefix when a number follows: "None" stays "None".
    if (pos < t.size() && t.at(pos).isDigit())
        return t.mid(pos);
    return t;
}

} // namespace ra::text
