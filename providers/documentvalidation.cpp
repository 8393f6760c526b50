#include "documentvalidation.h"

#include "typeinference.h"
#include "validation/validator.h"

namespace ra {

void validateDocument(RecognizedDocument &document, const ValidationContext &context)
{
    for (Invoice &inv : document.invoices) {
        inferInvoiceType(inv);
        revalidate(inv, context);
    }
}

} // namespace ra
