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
    QStringList urls;                      // http(s) arguments, as given (only with acceptUrls)
    QList<RecognizedDocument> failures;
};

// With `acceptUrls`, an argument that starts with http:// or https:// is a remote document for
// a provider that fetches it (kept in `urls`, in order, never downloaded); one that is not a
// usable URL becomes a failure. Without it, every argument is a path.
CollectedInputs collectInputs(const QStringList &paths, bool acceptUrls = false);

} // namespace ra
