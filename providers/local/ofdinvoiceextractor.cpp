#include "ofdinvoiceextractor.h"
#include "translatedtext.h"

#include "ofd/docbodyextractor.h"
#include "ofd/ofddocument.h"

#include <algorithm>

namespace ra {

namespace {

QString tr(const char *text)
{
    return translatedText("ra::OfdInvoiceExtractor", text);
}

constexpr int kMaxDocBodies = 8;

} // namespace

OfdExtraction OfdInvoiceExtractor::extract(const QByteArray &bytes, const OfdLimits &limits)
{
    OfdExtraction out;
    OfdPackage package(limits);
    if (auto e = package.open(bytes)) {
        out.error = e;
        return out;
    }
    OfdDocument first;
    if (auto e = first.load(package, 0)) {
        out.error = e;
        return out;
    }
    const int bodies = std::min(first.docBodyCount(), kMaxDocBodies);
    if (first.docBodyCount() > kMaxDocBodies)
        out.notes.append(tr("The package holds %1 documents; only the first %2 are read.")
                             .arg(first.docBodyCount())
                             .arg(kMaxDocBodies));

    ofdx::DocBodyExtractor extractor(package, out);
    std::optional<DocumentError> malformed;
    for (int i = 0; i < bodies; ++i) {
        OfdDocument other;
        const OfdDocument *doc = &first;
        if (i > 0) {
            if (auto e = other.load(package, i)) {
                if (ofdx::DocBodyExtractor::isUnsafe(e.value())) {
                    out.error = e;
                    return out;
                }
                out.notes.append(e->message);
                continue;
            }
            doc = &other;
        }
        out.notes.append(doc->notes());
        if (auto e = extractor.run(*doc, out.pages)) {
            out.error = e;
            out.invoices.clear();
            out.qrImages.clear();
            return out;
        }
        out.pages += int(doc->pages().size());
    }
    if (out.invoices.isEmpty() && extractor.firstMalformed())
        out.error = extractor.firstMalformed();
    return out;
}

} // namespace ra
