#include "pdfinvoiceextractor.h"

#include "log.h"
#include "pdf/pageextraction.h"
#include "pdf/pdftextlayer.h"
#include "pdf/rideitinerary.h"

#include <QPdfDocument>

namespace ra {

QList<Invoice> PdfInvoiceExtractor::extractInvoices(const PdfTextLayer &layer, int pageNumber)
{
    // A ride-hailing itinerary is a supporting document with a layout of its own (no invoice
    // labels): read as one, it is not taken for an unknown invoice.
    if (pdfx::looksLikeRideItinerary(layer)) {
        const auto itinerary = pdfx::extractRideItinerary(layer, pageNumber);
        log::get("providers.local")->debug("pdf page {}: itinerary with {} trips", pageNumber,
                                           itinerary ? itinerary->trips.size() : 0);
        if (itinerary)
            return {*itinerary};
        return {};
    }
    pdfx::PageExtraction x(layer, pageNumber);
    const auto inv = x.run();
    // keys and counts only: values may be personal data
    if (inv)
        log::get("providers.local")->debug("pdf page {}: {} with {} fields, {} items", pageNumber,
                                           invoiceTypeKey(inv->type).toStdString(), inv->fields.size(),
                                           inv->items.size());
    else
        log::get("providers.local")->debug("pdf page {}: not an invoice", pageNumber);
    if (inv)
        return {*inv};
    return {};
}

QList<Invoice> PdfInvoiceExtractor::extractInvoices(QPdfDocument &doc, int pageIndex)
{
    const PdfTextLayer layer = PdfTextLayer::fromDocument(doc, pageIndex);
    return extractInvoices(layer, pageIndex + 1);
}

QList<Invoice> PdfInvoiceExtractor::extractDocument(QPdfDocument &doc)
{
    QList<Invoice> out;
    for (int p = 0; p < doc.pageCount(); ++p)
        out += extractInvoices(doc, p);
    return out;
}

} // namespace ra
