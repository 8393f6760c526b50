#include "pageextraction.h"

#include "dates.h"
#include "invoicetextscan.h"
#include "pagegeometry.h"
#include "textnormalize.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::pdfx {

namespace {

const QString kSource = u"pdf:text"_s;

// Keys whose values are words stored as printed (full-width brackets kept), not codes,
// amounts or dates, which are normalized.
bool keepsPrintedForm(const QString &key)
{
    static const QStringList keys = {u"title"_s, u"buyer_name"_s, u"seller_name"_s, u"remark"_s,
                                     u"payee"_s, u"reviewer"_s, u"issuer"_s, u"passenger_name"_s,
                                     u"departure_station"_s, u"arrival_station"_s, u"seat_class"_s,
                                     u"total_in_words"_s};
    return keys.contains(key);
}

} // namespace

Field PageExtraction::fieldOf(const QString &value, const Span &span) const
{
    return makeField(value, kSource, polygonOf(span.box), m_page);
}

void PageExtraction::put(const QString &key, const QString &value, const Span &span, bool uncertain)
{
    if (value.isEmpty() || m_inv.has(key))
        return;
    // A value taken from the page as it stands (the span's folded text) is stored as printed.
    Field f = fieldOf(keepsPrintedForm(key) && value == span.text ? m_r.printedText(span) : value, span);
    f.uncertain = uncertain;
    m_inv.set(key, f);
}

Span PageExtraction::valueRightOf(const Span &label, double maxGap) const
{
    PageReader::RightOptions o;
    o.maxGap = maxGap;
    return m_r.rightOf(label, o);
}

// The printed title: the biggest horizontal writing on the page that names a 票.
Span PageExtraction::findTitle(bool mustNameTicket) const
{
    const QList<PdfChar> &chars = m_layer.chars();
    double maxH = 0;
    for (const PdfChar &c : chars)
        if (!c.vertical && isCjk(c.ch))
            maxH = std::max(maxH, c.box.height());
    if (maxH <= 0)
        return {};
    Span best;
    double bestH = 0;
    for (int li = 0; li < m_layer.lines().size(); ++li) {
        const PdfLine &line = m_layer.lines().at(li);
        // runs of big characters on this line, split at wide gaps
        QList<int> group;
        double groupH = 0;
        const auto flush = [&] {
            if (group.size() >= 4) {
                Span s = m_r.spanOf(group);
                const bool names = !mustNameTicket || s.text.contains(u'票') || s.text.contains(u"行程单");
                if (names && groupH > bestH) {
                    best = s;
                    bestH = groupH;
                }
            }
            group.clear();
            groupH = 0;
        };
        for (int k : line.chars) {
            const PdfChar &c = chars.at(k);
            if (c.vertical || c.box.height() < 0.55 * maxH) {
                flush();
                continue;
            }
            if (!group.isEmpty() && c.box.left() - chars.at(group.last()).box.right() > 2.0 * c.box.height())
                flush();
            group.append(k);
            groupH = std::max(groupH, c.box.height());
        }
        flush();
    }
    return best;
}

// The biggest writing on the page, whatever it says.
QString PageExtraction::headline() const
{
    return findTitle(false).text;
}

Span PageExtraction::digitsRightOf(const QStringList &labels, int minLen, int maxLen, bool allowBelow)
{
    for (const Span &label : m_r.findAny(labels)) {
        QList<Span> values{valueRightOf(label, 0.9)};
        if (allowBelow)
            values.append(m_r.below(label));
        for (const Span &v : values) {
            // skip a printed "No" / "№" and separators before the digits
            qsizetype start = 0;
            while (start < v.text.size() && !isDigit(v.text.at(start)) && start < 4)
                ++start;
            const Span digits = m_r.prefix(m_r.mid(v, start), isDigit);
            if (digits.text.size() >= minLen && digits.text.size() <= maxLen)
                return digits;
        }
    }
    return {};
}

void PageExtraction::readIdentity()
{
    const Span number = digitsRightOf({u"发票号码:"_s, u"发票号码"_s, u"票据号码:"_s}, 8, 20, true);
    put(u"number"_s, text::stripNumberPrefix(number.text), number);
    const Span code = digitsRightOf({u"发票代码:"_s, u"发票代码"_s}, 10, 12);
    put(u"code"_s, code.text, code);

    for (const Span &label : m_r.findAny({u"开票日期:"_s, u"开票日期"_s, u"填开日期:"_s, u"填开日期"_s})) {
        Span v = valueRightOf(label, 1.6);
        DateHit hit = findDate(v.text);
        if (!hit.date.isValid()) {
            v = m_r.below(label);
            hit = findDate(v.text);
        }
        if (hit.date.isValid()) {
            m_issueDate = m_r.mid(v, hit.at, hit.len);
            put(u"date"_s, dates::formatDate(hit.date), m_issueDate);
            break;
        }
    }

    for (const Span &label : m_r.findAny({u"校验码:"_s, u"校验码"_s})) {
        const Span v = m_r.filtered(valueRightOf(label, 1.6), isDigit);
        if (v.text.size() >= 20) {
            const Span code20 = m_r.mid(v, 0, 20);
            put(u"check_code"_s, code20.text, code20);
            break;
        }
    }
    const Span machine = digitsRightOf({u"机器编号:"_s, u"机器编号"_s}, 9, 15);
    put(u"machine_code"_s, machine.text, machine);
}

