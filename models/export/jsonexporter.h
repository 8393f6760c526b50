#pragma once

#include "export/exportwriter.h"

namespace ra {

// JSON: the normalized contract (normalized-invoice.md) for the claim's invoices, grouped by
// original under "documents" exactly as `reimburse-cli recognize --format json` writes them (so
// the contract reader reads them back), with every field's provenance (source, polygon, page,
// edited, machine_value, alternatives) and the findings; plus the claim details, a summary and
// the edit history. Each invoice also carries its claim "id". After the originals, "documents"
// also lists the claim's files without recognised invoices (ClaimData::intake), each with its
// "state"; every document says its "state" and "invoice_count".
class JsonExporter : public ExportWriter
{
public:
    QString id() const override { return QStringLiteral("json"); }
    QString suffix() const override { return QStringLiteral("json"); }
    bool write(const ExportSource &source, const ExportOptions &options, QIODevice *out) override;
};

} // namespace ra
