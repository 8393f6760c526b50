#pragma once

#include "recognizeddocument.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace ra {

// The bytes of one input document, or why they were not read (code from ErrorCode).
struct InputBytes
{
    QByteArray bytes;
    std::optional<DocumentError> error;
};

// Reads a document the one way every command does (recognize with any provider, --claim,
// render): only a regular file is opened (a FIFO, socket or device such as /dev/zero is
// refused without being opened), it is opened non-blocking so a file swapped for a FIFO after
// the check cannot hang the run, the open file is checked again, and at most `maxBytes` are
// read (a file that grows while it is read is refused, never read without end). An empty file
// is returned as empty bytes; the caller decides what that means.
InputBytes readInputFile(const QString &path, qint64 maxBytes);

// The cap every command uses: the local provider's (LocalRecognizer::Options::maxFileBytes).
qint64 defaultMaxInputBytes();

} // namespace ra
