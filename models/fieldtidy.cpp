#include "fieldtidy.h"

#include "chineseamount.h"
#include "invoice.h"

using namespace Qt::StringLiterals;

namespace ra {

void tidyPrintedValues(Invoice &invoice)
{
    const QString key = u"total_in_words"_s;
    if (auto it = invoice.fields.find(key); it != invoice.fields.end() && !it->value.isEmpty())
        it->value = money::stripAmountMark(it->value);
    if (auto alts = invoice.alternatives.find(key); alts != invoice.alternatives.end())
        for (Field &f : *alts)
            f.value = money::stripAmountMark(f.value);
}

} // namespace ra