// The box right of a caption set in a column, one character above the other (备/注,
// 密/码/区): from the caption's top to its bottom, grown by a line, to the page's right edge.
std::optional<QRectF> PageExtraction::captionBox(QChar first, QChar last) const
{
    for (const Span &b : m_r.find(QString(first))) {
        // the character must stand alone: not the 备 of 设备
        const QList<PdfWord> &words = m_layer.lines().at(b.line).words;
        const bool alone = std::any_of(words.begin(), words.end(), [&](const PdfWord &w) {
            return w.text == QString(first) && w.box == b.box;
        });
        if (!alone)
            continue;
        const double h = std::max(b.height(), 1.0);
        for (const Span &z : m_r.find(QString(last))) {
            if (z.box.top() <= b.box.bottom() || z.box.top() > b.box.bottom() + 6 * h)
                continue;
            if (std::abs(z.box.center().x() - b.box.center().x()) > h)
                continue;
            return QRectF(QPointF(std::max(b.box.right(), z.box.right()) + 0.3 * h, b.box.top() - 1.3 * h),
                          QPointF(m_layer.pageSize().width(), z.box.bottom() + 1.3 * h));
        }
    }
    return std::nullopt;
}

// The printed lines inside `area`, one per page line.
QStringList PageExtraction::linesIn(const QRectF &area, Span *all) const
{
    QStringList lines;
    QList<int> chars;
    for (const PdfLine &line : m_layer.lines()) {
        QList<int> part;
        for (int k : line.chars)
            if (area.contains(m_layer.chars().at(k).box.center()))
                part.append(k);
        if (!part.isEmpty()) {
            lines.append(m_r.spacedText(m_r.spanOf(part)));
            chars += part;
        }
    }
    if (all)
        *all = m_r.spanOf(chars);
    return lines;
}

void PageExtraction::readRemark()
{
    if (const auto box = captionBox(u'备', u'注')) {
        Span inside;
        const QStringList lines = linesIn(*box, &inside);
        if (!lines.isEmpty())
            put(u"remark"_s, lines.join(u'\n'), inside);
    }
    // 密码区: the cipher of old-style invoices, lines of digits and + - * / < >
    if (const auto box = captionBox(u'密', u'区')) {
        Span inside;
        const QStringList lines = linesIn(*box, &inside);
        static const QRegularExpression cipher(u"^[0-9+\\-*/<>]{20,}$"_s);
        QStringList rows;
        for (const QString &l : lines)
            if (cipher.match(QString(l).remove(u' ')).hasMatch())
                rows.append(QString(l).remove(u' '));
        if (!rows.isEmpty() && rows.size() == lines.size())
            put(u"ciphertext"_s, rows.join(u'\n'), inside);
    }
}

void PageExtraction::readPeople()
{
    static const QStringList stops = {u"收款人"_s, u"复核"_s, u"开票人"_s, u"销售方"_s, u"销售"_s, u"(章)"_s};
    const auto person = [&](const QString &key, const QStringList &labels) {
        for (const Span &label : m_r.findAny(labels)) {
            PageReader::RightOptions o;
            o.maxStart = 6;
            o.maxGap = 0.8;
            const Span v = m_r.cutAt(m_r.rightOf(label, o), stops);
            if (!v.isEmpty() && !v.text.contains(u':')) {
                // 数电 invoices print "收款人:积塔;复核人:…" on one line: the name ends at the ';'
                put(key, text::withoutTrailingSeparators(m_r.printedText(v)), v);
                return;
            }
        }
    };
    person(u"payee"_s, {u"收款人:"_s});
    person(u"reviewer"_s, {u"复核人:"_s, u"复核:"_s});
    person(u"issuer"_s, {u"开票人:"_s});
}

std::optional<Invoice> PageExtraction::run()
{
    if (m_layer.isEmpty())
        return std::nullopt;
    const Span title = findTitle();
    int labels = 0;
    for (const QStringList &l : {QStringList{u"发票号码"_s}, QStringList{u"开票日期"_s, u"填开日期"_s},
                                 QStringList{u"价税合计"_s}, QStringList{u"发票代码"_s},
                                 QStringList{u"合计"_s}})
        labels += m_r.findAny(l).isEmpty() ? 0 : 1;
    // a goods list (销货清单) repeats the labels of its invoice: it is not one
    if (title.text.contains(u"清单") || headline().contains(u"清单") || (title.isEmpty() && labels < 2) || labels < 1)
        return std::nullopt;

    m_inv.page = m_page;
    const QSizeF size = m_layer.pageSize();
    m_inv.pageSize = QSizeF(size.width() * kPixelsPerPoint, size.height() * kPixelsPerPoint);
    if (!title.isEmpty()) {
        put(u"title"_s, title.text, title);
        if (const auto t = typeFromTitle(title.text)) {
            m_inv.type = *t;
            m_inv.typeSource = u"pdf:title"_s;
        }
    }

    readIdentity();
    if (m_inv.type == InvoiceType::DigitalTrain) {
        readTrain();
        readParties();
    } else if (m_inv.type == InvoiceType::DigitalFlight || m_inv.type == InvoiceType::FlightItinerary) {
        readFlight();
        readParties();
    } else {
        readParties();
        readTable();
        readTotals();
        readRemark();
        readPeople();
        // a toll e-invoice names its kind in the table (车牌号, 通行日期起), not the title
        if (m_inv.type == InvoiceType::VatElectronicNormal
            && std::any_of(m_columns.begin(), m_columns.end(),
                           [](const Column &c) { return c.key == u"start_date" || c.key == u"license_plate"; }))
            m_inv.type = InvoiceType::VatElectronicToll;
    }
    return m_inv;
}

} // namespace ra::pdfx
