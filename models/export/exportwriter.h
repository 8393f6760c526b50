#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"

#include <QString>
#include <functional>

class QIODevice;

namespace ra {

// One export format that writes a single stream (CSV, XLSX, JSON, the PDF report). Writers
// work against a QIODevice (tests pass a QBuffer); saveExport() puts the result in a file
// atomically. A writer only reads the claim.
class ExportWriter
{
public:
    virtual ~ExportWriter() = default;

    virtual QString id() const = 0;        // "csv", "xlsx", "json", "pdf"
    virtual QString suffix() const = 0;    // file name suffix without the dot

    // Writes the whole export to `out` (open for writing). False with errorString() on failure;
    // `out` may then hold part of it (saveExport() then leaves the target untouched).
    virtual bool write(const ExportSource &source, const ExportOptions &options, QIODevice *out) = 0;

    QString errorString() const { return m_error; }

    // How far write() has come, for a long export (the PDF report reports each invoice; the
    // quick formats may not call it at all): `done` of `total` steps, called on write()'s thread.
    // Returning false cancels: write() stops after the current step and fails, wasCancelled()
    // is then true.
    using Progress = std::function<bool(int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    bool wasCancelled() const { return m_cancelled; }

protected:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }
    // False when the person cancelled (see setProgress()).
    bool reportProgress(int done, int total)
    {
        if (m_progress && !m_progress(done, total))
            m_cancelled = true;
        return !m_cancelled;
    }

private:
    QString m_error;
    Progress m_progress;
    bool m_cancelled = false;
};

} // namespace ra
