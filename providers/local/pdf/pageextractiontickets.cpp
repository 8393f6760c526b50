#include "pageextraction.h"

#include "dates.h"
#include "invoicetextscan.h"
#include "money.h"
#include "textnormalize.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::pdfx {

// ---------------------------------------------------------------------------------------
// 铁路电子客票

void PageExtraction::readTrain()
{
    static const QRegularExpression trainNo(u"^[GDCZTKSYL]?[0-9]{1,4}$"_s);
    static const QRegularExpression timeRe(u"^([0-9]{1,2}:[0-9]{2})开?$"_s);
    static const QRegularExpression seatRe(u"^([0-9]{1,2})车([0-9A-Z]{1,5})号?$"_s);
    static const QRegularExpression idRe(u"^[0-9]{6,10}\\*{2,8}[0-9]{3,4}[0-9X]?$|^[0-9]{17}[0-9X]$"_s);
    static const QStringList seatClasses = {u"商务座"_s, u"特等座"_s, u"一等座"_s, u"二等座"_s, u"硬座"_s,
                                            u"软座"_s, u"硬卧"_s, u"软卧"_s, u"高级软卧"_s, u"动卧"_s,
                                            u"无座"_s, u"一等卧"_s, u"二等卧"_s};
    for (const PdfLine &line : m_layer.lines()) {
        QList<const PdfWord *> stations;
        for (const PdfWord &w : line.words)
            if (w.text.size() >= 2 && w.text.endsWith(u'站') && std::all_of(w.text.begin(), w.text.end(), isCjk))
                stations.append(&w);
        if (stations.size() >= 2 && !m_inv.has(u"departure_station"_s)) {
            const PdfWord *from = stations.first();
            const PdfWord *to = stations.last();
            const Span fs = m_r.spanOf(from->chars.mid(0, from->chars.size() - 1));
            const Span ts = m_r.spanOf(to->chars.mid(0, to->chars.size() - 1));
            put(u"departure_station"_s, fs.text, m_r.spanOf(from->chars));
            put(u"arrival_station"_s, ts.text, m_r.spanOf(to->chars));
            for (const PdfWord &w : line.words)
                if (w.box.left() > from->box.right() && w.box.right() < to->box.left() && trainNo.match(w.text).hasMatch())
                    put(u"train_number"_s, w.text, m_r.spanOf(w.chars));
        }
        for (int wi = 0; wi < line.words.size(); ++wi) {
            const PdfWord &w = line.words.at(wi);
            const Span ws = m_r.spanOf(w.chars);
            if (const QRegularExpressionMatch m = timeRe.match(w.text); m.hasMatch()) {
                if (const auto t = dates::parseTime(m.captured(1)))
                    put(u"departure_time"_s, *t, m_r.mid(ws, 0, m.capturedLength(1)));
            } else if (const QRegularExpressionMatch s = seatRe.match(w.text); s.hasMatch()) {
                put(u"carriage"_s, s.captured(1), m_r.mid(ws, 0, s.capturedLength(1)));
                put(u"seat"_s, s.captured(2), m_r.mid(ws, s.capturedStart(2), s.capturedLength(2)));
            } else if (seatClasses.contains(w.text)) {
                put(u"seat_class"_s, w.text, ws);
            } else if (idRe.match(w.text).hasMatch()) {
                put(u"passenger_id"_s, w.text, ws);
                if (wi + 1 < line.words.size()) {
                    const PdfWord &n = line.words.at(wi + 1);
                    if (n.text.size() >= 2 && n.text.size() <= 6 && std::all_of(n.text.begin(), n.text.end(), isCjk))
                        put(u"passenger_name"_s, n.text, m_r.spanOf(n.chars));
                }
            } else {
                const DateHit d = findDate(w.text);
                if (d.date.isValid()) {
                    const Span ds = m_r.mid(ws, d.at, d.len);
                    const bool issued = std::any_of(ds.chars.begin(), ds.chars.end(),
                                                    [this](int k) { return m_issueDate.chars.contains(k); });
                    if (!issued)
                        put(u"travel_date"_s, dates::formatDate(d.date), ds);
                }
            }
        }
    }
    for (const Span &label : m_r.findAny({u"票价:"_s, u"票价"_s})) {
        const Span v = m_r.prefix(valueRightOf(label, 0.8), [](QChar c) { return isMoneyChar(c); });
        if (const auto fen = fenOf(v.text)) {
            put(u"fare"_s, money::formatFen(*fen), v);
            put(u"total"_s, money::formatFen(*fen), v);
            break;
        }
    }
    const Span ticket = digitsRightOf({u"电子客票号:"_s, u"电子客票号码:"_s}, 10, 30);
    put(u"e_ticket_number"_s, ticket.text, ticket);
}

// ---------------------------------------------------------------------------------------
// 航空运输电子客票行程单

void PageExtraction::readFlight()
{
    const auto moneyBelow = [&](const QString &key, const QStringList &labels) {
        for (const Span &label : m_r.findAny(labels)) {
            Span v = m_r.below(label, 4);
            if (!fenOf(v.text))
                v = valueRightOf(label, 0.8);
            if (const auto fen = fenOf(v.text)) {
                // the figure only, without "CNY"
                qsizetype s = 0;
                while (s < v.text.size() && !isMoneyChar(v.text.at(s)))
                    ++s;
                put(key, money::formatFen(*fen), m_r.mid(v, s));
                return;
            }
        }
    };
    moneyBelow(u"fare"_s, {u"票价"_s});
    moneyBelow(u"fuel_surcharge"_s, {u"燃油附加费"_s});
    moneyBelow(u"tax_amount"_s, {u"增值税税额"_s});
    moneyBelow(u"caac_development_fund"_s, {u"民航发展基金"_s});
    moneyBelow(u"other_taxes"_s, {u"其他税费"_s});
    for (const Span &label : m_r.find(u"合计"_s))
        if (!m_r.lineText(label.line).contains(u"价税合计")) {
            Span v = m_r.below(label, 4);
            if (const auto fen = fenOf(v.text)) {
                qsizetype s = 0;
                while (s < v.text.size() && !isMoneyChar(v.text.at(s)))
                    ++s;
                put(u"total"_s, money::formatFen(*fen), m_r.mid(v, s));
                break;
            }
        }
    for (const Span &label : m_r.find(u"增值税税率"_s)) {
        const Span v = m_r.below(label, 4);
        if (v.text.endsWith(u'%'))
            put(u"tax_rate"_s, v.text, v);
    }
    const auto textRight = [&](const QString &key, const QStringList &labels) {
        for (const Span &label : m_r.findAny(labels)) {
            const Span v = valueRightOf(label, 0.8);
            if (!v.isEmpty() && !v.text.contains(u':')) {
                // 数电 invoices print "收款人:积塔;复核人:…" on one line: the name ends at the ';'
                put(key, text::withoutTrailingSeparators(m_r.printedText(v)), v);
                return;
            }
        }
    };
    textRight(u"e_ticket_number"_s, {u"电子客票号码:"_s});
    textRight(u"agent_code"_s, {u"销售网点代号:"_s});
    textRight(u"seller_name"_s, {u"填开单位:"_s});
    for (const Span &label : m_r.find(u"旅客姓名"_s)) {
        const Span v = m_r.below(label, 4);
        if (!v.isEmpty())
            put(u"passenger_name"_s, v.text, v);
    }
    for (const Span &label : m_r.find(u"有效身份证件号码"_s)) {
        const Span v = m_r.below(label, 4);
        if (!v.isEmpty())
            put(u"passenger_id"_s, v.text, v);
    }
}

} // namespace ra::pdfx
