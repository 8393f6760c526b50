#include "glyphmetrics.h"

#include <algorithm>
#include <cmath>

namespace ra::pdftext {

namespace {

bool isWide(char16_t u)
{
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF01 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
}

// Advance width.
float advanceOf(char16_t c)
{
    if (isWide(c))
        return 1.0f;
    if (c >= u'0' && c <= u'9')
        return 0.55f;
    if (c >= u'A' && c <= u'Z')
        return 0.65f;
    if (c >= u'a' && c <= u'z')
        return 0.5f;
    switch (c) {
    case u' ': return 0.4f;
    case u'.': case u',': case u':': case u';': case u'\'': case u'!': return 0.3f;
    case u'(': case u')': case u'[': case u']': case u'-': case u'/': return 0.35f;
    case u'%': return 0.8f;
    default: return 0.55f;
    }
}

// Height of the inked glyph (pdfium's boxes are tight around the glyph).
float glyphHeightOf(char16_t c)
{
    switch (c) {
    case u'，': case u'、': case u'。': case u'.': case u',': return 0.15f;
    case u'：': case u'；': case u':': case u';': return 0.5f;
    case u'-': case u'_': case u'—': case u'~': return 0.1f;
    case u'*': return 0.4f;
    case u'+': case u'<': case u'>': case u'=': return 0.55f;
    case u'(': case u')': case u'[': case u']': case u'/': case u'（': case u'）': return 0.9f;
    case u' ': case 0x3000: return 0.0f;
    default: break;
    }
    if (isWide(c))
        return 0.88f;
    if (c >= u'a' && c <= u'z') {
        if (QStringView(u"bdfhklt").contains(QChar(c)))
            return 0.75f;
        if (QStringView(u"gjpqy").contains(QChar(c)))
            return 0.72f;
        return 0.55f;
    }
    return 0.72f;
}

// Width of the inked glyph.
float glyphWidthOf(char16_t c)
{
    switch (c) {
    case u'，': case u'、': case u'。': case u'：': case u'；': return 0.2f;
    case u'（': case u'）': return 0.3f;
    case u'.': case u',': case u':': case u';': case u'\'': case u'!': return 0.12f;
    case u'1': return 0.25f;
    case u'(': case u')': case u'[': case u']': return 0.25f;
    case u'-': return 0.3f;
    case u' ': case 0x3000: return 0.f;
    default: break;
    }
    if (isWide(c))
        return 0.9f;
    if (c >= u'A' && c <= u'Z')
        return 0.6f;
    if (c >= u'a' && c <= u'z')
        return 0.42f;
    return 0.45f;
}

} // namespace

int scriptOf(QChar c)
{
    if (isWide(c.unicode()))
        return 0;
    if (c.isDigit())
        return 1;
    if (c.isLetter())
        return 2;
    return 3;
}

Kind kindOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\r' || u == u'\n')
        return Break;
    if (u == u' ' || u == u'\t' || u == 0x3000 || u == 0xA0 || u < 0x20 || u == 0xFFFE || u == 0xFFFF)
        return Blank;
    return Visible;
}

Metrics metricsOf(const QString &text)
{
    Metrics m;
    const qsizetype n = text.size();
    m.kind.resize(size_t(n));
    m.adv.resize(size_t(n));
    m.hgt.resize(size_t(n));
    m.bear.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        m.kind[size_t(i)] = kindOf(text.at(i));
        m.adv[size_t(i)] = advanceOf(c);
        m.hgt[size_t(i)] = glyphHeightOf(c);
        m.bear[size_t(i)] = (m.adv[size_t(i)] - glyphWidthOf(c)) / 2;
    }
    return m;
}

RunShape shapeOf(const QRectF &r)
{
    RunShape s;
    s.flat = r.height() < 0.5;
    if (!s.flat)
        s.logAcross = std::log(std::max(float(r.width()), 0.3f) / float(r.height()));
    s.logDown = r.width() >= 0.5 ? std::log(float(r.height()) / float(r.width())) : 0.f;
    return s;
}

} // namespace ra::pdftext
