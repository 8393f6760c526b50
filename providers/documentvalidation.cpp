#include "documentvalidation.h"

#include "fieldtidy.h"
#include "typeinference.h"
#include "validation/validator.h"

namespace ra {

void validateDocument(RecognizedDocument &document, const ValidationContext &context)
{
    for (Invoice &inv : document.invoices) {
        tidyPrintedValues(inv);
        inferInvoiceType(inv);
        revalidate(inv, context);
    }
}

} // namespace ra
