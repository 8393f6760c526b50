#include "tencentvalues.h"

#include "dates.h"
#include "money.h"
#include "textnormalize.h"

#include <QRegularExpression>

namespace ra::tencent::values {

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Integers as integers ("1", not "1.0"); others with what JSON gave.
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default: return {};
    }
}

std::optional<QString> plain(const QString &raw)
{
    const QString t = text::fold(raw).trimmed();
    if (t.isEmpty())
        return std::nullopt;
    return t;
}

std::optional<QString> digits(const QString &raw)
{
    const QString t = text::stripNumberPrefix(text::fold(raw)).remove(QRegularExpression(QStringLiteral("\\s")));
    if (t.isEmpty())
        return std::nullopt;
    return t;
}

std::optional<QString> money(const QString &raw, const QString &key, QStringList *warnings)
{
    const QString t = raw.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (const auto fen = money::parseFen(t))
        return money::formatFen(*fen);
    if (warnings)
        *warnings << QStringLiteral("%1: not an amount of money, left out").arg(key);
    return std::nullopt;
}

std::optional<QString> date(const QString &raw, const QString &key, QStringList *warnings)
{
    const QString t = raw.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (const auto d = dates::parseDate(t))
        return dates::formatDate(*d);
    if (warnings)
        *warnings << QStringLiteral("%1: not a valid date, left out").arg(key);
    return std::nullopt;
}

std::optional<QString> time(const QString &raw, const QString &key, QStringList *warnings)
{
    const QString t = raw.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (const auto v = dates::parseTime(t))
        return *v;
    if (warnings)
        *warnings << QStringLiteral("%1: not a valid time, left out").arg(key);
    return std::nullopt;
}

std::optional<QString> flag(const QString &raw, const QString &key, QStringList *warnings)
{
    const QString t = text::fold(raw).trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("是"), QStringLiteral("true"),
                                    QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("有")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("否"), QStringLiteral("false"),
                                   QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("无")};
    if (yes.contains(t))
        return QStringLiteral("true");
    if (no.contains(t))
        return QStringLiteral("false");
    if (warnings)
        *warnings << QStringLiteral("%1: not a yes/no value, left out").arg(key);
    return std::nullopt;
}

std::optional<QString> taxRate(const QString &raw)
{
    const QString t = text::compact(raw);
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression fraction(QStringLiteral(R"re(^0?\.(\d{1,4})$)re"));
    const auto m = fraction.match(t);
    if (m.hasMatch()) {
        // 0.06 → 6%, 0.095 → 9.5%
        QString digitsAfter = m.captured(1).leftJustified(4, QLatin1Char('0'));
        QString whole = QString::number(digitsAfter.left(2).toInt());
        QString frac = digitsAfter.mid(2);
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        if (frac.isEmpty())
            return QString(whole + QLatin1Char('%'));
        return QString(whole + QLatin1Char('.') + frac + QLatin1Char('%'));
    }
    // A bare percentage whose sign was lost ("13", "9.0", "1.5"): the rate in per cent, with it.
    static const QRegularExpression percent(QStringLiteral(R"re(^(\d{1,2})(?:\.(\d{1,2}))?$)re"));
    const auto p = percent.match(t);
    if (p.hasMatch()) {
        QString frac = p.captured(2);
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        const QString whole = QString::number(p.captured(1).toInt());
        return QString(whole + (frac.isEmpty() ? QString() : QLatin1Char('.') + frac) + QLatin1Char('%'));
    }
    return t;
}

std::optional<QString> decimal(const QString &raw, const QString &key, QStringList *warnings)
{
    const QString t = text::compact(raw);
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression number(QStringLiteral(R"re(^-?\d+(\.\d+)?$)re"));
    if (number.match(t).hasMatch())
        return t;
    if (warnings)
        *warnings << QStringLiteral("%1: not a number, left out").arg(key);
    return std::nullopt;
}

} // namespace ra::tencent::values
