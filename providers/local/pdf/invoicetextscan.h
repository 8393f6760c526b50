#pragma once

#include <QDate>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <optional>

namespace ra::pdfx {

// Small questions the PDF invoice reader (PageExtraction) asks of printed text again and
// again: what kind of character this is, what money or date a run of text holds, where a
// value's box lies in page pixels. Kept apart so that each part of the reader can use them.

inline bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
inline bool isUpperAlnum(QChar c) { return isDigit(c) || (c >= u'A' && c <= u'Z'); }
inline bool isCjk(QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; }
inline bool isMoneyChar(QChar c) { return isDigit(c) || c == u'.' || c == u'-' || c == u',' || c == u'¥'; }
// A character of an amount in words (大写): 壹, 佰, 圆, 整, the ⊗ of a negative amount …
bool isUpperAmountChar(QChar c);

// A box in points as a polygon in page-image pixels (kReferenceDpi); none for a null box.
QPolygonF polygonOf(const QRectF &pt);

// Money in a span's text: "¥47.26", "(小写)¥53.40", "CNY 477.06", "-2.92".
std::optional<qint64> fenOf(const QString &text);

// "***" and longer: a tax that is not stated (免税, 不征税).
bool isStars(const QString &t);

// A date inside some text, with where it starts and its length.
struct DateHit { QDate date; qsizetype at = -1; qsizetype len = 0; };

DateHit findDate(const QString &t);

} // namespace ra::pdfx
