#pragma once

#include <opencv2/core.hpp>

#include <utility>
#include <vector>

namespace ra::ocr {

// Text set top to bottom (the 购买方信息 / 销售方信息 captions of a 数电 invoice, the 密码区 of a
// VAT form) in a tall crop. The recognizer reads horizontal lines, so the column's characters are
// found by the rows with ink (split where a run is taller than a character is wide) and laid side
// by side, upright, into one horizontal line; each recognised character is then put back into
// the cell it came from.
struct VerticalStrip
{
    cv::Mat line;                              // the characters side by side (BGR)
    std::vector<std::pair<int, int>> rows;     // per cell: its rows in the crop [top, bottom)
    std::vector<std::pair<int, int>> columns;  // per cell: its columns in `line` [left, right)

    bool isEmpty() const { return rows.empty(); }
    // The cell a character centred at `x` (pixels of `line`) belongs to: the nearest one.
    int cellAt(double x) const;
};

VerticalStrip stackVertical(const cv::Mat &tallBgr);

} // namespace ra::ocr
