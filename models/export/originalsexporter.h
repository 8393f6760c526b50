#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"

#include <QString>
#include <QStringList>
#include <functional>

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

    // The names exportTo() gives the originals in an empty folder (or with replaceExisting), in
    // claim order, so a dialog can show them and ask before replacing files.
    static QStringList fileNames(const ClaimData &data, const ExportOptions &options);

    // Files of the same name already in the folder are replaced (each atomically) instead of
    // the new ones being numbered. Off by default.
    void setReplaceExisting(bool replace) { m_replaceExisting = replace; }

    // Called after each original is written (`done` of `total`), on exportTo()'s thread.
    // Returning false stops the export there: the files written so far stay, exportTo() fails
    // and wasCancelled() is true.
    using Progress = std::function<bool(int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    bool wasCancelled() const { return m_cancelled; }

    QStringList writtenFiles() const { return m_written; }  // absolute paths, in claim order
    QString errorString() const { return m_error; }

private:
    QStringList m_written;
    QString m_error;
    Progress m_progress;
    bool m_replaceExisting = false;
    bool m_cancelled = false;
};

} // namespace ra
