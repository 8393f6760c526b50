#pragma once

#include "invoice.h"
#include "ofd/ofdpackage.h"
#include "recognizeddocument.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QStringList>
#include <optional>

namespace ra {

// What the data inside an OFD invoice says, ready to become a RecognizedDocument.
struct OfdExtraction
{
    std::optional<DocumentError> error;   // set: the package could not be used at all
    int pages = 0;
    QList<Invoice> invoices;              // empty when the package holds no invoice data
    // Images that may be the printed QR code, most likely first (the one the tags name,
    // then the GraphCode attachment, then small square images near the top). Flattened on
    // white, grey, with a quiet zone added. Decode with ra::qr::decodeInvoiceImage.
    QList<QImage> qrImages;
    // QR payloads stored as text in the package (original_invoice.xml GraphCode); they are
    // also in each invoice's `qrcodes`, so check before appending decoded ones.
    QStringList qrTexts;
    QStringList notes;                    // damaged or missing parts that were skipped
};

// Reads OFD e-invoices (GB/T 33190 packages) without rendering them. Sources, in order; the
// first that answers wins and a disagreeing later source is kept in Invoice::alternatives:
//   (a) attached invoice XML (Attachs/original_invoice.xml, 数电 XML, or the XBRL rendition
//       in the Ministry of Finance `inv` taxonomy that some issuers attach instead, listed
//       with Format="xbrl"), source "ofd:<file>/<Element>";
//   (b) CustomTags: tag elements naming page objects, with the object's Boundary as the
//       field polygon (page pixels at kReferenceDpi), source "ofd:customtag/<Element>";
//   (c) OFD.xml DocInfo CustomData, source "ofd:customdata/<Name>";
// plus the printed title ("ofd:text/title"). Values are normalized (money, dates, codes).
// The invoice type is left Unknown unless the data names it; the caller infers it.
// Thread-safe: no shared state.
class OfdInvoiceExtractor
{
public:
    static OfdExtraction extract(const QByteArray &bytes, const OfdLimits &limits = {});
};

inline OfdExtraction extractOfd(const QByteArray &bytes)
{
    return OfdInvoiceExtractor::extract(bytes);
}

} // namespace ra
