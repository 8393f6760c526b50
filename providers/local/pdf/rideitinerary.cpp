#include "rideitinerary.h"

#include "dates.h"
#include "money.h"
#include "pagegeometry.h"
#include "pdfpagereader.h"
#include "pdf/pdftextlayer.h"
#include "supportingdocuments.h"
#include "textnormalize.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::pdfx {

namespace {

const QString kSource = u"pdf:text"_s;

QPolygonF polygonOf(const QRectF &pt)
{
    const QRectF r(pt.x() * kPixelsPerPoint, pt.y() * kPixelsPerPoint, pt.width() * kPixelsPerPoint,
                   pt.height() * kPixelsPerPoint);
    return QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
}

// "共3笔行程，合计137.10元" (folded: the comma is ASCII; blanks are gone from line texts).
const QRegularExpression &countAndTotal()
{
    static const QRegularExpression re(u"共([0-9]{1,4})笔行程[,;]?(?:合计|总计|共计)?([0-9]+(?:\\.[0-9]{1,2})?)元"_s);
    return re;
}

bool namesItinerary(const QString &all)
{
    return all.contains(u"行程单") || all.contains(u"行程报销单");
}

// The column a trip-table caption heads.
QString columnKey(const QString &caption)
{
    static const QList<QPair<QString, QString>> keys = {
        {u"序号"_s, u"index"_s},   {u"车型"_s, u"car_type"_s}, {u"上车时间"_s, u"time"_s},
        {u"用车时间"_s, u"time"_s}, {u"时间"_s, u"time"_s},      {u"城市"_s, u"city"_s},
        {u"起点"_s, u"from"_s},    {u"上车地点"_s, u"from"_s},  {u"终点"_s, u"to"_s},
        {u"下车地点"_s, u"to"_s},  {u"里程"_s, u"mileage"_s},   {u"金额"_s, u"total"_s},
        {u"服务商"_s, u"provider"_s}, {u"备注"_s, u"remark"_s},
    };
    for (const auto &[word, key] : keys)
        if (caption.startsWith(word))
            return key;
    return {};
}

class Extraction
{
public:
    Extraction(const PdfTextLayer &layer, int page)
        : m_layer(layer), m_r(layer), m_page(page)
    {
    }

    std::optional<Invoice> run();

private:
    Field fieldOf(const QString &value, const Span &span) const
    {
        return makeField(value, kSource, polygonOf(span.box), m_page);
    }
    void put(const QString &key, const QString &value, const Span &span, bool uncertain = false)
    {
        if (value.isEmpty() || m_inv.has(key))
            return;
        Field f = fieldOf(value, span);
        f.uncertain = uncertain;
        m_inv.set(key, f);
    }
    // The characters of line `li` at text positions [from, from + count).
    Span lineSpan(int li, qsizetype from, qsizetype count) const
    {
        Span s = m_r.spanOf(m_layer.lines().at(li).chars.mid(from, count));
        s.line = li;
        return s;
    }
    void readTitle();
    void readDates();
    void readCountAndTotal();
    void readTrips();

