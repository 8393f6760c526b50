#pragma once

#include "claim/claimdata.h"
#include "export/exportcolumn.h"
#include "export/exportoptions.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ra {

// One cell of the invoice table. Money is fen, dates are dates: each writer formats them its
// own way. A money or date value that does not parse is kept as text, never dropped.
struct ExportCell
{
    ExportColumn::Kind kind = ExportColumn::Kind::Text;
    bool empty = true;
    QString text;      // Text (and the fallback for unparsable values)
    qint64 number = 0; // Money (fen) and Integer
    QDate date;        // Date
};

// The table the CSV and XLSX exports share: one row per invoice in claim order, the chosen
// columns, and a totals row (the label in the first text column, sums under money columns).
struct ExportTable
{
    QList<ExportColumn> columns;
    QList<QList<ExportCell>> rows;
    QList<ExportCell> totals;

    QString title(int column, ExportOptions::Language language) const;

    // Unknown column keys make it fail with `error` naming them.
    static std::optional<ExportTable> build(const ClaimData &data, const ExportOptions &options,
                                            QString *error = nullptr);
};

} // namespace ra
