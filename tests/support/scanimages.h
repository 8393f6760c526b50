#pragma once

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace ra::test {

// Scan- and photo-like images made from the sample invoices (tests/samples), for the OCR tests
// and tests/bench/bench_ocr: a PDF page rendered, then turned, skewed, blurred, given noise,
// uneven light and JPEG artefacts, reproducibly (a fixed seed per style).
struct ScanStyle
{
    QString name;
    int dpi = 150;          // render resolution
    int quarterTurns = 0;   // clockwise
    double skewDeg = 0;     // small rotation, degrees clockwise
    double blur = 0;        // box blur radius in pixels (0: none)
    double noise = 0;       // Gaussian noise, standard deviation in grey levels
    bool unevenLight = false;
    int jpegQuality = 0;    // 0: no JPEG round trip
};

// The styles the tests and the bench use, mildest first: clean, jpeg, skew3, skew8, blur, noisy,
// photo (skew, blur, noise, uneven light, JPEG 60), rot90, rot180, rot270.
QList<ScanStyle> scanStyles();
// The style of that name; a style named "" when there is none.
ScanStyle scanStyle(const QString &name);

// Renders page `page` (0-based) of `pdfPath` in `style`. Null image when the PDF cannot be read.
QImage makeScan(const QString &pdfPath, int page, const ScanStyle &style);

// What makeScan does after rendering: `image` (drawn at the style's dpi) on white, skewed,
// turned, blurred, noised, unevenly lit and JPEG-compressed as `style` says.
QImage degrade(const QImage &image, const ScanStyle &style);

// Generates the samples into `dir` (reimburse-samples); false when the generator fails.
bool generateSamples(const QString &dir, QString *error);

// The sample manifest's entries (manifest.json "files") for PDFs, keyed "file#page".
QMap<QString, QJsonObject> samplePdfTruth(const QString &samplesDir);

// Ground truth of one manifest entry as normalized field keys (number, code, date, pretax_amount,
// tax_amount, total, seller_name, seller_tax_id, buyer_name, buyer_tax_id, check_code);
// absent values are left out.
QMap<QString, QString> truthFields(const QJsonObject &entry);

// The same comparison for every field: money and dates as normalized strings, names without
// blanks and with full-width forms folded.
bool sameFieldValue(const QString &key, const QString &expected, const QString &actual);

} // namespace ra::test
