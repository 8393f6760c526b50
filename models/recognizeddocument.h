#pragma once

#include "invoice.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace ra {

// Stable error codes a document can carry. Each comes with a message a person can act on.
namespace ErrorCode {
inline constexpr auto Unreadable = "unreadable";          // cannot open / read the file
inline constexpr auto Empty = "empty_file";
inline constexpr auto TooLarge = "file_too_large";
inline constexpr auto UnknownFormat = "unknown_format";
inline constexpr auto PdfCorrupt = "pdf_corrupt";
inline constexpr auto PdfEncrypted = "pdf_encrypted";
inline constexpr auto ImageCorrupt = "image_corrupt";
inline constexpr auto ImageTooLarge = "image_too_large";
inline constexpr auto MemoryBusy = "memory_busy";        // waited too long for the decode memory budget
inline constexpr auto OfdCorrupt = "ofd_corrupt";
inline constexpr auto OfdUnsafe = "ofd_unsafe";           // path traversal, zip bomb, too many entries
inline constexpr auto XmlMalformed = "xml_malformed";
inline constexpr auto NoInvoice = "no_invoice";           // readable, but nothing on it is an invoice
inline constexpr auto Cancelled = "cancelled";
// Over a time limit: a cloud vendor gave no complete answer within the transfer timeout, or the
// local reader (reimburse-worker, docs/worker-process.md) went past the document's time limit.
inline constexpr auto Timeout = "timeout";
// The local reader was stopped (docs/worker-process.md): the document needs more than the limits
// allow (pages, memory), or the reader ended without an answer (a crash, a signal, a reply that
// is not the protocol).
inline constexpr auto TooComplex = "too_complex";
inline constexpr auto Crashed = "crashed";
} // namespace ErrorCode

struct DocumentError
{
    QString code;
    QString message;
    // Cloud providers: the vendor's own error code and the request id it gave (or ours when it
    // gave none), so a person can quote them; empty for local errors.
    QString vendorCode{};
    QString requestId{};
    friend bool operator==(const DocumentError &, const DocumentError &) = default;
};

// What one provider made of one file.
struct RecognizedDocument
{
    QString file;      // as given by the user (path), for display and output
    QString sha256;    // hex of the file's bytes
    QString format;    // "pdf", "ofd", "jpeg", "png", "bmp", "tiff", "webp"
    int pages = 0;
    QString provider;  // "local", "tencent-vat", ...
    std::optional<DocumentError> error;
    QList<Invoice> invoices;
    // Cloud providers: every vendor response body behind this result, byte for byte as
    // received (one per vendor call, e.g. one per PDF page), for audit and the response cache.
    QList<QByteArray> rawResponses{};

    friend bool operator==(const RecognizedDocument &, const RecognizedDocument &) = default;
};

} // namespace ra
