#include "ocrreceiptreader.h"

#include "chineseamount.h"
#include "dates.h"
#include "local/pdf/pdfpagereader.h"
#include "money.h"
#include "pagegeometry.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::ocr {

namespace {

using pdfx::PageReader;
using pdfx::Span;

const QString kSource = u"ocr"_s;

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isUpperAlnum(QChar c) { return isDigit(c) || (c >= u'A' && c <= u'Z'); }
bool isUpperAmountChar(QChar c) { return QStringView(u"零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整正").contains(c); }

// Labels that end a value printed after another label on the same line ("收款单位 X 纳税人识别号 Y").
const QStringList kStopLabels = {u"纳税人识别号"_s, u"识别号"_s, u"税号"_s, u"开票日期"_s, u"日期"_s,
                                 u"机打号码"_s, u"发票号码"_s, u"电话"_s, u"地址"_s, u"(小写)"_s, u"小写"_s};
const QStringList kSellerLabels = {u"销售方名称"_s, u"收款单位名称"_s, u"收款单位"_s, u"开票单位"_s, u"销方名称"_s,
                                   u"销售方"_s, u"单位名称"_s, u"收款方"_s, u"商户名称"_s, u"经营单位"_s};
const QStringList kBuyerLabels = {u"购买方名称"_s, u"付款单位名称"_s, u"付款单位"_s, u"付款方"_s, u"购方名称"_s,
                                  u"购买方"_s};

QPolygonF polygonOf(const QRectF &pt)
{
    const QRectF r(pt.x() * kPixelsPerPoint, pt.y() * kPixelsPerPoint, pt.width() * kPixelsPerPoint,
                   pt.height() * kPixelsPerPoint);
    return QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
}

// What the reading of one page collects; the helpers below each add the fields of one label.
struct Reading
{
    const PageReader &r;
    Invoice inv;

    void put(const QString &key, const QString &value, const Span &span)
    {
        if (!value.isEmpty() && !inv.has(key))
            inv.set(key, makeField(value, kSource, polygonOf(span.box), inv.page));
    }

    // What is printed right of `label`. A value on a line of its own that only partly shares
    // the label's band (a thermal print a little above or below its caption, or tilted) is
    // taken whole from where the label ends, not from the first of its characters in the band.
    Span rightOf(const Span &label) const
    {
        const Span right = r.rightOf(label);
        if (right.isEmpty() || r.lineOf(right.chars.first()) == label.line)
            return right;
        QList<int> chars;
        for (int c : r.line(r.lineOf(right.chars.first())).chars)
            if (r.layer().chars().at(c).box.center().x() > label.box.right())
                chars.append(c);
        return r.spanOf(chars);
    }

    // The value right of the first of `labels` that has one, else right under it.
    Span valueOf(const QStringList &labels, const std::function<bool(const Span &)> &accept) const
    {
        for (const QString &l : labels)
            for (const Span &label : r.find(l)) {
                const Span right = r.cutAt(rightOf(label), kStopLabels);
                if (accept(right))
                    return right;
                const Span under = r.below(label, 1.5);
                if (accept(under))
                    return under;
            }
        return {};
    }

