#pragma once

namespace ra {

struct Invoice;

// What every provider's values go through before they are stored: marks that are how a value is
// printed rather than part of it come off (the ⊗ before a 大写 amount). Values are otherwise kept
// as printed; folding for comparison happens where values are compared, never here.
void tidyPrintedValues(Invoice &invoice);

} // namespace ra
