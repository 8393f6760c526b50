#include "invoice.h"

#include "textnormalize.h"

namespace ra {

void Invoice::offer(const QString &key, const Field &f)
{
    if (f.value.isNull())
        return;
    auto it = fields.find(key);
    if (it == fields.end() || it->value.isNull()) {
        fields.insert(key, f);
        return;
    }
    // Values are stored as printed; two spellings of one value (（杭州） and (杭州), ⼦ and 子)
    // are the same value, compared folded.
    if (it->value == f.value || text::fold(it->value) == text::fold(f.value)) {
        // Same value from a second source: keep the first, but borrow a polygon if it has none.
        if (it->polygon.isEmpty() && !f.polygon.isEmpty()) {
            it->polygon = f.polygon;
            it->page = f.page;
        }
        return;
    }
    QList<Field> &alts = alternatives[key];
    for (const Field &a : std::as_const(alts))
        if (a.value == f.value && a.source == f.source)
            return;
    alts.append(f);
}

} // namespace ra
