#pragma once

#include "finding.h"
#include "invoice.h"
#include "validation/validationcontext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ra {

// The validation rules of docs/validation-rules.md. Each rule is a pure function of the
// invoice (and the context); the single rules live in validation/rules.h.

struct RuleInfo
{
    QString id;              // stable: "total_mismatch"
    Severity severity;       // the usual severity (a few rules downgrade some findings)
    QString summaryEn;       // one line: what the rule checks
    QString summaryZh;
};

QList<RuleInfo> allRules();
QStringList allRuleIds();

// Runs every single-invoice rule (not `duplicate`, which needs the whole run).
FindingList validateInvoice(const Invoice &invoice, const ValidationContext &context);

// Replaces the findings of our single-invoice rules in invoice.findings with fresh ones (after
// an edit). Findings of other origins and `duplicate` findings are kept.
void revalidate(Invoice &invoice, const ValidationContext &context);

// The identity used for duplicate detection: "number:<20 digits>" for 数电 numbers,
// "code:<code>/<number>" when both a code and a number are present, empty otherwise.
QString invoiceIdentity(const Invoice &invoice);

// Marks every invoice whose identity occurs more than once in `invoices` with a `duplicate`
// finding naming the other occurrences by `labels` (labels[i] names invoices[i], e.g.
// "scans/a.pdf p.2"; a missing label becomes "invoice #n"). Earlier `duplicate` findings are
// removed first, so it can run again after edits. Null pointers are skipped. Returns the number
// of invoices marked. A finding names at most five of the others, then "and others" ("等").
// Where the invoices were found together, for the finding's wording: one run of the CLI, or
// one claim.
enum class DuplicateScope { Run, Claim };
int markDuplicates(const QList<Invoice *> &invoices, const QStringList &labels = {},
                   DuplicateScope scope = DuplicateScope::Run);

} // namespace ra
