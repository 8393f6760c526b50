#pragma once

#include <QByteArray>
#include <QList>

namespace ra::test {

// A PDF of the given objects (object n is objects[n - 1]) after `header`, with a correct
// cross-reference table and `root` as the catalog: for files no PDF writer would make.
QByteArray buildPdf(const QList<QByteArray> &objects, int root = 1, const QByteArray &header = "%PDF-1.4\n");

} // namespace ra::test
