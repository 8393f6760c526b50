#include "ocrinvoicereader.h"

#include "log.h"
#include "ocrcrosscheck.h"
#include "ocrreceiptreader.h"
#include "pagegeometry.h"
#include "local/pdfinvoiceextractor.h"
#include "textnormalize.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ra::ocr {

namespace {

const QString kSource = u"ocr"_s;

// Image pixels -> the upright, deskewed reading frame (same scale, same page size).
QTransform readingTransform(const OcrPage &page)
{
    const double w = page.imageSize.width(), h = page.imageSize.height();
    const QTransform turn = turnTransform(page.rotation, w, h);
    const bool quarter = page.rotation == 90 || page.rotation == 270;
    const double uw = quarter ? h : w, uh = quarter ? w : h;
    // the slope of the long lines' top edges, upright; weighted median by length
    std::vector<std::pair<double, double>> slopes;
    for (const OcrLine &l : page.lines) {
        if (l.quad.size() != 4 || l.upsideDown)
            continue;
        const QPolygonF q = turn.map(l.quad);
        const QLineF top(q.at(0), q.at(1));
        if (top.length() < 4 * QLineF(q.at(0), q.at(3)).length())
            continue;
        double a = std::atan2(top.dy(), top.dx()) * 180.0 / M_PI;
        if (std::abs(a) < 20)
            slopes.emplace_back(a, top.length());
    }
    double angle = 0;
    if (!slopes.empty()) {
        std::sort(slopes.begin(), slopes.end());
        double total = 0, acc = 0;
        for (const auto &s : slopes)
            total += s.second;
        for (const auto &s : slopes) {
            acc += s.second;
            if (acc >= total / 2) {
                angle = s.first;
                break;
            }
        }
    }
    QTransform deskew;
    if (std::abs(angle) > 0.3) {
        deskew.translate(uw / 2, uh / 2);
        deskew.rotate(-angle);
        deskew.translate(-uw / 2, -uh / 2);
    }
    return turn * deskew;
}

QRectF toPoints(const QRectF &px)
{
    return QRectF(px.x() / kPixelsPerPoint, px.y() / kPixelsPerPoint, px.width() / kPixelsPerPoint,
                  px.height() / kPixelsPerPoint);
}

struct Placed
{
    QPointF centre; // reading frame pixels
    ReadChar read;
};

// Fields read by the extractor: source "ocr", polygon back in image pixels, uncertain when a
// character under the value was read with low probability. `reading` gets those characters,
// left to right, for the cross-checks.
void finish(Field &f, const QTransform &back, const std::vector<Placed> &placed, QList<ReadChar> *reading = nullptr)
{
    if (f.isNull())
        return;
    f.source = kSource;
    if (f.polygon.size() >= 3) {
        const QRectF area = f.polygon.boundingRect().adjusted(-1, -1, 1, 1);
        std::vector<const Placed *> under;
        for (const Placed &p : placed)
            if (area.contains(p.centre))
                under.push_back(&p);
        std::stable_sort(under.begin(), under.end(), [](const Placed *a, const Placed *b) {
            return a->centre.x() < b->centre.x();
        });
        float worst = 1.f;
        for (const Placed *p : under) {
            worst = std::min(worst, p->read.score);
            if (reading)
                reading->append(p->read);
        }
        if (!under.empty() && worst < OcrInvoiceReader::kUncertainBelow)
            f.uncertain = true;
        f.polygon = back.map(f.polygon);
    }
}

} // namespace

