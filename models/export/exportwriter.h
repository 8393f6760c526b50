#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"

#include <QString>

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

protected:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

private:
    QString m_error;
};

} // namespace ra
