#include "dates.h"

#include "textnormalize.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::dates {

namespace {

// Invoices of this project's concern: anything outside is a misread, not a date.
constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2100;

std::optional<QDate> makeDate(int y, int m, int d)
{
    if (y < kMinYear || y > kMaxYear)
        return std::nullopt;
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

std::optional<QDate> parseDate(const QString &text)
{
    // compact(): full-width digits become ASCII and blanks inside ("2021 年 6 月") vanish.
    const QString t = text::compact(text);
    if (t.isEmpty() || t.size() > 40)
        return std::nullopt;

    // [0-9] rather than \d: \d would also accept other scripts' digits.
    static const QRegularExpression chinese(u"^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日?$"_s);
    static const QRegularExpression compactDigits(u"^([0-9]{4})([0-9]{2})([0-9]{2})$"_s);
    // The same separator twice. A time after the date is dropped ("2023-01-30 12:00:00" from
    // vendors, ISO "2023-01-30T12:00"); it needs its blank or T, so it is matched on the
    // folded text, not the compacted one, where "2023-01-3 12:00" would read as the 31st.
    static const QRegularExpression separated(
        u"^([0-9]{4})\\s*([-/.])\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]{1,2})"
        "(?:(?:T|\\s+)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?)?$"_s);

    QRegularExpressionMatch m = chinese.match(t);
    if (m.hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = compactDigits.match(t);
    if (m.hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = separated.match(text::fold(text).trimmed());
    if (m.hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    return std::nullopt;
}

QString formatDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    return d.toString(Qt::ISODate);
}

std::optional<QString> parseTime(const QString &text)
{
    const QString t = text::compact(text);
    static const QRegularExpression colon(u"^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$"_s);
    static const QRegularExpression chinese(u"^([0-9]{1,2})[时點点]([0-9]{1,2})分(?:([0-9]{1,2})秒)?$"_s);
    QRegularExpressionMatch m = colon.match(t);
    if (!m.hasMatch())
        m = chinese.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    const int sec = m.capturedLength(3) > 0 ? m.captured(3).toInt() : 0;
    if (h > 23 || min > 59 || sec > 59)
        return std::nullopt;
    return u"%1:%2"_s.arg(h, 2, 10, QLatin1Char('0')).arg(min, 2, 10, QLatin1Char('0'));
}

} // namespace ra::dates