    const PdfTextLayer &m_layer;
    PageReader m_r;
    int m_page;
    Invoice m_inv;
    int m_count = -1;
    std::optional<qint64> m_totalFen;
};

// The title: the tallest line that names the 行程单.
void Extraction::readTitle()
{
    int best = -1;
    for (int li = 0; li < m_r.lineCount(); ++li) {
        if (!namesItinerary(m_r.lineText(li)))
            continue;
        if (best < 0 || m_r.line(li).height > m_r.line(best).height)
            best = li;
    }
    if (best < 0)
        return;
    const Span title = m_r.spanOf(m_r.line(best).chars);
    put(u"title"_s, m_r.spacedText(title), title);
    const QString platform = ridePlatformOf(m_r.printedText(title));
    put(u"platform"_s, platform, title);
    m_inv.type = platform == u"滴滴出行" ? InvoiceType::DidiItinerary : InvoiceType::RideItinerary;
    m_inv.typeSource = u"pdf:title"_s;
}

// 申请日期 (the date it was made out) and the trip period (行程起止日期 … 至 …).
void Extraction::readDates()
{
    static const QRegularExpression date(u"(20[0-9]{2})[-./年]([0-9]{1,2})[-./月]([0-9]{1,2})日?"_s);
    const auto datesOn = [&](int li) {
        QList<QPair<QDate, Span>> out;
        auto it = date.globalMatch(m_r.lineText(li));
        while (it.hasNext()) {
            const auto m = it.next();
            const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (d.isValid())
                out.append({d, lineSpan(li, m.capturedStart(0), m.capturedLength(0))});
        }
        return out;
    };
    for (int li = 0; li < m_r.lineCount(); ++li) {
        const QString &t = m_r.lineText(li);
        const qsizetype applied = std::max(t.indexOf(u"申请日期"), t.indexOf(u"申请时间"));
        const qsizetype period = std::max({t.indexOf(u"行程起止日期"), t.indexOf(u"行程时间"), t.indexOf(u"行程日期")});
        const QList<QPair<QDate, Span>> found = datesOn(li);
        for (const auto &[d, span] : found) {
            // a date belongs to the nearest label before it on its line
            const qsizetype pos = m_layer.lines().at(li).chars.indexOf(span.chars.first());
            const qsizetype a = applied >= 0 && applied < pos ? applied : -1;
            const qsizetype p = period >= 0 && period < pos ? period : -1;
            if (a < 0 && p < 0)
                continue;
            if (a > p)
                put(u"date"_s, dates::formatDate(d), span);
            else if (!m_inv.has(u"travel_date"_s))
                put(u"travel_date"_s, dates::formatDate(d), span);
            else
                put(u"travel_date_end"_s, dates::formatDate(d), span);
        }
    }
}

void Extraction::readCountAndTotal()
{
    for (int li = 0; li < m_r.lineCount(); ++li) {
        const auto m = countAndTotal().match(m_r.lineText(li));
        if (!m.hasMatch())
            continue;
        m_count = m.captured(1).toInt();
        const Span count = lineSpan(li, m.capturedStart(1), m.capturedLength(1));
        put(u"trip_count"_s, QString::number(m_count), count);
        m_totalFen = money::parseFen(m.captured(2));
        if (m_totalFen)
            put(u"total"_s, money::formatFen(*m_totalFen), lineSpan(li, m.capturedStart(2), m.capturedLength(2)));
        return;
    }
}

// The trip table: a header line with 序号 and 上车时间 (or 起点); each row starts with its
// number in the 序号 column, and a long address wraps onto lines without a number.
void Extraction::readTrips()
{
    int header = -1;
    for (int li = 0; li < m_r.lineCount() && header < 0; ++li) {
        const QString &t = m_r.lineText(li);
        if (t.contains(u"序号") && (t.contains(u"时间") || t.contains(u"起点")))
            header = li;
    }
    if (header < 0)
        return;
    // Columns: each caption word of the header line, split at the gaps between them.
    struct Column { QString key; double left; double right; };
    QList<Column> columns;
    for (const PdfWord &w : m_r.line(header).words) {
        const QString key = columnKey(w.text);
        if (!key.isEmpty())
            columns.append({key, w.box.left(), w.box.right()});
    }
    if (columns.size() < 3)
        return;
    std::sort(columns.begin(), columns.end(), [](const Column &a, const Column &b) { return a.left < b.left; });
    // A word belongs to the last column whose caption starts before it (a little slack for
    // values centred under short captions): cells start under their caption, and a long one
    // ("10-10 18:52 周六") runs towards the next caption without reaching it.
    const double slack = 0.6 * std::max(m_r.line(header).height, 1.0);
    const auto columnOf = [&columns, slack](double left) {
        qsizetype c = 0;
        while (c + 1 < columns.size() && left >= columns.at(c + 1).left - slack)
            ++c;
        return c;
    };

    struct Row { QMap<QString, QList<int>> cells; };
    QList<Row> rows;
    const double headerBottom = m_r.line(header).box.bottom();
    for (int li = header + 1; li < m_r.lineCount(); ++li) {
        const PdfLine &line = m_r.line(li);
        if (line.box.top() < headerBottom)
            continue;
        const QString &t = m_r.lineText(li);
        if (t.startsWith(u"说明") || t.startsWith(u"页码") || t.contains(u"笔行程"))
            break;
        QMap<QString, QList<int>> cells;
        for (const PdfWord &w : line.words)
            cells[columns.at(columnOf(w.box.left())).key] += w.chars;
        const QString index = m_r.spanOf(cells.value(u"index"_s)).text;
        static const QRegularExpression number(u"^[0-9]{1,4}$"_s);
        if (number.match(index).hasMatch()) {
            rows.append(Row{cells});
        } else if (!rows.isEmpty()) {
            for (auto it = cells.cbegin(); it != cells.cend(); ++it)
                rows.last().cells[it.key()] += it.value();
        }
    }
    qint64 sum = 0;
    bool sumKnown = !rows.isEmpty();
    for (const Row &row : std::as_const(rows)) {
        FieldMap trip;
        for (auto it = row.cells.cbegin(); it != row.cells.cend(); ++it) {
            const QString &key = it.key();
            if (key == u"index" || key == u"remark")
                continue;
            const Span s = m_r.spanOf(it.value());
            QString value;
            if (key == u"total") {
                const auto fen = money::parseFen(s.text);
                if (fen) {
                    value = money::formatFen(*fen);
                    sum += *fen;
                }
            } else if (key == u"mileage") {
                static const QRegularExpression km(u"^[0-9]+(\\.[0-9]+)?"_s);
                value = km.match(s.text).captured(0);
            } else {
                value = m_r.spacedText(s).trimmed();
            }
            if (!value.isEmpty())
                trip.insert(key == u"provider" ? u"carrier"_s : key, fieldOf(value, s));
        }
        sumKnown = sumKnown && trip.contains(u"total"_s);
        if (!trip.isEmpty())
            m_inv.trips.append(trip);
    }
    // The header states what the rows must add up to: a difference is said, not hidden.
    if (m_count >= 0 && !m_inv.trips.isEmpty() && m_inv.trips.size() != m_count)
        m_inv.fields[u"trip_count"_s].uncertain = true;
    if (m_totalFen && sumKnown && sum != *m_totalFen)
        m_inv.fields[u"total"_s].uncertain = true;
    if (!m_totalFen && sumKnown)
        put(u"total"_s, money::formatFen(sum), m_r.spanOf({}), true);
}

std::optional<Invoice> Extraction::run()
{
    m_inv.page = m_page;
    m_inv.pageSize = m_layer.pageSize() * kPixelsPerPoint;
    readTitle();
    readDates();
    readCountAndTotal();
    readTrips();
    if (m_inv.fields.isEmpty() && m_inv.trips.isEmpty())
        return std::nullopt;
    return m_inv;
}

} // namespace

bool looksLikeRideItinerary(const PdfTextLayer &layer)
{
    if (layer.isEmpty())
        return false;
    PageReader r(layer);
    QString all;
    for (int li = 0; li < r.lineCount(); ++li)
        all += r.lineText(li);
    if (!namesItinerary(all) || all.contains(u"发票号码") || all.contains(u"航空运输"))
        return false;
    const bool stated = countAndTotal().match(all).hasMatch();
    const bool table = all.contains(u"上车时间") || (all.contains(u"起点") && all.contains(u"终点"));
    return stated || table;
}

std::optional<Invoice> extractRideItinerary(const PdfTextLayer &layer, int pageNumber)
{
    if (!looksLikeRideItinerary(layer))
        return std::nullopt;
    return Extraction(layer, pageNumber).run();
}

} // namespace ra::pdfx
