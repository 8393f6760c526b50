#include "ocrlinerecognizer.h"

#include <QCoreApplication>
#include <QFile>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ra::ocr {

namespace {
constexpr int kHeight = 48;

// A character set in a full-width cell: CJK ideographs, kana, full-width forms
bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF01 && u <= 0xFF60)
        || (u >= 0x3000 && u <= 0x303F);
}
} // namespace

bool OcrLineRecognizer::load(const QStringList &paths, const QList<int> &widths, const QString &keys,
                             QString *error)
{
    QFile f(keys);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("OcrEngine", "The OCR character list %1 could not be read.").arg(keys);
        return false;
    }
    m_keys = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    while (!m_keys.isEmpty() && m_keys.last().isEmpty())
        m_keys.removeLast();
    for (QString &k : m_keys)
        if (k.endsWith(QLatin1Char('\r')))
            k.chop(1);
    m_keys.append(QStringLiteral(" ")); // PaddleOCR's use_space_char
    m_nets.clear();
    m_widths.clear();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        try {
            cv::dnn::Net net = cv::dnn::readNetFromONNX(paths.at(i).toStdString());
            net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
            net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
            m_nets.push_back(net);
            m_widths.append(widths.at(i));
        } catch (const cv::Exception &e) {
            if (error)
                *error = QCoreApplication::translate("OcrEngine", "The OCR recognizer %1 could not be loaded: %2")
                             .arg(paths.at(i), QString::fromStdString(e.what()).trimmed());
            return false;
        }
    }
    return !m_nets.empty();
}

int OcrLineRecognizer::bucketFor(int cropWidth, int cropHeight) const
{
    const int want = int(std::ceil(kHeight * double(cropWidth) / std::max(cropHeight, 1)));
    for (qsizetype i = 0; i < m_widths.size(); ++i)
        if (want <= m_widths.at(i))
            return int(i);
    return int(m_widths.size()) - 1;
}

cv::Mat OcrLineRecognizer::normalized(const cv::Mat &line, int width) const
{
    cv::Mat resized;
    cv::resize(line, resized, cv::Size(width, kHeight), 0, 0, cv::INTER_LINEAR);
    cv::Mat f;
    resized.convertTo(f, CV_32FC3, 2.0 / 255.0, -1.0); // (x / 255 - 0.5) / 0.5
    return f;
}

std::vector<OcrLineRecognizer::Hit> OcrLineRecognizer::run(const cv::Mat &input, double *pixelsPerStep)
{
    std::vector<Hit> hits;
    const int bucket = bucketFor(input.cols, kHeight);
    const int bw = m_widths.at(bucket);
    cv::Mat padded = cv::Mat::zeros(kHeight, bw, CV_32FC3);
    input(cv::Rect(0, 0, std::min(input.cols, bw), kHeight)).copyTo(padded(cv::Rect(0, 0, std::min(input.cols, bw), kHeight)));
    cv::dnn::Net &net = m_nets[size_t(bucket)];
    net.setInput(cv::dnn::blobFromImage(padded));
    const cv::Mat prob = net.forward();
    if (prob.dims != 3)
        return hits;
    const int steps = prob.size[1], classes = prob.size[2];
    *pixelsPerStep = double(bw) / steps;
    int prev = 0;
    for (int t = 0; t < steps; ++t) {
        const float *row = prob.ptr<float>(0, t);
        // best and runner-up in one pass (as cheap as max_element alone)
        int best = 0, second = -1;
        for (int c = 1; c < classes; ++c) {
            if (row[c] > row[best]) {
                second = best;
                best = c;
            } else if (second < 0 || row[c] > row[second]) {
                second = c;
            }
        }
        second = std::max(second, 0);
        if (best != 0 && best == prev && !hits.empty()) {
            hits.back().last = t;
            if (row[best] > hits.back().score) {
                hits.back().score = row[best];
                hits.back().alt = second;
                hits.back().altScore = row[second];
            }
        } else if (best != 0) {
            hits.push_back(Hit{best, t, t, row[best], second, row[second]});
        }
        prev = best;
    }
    return hits;
}

