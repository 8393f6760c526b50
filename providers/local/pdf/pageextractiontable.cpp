#include "pageextraction.h"

#include "chineseamount.h"
#include "dates.h"
#include "invoicetextscan.h"
#include "money.h"
#include "textnormalize.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::pdfx {

// ---------------------------------------------------------------------------------------
// The goods table: header, rows, 合计

void PageExtraction::readTable()
{
    static const QStringList nameHeaders = {u"货物或应税劳务、服务名称"_s, u"货物或应税劳务名称"_s,
                                            u"项目名称"_s, u"服务名称"_s};
    Span nameHeader = m_r.findFirst(nameHeaders);
    if (nameHeader.isEmpty())
        return;
    const QString &ht = m_r.lineText(nameHeader.line);
    const QList<int> &hc = m_layer.lines().at(nameHeader.line).chars;
    struct Def { QString key; QStringList labels; };
    static const QList<Def> defs = {
        {u"spec"_s, {u"规格型号"_s}},
        {u"license_plate"_s, {u"车牌号"_s}},
        {u"vehicle_type"_s, {u"类型"_s}},
        {u"start_date"_s, {u"通行日期起"_s}},
        {u"end_date"_s, {u"通行日期止"_s}},
        {u"unit"_s, {u"单位"_s}},
        {u"quantity"_s, {u"数量"_s}},
        {u"unit_price"_s, {u"单价"_s}},
        {u"amount"_s, {u"金额"_s}},
        {u"tax_rate"_s, {u"税率/征收率"_s, u"税率"_s, u"征收率"_s}},
        {u"tax_amount"_s, {u"税额"_s}},
    };
    m_columns.append({u"name"_s, nameHeader});
    for (const Def &d : defs) {
        for (const QString &label : d.labels) {
            qsizetype at = ht.indexOf(label);
            // 税额 inside 税率/征收率? no; but 金额 must not be read inside 税额 etc.
            while (at >= 0) {
                const Span s = m_r.spanOf(hc.mid(at, label.size()));
                const bool taken = std::any_of(m_columns.begin(), m_columns.end(), [&](const Column &c) {
                    return c.header.box.intersects(s.box);
                });
                if (!taken) {
                    m_columns.append({d.key, s});
                    break;
                }
                at = ht.indexOf(label, at + 1);
            }
            if (at >= 0)
                break;
        }
    }
    std::sort(m_columns.begin(), m_columns.end(),
              [](const Column &a, const Column &b) { return a.header.box.left() < b.header.box.left(); });
    m_tableTop = nameHeader.box.bottom();

    // the table ends at 合计 (or 价税合计 when there is no 合计 row)
    double end = -1;
    const QList<Span> totalsLabels = totalsRowLabels();
    for (const Span &s : totalsLabels)
        if (s.box.top() > m_tableTop && (end < 0 || s.box.top() < end))
            end = s.box.top();
    if (const int row = totalsLabels.isEmpty() ? unlabelledTotalsLine() : -1; row >= 0)
        end = m_layer.lines().at(row).box.top();
    if (end < 0)
        for (const Span &s : m_r.find(u"价税合计"_s))
            if (s.box.top() > m_tableTop && (end < 0 || s.box.top() < end))
                end = s.box.top();
    if (end < 0)
        return;
    m_tableBottom = end;

    // Which column a piece of a row belongs to. Figures are set flush right or centred:
    // their cell reaches from halfway after the previous header to the start of the next
    // header. Text is set flush left or centred: its cell lies between the midpoints of the
    // header centres. A piece is the characters of one text run: a long item name that runs
    // under the next header stays in its column.
    const auto columnOf = [this](const Span &piece) {
        static const QRegularExpression figure(u"^[-+¥0-9.,%*]+$"_s);
        const bool isFigure = figure.match(piece.text).hasMatch();
        const QRectF &b = piece.box;
        int best = -1;
        double bestOverlap = -1e18;
        for (int i = 0; i < m_columns.size(); ++i) {
            const QRectF &h = m_columns.at(i).header.box;
            double left = -1e9, right = 1e9;
            if (isFigure) {
                if (i > 0)
                    left = (m_columns.at(i - 1).header.box.right() + h.left()) / 2;
                if (i + 1 < m_columns.size())
                    right = m_columns.at(i + 1).header.box.left();
            } else {
                if (i > 0)
                    left = (m_columns.at(i - 1).header.box.center().x() + h.center().x()) / 2;
                if (i + 1 < m_columns.size())
                    right = (m_columns.at(i + 1).header.box.center().x() + h.center().x()) / 2;
            }
            // ties (cells overlap by design) go to the nearer header
            const double overlap = std::min(b.right(), right) - std::max(b.left(), left)
                - 1e-6 * std::abs(b.center().x() - h.center().x());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = i;
            }
        }
        return best;
    };
    // Generators that place every glyph on its own make runs of one character: there the
    // pieces are the characters that touch.
    QHash<int, int> runSize;
    for (const PdfChar &c : m_layer.chars())
        ++runSize[c.run];

    QList<FieldMap> items;
    FieldMap cur;
    QMap<QString, Span> curSpans;
    bool curHasAmount = false;
    const auto finish = [&] {
        if (curSpans.isEmpty())
            return;
        FieldMap item;
        for (auto it = curSpans.cbegin(); it != curSpans.cend(); ++it) {
            const QString &key = it.key();
            const Span &s = it.value();
            QString value;
            if (key == u"name" || key == u"spec" || key == u"unit" || key == u"vehicle_type")
                value = cur.value(key).value;
            else if (key == u"amount" || key == u"tax_amount") {
                if (const auto fen = fenOf(s.text))
                    value = money::formatFen(*fen);
            } else if (key == u"start_date" || key == u"end_date") {
                if (const auto d = dates::parseDate(s.text))
                    value = dates::formatDate(*d);
            } else {
                value = s.text;
            }
            if (!value.isEmpty())
                item.insert(key, fieldOf(value, s));
        }
        if (!item.isEmpty())
            items.append(item);
        cur.clear();
        curSpans.clear();
        curHasAmount = false;
    };

    for (int li = 0; li < m_layer.lines().size(); ++li) {
        const PdfLine &line = m_layer.lines().at(li);
        if (line.box.center().y() <= m_tableTop || line.box.center().y() >= m_tableBottom)
            continue;
        QMap<QString, QList<int>> cells;
        QList<int> piece;
        const auto place = [&] {
            if (piece.isEmpty())
                return;
            const int c = columnOf(m_r.spanOf(piece));
            if (c >= 0)
                cells[m_columns.at(c).key].append(piece);
            piece.clear();
        };
        for (int k : line.chars) {
            const PdfChar &ch = m_layer.chars().at(k);
            if (!piece.isEmpty()) {
                const PdfChar &prev = m_layer.chars().at(piece.last());
                const double gap = ch.box.left() - prev.box.right();
                const bool glyphRuns = runSize.value(prev.run) == 1 && runSize.value(ch.run) == 1;
                if (glyphRuns ? gap > 0.5 * std::max(line.height, 1.0)
                              : prev.run != ch.run || gap > 2.0 * std::max(line.height, 1.0))
                    place();
            }
            piece.append(k);
        }
        place();
        if (cells.isEmpty())
            continue;
        const Span amount = m_r.spanOf(cells.value(u"amount"_s));
        const bool hasAmount = fenOf(amount.text).has_value();
        const QString nameText = m_r.spacedText(m_r.spanOf(cells.value(u"name"_s)));
        const bool startsItem = text::fold(nameText).startsWith(u'*');
        if (hasAmount) {
            if (!(curHasAmount == false && !curSpans.isEmpty() && !startsItem))
                finish();
        } else if (startsItem || curSpans.isEmpty()) {
            finish();
        }
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const QString &key = it.key();
            const Span s = m_r.spanOf(it.value());
            if (key == u"name" || key == u"spec" || key == u"unit" || key == u"vehicle_type") {
                // a long name wraps onto the next lines: the parts join without a blank
                Field f = cur.value(key);
                f.value += m_r.spacedText(s);
                cur.insert(key, f);
                Span &acc = curSpans[key];
                acc.chars += s.chars;
                acc.box = acc.box.isNull() ? s.box : acc.box.united(s.box);
                acc.text += s.text;
            } else if (!curSpans.contains(key)) {
                curSpans.insert(key, s);
            }
        }
        curHasAmount = curHasAmount || hasAmount;
    }
    finish();
    m_inv.items = items;
}

