#pragma once

#include "finding.h"
#include "invoice.h"
#include "validation/validationcontext.h"

#include <QDate>

// The single rules, each callable alone (tests, the UI re-checking one field). Every function
// returns the findings of its rule, empty when the invoice passes or the inputs are absent.
// Rule ids, severities and sources: docs/validation-rules.md.
namespace ra::rules {

FindingList checkTotal(const Invoice &inv);          // total_mismatch
FindingList checkItemsSum(const Invoice &inv);       // items_sum_mismatch
FindingList checkItemTax(const Invoice &inv);        // item_tax_mismatch
FindingList checkWords(const Invoice &inv);          // words_mismatch
FindingList checkTaxIds(const Invoice &inv);         // tax_id_invalid
FindingList checkCodeType(const Invoice &inv);       // code_type_mismatch
FindingList checkNumberFormat(const Invoice &inv);   // number_format
FindingList checkDate(const Invoice &inv, const QDate &today); // date_invalid, date_future
FindingList checkQr(const Invoice &inv);             // qr_mismatch
FindingList checkQrOnly(const Invoice &inv);         // qr_only_missing
FindingList checkBuyer(const Invoice &inv, const ValidationContext &context); // buyer_mismatch
FindingList checkSourceConflicts(const Invoice &inv); // source_conflict
FindingList checkOcrCrossCheck(const Invoice &inv);   // ocr_crosscheck

// A tax rate as printed ("13%", "0.13", "13", "1.5%") in permille (130, 15); 0 for
// 免税 / 不征税 / 免征 / "***" / "0%"; nullopt when unreadable.
std::optional<int> parseTaxRatePermille(const QString &rate);

} // namespace ra::rules
