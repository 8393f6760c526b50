#pragma once

#include "recognizeddocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ra {

// A file name's bytes as text: valid UTF-8 as it is, each byte of an invalid sequence as
// \xNN (so two different names never print the same).
QString displayNativeName(const QByteArray &bytes);

// Entries under the folder `root` (recursively, as folder scans go: hidden entries are skipped,
// symbolic links to folders are not followed) whose names are not valid UTF-8. Qt cannot name
// them (the bytes do not survive the round trip through a string), so a folder scan never sees
// them; each becomes a document with the error `unreadable` instead of vanishing. A folder with
// such a name is reported once for everything in it.
QList<RecognizedDocument> undecodableEntries(const QString &root);

} // namespace ra
