#pragma once

#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

namespace ra::ocr {

// PaddleOCR's text direction classifier (ch_ppocr_mobile_v2.0_cls): is a cropped text line
// upright or turned by 180°? Input 48x192 (converted model, fixed shape), the crop resized to
// height 48 keeping its aspect and padded. Not thread-safe: one instance per thread.
class OcrDirectionClassifier
{
public:
    bool load(const QString &path, QString *error);
    bool isLoaded() const { return !m_net.empty(); }

    // The probability that `bgrLine` (a horizontal line crop) is upside down.
    float upsideDownProbability(const cv::Mat &bgrLine);

private:
    cv::dnn::Net m_net;
};

} // namespace ra::ocr
