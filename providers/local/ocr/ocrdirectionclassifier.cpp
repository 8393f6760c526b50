#include "ocrdirectionclassifier.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ra::ocr {

namespace {
constexpr int kHeight = 48;
constexpr int kWidth = 192;
} // namespace

bool OcrDirectionClassifier::load(const QString &path, QString *error)
{
    try {
        m_net = cv::dnn::readNetFromONNX(path.toStdString());
    } catch (const cv::Exception &e) {
        if (error)
            *error = QCoreApplication::translate("OcrEngine", "The OCR direction classifier %1 could not be loaded: %2")
                         .arg(path, QString::fromStdString(e.what()).trimmed());
        m_net = cv::dnn::Net();
        return false;
    }
    m_net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    m_net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    return true;
}

float OcrDirectionClassifier::upsideDownProbability(const cv::Mat &line)
{
    if (m_net.empty() || line.empty())
        return 0;
    const int w = std::min(kWidth, std::max(1, int(std::ceil(kHeight * double(line.cols) / line.rows))));
    cv::Mat resized;
    cv::resize(line, resized, cv::Size(w, kHeight));
    cv::Mat f;
    resized.convertTo(f, CV_32FC3, 2.0 / 255.0, -1.0); // (x / 255 - 0.5) / 0.5
    cv::Mat padded = cv::Mat::zeros(kHeight, kWidth, CV_32FC3);
    f.copyTo(padded(cv::Rect(0, 0, w, kHeight)));
    m_net.setInput(cv::dnn::blobFromImage(padded));
    const cv::Mat out = m_net.forward();
    if (out.total() < 2)
        return 0;
    return out.ptr<float>()[1];
}

} // namespace ra::ocr