    Span digitsAfter(const QStringList &labels, int minLen, int maxLen) const
    {
        Span found;
        valueOf(labels, [&](const Span &v) {
            const Span d = r.filtered(v, isDigit);
            if (d.text.size() < minLen || d.text.size() > maxLen)
                return false;
            found = d;
            return true;
        });
        return found;
    }
};

// A money value as printed ("¥40.50元", "40.50", "¥81.0元"); a thermal print's decimal point
// read as a gap ("¥40 50元") is a point when two digits and 元 follow.
std::optional<qint64> moneyOf(const PageReader &r, const Span &span)
{
    static const QRegularExpression gapPoint(u"^([0-9]+) ([0-9]{2})$"_s);
    QString t = r.spacedText(span);
    const bool yuan = t.contains(u'¥') || t.contains(u'￥') || t.contains(u'元');
    t.remove(u'¥').remove(u'￥').remove(u'元').remove(u',').remove(u':');
    t = t.trimmed();
    if (const QRegularExpressionMatch m = gapPoint.match(t); m.hasMatch() && yuan)
        t = m.captured(1) + u'.' + m.captured(2);
    t.remove(u' ');
    // a bare number is not money unless it has its point or its ¥ / 元 (a quantity, a phone number)
    if (t.isEmpty() || !(t.contains(u'.') || yuan))
        return std::nullopt;
    const auto fen = money::parseFen(t);
    return fen && *fen > 0 ? fen : std::nullopt;
}

// The leading money characters of a value (blanks between them kept by spacedText).
Span moneySpan(const PageReader &r, const Span &value)
{
    const qsizetype at = value.text.indexOf(QRegularExpression(u"[0-9]"_s));
    if (at < 0)
        return {};
    const qsizetype yen = value.text.lastIndexOf(u'¥', at);
    Span v = r.mid(value, yen >= 0 && yen + 1 == at ? yen : at);
    return r.prefix(v, [](QChar c) { return isDigit(c) || c == u'.' || c == u',' || c == u'¥' || c == u'元'; });
}

// A date whose separators or the year's first digit the print lost ("2024 01月028" right of 日期,
// "023 12月16日" anywhere): 年 may be missing, a two- or three-digit year is this century's.
// Marked uncertain: the person checks it against the paper.
void readLooseDate(Reading &d)
{
    static const QRegularExpression nearLabel(u"([0-9]{2,4})\\s*[年\\-/.]?\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})"_s);
    static const QRegularExpression anywhere(u"([0-9]{2,4})\\s*[年\\-/.]?\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日"_s);
    const auto tryText = [&](const Span &span, const QRegularExpression &re) {
        const QRegularExpressionMatch m = re.match(d.r.spacedText(span));
        if (!m.hasMatch())
            return false;
        QString year = m.captured(1);
        if (year.size() == 2)
            year.prepend(u"20"_s);
        else if (year.size() == 3 && year.startsWith(u'0'))
            year.prepend(u'2');
        const auto date = dates::parseDate(u"%1-%2-%3"_s.arg(year, m.captured(2), m.captured(3)));
        if (!date || date->year() < 2000 || date->year() > QDate::currentDate().year() + 1)
            return false;
        d.put(u"date"_s, date->toString(Qt::ISODate), span);
        d.inv.fields[u"date"_s].uncertain = true;
        return true;
    };
    for (const QString &label : {u"开票日期"_s, u"日期"_s})
        for (const Span &l : d.r.find(label))
            for (const Span &v : {d.rightOf(l), d.r.below(l, 1.5)})
                if (!v.isEmpty() && tryText(v, nearLabel))
                    return;
    for (int li = 0; li < d.r.lineCount(); ++li)
        if (tryText(d.r.spanOf(d.r.line(li).chars), anywhere))
            return;
}

// A date on one line; where the print's 0 was read as 日 ("2日23年12月3日日") it is read again
// with those put back, only when the line has no date as read.
void readDate(Reading &d)
{
    static const QRegularExpression dateRe(u"([0-9]{4})[年\\-/.]([0-9]{1,2})[月\\-/.]([0-9]{1,2})"_s);
    const auto tryLine = [&](int li, const QString &text) {
        const QRegularExpressionMatch m = dateRe.match(text);
        if (!m.hasMatch())
            return false;
        const auto date = dates::parseDate(m.captured(0));
        if (!date)
            return false;
        const Span line = d.r.spanOf(d.r.line(li).chars);
        d.put(u"date"_s, date->toString(Qt::ISODate), d.r.mid(line, m.capturedStart(0), m.capturedLength(0)));
        return true;
    };
    for (const QString &label : {u"开票日期"_s, u"日期"_s, u"乘车日期"_s})
        for (const Span &l : d.r.find(label))
            if (l.line >= 0 && tryLine(l.line, d.r.lineText(l.line)))
                return;
    for (int li = 0; li < d.r.lineCount(); ++li)
        if (tryLine(li, d.r.lineText(li)))
            return;
    for (int li = 0; li < d.r.lineCount(); ++li) {
        QString t = d.r.lineText(li);
        for (qsizetype i = 1; i + 1 < t.size(); ++i)
            if (t.at(i) == u'日' && isDigit(t.at(i - 1))
                && (isDigit(t.at(i + 1)) || QStringView(u"日年月-").contains(t.at(i + 1))))
                t[i] = u'0';
        if (tryLine(li, t))
            return;
    }
    readLooseDate(d);
}

void readTotals(Reading &d, InvoiceType layout)
{
    const PageReader &r = d.r;
    // 大写: after its label, or (a quota invoice's denomination) a line of 大写 alone
    Span words = d.valueOf({u"(大写)"_s, u"大写"_s}, [&](const Span &v) {
        return money::parseChineseUpper(r.filtered(v, isUpperAmountChar).text).has_value();
    });
    words = r.filtered(words, isUpperAmountChar);
    if (words.isEmpty() && layout == InvoiceType::Quota)
        for (int li = 0; li < r.lineCount() && words.isEmpty(); ++li) {
            const Span line = r.spanOf(r.line(li).chars);
            const Span upper = r.filtered(line, isUpperAmountChar);
            if (upper.text.size() >= 2 && upper.text.size() + 1 >= line.text.size()
                && money::parseChineseUpper(upper.text))
                words = upper;
        }
    if (!words.isEmpty())
        d.put(u"total_in_words"_s, words.text, words);

    const QStringList labels = {u"(小写)"_s, u"小写"_s, u"价税合计"_s, u"合计金额"_s, u"金额"_s, u"合计"_s, u"实收"_s,
                                u"总计"_s, u"应收"_s, u"实付"_s, u"车费"_s, u"票价"_s};
    std::optional<qint64> total;
    Span figures = d.valueOf(labels, [&](const Span &v) {
        const Span m = moneySpan(r, v);
        total = m.isEmpty() ? std::nullopt : moneyOf(r, m);
        return total.has_value();
    });
    if (!total) {
        // no label: the page's one amount in ¥ (a train ticket's fare, a quota invoice's face value)
        QList<std::pair<qint64, Span>> found;
        for (int li = 0; li < r.lineCount(); ++li) {
            const Span line = r.spanOf(r.line(li).chars);
            const qsizetype yen = line.text.indexOf(u'¥');
            if (yen < 0)
                continue;
            const Span m = moneySpan(r, r.mid(line, yen));
            if (const auto fen = m.isEmpty() ? std::nullopt : moneyOf(r, m))
                found.append({*fen, m});
        }
        if (found.size() == 1) {
            total = found.first().first;
            figures = found.first().second;
        }
    }
    if (total)
        d.put(u"total"_s, money::formatFen(*total), moneySpan(r, figures));
    else if (!words.isEmpty())
        d.put(u"total"_s, money::formatFen(*money::parseChineseUpper(words.text)), words);
}

QString nameOf(const PageReader &r, const Span &v)
{
    QString name = r.printedText(v);
    name.remove(u':').remove(u'：');
    return name.size() >= 4 && !name.contains(u"盖章") && !name.startsWith(u'(') && !name.startsWith(u'（')
               ? name
               : QString();
}

// Seller and buyer names, and each tax id given to the party whose label it follows (on its
// line, or the nearest line above): a roll invoice prints the seller's and the buyer's the same way.
void readParties(Reading &d)
{
    const PageReader &r = d.r;
    struct Party { int line; double x; bool seller; };
    QList<Party> parties;
    for (bool seller : {true, false}) {
        const QStringList &labels = seller ? kSellerLabels : kBuyerLabels;
        const QString key = seller ? u"seller_name"_s : u"buyer_name"_s;
        for (const QString &l : labels)
            for (const Span &label : r.find(l)) {
                parties.append({label.line, label.box.left(), seller});
                const Span v = r.cutAt(r.rightOf(label), kStopLabels);
                const QString name = nameOf(r, v);
                if (!name.isEmpty())
                    d.put(key, name, v);
            }
    }
    for (const QString &l : {u"纳税人识别号"_s, u"统一社会信用代码"_s, u"识别号"_s, u"税号"_s})
        for (const Span &label : r.find(l)) {
            const Span id = r.filtered(r.rightOf(label), isUpperAlnum);
            if (id.text.size() < 15 || id.text.size() > 20)
                continue;
            const Party *owner = nullptr;
            for (const Party &p : std::as_const(parties)) {
                const bool before = p.line < label.line || (p.line == label.line && p.x < label.box.left());
                if (!before)
                    continue;
                if (!owner || p.line > owner->line || (p.line == owner->line && p.x > owner->x))
                    owner = &p;
            }
            d.put(!owner || owner->seller ? u"seller_tax_id"_s : u"buyer_tax_id"_s, id.text, id);
        }
}

void readTaxi(Reading &d)
{
    const PageReader &r = d.r;
    const Span plate = d.valueOf({u"车号"_s}, [&](const Span &v) {
        return r.filtered(v, isUpperAlnum).text.size() >= 5;
    });
    const Span plateText = r.filtered(plate, isUpperAlnum);
    if (plateText.text.size() <= 8)
        d.put(u"license_plate"_s, plateText.text, plateText);
    const Span km = d.valueOf({u"里程"_s}, [&](const Span &v) { return v.text.contains(QRegularExpression(u"[0-9]"_s)); });
    const Span kmText = r.prefix(r.mid(km, km.text.indexOf(QRegularExpression(u"[0-9]"_s))),
                                 [](QChar c) { return isDigit(c) || c == u'.' || c == u'K' || c == u'M'; });
    if (kmText.text.contains(u"KM"))
        d.put(u"mileage"_s, kmText.text, kmText);
    static const QRegularExpression hhmm(u"^([0-9]{1,2}):([0-9]{2})"_s);
    for (const auto &[label, key] : {std::pair{u"上车"_s, u"departure_time"_s}, std::pair{u"下车"_s, u"arrival_time"_s}}) {
        const Span v = d.valueOf({label}, [&](const Span &s) { return hhmm.match(s.text).hasMatch(); });
        const QRegularExpressionMatch m = hhmm.match(v.text);
        if (m.hasMatch())
            d.put(key, m.captured(0), r.mid(v, 0, m.capturedLength(0)));
    }
}

void readTrain(Reading &d)
{
    const PageReader &r = d.r;
    static const QRegularExpression serial(u"^([A-Z][0-9]{6})"_s);
    static const QRegularExpression trainNo(u"(?<![A-Z0-9])([GDCZTKYLS][0-9]{1,4})(?![0-9])"_s);
    static const QRegularExpression departure(
        u"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日([0-9]{1,2}:[0-9]{2})开"_s);
    static const QRegularExpression seat(u"([0-9]{2})车([0-9]{2,3}[A-F]?)号"_s);
    static const QRegularExpression seatClass(u"(商务座|特等座|一等座|二等座|高级软卧|软卧|硬卧|动卧|软座|硬座|无座)"_s);
    for (int li = 0; li < r.lineCount(); ++li) {
        const QString &t = r.lineText(li);
        const Span line = r.spanOf(r.line(li).chars);
        const auto take = [&](const QRegularExpression &re, const QString &key, int group = 1) {
            const QRegularExpressionMatch m = re.match(t);
            if (m.hasMatch())
                d.put(key, m.captured(group), r.mid(line, m.capturedStart(group), m.capturedLength(group)));
            return m;
        };
        if (li < 2)
            take(serial, u"number"_s);
        const qsizetype firstStation = t.indexOf(u'站');
        const qsizetype secondStation = firstStation < 0 ? -1 : t.indexOf(u'站', firstStation + 1);
        if (secondStation > 0) {
            // "宜春站 G1418 南昌西站": the departure left of the train, the arrival right of it
            const QRegularExpressionMatch m = trainNo.match(t);
            if (m.hasMatch() && m.capturedStart(1) > firstStation && m.capturedStart(1) < secondStation) {
                d.put(u"train_number"_s, m.captured(1), r.mid(line, m.capturedStart(1), m.capturedLength(1)));
                d.put(u"departure_station"_s, t.left(firstStation), r.mid(line, 0, firstStation));
                const qsizetype from = m.capturedEnd(1);
                d.put(u"arrival_station"_s, t.mid(from, secondStation - from), r.mid(line, from, secondStation - from));
            }
        }
        if (const QRegularExpressionMatch m = departure.match(t); m.hasMatch()) {
            if (const auto date = dates::parseDate(u"%1-%2-%3"_s.arg(m.captured(1), m.captured(2), m.captured(3))))
                d.put(u"date"_s, date->toString(Qt::ISODate), r.mid(line, m.capturedStart(1), m.capturedEnd(3) - m.capturedStart(1) + 1));
            d.put(u"departure_time"_s, m.captured(4), r.mid(line, m.capturedStart(4), m.capturedLength(4)));
        }
        if (const QRegularExpressionMatch m = take(seat, u"carriage"_s); m.hasMatch())
            d.put(u"seat"_s, m.captured(2), r.mid(line, m.capturedStart(2), m.capturedLength(2)));
        take(seatClass, u"seat_class"_s);
    }
}

} // namespace

