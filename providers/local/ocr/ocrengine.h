#pragma once

#include "ocrmodels.h"
#include "ocrtypes.h"

#include <QImage>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace ra::ocr {

// Offline OCR of one page image: PP-OCRv4 text detection, the direction classifier and text
// line recognition (OcrDetector, OcrDirectionClassifier, OcrLineRecognizer) on OpenCV 4.6's DNN
// module, with the models scripts/install-ocr-models.sh converted (docs/ocr.md).
//
// A page turned by 90, 180 or 270 degrees is read upright: when most text lines the detector
// finds are taller than wide, the page is a quarter turn off; the classifier's vote over the
// longest lines then tells upright from upside down. Each line is also classified on its own.
//
// An engine is not thread-safe (OpenCV networks keep buffers per run); forCurrentThread() gives
// each worker thread its own, loaded once. No Widgets, no GUI thread: callers run it on
// worker threads (the local provider does).
class OcrEngine
{
public:
    struct Options
    {
        int maxSide = 1600;            // the detector's input: the longer side at most this
        bool classifyLines = false;    // also classify each line (a single upside-down line on an upright page; ~8 ms a line)
        bool detectRotation = true;    // find 90/180/270 degree pages
        int packWidth = 960;           // short lines share a recognizer run up to this width; 0: one run a line
        const std::atomic_bool *cancel = nullptr; // checked between lines
        // Told (0, lines) once the text lines are found, then (read, lines) after each
        // recognizer run: the desk shows it in the document's row.
        std::function<void(int read, int lines)> onProgress{};
    };

    explicit OcrEngine(const OcrModelFiles &files);
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    bool isLoaded() const;
    QString error() const;          // why not loaded (translated)
    QString modelDir() const;

    // The engine of the calling thread (loaded on first use, again when the models' folder
    // changes). nullptr, with the reason in `error`, when the models are not installed or do not
    // load: the caller goes on without OCR.
    static OcrEngine *forCurrentThread(QString *error = nullptr);

    OcrPage read(const QImage &image, const Options &options);
    OcrPage read(const QImage &image) { return read(image, Options()); }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ra::ocr