QList<Span> PageExtraction::totalsRowLabels() const
{
    QList<Span> labels;
    for (const Span &s : m_r.find(u"合计"_s))
        if (!m_r.lineText(s.line).contains(u"价税合计"))
            labels.append(s);
    if (!labels.isEmpty())
        return labels;
    // A photo's 计 can be misread (合 廿): a line that begins with 合 and goes on with ¥
    // amounts, and is not the 价税合计 line, is the totals row all the same.
    for (const Span &s : m_r.find(u"合"_s)) {
        const QString &lt = m_r.lineText(s.line);
        if (s.chars.first() == m_layer.lines().at(s.line).chars.value(0) && !lt.contains(u"价税合计")
            && (lt.contains(u'¥') || lt.contains(u'￥')))
            labels.append(s);
    }
    return labels;
}

int PageExtraction::unlabelledTotalsLine() const
{
    static const QRegularExpression onlyAmounts(u"^([¥￥][0-9][0-9,]*\\.[0-9]{2})+$"_s);
    double below = 1e18; // the 价税合计 line
    for (const Span &s : m_r.find(u"价税合计"_s))
        below = std::min(below, s.box.top());
    int found = -1;
    for (int li = 0; li < m_r.lineCount(); ++li) {
        const QRectF &box = m_layer.lines().at(li).box;
        if (box.center().y() > m_tableTop && box.bottom() <= below && onlyAmounts.match(m_r.lineText(li)).hasMatch())
            found = li; // the last such line above 价税合计
    }
    return found;
}

