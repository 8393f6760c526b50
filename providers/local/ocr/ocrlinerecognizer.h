#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <atomic>
#include <functional>
#include <vector>

namespace ra::ocr {

// PP-OCRv4 text line recognition (SVTR-LCNet with a CTC head) on OpenCV's DNN module. A line
// crop is resized to height 48 keeping its aspect, padded to the narrowest width bucket that
// holds it (320/640/960/1280: one converted model per bucket, OpenCV 4.6 needs fixed shapes) and
// decoded greedily: the most probable class per time step (8 px of input), repeats merged,
// blanks dropped, over ppocr_keys_v1.txt (6623 characters, then ' ').
// Not thread-safe: one instance per thread.
class OcrLineRecognizer
{
public:
    struct Char
    {
        QChar ch;
        float score = 0;   // the class probability at its best time step
        // The runner-up class at that time step and its probability (a null QChar when it is the
        // blank or a space): what a check character or a sum can choose when `ch` fails them.
        QChar alt;
        float altScore = 0;
        double left = 0;   // its extent along the crop, in crop pixels
        double right = 0;
    };
    struct Line
    {
        QString text;
        float score = 0;   // mean of the characters' scores (0 for an empty line)
        QList<Char> chars;
    };

    // `paths` and `widths` as OcrModelFiles has them; `keys` the character list.
    bool load(const QStringList &paths, const QList<int> &widths, const QString &keys, QString *error);

    // The bucket a crop of this size goes into (for grouping lines by bucket).
    int bucketFor(int cropWidth, int cropHeight) const;

    Line read(const cv::Mat &bgrLine);

    // Many lines at once: short lines are packed side by side, `gap` pixels apart, into inputs
    // of at most `rowWidth` pixels (a network run costs about the same for one 300 px label padded
    // to 320 as for three packed), each line's characters taken from its own stretch of the
    // output. Lines wider than a row are read alone. Results in the order of `lines`.
    // `cancel` is checked between runs; a cancelled call returns what it has read. `onRun` is
    // told how many lines have been read after each run.
    std::vector<Line> readPacked(const std::vector<cv::Mat> &lines, int rowWidth, int gap,
                                 const std::atomic_bool *cancel, const std::function<void(int read)> &onRun = {});

private:
    struct Hit { int cls; int first; int last; float score; int alt; float altScore; };
    // One network run on a 48-pixel-high input of `width` pixels (padded to its bucket).
    std::vector<Hit> run(const cv::Mat &input48, double *pixelsPerStep);
    // Characters of the hits whose centres lie in [from, to) input pixels, placed along a crop
    // `cropWidth` x `cropHeight` that was resized to `resizedWidth`.
    Line decode(const std::vector<Hit> &hits, double pixelsPerStep, double from, double to,
                double resizedWidth, int cropWidth, int cropHeight) const;
    cv::Mat normalized(const cv::Mat &bgrLine, int width) const;

    std::vector<cv::dnn::Net> m_nets;
    QList<int> m_widths;
    QStringList m_keys; // class i (i >= 1) is m_keys[i - 1]
};

} // namespace ra::ocr
