#include "ocrengine.h"

#include "ocrdetector.h"
#include "ocrdirectionclassifier.h"
#include "ocrlinerecognizer.h"
#include "ocrverticaltext.h"

#include <QElapsedTimer>
#include <QLineF>
#include <QStringList>
#include <QTransform>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ra::ocr {

QString OcrPage::text() const
{
    QStringList out;
    out.reserve(lines.size());
    for (const OcrLine &l : lines)
        out.append(l.text);
    return out.join(QLatin1Char('\n'));
}

struct OcrEngine::Impl
{
    OcrModelFiles files;
    OcrDetector detector;
    OcrDirectionClassifier classifier;
    OcrLineRecognizer recognizer;
    bool loaded = false;
    QString error;
};

OcrEngine::OcrEngine(const OcrModelFiles &files) : d(std::make_unique<Impl>())
{
    d->files = files;
    if (!files.isUsable()) {
        d->error = files.error;
        return;
    }
    QString why;
    if (!d->detector.load(files.detector, &why)
        || !d->recognizer.load(files.recognizers, files.recognizerWidths, files.keys, &why)) {
        d->error = why;
        return;
    }
    if (!files.classifier.isEmpty())
        d->classifier.load(files.classifier, nullptr); // optional: without it, no line is turned
    d->loaded = true;
}

OcrEngine::~OcrEngine() = default;

bool OcrEngine::isLoaded() const { return d->loaded; }
QString OcrEngine::error() const { return d->error; }
QString OcrEngine::modelDir() const { return d->files.dir; }

OcrEngine *OcrEngine::forCurrentThread(QString *error)
{
    thread_local std::unique_ptr<OcrEngine> engine;
    const OcrModelFiles files = locateOcrModels();
    if (!files.isUsable()) {
        if (error)
            *error = files.error;
        return nullptr;
    }
    if (!engine || engine->modelDir() != files.dir)
        engine = std::make_unique<OcrEngine>(files);
    if (!engine->isLoaded()) {
        if (error)
            *error = engine->error();
        return nullptr;
    }
    return engine.get();
}

QTransform turnTransform(int degrees, double w, double h)
{
    switch (degrees) {
    case 90: return QTransform(0, 1, -1, 0, h, 0);    // (x, y) -> (h - y, x)
    case 180: return QTransform(-1, 0, 0, -1, w, h);  // (x, y) -> (w - x, h - y)
    case 270: return QTransform(0, -1, 1, 0, 0, w);   // (x, y) -> (y, w - x)
    default: return QTransform();
    }
}

