#pragma once

#include "recognizeddocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ra::cli {

// The three output formats of `recognize`: JSON (the contract of normalized-invoice.md),
// a human table, and CSV with one row per invoice (one per failed document).
QByteArray documentsAsJson(const QList<RecognizedDocument> &docs);
QByteArray documentsAsTable(const QList<RecognizedDocument> &docs);
QByteArray documentsAsCsv(const QList<RecognizedDocument> &docs);

// Writes to standard output, or to `path` as OutputFile does (atomically for a file, as a
// stream for a device or FIFO). Returns the system's reason on failure, empty on success.
QString writeOutput(const QByteArray &data, const QString &path);

bool stdoutIsTerminal();
bool stderrIsTerminal();

} // namespace ra::cli
