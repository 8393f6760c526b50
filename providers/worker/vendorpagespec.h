#pragma once

#include <QtGlobal>

namespace ra {

// What a cloud provider asks reimburse-worker to make of one page before it is sent to the
// vendor (WorkerPool::prepare, the `prepare` request of docs/worker-process.md). The page is
// rendered or decoded in the worker, not in the app, so a PDF that hangs pdfium or an image
// that crashes a decoder costs that worker and fails that document (timeout, crashed,
// too_complex), never a recognition thread or the desk. The answer is a vendor::PreparedImage.
struct VendorPageSpec
{
    enum class Style {
        // vendor::prepareImage (Qiniu, Ekuaibao, DeepFinch): maxBytes, maxSide, maxPixels.
        Vendor,
        // tencent::preparePage (VatInvoiceOCR): isPdf, maxBytes as the Base64 size, minSide, maxSide.
        Tencent,
        // The pages of an OFD package (TencentOfdProvider::countPages): only pageCount comes back.
        OfdPageCount,
    };

    Style style = Style::Vendor;
    int pageIndex = 0;     // 0-based
    qint64 maxBytes = 0;   // Vendor: bytes of the image; Tencent: bytes of its Base64
    int minSide = 0;       // Tencent
    int maxSide = 0;       // pixels, longest side
    int maxPixels = 0;     // Vendor: width × height (0: no limit)
    bool isPdf = false;    // Tencent: a PDF page is rendered, anything else decoded as an image
};

} // namespace ra
