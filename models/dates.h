#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace ra::dates {

// Parses "2021年06月11日", "2021年6月1日", "20210611", "2021-06-11", "2021/06/11", "2021.06.11",
// with full-width digits and surrounding blanks. Invalid calendar dates (2021-02-30) → nullopt.
std::optional<QDate> parseDate(const QString &text);

// ISO form "2021-06-11".
QString formatDate(const QDate &d);

// "09:05", "9:05", "09时05分" → "09:05"; nullopt when not a valid time.
std::optional<QString> parseTime(const QString &text);

} // namespace ra::dates