OcrLineRecognizer::Line OcrLineRecognizer::decode(const std::vector<Hit> &hits, double stepPx, double from,
                                                  double to, double resizedWidth, int cropWidth,
                                                  int cropHeight) const
{
    Line out;
    const double toCrop = double(cropWidth) / resizedWidth;
    double sum = 0;
    for (const Hit &hit : hits) {
        const double centre = ((hit.first + hit.last + 1) / 2.0) * stepPx;
        if (centre < from || centre >= to || hit.cls - 1 >= m_keys.size())
            continue;
        const QString s = m_keys.at(hit.cls - 1);
        if (s.isEmpty())
            continue;
        if (s.at(0).isSpace()) {
            if (!out.text.isEmpty() && !out.text.endsWith(QLatin1Char(' ')))
                out.text.append(s);
            continue;
        }
        Char c;
        c.ch = s.at(0);
        c.score = hit.score;
        if (hit.alt >= 1 && hit.alt - 1 < m_keys.size() && !m_keys.at(hit.alt - 1).isEmpty()
            && !m_keys.at(hit.alt - 1).at(0).isSpace()) {
            c.alt = m_keys.at(hit.alt - 1).at(0);
            c.altScore = hit.altScore;
        }
        const double x = (centre - from) * toCrop;
        // the line's crop has some margin above and below the glyphs: a character is about
        // 0.7 of the crop's height high, as wide for CJK, half as wide for Latin and digits
        const double half = (isWide(c.ch) ? 0.36 : 0.2) * cropHeight;
        c.left = std::max(0.0, x - half);
        c.right = std::min(double(cropWidth), x + half);
        out.text.append(s);
        out.chars.append(c);
        sum += c.score;
    }
    // neighbours never overlap: each ends where the next begins, halfway between their centres
    for (qsizetype k = 0; k + 1 < out.chars.size(); ++k) {
        Char &a = out.chars[k];
        Char &b = out.chars[k + 1];
        if (a.right > b.left) {
            const double mid = ((a.left + a.right) / 2 + (b.left + b.right) / 2) / 2;
            a.right = std::min(a.right, mid);
            b.left = std::max(b.left, mid);
        }
    }
    out.text = out.text.trimmed();
    out.score = out.chars.isEmpty() ? 0.f : float(sum / double(out.chars.size()));
    return out;
}

OcrLineRecognizer::Line OcrLineRecognizer::read(const cv::Mat &line)
{
    if (line.empty() || m_nets.empty())
        return {};
    const int w = std::clamp(int(std::ceil(kHeight * double(line.cols) / line.rows)), 1, m_widths.last());
    double stepPx = 8;
    const std::vector<Hit> hits = run(normalized(line, w), &stepPx);
    return decode(hits, stepPx, 0, w, w, line.cols, line.rows);
}

std::vector<OcrLineRecognizer::Line> OcrLineRecognizer::readPacked(const std::vector<cv::Mat> &lines, int rowWidth,
                                                                   int gap, const std::atomic_bool *cancel,
                                                                   const std::function<void(int read)> &onRun)
{
    std::vector<Line> out(lines.size());
    if (m_nets.empty())
        return out;
    rowWidth = std::min(rowWidth, m_widths.last());
    std::vector<int> widths(lines.size());
    std::vector<size_t> order;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].empty())
            continue;
        widths[i] = std::clamp(int(std::ceil(kHeight * double(lines[i].cols) / lines[i].rows)), 1, m_widths.last());
        order.push_back(i);
    }
    // first fit, widest first
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return widths[a] > widths[b]; });
    struct Row { std::vector<size_t> members; int used = 0; };
    std::vector<Row> rows;
    for (size_t i : order) {
        Row *fit = nullptr;
        if (widths[i] <= rowWidth)
            for (Row &r : rows)
                if (r.used + gap + widths[i] <= rowWidth) {
                    fit = &r;
                    break;
                }
        if (!fit) {
            rows.push_back(Row());
            fit = &rows.back();
            fit->used = -gap;
        }
        fit->members.push_back(i);
        fit->used += gap + widths[i];
    }
    int done = 0;
    for (const Row &r : rows) {
        if (cancel && cancel->load())
            break;
        cv::Mat input = cv::Mat::zeros(kHeight, std::max(r.used, 1), CV_32FC3);
        std::vector<int> starts;
        int x = 0;
        for (size_t i : r.members) {
            normalized(lines[i], widths[i]).copyTo(input(cv::Rect(x, 0, widths[i], kHeight)));
            starts.push_back(x);
            x += widths[i] + gap;
        }
        double stepPx = 8;
        const std::vector<Hit> hits = run(input, &stepPx);
        for (size_t k = 0; k < r.members.size(); ++k) {
            const size_t i = r.members[k];
            out[i] = decode(hits, stepPx, starts[k], starts[k] + widths[i], widths[i], lines[i].cols, lines[i].rows);
        }
        done += int(r.members.size());
        if (onRun)
            onRun(done);
    }
    return out;
}

} // namespace ra::ocr
