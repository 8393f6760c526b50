#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ra::test {

// Small file chores of the tests.

// A file's bytes; empty when it cannot be read.
QByteArray readFile(const QString &path);
// Writes `bytes` to `path`; false when not all of them could be written.
bool writeFile(const QString &path, const QByteArray &bytes);
// The names of the files in `folder`, sorted.
QStringList filesIn(const QString &folder);

} // namespace ra::test
