#pragma once

#include "export/exportsource.h"
#include "export/pagerenderqueue.h"

#include <QImage>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <memory>

namespace ra {

// The pictures of the invoices for the claim report, rendered a few invoices ahead of the page
// being painted, through the export's PageRenderQueue (ExportSource::renderQueue: worker
// processes in the desk and the command line; in this process when unset). Each is drawn at
// the resolution its printed size needs (ExportOptions::printDpi at the size it is printed,
// not at the original's size), and an invoice that shares its page with others is cropped to
// its region. Original bytes are fetched on the calling thread (the claim file's connection
// belongs to it).
class ReportPageImages
{
public:
    struct Picture
    {
        QImage image;
        QString error;       // why there is no image ("missing": the original is not in the claim)
        QString errorCode;   // ErrorCode of a page that could not be drawn (timeout, crashed, …)
    };

    // `slotInches`: the largest size an invoice is printed at.
    ReportPageImages(const ExportSource &source, double printDpi, const QSizeF &slotInches, int lookahead = 4);
    ~ReportPageImages();

    // The picture of invoice `index` (claim order); waits for it if it is not ready yet.
    Picture take(int index);

    // The resolution invoice `index` is rendered at.
    double dpiFor(int index) const;

private:
    void start(int index);

    const ExportSource &m_source;
    double m_printDpi;
    QSizeF m_slotInches;
    int m_lookahead;
    std::unique_ptr<PageRenderQueue> m_queue;
    QSet<int> m_started;   // started and not taken yet; an index without bytes is never started
};

} // namespace ra
