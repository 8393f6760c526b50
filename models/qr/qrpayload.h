#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace ra::qr {

// The comma-separated payload on Chinese VAT invoices (invoice-standards.md c.1):
// 01,<kind>,<code>,<number>,<amount>,<YYYYMMDD>,<check code>,<token>,
// Also the short provincial 通行费 form <code>,<number>,<amount>,<YYYY-MM-DD>,… (version and
// kind empty then).
struct InvoicePayload
{
    QString version;   // "01"
    QString kind;      // "10", "31", ...
    QString code;      // empty for 数电
    QString number;
    qint64 amountFen = 0;
    QDate date;
    QString checkCode; // may be empty
    QString token;
    bool amountIsTaxInclusive() const; // kinds 31/32/51/61 (and other 数电 kinds)
};

// nullopt when the text is not an invoice payload (a URL, garbage, too few parts).
std::optional<InvoicePayload> parseInvoicePayload(const QString &text);

} // namespace ra::qr
