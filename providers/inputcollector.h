#pragma once

#include "recognizeddocument.h"

#include <QList>
#include <QStringList>

namespace ra {

// Expands the paths a person gave (files and folders, recursively) into the files to
// recognise, in a stable order. A path that does not exist or a folder entry that cannot be
// read becomes a document carrying an error, so nothing is skipped silently.
struct CollectedInputs
{
    QStringList files;
    QList<RecognizedDocument> failures;
};

CollectedInputs collectInputs(const QStringList &paths);

} // namespace ra
