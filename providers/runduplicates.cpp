#include "runduplicates.h"

#include "validation/validator.h"

namespace ra {

int markRunDuplicates(QList<RecognizedDocument> &documents)
{
    QList<Invoice *> invoices;
    QStringList labels;
    for (RecognizedDocument &doc : documents) {
        for (Invoice &inv : doc.invoices) {
            invoices.append(&inv);
            labels.append(doc.pages > 1 ? QStringLiteral("%1 p.%2").arg(doc.file).arg(inv.page) : doc.file);
        }
    }
    return markDuplicates(invoices, labels);
}

} // namespace ra