InvoiceType OcrReceiptReader::layoutOf(const PdfTextLayer &layer)
{
    const PageReader r(layer);
    // the title is printed at the top: the first few lines say what the paper is
    const int top = std::min(r.lineCount(), 6);
    for (int li = 0; li < top; ++li) {
        const QString &t = r.lineText(li);
        if (t.contains(u"出租") && t.contains(u'票'))
            return InvoiceType::Taxi;
        if (t.contains(u"定额"))
            return InvoiceType::Quota;
        if (t.contains(u"卷票") || t.contains(u"卷式"))
            return InvoiceType::VatRoll;
        if (t.contains(u"通用机打") || (t.contains(u"机打发票") && t.contains(u"省")))
            return InvoiceType::MachinePrinted;
    }
    static const QRegularExpression departure(u"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日[0-9]{1,2}:[0-9]{2}开"_s);
    for (int li = 0; li < r.lineCount(); ++li)
        if (departure.match(r.lineText(li)).hasMatch())
            return InvoiceType::Train;
    return InvoiceType::Unknown;
}

std::optional<Invoice> OcrReceiptReader::read(const PdfTextLayer &layer, int pageNumber, InvoiceType layout)
{
    const PageReader r(layer);
    Reading d{r, Invoice()};
    d.inv.page = pageNumber;
    if (layout != InvoiceType::Unknown) {
        d.inv.type = layout;
        d.inv.typeSource = u"ocr:title"_s;
    }
    if (layout == InvoiceType::Train)
        readTrain(d);
    const Span number = d.digitsAfter({u"发票号码"_s, u"票据号码"_s, u"号码"_s, u"No"_s}, 8, 20);
    d.put(u"number"_s, number.text, number);
    const Span code = d.digitsAfter({u"发票代码"_s, u"票据代码"_s, u"代码"_s}, 10, 12);
    d.put(u"code"_s, code.text, code);
    const Span printedNumber = d.digitsAfter({u"机打号码"_s}, 8, 20);
    d.put(u"printed_number"_s, printedNumber.text, printedNumber);
    const Span printedCode = d.digitsAfter({u"机打代码"_s}, 10, 12);
    d.put(u"printed_code"_s, printedCode.text, printedCode);
    const Span machine = d.digitsAfter({u"机器编号"_s}, 9, 15);
    d.put(u"machine_code"_s, machine.text, machine);
    const Span check = d.digitsAfter({u"校验码"_s}, 20, 20);
    d.put(u"check_code"_s, check.text, check);
    readDate(d);
    readTotals(d, layout);
    readParties(d);
    if (layout == InvoiceType::Taxi)
        readTaxi(d);
    const Span issuer = d.valueOf({u"开票人"_s}, [](const Span &v) { return v.text.size() >= 2 && v.text.size() <= 6; });
    d.put(u"issuer"_s, r.printedText(issuer), issuer);
    if (!d.inv.has(u"number"_s) && !d.inv.has(u"date"_s) && !d.inv.has(u"total"_s))
        return std::nullopt;
    return d.inv;
}

} // namespace ra::ocr
