#pragma once

#include "export/exportwriter.h"

namespace ra {

// CSV: UTF-8 with a byte order mark (so Excel reads Chinese correctly), CRLF lines, RFC 4180
// quoting, the chosen columns, one row per invoice and a totals row. Money is written with two
// decimals and no separators, dates as ISO dates. Text that a spreadsheet would run as a
// formula (=, +, -, @) is prefixed with an apostrophe.
class CsvExporter : public ExportWriter
{
public:
    QString id() const override { return QStringLiteral("csv"); }
    QString suffix() const override { return QStringLiteral("csv"); }
    bool write(const ExportSource &source, const ExportOptions &options, QIODevice *out) override;
};

} // namespace ra
