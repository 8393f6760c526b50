#pragma once

#include "invoice.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <utility>

Q_DECLARE_METATYPE(ra::Invoice)

namespace ra::test {

// What the validation rule tests build their invoices from (tst_validation,
// tst_validationidentity).
using KV = QList<std::pair<QString, QString>>;

// An invoice of `type` with `fields`, each from `source`.
Invoice makeInvoice(InvoiceType type, const KV &fields, const QString &source = QStringLiteral("pdf:text"));
// A line item with `cells`, from the PDF text.
FieldMap makeItem(const KV &cells);
// "rule:severity" per finding, for compact comparisons.
QStringList summary(const FindingList &findings);
// Every finding must be complete: both messages, a known rule id, at least one field.
void verifyWellFormed(const FindingList &findings);
// A consistent legacy and a consistent 数电 invoice, from real-looking values.
Invoice goodLegacy();
Invoice goodDigital();

// The day the tests' dates are judged on.
inline const QDate kToday(2025, 6, 1);

} // namespace ra::test
