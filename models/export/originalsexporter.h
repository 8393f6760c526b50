#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"

#include <QString>
#include <QStringList>

namespace ra {

// Copies the claim's originals into a folder, renamed by ExportOptions::nameTemplate from the
// (first) invoice on each (default `{date}_{seller}_{total}_{number}`), in claim order. Names are
// made valid for any file system; names already used, in this export or by files already in the
// folder, are numbered ("name (2).pdf"); nothing in the folder is overwritten. Each file is
// written atomically. Originals without an invoice in the claim are not copied.
class OriginalsExporter
{
public:
    bool exportTo(const ExportSource &source, const ExportOptions &options, const QString &folder);

    QStringList writtenFiles() const { return m_written; }  // absolute paths, in claim order
    QString errorString() const { return m_error; }

private:
    QStringList m_written;
    QString m_error;
};

} // namespace ra
