#pragma once

#include "export/exportwriter.h"

namespace ra {

// XLSX through libxlsxwriter: a sheet with one row per invoice in the chosen columns (money as
// numbers with a #,##0.00 format, dates as dates with a yyyy-mm-dd format, a header row frozen
// with a filter) and a totals row of SUM formulas carrying their values; then a sheet of
// subtotals per invoice type. libxlsxwriter writes to a path, so the workbook is built in a
// temporary folder and copied to the device.
class XlsxExporter : public ExportWriter
{
public:
    QString id() const override { return QStringLiteral("xlsx"); }
    QString suffix() const override { return QStringLiteral("xlsx"); }
    bool write(const ExportSource &source, const ExportOptions &options, QIODevice *out) override;
};

} // namespace ra
