#include "pagerotation.h"

#include "glyphmetrics.h"

#include <QImage>
#include <QPdfDocument>

#include <algorithm>
#include <cmath>

namespace ra::pdftext {

QRectF toDisplay(const QRectF &q, int rotation, const QSizeF &display)
{
    const double hq = display.height(); // QtPdf flipped y with the displayed height
    const double l = q.left(), r = q.right();
    const double t = hq - q.top(), b = t - q.height(); // unrotated user space, y up
    switch (rotation) {
    case 90: return QRectF(QPointF(b, l), QPointF(t, r));
    case 180: return QRectF(QPointF(display.width() - r, b), QPointF(display.width() - l, t));
    case 270: return QRectF(QPointF(display.width() - t, display.height() - r),
                            QPointF(display.width() - b, display.height() - l));
    default: return q;
    }
}

bool looksTurned(const QString &text, const QList<QRectF> &runs, const QSizeF &display)
{
    int tall = 0, wide = 0, outside = 0, across = 0, down = 0;
    for (qsizetype j = 0; j < runs.size(); ++j) {
        const QRectF &r = runs.at(j);
        if (r.height() > 2.5 * r.width() && r.width() > 0.5)
            ++tall;
        else if (r.width() > 2.5 * r.height() && r.height() > 0.5)
            ++wide;
        if (r.top() < -2 || r.bottom() > display.height() + 2 || r.right() > display.width() + 2)
            ++outside;
        if (j == 0)
            continue;
        const QRectF &p = runs.at(j - 1);
        const double size = std::min(std::max({r.width(), r.height(), p.width(), p.height()}), 30.0);
        const double gapX = std::max(0.0, std::max(r.left(), p.left()) - std::min(r.right(), p.right()));
        const double gapY = std::max(0.0, std::max(r.top(), p.top()) - std::min(r.bottom(), p.bottom()));
        if (gapX > 1.5 * size || gapY > 1.5 * size)
            continue; // not neighbours
        const QPointF d = r.center() - p.center();
        if (std::abs(d.x()) > 2 * std::abs(d.y()))
            ++across;
        else if (std::abs(d.y()) > 2 * std::abs(d.x()))
            ++down;
    }
    qsizetype visible = 0;
    for (QChar c : text)
        visible += kindOf(c) == Visible ? 1 : 0;
    const bool perGlyph = visible > 0 && std::abs(double(visible - runs.size())) < 0.1 * double(visible);
    if (perGlyph)
        return down >= 5 && down > 2 * across;
    return tall >= 3 && tall > 2 * wide && (outside > 0 || tall > 4 * wide) && down >= across;
}

int turnByInk(QPdfDocument &doc, int page, const QList<QRectF> &runs, const QSizeF &display)
{
    const double scale = 300.0 / std::max(display.width(), 1.0);
    const QSize size(std::max(1, int(display.width() * scale)), std::max(1, int(display.height() * scale)));
    const QImage img = doc.render(page, size).convertToFormat(QImage::Format_ARGB32);
    if (img.isNull())
        return 90;
    const auto inkIn = [&](int rotation) {
        double ink = 0;
        for (const QRectF &q : runs) {
            const QRectF d = toDisplay(q, rotation, display);
            const QRect px = QRectF(d.left() * scale, d.top() * scale, d.width() * scale, d.height() * scale)
                                 .toAlignedRect().intersected(img.rect());
            if (px.isEmpty())
                continue;
            int dark = 0;
            for (int y = px.top(); y <= px.bottom(); ++y) {
                const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
                for (int x = px.left(); x <= px.right(); ++x)
                    if (qAlpha(line[x]) > 128 && qGray(line[x]) < 160)
                        ++dark;
            }
            ink += double(dark) / double(px.width() * px.height());
        }
        return ink;
    };
    return inkIn(270) > inkIn(90) ? 270 : 90;
}

} // namespace ra::pdftext