namespace {

cv::Mat toBgr(const QImage &image)
{
    const QImage bgr = image.convertToFormat(QImage::Format_BGR888);
    const cv::Mat view(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar *>(bgr.constBits()),
                       size_t(bgr.bytesPerLine()));
    return view.clone();
}

cv::Mat turned(const cv::Mat &img, int degrees)
{
    cv::Mat out;
    switch (degrees) {
    case 90: cv::rotate(img, out, cv::ROTATE_90_CLOCKWISE); return out;
    case 180: cv::rotate(img, out, cv::ROTATE_180); return out;
    case 270: cv::rotate(img, out, cv::ROTATE_90_COUNTERCLOCKWISE); return out;
    default: return img;
    }
}

// The quad's corners after the page turned: still ordered top-left first on the new page.
QPolygonF turnedQuad(const QPolygonF &q, const QTransform &t)
{
    const QPolygonF m = t.map(q);
    cv::Point2f pts[4];
    for (int i = 0; i < 4; ++i)
        pts[i] = cv::Point2f(float(m.at(i).x()), float(m.at(i).y()));
    return OcrDetector::orderedCorners(cv::minAreaRect(std::vector<cv::Point2f>(pts, pts + 4)));
}

struct Crop
{
    cv::Mat image;
    cv::Mat toPage; // 3x3: crop pixels -> page pixels
};

Crop cropQuad(const cv::Mat &img, const QPolygonF &q)
{
    const double w = std::max(QLineF(q.at(0), q.at(1)).length(), QLineF(q.at(3), q.at(2)).length());
    const double h = std::max(QLineF(q.at(0), q.at(3)).length(), QLineF(q.at(1), q.at(2)).length());
    const int cw = std::max(1, int(std::lround(w))), ch = std::max(1, int(std::lround(h)));
    const cv::Point2f src[4] = {{float(q.at(0).x()), float(q.at(0).y())}, {float(q.at(1).x()), float(q.at(1).y())},
                                {float(q.at(2).x()), float(q.at(2).y())}, {float(q.at(3).x()), float(q.at(3).y())}};
    const cv::Point2f dst[4] = {{0, 0}, {float(cw), 0}, {float(cw), float(ch)}, {0, float(ch)}};
    const cv::Mat m = cv::getPerspectiveTransform(src, dst);
    Crop c;
    cv::warpPerspective(img, c.image, m, cv::Size(cw, ch), cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    c.toPage = m.inv();
    return c;
}

QPointF mapPoint(const cv::Mat &h, double x, double y)
{
    const double *r = h.ptr<double>(0);
    const double z = r[6] * x + r[7] * y + r[8];
    return QPointF((r[0] * x + r[1] * y + r[2]) / z, (r[3] * x + r[4] * y + r[5]) / z);
}

bool isTall(const QPolygonF &q)
{
    const double w = QLineF(q.at(0), q.at(1)).length(), h = QLineF(q.at(0), q.at(3)).length();
    return h >= 1.5 * w;
}

double longSide(const QPolygonF &q)
{
    return std::max(QLineF(q.at(0), q.at(1)).length(), QLineF(q.at(0), q.at(3)).length());
}

} // namespace

OcrPage OcrEngine::read(const QImage &image, const Options &o)
{
    OcrPage page;
    page.imageSize = image.size();
    if (!d->loaded || image.isNull())
        return page;
    const auto cancelled = [&] { return o.cancel && o.cancel->load(); };
    QElapsedTimer timer;
    timer.start();
    const cv::Mat bgr = toBgr(image);
    OcrDetector::Options detOptions;
    detOptions.maxSide = o.maxSide;
    QList<QPolygonF> quads = d->detector.detect(bgr, detOptions);
    page.detectMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();

    // Which way is up: a quarter turn when most elongated lines stand upright, then the
    // classifier's vote over the longest lines for a half turn.
    int rotation = 0;
    if (o.detectRotation && !quads.isEmpty()) {
        int elongated = 0, tall = 0;
        for (const QPolygonF &q : std::as_const(quads)) {
            const double w = QLineF(q.at(0), q.at(1)).length(), h = QLineF(q.at(0), q.at(3)).length();
            if (std::max(w, h) >= 2.0 * std::min(w, h)) {
                ++elongated;
                tall += h > w ? 1 : 0;
            }
        }
        if (elongated >= 3 && tall > 0.6 * elongated)
            rotation = 90;
        if (d->classifier.isLoaded()) {
            const QTransform t = turnTransform(rotation, bgr.cols, bgr.rows);
            const cv::Mat page0 = turned(bgr, rotation);
            QList<QPolygonF> lines;
            for (const QPolygonF &q : std::as_const(quads)) {
                const QPolygonF u = turnedQuad(q, t);
                if (!isTall(u))
                    lines.append(u);
            }
            std::sort(lines.begin(), lines.end(),
                      [](const QPolygonF &a, const QPolygonF &b) { return longSide(a) > longSide(b); });
            double sum = 0;
            const qsizetype n = std::min<qsizetype>(lines.size(), 15);
            for (qsizetype i = 0; i < n; ++i)
                sum += d->classifier.upsideDownProbability(cropQuad(page0, lines.at(i)).image);
            if (n > 0 && sum / double(n) > 0.5)
                rotation = (rotation + 180) % 360;
        }
    }
    page.rotation = rotation;
    const QTransform toUpright = turnTransform(rotation, bgr.cols, bgr.rows);
    const QTransform fromUpright = toUpright.inverted();
    const cv::Mat upright = turned(bgr, rotation);
    QList<QPolygonF> lines;
    for (const QPolygonF &q : std::as_const(quads))
        lines.append(rotation ? turnedQuad(q, toUpright) : q);
    OcrDetector::sortReadingOrder(lines);

    // crops: a line turned when the classifier says it is upside down; text set top to bottom
    // (a VAT form's 购买方 caption) restacked into a horizontal line
    std::vector<Crop> crops;
    std::vector<bool> flipped;
    std::vector<VerticalStrip> strips(size_t(lines.size()));
    std::vector<cv::Mat> inputs;
    crops.reserve(size_t(lines.size()));
    for (const QPolygonF &q : std::as_const(lines)) {
        Crop c = cropQuad(upright, q);
        bool flip = false;
        if (isTall(q)) {
            strips[crops.size()] = stackVertical(c.image);
            inputs.push_back(strips[crops.size()].line);
        } else {
            if (o.classifyLines && d->classifier.isLoaded() && d->classifier.upsideDownProbability(c.image) > 0.9) {
                cv::rotate(c.image, c.image, cv::ROTATE_180);
                flip = true;
            }
            inputs.push_back(c.image);
        }
        crops.push_back(c);
        flipped.push_back(flip);
    }
    page.classifyMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();

    // recognition: short lines packed side by side into shared runs, or one run a line
    const int lineCount = int(inputs.size());
    if (o.onProgress)
        o.onProgress(0, lineCount);
    std::vector<OcrLineRecognizer::Line> read;
    if (o.packWidth > 0) {
        read = d->recognizer.readPacked(inputs, o.packWidth, 24, o.cancel, [&](int done) {
            if (o.onProgress)
                o.onProgress(done, lineCount);
        });
    } else {
        read.resize(inputs.size());
        for (size_t i = 0; i < inputs.size() && !cancelled(); ++i) {
            if (!inputs[i].empty())
                read[i] = d->recognizer.read(inputs[i]);
            if (o.onProgress)
                o.onProgress(int(i) + 1, lineCount);
        }
    }
    if (cancelled()) {
        page.cancelled = true;
        return page;
    }
    if (o.onProgress)
        o.onProgress(lineCount, lineCount); // lines too small to read were never in a run
    page.recognizeMs = double(timer.nsecsElapsed()) / 1e6;

    for (size_t i = 0; i < crops.size(); ++i) {
        const OcrLineRecognizer::Line &r = read[i];
        if (r.chars.isEmpty() || r.score < 0.5f) // PaddleOCR's drop_score
            continue;
        const Crop &c = crops[i];
        const double cw = c.image.cols, ch = c.image.rows;
        // a crop point -> the given image's pixels (undoing the flip, the warp and the turn)
        const auto toImage = [&](double x, double y) {
            if (flipped[i]) {
                x = cw - x;
                y = ch - y;
            }
            return fromUpright.map(mapPoint(c.toPage, x, y));
        };
        OcrLine line;
        line.text = r.text.trimmed();
        line.score = r.score;
        line.upsideDown = flipped[i];
        line.quad = fromUpright.map(lines.at(qsizetype(i)));
        if (!strips[i].isEmpty()) {
            // each character back into its cell of the column (cells shared by several split)
            const VerticalStrip &strip = strips[i];
            line.vertical = true;
            std::vector<int> cellOf, perCell(strip.rows.size(), 0), seen(strip.rows.size(), 0);
            for (const OcrLineRecognizer::Char &rc : r.chars) {
                cellOf.push_back(strip.cellAt((rc.left + rc.right) / 2));
                ++perCell[size_t(cellOf.back())];
            }
            for (qsizetype k = 0; k < r.chars.size(); ++k) {
                const int cell = cellOf[size_t(k)];
                const auto [top, bottom] = strip.rows[size_t(cell)];
                const double step = double(bottom - top) / perCell[size_t(cell)];
                const double y0 = top + step * seen[size_t(cell)]++, y1 = y0 + step;
                OcrChar oc;
                oc.ch = r.chars.at(k).ch;
                oc.score = r.chars.at(k).score;
                oc.alt = r.chars.at(k).alt;
                oc.altScore = r.chars.at(k).altScore;
                oc.quad = QPolygonF({toImage(0.1 * cw, y0), toImage(0.9 * cw, y0), toImage(0.9 * cw, y1),
                                     toImage(0.1 * cw, y1)});
                line.chars.append(oc);
            }
            page.lines.append(line);
            continue;
        }
        for (const OcrLineRecognizer::Char &rc : r.chars) {
            OcrChar oc;
            oc.ch = rc.ch;
            oc.score = rc.score;
            oc.alt = rc.alt;
            oc.altScore = rc.altScore;
            // glyphs fill about the middle 70 % of the crop's height
            const double top = 0.15 * ch, bottom = 0.85 * ch;
            oc.quad = QPolygonF({toImage(rc.left, top), toImage(rc.right, top), toImage(rc.right, bottom),
                                 toImage(rc.left, bottom)});
            line.chars.append(oc);
        }
        page.lines.append(line);
    }
    return page;
}

} // namespace ra::ocr
