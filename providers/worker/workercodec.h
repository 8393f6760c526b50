#pragma once

#include "recognitionprogress.h"
#include "recognizeddocument.h"
#include "validation/validationcontext.h"
#include "vendor/vendorimage.h"
#include "vendorpagespec.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace ra {

// What travels inside worker frames (docs/worker-process.md). A recognised document is the
// normalized JSON of invoicejson.h (the CLI's and the claim file's form: polygons to two
// decimals) plus what that form leaves out: the error's vendor code and request id and the
// raw vendor responses. Everything read from a worker is checked as untrusted input.
namespace workerwire {
inline constexpr int kProtocolVersion = 1;
// Kinds of frame. Host → worker: recognize, render, prepare. Worker → host: ready (once, at
// start), pages (the page count, as soon as it is known: the host scales the time limit),
// document, page, prepared (a page made ready for a vendor), failed (a request that could not
// be served, with an error), progress (how far a recognition has got; a page read by OCR gets
// more time).
inline constexpr auto Ready = "ready";
inline constexpr auto Recognize = "recognize";
inline constexpr auto Render = "render";
inline constexpr auto Pages = "pages";
inline constexpr auto Document = "document";
inline constexpr auto Page = "page";
inline constexpr auto Prepare = "prepare";
inline constexpr auto Prepared = "prepared";
inline constexpr auto Failed = "failed";
inline constexpr auto Progress = "progress";
} // namespace workerwire

QJsonObject documentToWire(const RecognizedDocument &document);
std::optional<RecognizedDocument> documentFromWire(const QJsonObject &object, QString *error = nullptr);

// A progress report's members (page, pages, ocr, lines_read, lines), added to a frame header;
// nullopt when a member is out of range (the host kills a worker that sends that).
void progressToWire(const RecognitionProgress &progress, QJsonObject &header);
std::optional<RecognitionProgress> progressFromWire(const QJsonObject &header);

QJsonObject validationToWire(const ValidationContext &context);
ValidationContext validationFromWire(const QJsonObject &object);

QJsonObject errorToWire(const DocumentError &error);
std::optional<DocumentError> errorFromWire(const QJsonObject &object);

// A page image as raw pixels: the header describes it, `bits` receives the scan lines.
QJsonObject imageToWire(const QImage &image, QByteArray *bits);
// Null unless the description is sane (a format we send, sides within the render cap) and the
// bytes are exactly what it promises. The image keeps `bits` as its pixels: moved in, they are
// not copied.
QImage imageFromWire(const QJsonObject &header, QByteArray bits);

// A cloud provider's page request and the worker's answer: the image's description in the
// header, its encoded bytes as the payload.
QJsonObject pageSpecToWire(const VendorPageSpec &spec);
VendorPageSpec pageSpecFromWire(const QJsonObject &object);
QJsonObject preparedToWire(const vendor::PreparedImage &prepared);
// The answer checked against what was asked: an error with a code, or JPEG/PNG bytes within
// the asked limit with sane sizes and scale (the file type and extension are told by the bytes,
// not by the worker). Nothing when it is not that.
std::optional<vendor::PreparedImage> preparedFromWire(const QJsonObject &object, const QByteArray &bytes,
                                                      const VendorPageSpec &asked, QString *error = nullptr);

} // namespace ra
