#pragma once

#include "invoice.h"
#include "pdfpagereader.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace ra::pdfx {

// The reading of one PDF invoice page: the page's labels are looked up with a PageReader and
// the values next to them put into one Invoice. Its steps are spread over files by the part
// of the invoice they read: pageextraction.cpp (title, number, date, remark, people, and the
// order of the steps), pageextractionparties.cpp (购买方 / 销售方), pageextractiontable.cpp
// (the goods table and the totals), pageextractiontickets.cpp (train and flight tickets).
class PageExtraction
{
public:
    PageExtraction(const PdfTextLayer &layer, int page)
        : m_layer(layer), m_r(layer), m_page(page)
    {
    }

    std::optional<Invoice> run();

private:
    void put(const QString &key, const QString &value, const Span &span, bool uncertain = false);
    Field fieldOf(const QString &value, const Span &span) const;
    Span findTitle(bool mustNameTicket = true) const;
    QString headline() const;
    std::optional<QRectF> captionBox(QChar first, QChar last) const;
    QStringList linesIn(const QRectF &area, Span *all = nullptr) const;
    Span digitsRightOf(const QStringList &labels, int minLen, int maxLen, bool allowBelow = false);
    Span valueRightOf(const Span &label, double maxGap = 1.5) const;

    void readIdentity();
    void readParties();
    void readTable();
    void readTotals();
    // The 合计 labels of the goods table's totals row (not 价税合计).
    QList<Span> totalsRowLabels() const;
    // For a page without any: the line of the table that holds nothing but ¥ amounts (a photo
    // whose 合计 went unread), or -1.
    int unlabelledTotalsLine() const;
    void readRemark();
    void readPeople();
    void readTrain();
    void readFlight();

    const PdfTextLayer &m_layer;
    PageReader m_r;
    int m_page;
    Invoice m_inv;
    Span m_issueDate;
    Span m_taxStars;      // a tax printed as "***" (免税)
    // the goods table, when there is one
    struct Column { QString key; Span header; };
    QList<Column> m_columns;
    double m_tableTop = -1;
    double m_tableBottom = -1;
};

} // namespace ra::pdfx
