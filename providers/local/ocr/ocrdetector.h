#pragma once

#include <QList>
#include <QPolygonF>
#include <QString>

#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

namespace ra::ocr {

// PP-OCRv4 text detection (DB, "differentiable binarization") on OpenCV's DNN module: the page
// is resized to multiples of 32 with its longer side at most `maxSide`, normalized, run through
// det.onnx; the probability map is thresholded, each connected region becomes its minimum-area
// rectangle, scored by the mean probability inside, and grown back ("unclipped") by
// area * unclipRatio / perimeter, since the model marks a shrunk core of each text line.
// Not thread-safe (cv::dnn::Net keeps per-run buffers): one instance per thread.
// OpenCV 4.6 gives a wrong (all-zero) map for this network once it has run on an input of
// another size, so the network is built again from the model bytes in memory (about 40 ms)
// whenever the input size changes.
class OcrDetector
{
public:
    struct Options
    {
        int maxSide = 1600;
        float binaryThreshold = 0.3f;
        float boxThreshold = 0.6f;
        float unclipRatio = 1.6f;
        int minSize = 3;
        int maxBoxes = 1000;
    };

    bool load(const QString &path, QString *error);

    // Text lines as quadrilaterals in `bgr`'s pixels (top-left, top-right, bottom-right,
    // bottom-left), top to bottom then left to right.
    QList<QPolygonF> detect(const cv::Mat &bgr, const Options &options);

    // The four corners of a rotated rectangle in the order above.
    static QPolygonF orderedCorners(const cv::RotatedRect &box);
    // Reading order: by top edge, lines within half a line's height ordered left to right.
    static void sortReadingOrder(QList<QPolygonF> &quads);

private:
    bool loadNet(QString *error);

    std::vector<uchar> m_model;  // the ONNX file, kept to rebuild the network
    cv::Size m_inputSize;        // the input the network last ran on
    cv::dnn::Net m_net;
};

} // namespace ra::ocr