void PageExtraction::readTotals()
{
    // 合计: pre-tax amount and tax, under the 金额 and 税额 columns when the table has them;
    // the row's amounts alone where its 合计 went unread
    QList<std::pair<Span, double>> rows; // what follows the label, the label's height
    const QList<Span> labels = totalsRowLabels();
    for (const Span &label : labels) {
        PageReader::RightOptions o;
        o.maxStart = 60;
        o.maxGap = 60;
        rows.append({m_r.rightOf(label, o), label.height()});
    }
    if (const int line = labels.isEmpty() ? unlabelledTotalsLine() : -1; line >= 0)
        rows.append({m_r.spanOf(m_layer.lines().at(line).chars), m_layer.lines().at(line).height});
    for (const auto &[rest, labelHeight] : std::as_const(rows)) {
        // split into tokens at gaps
        QList<Span> tokens;
        QList<int> cur;
        for (int i = 0; i < rest.chars.size(); ++i) {
            const PdfChar &c = m_layer.chars().at(rest.chars.at(i));
            if (!cur.isEmpty()) {
                const PdfChar &p = m_layer.chars().at(cur.last());
                if (c.box.left() - p.box.right() > 0.8 * std::max(labelHeight, 1.0)) {
                    tokens.append(m_r.spanOf(cur));
                    cur.clear();
                }
            }
            cur.append(rest.chars.at(i));
        }
        if (!cur.isEmpty())
            tokens.append(m_r.spanOf(cur));
        QList<Span> amounts;
        for (const Span &t : tokens)
            if (fenOf(t.text) || isStars(t.text))
                amounts.append(t);
        if (amounts.isEmpty())
            continue;
        Span pretax, tax;
        const auto columnBox = [this](const QString &key) -> std::optional<QRectF> {
            for (int i = 0; i < m_columns.size(); ++i)
                if (m_columns.at(i).key == key) {
                    const QRectF &h = m_columns.at(i).header.box;
                    const double left = i == 0 ? -1e9 : (m_columns.at(i - 1).header.box.right() + h.left()) / 2;
                    const double right = i + 1 < m_columns.size() ? m_columns.at(i + 1).header.box.left() : 1e9;
                    return QRectF(QPointF(left, -1e9), QPointF(right, 1e9));
                }
            return std::nullopt;
        };
        const auto amountCol = columnBox(u"amount"_s);
        const auto taxCol = columnBox(u"tax_amount"_s);
        if (amountCol) {
            for (const Span &a : amounts) {
                if (pretax.isEmpty() && amountCol->contains(a.box.center()))
                    pretax = a;
                else if (tax.isEmpty() && taxCol && taxCol->contains(a.box.center()))
                    tax = a;
            }
        }
        if (pretax.isEmpty() && tax.isEmpty()) {
            pretax = amounts.value(0);
            tax = amounts.value(1);
        }
        if (const auto fen = fenOf(pretax.text))
            put(u"pretax_amount"_s, money::formatFen(*fen), pretax);
        if (const auto fen = fenOf(tax.text))
            put(u"tax_amount"_s, money::formatFen(*fen), tax);
        else if (isStars(tax.text))
            m_taxStars = tax;
        break;
    }

    // 价税合计 (大写) ... (小写) ¥...
    for (const Span &label : m_r.find(u"价税合计"_s)) {
        PageReader::RightOptions o;
        o.maxStart = 60;
        o.maxGap = 60;
        const Span rest = m_r.rightOf(label, o);
        const qsizetype small = rest.text.indexOf(u"小写");
        const Span words = m_r.filtered(m_r.mid(rest, 0, small < 0 ? rest.text.size() : small), isUpperAmountChar);
        if (!words.isEmpty()) {
            const bool ok = money::parseChineseUpper(words.text).has_value();
            put(u"total_in_words"_s, words.text, words, !ok);
        }
        Span figure;
        if (small >= 0) {
            figure = m_r.mid(rest, small + 2);
        } else {
            // no (小写): the last amount on the line
            qsizetype yen = rest.text.lastIndexOf(u'¥');
            if (yen >= 0)
                figure = m_r.mid(rest, yen);
        }
        while (!figure.isEmpty() && !isMoneyChar(figure.text.at(0)))
            figure = m_r.mid(figure, 1);
        figure = m_r.prefix(figure, isMoneyChar);
        if (const auto fen = fenOf(figure.text))
            put(u"total"_s, money::formatFen(*fen), figure);
        else if (!words.isEmpty())
            if (const auto upper = money::parseChineseUpper(words.text))
                put(u"total"_s, money::formatFen(*upper), words, true);
        break;
    }

    // "***" tax (免税/不征税): zero only when the figures agree that no tax was charged
    if (!m_taxStars.isEmpty() && !m_inv.has(u"tax_amount"_s) && m_inv.has(u"total"_s)
        && m_inv.value(u"total"_s) == m_inv.value(u"pretax_amount"_s))
        put(u"tax_amount"_s, u"0.00"_s, m_taxStars);
}

} // namespace ra::pdfx
