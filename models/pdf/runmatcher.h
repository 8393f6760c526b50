#pragma once

#include "glyphmetrics.h"

#include <QList>
#include <QRectF>
#include <QString>

// Matching the characters of pdfium's page text to its text-object rectangles (the dynamic
// programme PdfTextLayer's class comment describes), apart from the layer that uses it.
namespace ra::pdftext {

// The extra cost of reading a tall run top to bottom (also what PdfTextLayer::build() asks
// before it places a run's characters vertically).
inline constexpr float kVertical = 0.3f;

// Rectangles a PDF generator could never mean (NaN, infinite, astronomically large, negative
// size) become empty ones, so nothing downstream compares NaN or overflows.
QList<QRectF> sanitized(const QList<QRectF> &runs);

// The run index of each character of `text` (-1: not placed); `runs` sanitized, `mt` the
// metrics of `text`.
QList<int> matchRunsImpl(const QString &text, const QList<QRectF> &runs, const Metrics &mt);

} // namespace ra::pdftext
