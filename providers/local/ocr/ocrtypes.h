#pragma once

#include <QChar>
#include <QList>
#include <QMap>
#include <QPolygonF>
#include <QSize>
#include <QString>
#include <QTransform>

namespace ra::ocr {

// One recognised character: where the recogniser put it on the page (a quadrilateral in
// page-image pixels, top-left, top-right, bottom-right, bottom-left) and its probability.
struct OcrChar
{
    QChar ch;
    QPolygonF quad;
    float score = 0;
    QChar alt;          // the recognizer's second choice at the same place (null: none)
    float altScore = 0;
};

// One detected text line: the detector's quadrilateral (page-image pixels, same corner order)
// and what the recogniser read in it. `score` is the mean probability of its characters.
struct OcrLine
{
    QString text;
    QPolygonF quad;
    float score = 0;
    bool upsideDown = false; // the direction classifier turned the crop by 180° before reading
    bool vertical = false;   // set top to bottom: `chars` are stacked, first at the top
    QList<OcrChar> chars;
};

// What OCR read on one page image. Coordinates are those of the image given to the engine
// (after EXIF orientation): `rotation` says by how many degrees clockwise the engine turned the
// image to read it upright (0, 90, 180, 270); the quads are mapped back to the given image.
struct OcrPage
{
    QSize imageSize;
    int rotation = 0;
    QList<OcrLine> lines;
    double detectMs = 0;
    double classifyMs = 0;
    double recognizeMs = 0;
    bool cancelled = false;  // the caller's cancel flag was seen: `lines` is incomplete

    QString text() const; // lines top to bottom, one per line: for tests and logs
};

// One character OCR read under a field's value, in reading order: the cross-checks
// (OcrCrossCheck) weigh which character of a reading is the doubtful one, and what the
// recognizer would have read instead.
struct ReadChar
{
    QChar ch;
    float score = 1;
    QChar alt;
    float altScore = 0;
};

// The characters under each top-level field an OCR reading gave, by field key.
using FieldReadings = QMap<QString, QList<ReadChar>>;

// Pixel coordinates of a w x h image to those of the same image turned `degrees` clockwise
// (0, 90, 180, 270).
QTransform turnTransform(int degrees, double w, double h);

} // namespace ra::ocr
