#pragma once

// Internal helpers shared by the rule implementations (not part of the public API).

#include "finding.h"
#include "invoice.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace ra::rules::detail {

Finding makeFinding(const QString &rule, Severity severity, const QString &en, const QString &zh,
                    const QStringList &fields);

// "invoice number" / "发票号码" for the keys the messages mention; the key itself otherwise.
QString labelEn(const QString &key);
QString labelZh(const QString &key);

// Money of a field in fen; nullopt when absent or not an amount ("***" for 免税).
std::optional<qint64> fenOf(const Invoice &inv, const QString &key);
std::optional<qint64> fenOf(const FieldMap &fields, const QString &key);
QString fen(qint64 value); // "123.45"

// A field's date; nullopt when absent or not a date.
std::optional<QDate> dateOf(const Invoice &inv, const QString &key);

// The markers invoices print where there is no tax: ***, 免税, 不征税, 免征.
bool isNoTaxMarker(const QString &value);

// A value found in the QR code ("qr", "qr:number", ...).
bool isQrSource(const QString &source);

// A value OCR read ("ocr") or the OCR cross-checks derived ("ocr:sum", ...).
bool isOcrSource(const QString &source);

// Keys whose values are personal data (never repeated in a message).
bool isPersonalKey(const QString &key);

// Whether two normalized values of `key` mean the same (money by fen, dates by day, codes
// and names after text::compact, case-insensitive).
bool sameValue(const QString &key, const QString &a, const QString &b);

// The legacy (pre-数电) VAT invoice types that carry a 10/12-digit code and an 8-digit number.
bool isLegacyVatType(InvoiceType t);

// "“text”" in Chinese quotes, for messages.
inline QString quotedZh(const QString &s) { return QStringLiteral("“") + s + QStringLiteral("”"); }

} // namespace ra::rules::detail
