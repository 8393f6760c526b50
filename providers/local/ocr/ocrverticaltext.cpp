#include "ocrverticaltext.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ra::ocr {

int VerticalStrip::cellAt(double x) const
{
    int best = -1;
    double bestDist = 1e18;
    for (size_t i = 0; i < columns.size(); ++i) {
        const double c = (columns[i].first + columns[i].second) / 2.0;
        if (std::abs(c - x) < bestDist) {
            bestDist = std::abs(c - x);
            best = int(i);
        }
    }
    return best;
}

VerticalStrip stackVertical(const cv::Mat &crop)
{
    VerticalStrip out;
    if (crop.empty() || crop.rows < crop.cols)
        return out;
    const int w = crop.cols;
    cv::Mat gray, ink;
    cv::cvtColor(crop, gray, cv::COLOR_BGR2GRAY);
    cv::threshold(gray, ink, 0, 1, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    cv::Mat profile;
    cv::reduce(ink, profile, 1, cv::REDUCE_SUM, CV_32S);
    const int minInk = std::max(1, w / 25);
    std::vector<std::pair<int, int>> runs;
    for (int y = 0; y < crop.rows; ++y) {
        if (profile.at<int>(y) < minInk)
            continue;
        if (!runs.empty() && y - runs.back().second <= std::max(1, w / 8)) // a gap inside a glyph (三, 二)
            runs.back().second = y + 1;
        else
            runs.emplace_back(y, y + 1);
    }
    // a run taller than a character is wide holds several characters set close: split evenly
    const double cell = 0.8 * w; // glyphs fill most of the column's width
    for (const auto &[top, bottom] : runs) {
        const int h = bottom - top;
        if (h < std::max(3, w / 5))
            continue; // a speck
        const int n = std::max(1, int(std::lround(h / cell)));
        for (int k = 0; k < n; ++k)
            out.rows.emplace_back(top + h * k / n, top + h * (k + 1) / n);
    }
    if (out.rows.empty())
        return out;
    // each cell upright into a square, side by side with a quarter of a cell between
    const int side = w;
    const int gap = std::max(2, side / 4);
    const cv::Scalar paper = cv::mean(crop, ink == 0);
    out.line = cv::Mat(side, int(out.rows.size()) * (side + gap) + gap, crop.type(), paper);
    int x = gap;
    for (const auto &[top, bottom] : out.rows) {
        const int pad = std::max(1, w / 10);
        const int y0 = std::max(0, top - pad), y1 = std::min(crop.rows, bottom + pad);
        const cv::Mat piece = crop(cv::Rect(0, y0, w, y1 - y0));
        const int ph = std::min(side, piece.rows);
        const cv::Rect src(0, (piece.rows - ph) / 2, w, ph);
        piece(src).copyTo(out.line(cv::Rect(x, (side - ph) / 2, w, ph)));
        out.columns.emplace_back(x, x + w);
        x += side + gap;
    }
    return out;
}

} // namespace ra::ocr
