#pragma once

#include "export/exportwriter.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace ra {

// The stream export formats by id, and the one way they reach a file: through OutputFile (a
// temporary file, every write checked, fsync()ed, then renamed), so the target is replaced only
// by a complete export (a failed export leaves it as it was) and a failure says the system's
// reason.
namespace exports {

QStringList formats();                                       // "xlsx", "csv", "json", "pdf"
std::unique_ptr<ExportWriter> create(const QString &format); // null for an unknown id

// Runs `writer` into `path` atomically (a device or FIFO as a stream). Returns an error message
// (the system's reason when a write failed), empty on success.
QString saveToFile(ExportWriter &writer, const ExportSource &source, const ExportOptions &options,
                   const QString &path);

} // namespace exports
} // namespace ra
