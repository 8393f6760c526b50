#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ra::ocr {

// The converted OCR model files (scripts/install-ocr-models.sh) and where they were found.
// Looked for in order: $REIMBURSE_OCR_MODELS, then reimburse/ocr under $XDG_DATA_HOME
// (~/.local/share) and each of $XDG_DATA_DIRS (/usr/local/share, /usr/share), then the
// folder `cmake --install` fills. Never downloaded by the app.
struct OcrModelFiles
{
    QString dir;                 // empty when none was found
    QString detector;            // det.onnx
    QString classifier;          // cls.onnx (optional: empty when absent)
    QList<int> recognizerWidths; // ascending: 320, 640, 960, 1280
    QStringList recognizers;     // rec_<width>.onnx, same order
    QString keys;                // ppocr_keys_v1.txt
    QString error;               // why none is usable (translated), when dir is empty

    bool isUsable() const { return !dir.isEmpty(); }
};

// Where the files are, or a message saying what is missing and how to install it. Cheap (a few
// stat calls); thread-safe.
OcrModelFiles locateOcrModels();

// The folders looked in, in order (for messages and docs).
QStringList ocrModelSearchPath();

} // namespace ra::ocr