PdfTextLayer OcrInvoiceReader::textLayer(const OcrPage &page, QTransform *toReading)
{
    const QTransform t = readingTransform(page);
    if (toReading)
        *toReading = t;
    QList<PdfChar> chars;
    QList<QRectF> runs;
    for (const OcrLine &l : page.lines) {
        const int run = int(runs.size());
        QRectF runBox;
        for (const OcrChar &c : l.chars) {
            // the recognizer's yuan sign is the full-width one, which fold() keeps
            const QString folded = text::fold(QString(c.ch == QChar(0xFFE5) ? QChar(0xA5) : c.ch));
            if (folded.isEmpty() || folded.at(0).isSpace())
                continue;
            const QRectF px = t.map(c.quad).boundingRect();
            const double step = px.width() / double(folded.size());
            for (qsizetype k = 0; k < folded.size(); ++k) {
                PdfChar pc;
                pc.ch = folded.at(k);
                pc.run = run;
                pc.vertical = l.vertical;
                pc.box = toPoints(QRectF(px.x() + step * double(k), px.y(), step, px.height()));
                chars.append(pc);
                runBox = runBox.isNull() ? pc.box : runBox.united(pc.box);
            }
        }
        runs.append(runBox);
    }
    // characters of a run left to right, or top to bottom when set vertically (an upside-down
    // line's were read in its own direction)
    std::stable_sort(chars.begin(), chars.end(), [](const PdfChar &a, const PdfChar &b) {
        if (a.run != b.run)
            return a.run < b.run;
        return a.vertical ? a.box.top() < b.box.top() : a.box.left() < b.box.left();
    });
    const bool quarter = page.rotation == 90 || page.rotation == 270;
    const QSizeF px = quarter ? QSizeF(page.imageSize.height(), page.imageSize.width()) : QSizeF(page.imageSize);
    return PdfTextLayer::fromChars(chars, runs, px / kPixelsPerPoint);
}

QList<Invoice> OcrInvoiceReader::extractInvoices(const OcrPage &page, int pageNumber)
{
    QTransform toReading;
    const PdfTextLayer layer = textLayer(page, &toReading);
    if (layer.isEmpty())
        return {};
    QList<Invoice> invoices = PdfInvoiceExtractor::extractInvoices(layer, pageNumber);
    // Receipts the extractor has no layout for (taxi, train, quota, roll, machine-printed) are
    // read by their own labels; what the extractor found besides fills the gaps.
    const InvoiceType layout = OcrReceiptReader::layoutOf(layer);
    if (layout != InvoiceType::Unknown || invoices.isEmpty()) {
        if (std::optional<Invoice> receipt = OcrReceiptReader::read(layer, pageNumber, layout)) {
            if (!invoices.isEmpty()) {
                const Invoice &found = invoices.first();
                for (auto it = found.fields.cbegin(); it != found.fields.cend(); ++it)
                    if (!receipt->has(it.key()))
                        receipt->set(it.key(), it.value());
                receipt->items = found.items;
                if (receipt->type == InvoiceType::Unknown) {
                    receipt->type = found.type;
                    receipt->typeSource = found.typeSource;
                }
            }
            invoices = {*receipt};
        }
    }
    std::vector<Placed> placed;
    for (const OcrLine &l : page.lines)
        for (const OcrChar &c : l.chars)
            placed.push_back(Placed{toReading.map(c.quad).boundingRect().center(),
                                    ReadChar{c.ch, c.score, c.alt, c.altScore}});
    const QTransform back = toReading.inverted();
    for (Invoice &inv : invoices) {
        inv.pageSize = QSizeF(page.imageSize);
        inv.orientation = page.rotation;
        if (inv.typeSource.startsWith(u"pdf:"))
            inv.typeSource = u"ocr:"_s + inv.typeSource.mid(4);
        FieldReadings readings;
        for (auto it = inv.fields.begin(); it != inv.fields.end(); ++it)
            finish(*it, back, placed, &readings[it.key()]);
        for (QList<FieldMap> *list : {&inv.items, &inv.flights, &inv.trips})
            for (FieldMap &m : *list)
                for (Field &f : m)
                    finish(f, back, placed);
        if (inv.region.size() >= 3)
            inv.region = back.map(inv.region);
        // 大写 against 小写, pre-tax + tax = total, tax-id check characters
        OcrCrossCheck::reconcile(inv, readings);
    }
    log::get("providers.local")->debug("ocr page {}: {} lines, {} invoice(s)", pageNumber, page.lines.size(),
                                       invoices.size());
    return invoices;
}

} // namespace ra::ocr
