#pragma once

#include "recognizeddocument.h"

#include <QList>

namespace ra {

// Marks every invoice that occurs more than once in one run (same code + number, or the same
// 20-digit number) with a `duplicate` finding naming the other file and page. Returns the
// number of invoices marked.
int markRunDuplicates(QList<RecognizedDocument> &documents);

} // namespace ra
