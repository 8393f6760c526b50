#pragma once

#include "export/exportwriter.h"

namespace ra {

// The claim report an accountant files (QPdfWriter/QPainter, A4): a summary sheet (claimant,
// department, purpose, period, count, subtotals per invoice type, grand total in figures and in
// 大写, the findings still open, signature lines), then the invoices 1-up or 2-up per page
// (ExportOptions::invoicesPerPage) with a dashed cut line between the two. Pages are drawn from
// the originals with renderPage() at ExportOptions::printDpi, so seals and QR codes stay
// sharp; an invoice that shares its page with others (three taxi receipts on one photo) is
// cropped to its region.
class PdfReportExporter : public ExportWriter
{
public:
    QString id() const override { return QStringLiteral("pdf"); }
    QString suffix() const override { return QStringLiteral("pdf"); }
    bool write(const ExportSource &source, const ExportOptions &options, QIODevice *out) override;
};

} // namespace ra
