#pragma once

#include "claim/claimdata.h"
#include "export/exportsource.h"
#include "recognizeddocument.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace ra {
class ClaimDocument;
}

namespace ra::test {

// A small one-page PDF with `text` drawn on it (needs a QGuiApplication for the fonts).
QByteArray makeTestPdf(const QString &text, int pages = 1);

// A recognised document as a provider would return it, for adding to a claim: one invoice per
// entry of `invoices`, the sha256 of `bytes`, format sniffed from the bytes.
RecognizedDocument recognized(const QByteArray &bytes, const QString &file, const QList<Invoice> &invoices,
                              const QString &provider = QStringLiteral("local"));

// An invoice with the usual fields set (empty arguments are left out), each from source "test".
Invoice testInvoice(InvoiceType type, const QString &code, const QString &number, const QString &date,
                    const QString &pretax, const QString &tax, const QString &total, const QString &seller);

// A claim of four invoices on three originals, with details, findings, an edit and text that
// needs quoting (comma, quote, a formula-like name, a Chinese name). `pdfOriginals` makes the
// originals real PDFs (for the report); otherwise they are small placeholder files.
struct SampleClaim
{
    ClaimData data;
    QHash<QString, QByteArray> bytes;
    ExportSource source() const;
};
SampleClaim sampleClaim(bool pdfOriginals = false);
// Adds each original of `sample` to `doc` with its invoices, as an import would; false when one
// is not added.
bool addSampleTo(const SampleClaim &sample, ClaimDocument &doc);

} // namespace ra::test
