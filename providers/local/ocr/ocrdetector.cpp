#include "ocrdetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QLineF>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ra::ocr {

bool OcrDetector::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("OcrEngine", "The OCR detector %1 could not be read: %2")
                         .arg(path, f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    m_model.assign(bytes.begin(), bytes.end());
    if (!loadNet(error)) {
        if (error)
            *error = QCoreApplication::translate("OcrEngine", "The OCR detector %1 could not be loaded: %2")
                         .arg(path, *error);
        return false;
    }
    return true;
}

bool OcrDetector::loadNet(QString *error)
{
    try {
        m_net = cv::dnn::readNetFromONNX(m_model);
    } catch (const cv::Exception &e) {
        if (error)
            *error = QString::fromStdString(e.what()).trimmed();
        m_net = cv::dnn::Net();
        return false;
    }
    m_net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    m_net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    m_inputSize = cv::Size();
    return !m_net.empty();
}

QPolygonF OcrDetector::orderedCorners(const cv::RotatedRect &box)
{
    cv::Point2f p[4];
    box.points(p);
    std::sort(p, p + 4, [](const cv::Point2f &a, const cv::Point2f &b) { return a.x < b.x; });
    // the two leftmost are the left edge, the upper of them top-left; likewise on the right
    const cv::Point2f tl = p[0].y <= p[1].y ? p[0] : p[1];
    const cv::Point2f bl = p[0].y <= p[1].y ? p[1] : p[0];
    const cv::Point2f tr = p[2].y <= p[3].y ? p[2] : p[3];
    const cv::Point2f br = p[2].y <= p[3].y ? p[3] : p[2];
    return QPolygonF({QPointF(tl.x, tl.y), QPointF(tr.x, tr.y), QPointF(br.x, br.y), QPointF(bl.x, bl.y)});
}

void OcrDetector::sortReadingOrder(QList<QPolygonF> &quads)
{
    std::stable_sort(quads.begin(), quads.end(), [](const QPolygonF &a, const QPolygonF &b) {
        return a.at(0).y() < b.at(0).y() || (a.at(0).y() == b.at(0).y() && a.at(0).x() < b.at(0).x());
    });
    // PaddleOCR's pass: neighbours whose tops are within 10 px swap into left-to-right order
    for (qsizetype i = 0; i + 1 < quads.size(); ++i) {
        for (qsizetype j = i; j >= 0; --j) {
            const QPointF a = quads.at(j).at(0), b = quads.at(j + 1).at(0);
            if (std::abs(b.y() - a.y()) < 10 && b.x() < a.x())
                quads.swapItemsAt(j, j + 1);
            else
                break;
        }
    }
}

namespace {

// Mean probability inside the contour (PaddleOCR's "slow" box score: exact for curved lines).
float regionScore(const cv::Mat &prob, const std::vector<cv::Point> &contour)
{
    const cv::Rect r = cv::boundingRect(contour) & cv::Rect(0, 0, prob.cols, prob.rows);
    if (r.empty())
        return 0;
    cv::Mat mask = cv::Mat::zeros(r.height, r.width, CV_8U);
    std::vector<cv::Point> shifted;
    shifted.reserve(contour.size());
    for (const cv::Point &p : contour)
        shifted.emplace_back(p.x - r.x, p.y - r.y);
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>>{shifted}, cv::Scalar(1));
    return float(cv::mean(prob(r), mask)[0]);
}

} // namespace

QList<QPolygonF> OcrDetector::detect(const cv::Mat &bgr, const Options &o)
{
    if (bgr.empty() || m_net.empty())
        return {};
    const int h = bgr.rows, w = bgr.cols;
    const double ratio = std::max(h, w) > o.maxSide ? double(o.maxSide) / std::max(h, w) : 1.0;
    const int rh = std::max(32, int(std::lround(h * ratio / 32.0)) * 32);
    const int rw = std::max(32, int(std::lround(w * ratio / 32.0)) * 32);
    cv::Mat resized;
    cv::resize(bgr, resized, cv::Size(rw, rh), 0, 0, cv::INTER_LINEAR);
    cv::Mat f;
    resized.convertTo(f, CV_32FC3, 1.0 / 255.0);
    // PaddleOCR normalizes the BGR image it reads with ImageNet's (RGB-ordered) statistics as
    // they are: channel 0 (blue) with 0.485/0.229, and the models were trained that way
    cv::subtract(f, cv::Scalar(0.485, 0.456, 0.406), f);
    cv::divide(f, cv::Scalar(0.229, 0.224, 0.225), f);
    if (m_inputSize != cv::Size() && m_inputSize != cv::Size(rw, rh) && !loadNet(nullptr))
        return {};
    m_inputSize = cv::Size(rw, rh);
    m_net.setInput(cv::dnn::blobFromImage(f));
    cv::Mat out = m_net.forward();
    if (out.dims != 4 || out.size[2] != rh || out.size[3] != rw)
        return {};
    const cv::Mat prob(rh, rw, CV_32F, out.ptr<float>());
    cv::Mat bitmap = prob > o.binaryThreshold;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(bitmap, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);

    const double sx = double(w) / rw, sy = double(h) / rh;
    QList<QPolygonF> quads;
    for (const std::vector<cv::Point> &c : contours) {
        if (quads.size() >= o.maxBoxes)
            break;
        if (c.size() < 3)
            continue;
        const cv::RotatedRect box = cv::minAreaRect(c);
        if (std::min(box.size.width, box.size.height) < o.minSize)
            continue;
        if (regionScore(prob, c) < o.boxThreshold)
            continue;
        // unclip: the offset polygon of a w x h rectangle by d has the minimum-area rectangle
        // (w + 2d) x (h + 2d); d = area * ratio / perimeter as in the DB paper
        const double bw = box.size.width, bh = box.size.height;
        const double d = bw * bh * o.unclipRatio / (2.0 * (bw + bh));
        const cv::RotatedRect grown(box.center, cv::Size2f(float(bw + 2 * d), float(bh + 2 * d)), box.angle);
        if (std::min(grown.size.width, grown.size.height) < o.minSize + 2)
            continue;
        QPolygonF q = orderedCorners(grown);
        for (QPointF &p : q)
            p = QPointF(std::clamp(p.x() * sx, 0.0, double(w)), std::clamp(p.y() * sy, 0.0, double(h)));
        quads.append(q);
    }
    sortReadingOrder(quads);
    return quads;
}

} // namespace ra::ocr
