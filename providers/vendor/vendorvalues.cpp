#include "vendorvalues.h"

#include "dates.h"
#include "money.h"
#include "textnormalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ra::vendor {
namespace {

std::optional<double> number(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = text::compact(v.toString()).toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

QString kindNameEn(Kind kind)
{
    switch (kind) {
    case Kind::Money: return u"an amount"_s;
    case Kind::Date: return u"a date"_s;
    case Kind::Time: return u"a time"_s;
    case Kind::Flag: return u"a yes/no value"_s;
    default: return u"a value"_s;
    }
}

QString kindNameZh(Kind kind)
{
    switch (kind) {
    case Kind::Money: return u"金额"_s;
    case Kind::Date: return u"日期"_s;
    case Kind::Time: return u"时间"_s;
    case Kind::Flag: return u"是/否值"_s;
    default: return u"有效值"_s;
    }
}

QString flagValue(const QString &raw)
{
    static const QStringList yes = {u"1"_s, u"true"_s, u"yes"_s, u"y"_s, u"是"_s, u"有"_s};
    static const QStringList no = {u"0"_s, u"false"_s, u"no"_s, u"n"_s, u"否"_s, u"无"_s, u"没有"_s};
    const QString t = text::compact(raw).toLower();
    if (yes.contains(t))
        return u"true"_s;
    if (no.contains(t))
        return u"false"_s;
    bool ok = false;
    const double d = t.toDouble(&ok); // "1.0", 1.0
    if (ok && (d == 0.0 || d == 1.0))
        return d == 1.0 ? u"true"_s : u"false"_s;
    return {};
}

QString taxRateValue(const QString &raw)
{
    const QString t = text::compact(raw);
    if (t.endsWith(u'%'))
        return t;
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || d < 0)
        return t; // 免税, 不征税, ***: as printed
    const double percent = d < 1.0 && d > 0.0 ? d * 100.0 : d;
    return QString::number(percent, 'g', 6) + u'%';
}

} // namespace

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? u"1"_s : u"0"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    default:
        return {};
    }
}

std::optional<qint64> moneyFen(const QJsonValue &v)
{
    if (v.isString())
        return money::parseFen(v.toString());
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > 9e13)
            return std::nullopt;
        const double fen = std::round(d * 100.0);
        // A third decimal is refused, as parseFen refuses it in text.
        if (std::fabs(fen / 100.0 - d) > 1e-7 * std::max(1.0, std::fabs(d)))
            return std::nullopt;
        return qint64(fen);
    }
    return std::nullopt;
}

Normalized normalize(const QJsonValue &v, Kind kind)
{
    Normalized n;
    n.raw = scalarText(v);
    if (n.raw.isNull() || text::compact(n.raw).isEmpty()) {
        n.raw = QString();
        return n; // absent
    }
    switch (kind) {
    case Kind::Text:
        n.value = text::fold(n.raw).trimmed();
        break;
    case Kind::Code:
        n.value = text::stripNumberPrefix(n.raw);
        break;
    case Kind::Money:
        if (const auto fen = moneyFen(v))
            n.value = money::formatFen(*fen);
        break;
    case Kind::Date:
        if (const auto d = dates::parseDate(n.raw))
            n.value = dates::formatDate(*d);
        break;
    case Kind::Time:
        if (const auto t = dates::parseTime(n.raw))
            n.value = *t;
        break;
    case Kind::Flag:
        n.value = flagValue(n.raw);
        break;
    case Kind::TaxRate:
        n.value = taxRateValue(n.raw);
        break;
    case Kind::Lines: {
        QStringList lines = text::fold(n.raw).split(u',', Qt::SkipEmptyParts);
        for (QString &l : lines)
            l = l.trimmed();
        lines.removeAll(QString());
        n.value = lines.join(u'\n');
        break;
    }
    }
    if (n.value.isEmpty()) {
        n.value = QString();
        n.invalid = true;
    }
    return n;
}

Finding invalidValueFinding(const QString &key, const QString &raw, Kind kind, const QString &source)
{
    Finding f;
    f.rule = u"vendor_value_invalid"_s;
    f.severity = Severity::Warning;
    const QString shown = raw.size() > 60 ? raw.left(57) + u"…"_s : raw;
    f.message = QCoreApplication::translate("VendorValues",
                    "The recognition service read “%1” for %2 (%3), which is not %4; the field was left "
                    "empty. Check it against the paper.")
                    .arg(shown, key, source, kindNameEn(kind));
    f.messageZh = u"识别服务返回的 %2（%3）为“%1”，不是有效的%4，该字段已留空，请对照原件核对。"_s.arg(
        shown, key, source, kindNameZh(kind));
    f.fields = {key};
    return f;
}

bool put(Invoice &invoice, FieldMap &target, const QString &key, const QJsonValue &v, Kind kind,
         const QString &source, const QPolygonF &polygon, int page)
{
    const Normalized n = normalize(v, kind);
    if (n.invalid) {
        invoice.findings.append(invalidValueFinding(key, n.raw, kind, source));
        return false;
    }
    if (n.value.isNull())
        return false;
    target.insert(key, makeField(n.value, source, polygon, polygon.isEmpty() ? 0 : page));
    return true;
}

QPolygonF rectPolygon(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 4)
        return {};
    double c[4];
    for (int i = 0; i < 4; ++i) {
        const auto d = number(a.at(i));
        if (!d)
            return {};
        c[i] = *d;
    }
    const double x1 = std::min(c[0], c[2]), x2 = std::max(c[0], c[2]);
    const double y1 = std::min(c[1], c[3]), y2 = std::max(c[1], c[3]);
    if (x2 <= x1 || y2 <= y1)
        return {};
    return QPolygonF({{x1, y1}, {x2, y1}, {x2, y2}, {x1, y2}});
}

QPolygonF pointsPolygon(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (a.size() == 4)
        return rectPolygon(v);
    if (a.size() != 8)
        return {};
    QPolygonF p;
    for (int i = 0; i < 8; i += 2) {
        const auto x = number(a.at(i));
        const auto y = number(a.at(i + 1));
        if (!x || !y)
            return {};
        p.append({*x, *y});
    }
    return p;
}

int quarterTurn(const QJsonValue &v)
{
    const auto d = number(v);
    if (!d)
        return 0;
    const long q = std::lround(*d / 90.0);
    return int(((q % 4) + 4) % 4) * 90;
}

QString errorMessageFromBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *k : {"message", "errorMessage", "error_message", "reason", "msg", "error", "errorMsg"}) {
            const QString m = scalarText(o.value(QLatin1String(k)));
            if (!m.trimmed().isEmpty())
                return m.trimmed().left(300);
        }
    }
    QString t = QString::fromUtf8(body.left(600)).simplified();
    // An HTML error page says nothing useful beyond its status.
    if (t.startsWith(u'<'))
        return {};
    return t.left(300);
}

} // namespace ra::vendor
