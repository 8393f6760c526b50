#include "invoicetextscan.h"

#include "dates.h"
#include "money.h"
#include "pagegeometry.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::pdfx {

bool isUpperAmountChar(QChar c)
{
    static const QString chars = u"零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整正貳參陸億萬圓负⊗ⓧ⨂"_s;
    return chars.contains(c);
}

QPolygonF polygonOf(const QRectF &pt)
{
    if (pt.isNull())
        return {};
    const QRectF r(pt.x() * kPixelsPerPoint, pt.y() * kPixelsPerPoint, pt.width() * kPixelsPerPoint,
                   pt.height() * kPixelsPerPoint);
    return QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
}

std::optional<qint64> fenOf(const QString &text)
{
    QString t = text;
    static const QRegularExpression junk(u"^[^0-9¥\\-]*"_s);
    t.remove(junk);
    t.remove(u',');
    if (t.isEmpty())
        return std::nullopt;
    return money::parseFen(t);
}

bool isStars(const QString &t)
{
    return t.size() >= 2 && std::all_of(t.begin(), t.end(), [](QChar c) { return c == u'*'; });
}

DateHit findDate(const QString &t)
{
    static const QRegularExpression re(
        u"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日?|([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|(?<![0-9])([0-9]{8})(?![0-9])"_s);
    auto it = re.globalMatch(t);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (const auto d = dates::parseDate(m.captured(0)))
            return {*d, m.capturedStart(0), m.capturedLength(0)};
    }
    return {};
}

} // namespace ra::pdfx
