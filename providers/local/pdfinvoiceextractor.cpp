#include "pdfinvoiceextractor.h"

#include "chineseamount.h"
#include "dates.h"
#include "log.h"
#include "money.h"
#include "pagegeometry.h"
#include "pdf/pdfpagereader.h"
#include "pdf/pdftextlayer.h"
#include "pdf/rideitinerary.h"
#include "textnormalize.h"

#include <QHash>
#include <QPdfDocument>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

using pdfx::PageReader;
using pdfx::Span;

const QString kSource = u"pdf:text"_s;

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isUpperAlnum(QChar c) { return isDigit(c) || (c >= u'A' && c <= u'Z'); }
bool isCjk(QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; }
bool isMoneyChar(QChar c) { return isDigit(c) || c == u'.' || c == u'-' || c == u',' || c == u'¥'; }
bool isUpperAmountChar(QChar c)
{
    static const QString chars = u"零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整正貳參陸億萬圓负⊗ⓧ⨂"_s;
    return chars.contains(c);
}

QPolygonF polygonOf(const QRectF &pt)
{
    if (pt.isNull())
        return {};
    const QRectF r(pt.x() * kPixelsPerPoint, pt.y() * kPixelsPerPoint, pt.width() * kPixelsPerPoint,
                   pt.height() * kPixelsPerPoint);
    return QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
}

// Money in a span's text: "¥47.26", "(小写)¥53.40", "CNY 477.06", "-2.92".
std::optional<qint64> fenOf(const QString &text)
{
    QString t = text;
    static const QRegularExpression junk(u"^[^0-9¥\\-]*"_s);
    t.remove(junk);
    t.remove(u',');
    if (t.isEmpty())
        return std::nullopt;
    return money::parseFen(t);
}

bool isStars(const QString &t)
{
    return t.size() >= 2 && std::all_of(t.begin(), t.end(), [](QChar c) { return c == u'*'; });
}

// A date inside some text, with where it starts and its length.
struct DateHit { QDate date; qsizetype at = -1; qsizetype len = 0; };

DateHit findDate(const QString &t)
{
    static const QRegularExpression re(
        u"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日?|([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|(?<![0-9])([0-9]{8})(?![0-9])"_s);
    auto it = re.globalMatch(t);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (const auto d = dates::parseDate(m.captured(0)))
            return {*d, m.capturedStart(0), m.capturedLength(0)};
    }
    return {};
}

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

Field PageExtraction::fieldOf(const QString &value, const Span &span) const
{
    return makeField(value, kSource, polygonOf(span.box), m_page);
}

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

// ---------------------------------------------------------------------------------------
// 购买方 / 销售方

enum class Party { Unknown, Buyer, Seller, Ignored };

struct Marker { Party party; QRectF column; };

void PageExtraction::readParties()
{
    // The vertical captions 购买方(信息) / 销售方(信息) printed left of each block.
    QList<Marker> markers;
    const QList<PdfChar> &chars = m_layer.chars();
    for (const PdfLine &line : m_layer.lines()) {
        for (const PdfWord &w : line.words) {
            if (w.text != u"购" && w.text != u"销" && w.text != u"购买方" && w.text != u"销售方")
                continue;
            Marker m{w.text.startsWith(u'购') ? Party::Buyer : Party::Seller, w.box};
            // grow the column over the characters stacked under it (买 方 信 息)
            const double h = std::max(w.box.height(), 1.0);
            bool grown = true;
            while (grown) {
                grown = false;
                for (const PdfChar &c : chars) {
                    if (c.box.top() <= m.column.bottom() - 0.3 * h || c.box.top() > m.column.bottom() + 1.2 * h)
                        continue;
                    if (c.box.left() > m.column.right() || c.box.right() < m.column.left())
                        continue;
                    if (!QStringView(u"买方售信息").contains(c.ch))
                        continue;
                    m.column = m.column.united(c.box);
                    grown = true;
                }
            }
            markers.append(m);
        }
    }

    struct Found { QString key; Span label; Party party = Party::Unknown; };
    QList<Found> found;
    const auto collect = [&](const QString &key, const QStringList &labels) {
        for (const Span &l : m_r.findAny(labels))
            found.append({key, l});
    };
    collect(u"name"_s, {u"名称:"_s});
    collect(u"tax_id"_s, {u"纳税人识别号:"_s, u"统一社会信用代码:"_s, u"纳税人识别号"_s});
    collect(u"address_phone"_s, {u"地址、电话:"_s, u"地址电话:"_s, u"地址,电话:"_s});
    collect(u"bank_account"_s, {u"开户行及账号:"_s});

    for (Found &f : found) {
        // explicit: 购买方名称: / 销售方名称:
        const QString &lt = m_r.lineText(f.label.line);
        const QList<int> &lineChars = m_layer.lines().at(f.label.line).chars;
        const qsizetype at = lineChars.indexOf(f.label.chars.first());
        const QString before = lt.mid(std::max<qsizetype>(0, at - 3), std::min<qsizetype>(3, at));
        // part of another caption that touches it (项目名称:, 单位名称:): not a party's
        if (at > 0 && isCjk(lt.at(at - 1)) && !before.endsWith(u'方')) {
            const QRectF &prev = chars.at(lineChars.at(at - 1)).box;
            if (f.label.box.left() - prev.right() < 0.5 * f.label.height()) {
                f.party = Party::Ignored;
                continue;
            }
        }
        if (before.endsWith(u"买方") || before.endsWith(u"购方")) {
            f.party = Party::Buyer;
            continue;
        }
        if (before.endsWith(u"售方") || before.endsWith(u"销方")) {
            f.party = Party::Seller;
            continue;
        }
        double bestDist = 1e18;
        for (const Marker &m : markers) {
            if (m.column.left() > f.label.box.left())
                continue;
            const double dy = std::max({0.0, m.column.top() - f.label.box.bottom(), f.label.box.top() - m.column.bottom()});
            const double dist = std::max(0.0, f.label.box.left() - m.column.right()) + 3 * dy;
            if (dist < bestDist) {
                bestDist = dist;
                f.party = m.party;
            }
        }
    }
    // Without captions: a label shares the party of an assigned label on its line, else
    // the first block is the buyer's and the second the seller's.
    for (Found &f : found) {
        if (f.party != Party::Unknown)
            continue;
        for (const Found &o : found)
            if ((o.party == Party::Buyer || o.party == Party::Seller) && o.label.line == f.label.line) {
                f.party = o.party;
                break;
            }
    }
    QMap<QString, int> seen;
    for (Found &f : found)
        if (f.party == Party::Unknown)
            f.party = seen[f.key]++ == 0 ? Party::Buyer : Party::Seller;

    static const QStringList stops = {u"纳税人识别号"_s, u"统一社会信用代码"_s, u"地址、电话"_s, u"开户行及账号"_s,
                                      u"名称:"_s, u"密码区"_s};
    for (const Found &f : found) {
        if (f.party == Party::Ignored)
            continue;
        const QString prefix = f.party == Party::Buyer ? u"buyer_"_s : u"seller_"_s;
        const Span raw = m_r.cutAt(valueRightOf(f.label, 1.5), stops);
        if (raw.isEmpty())
            continue;
        if (f.key == u"tax_id") {
            const Span id = m_r.prefix(raw, isUpperAlnum);
            if (id.text.size() >= 15 && id.text.size() <= 20)
                put(prefix + f.key, id.text, id);
        } else if (f.key == u"name") {
            if (raw.text.size() >= 2)
                put(prefix + f.key, m_r.spacedText(raw), raw);
        } else {
            // addresses and bank accounts are long: they wrap
            const Span full = m_r.withWrappedLines(f.label, raw);
            put(prefix + f.key, m_r.spacedText(full), full);
        }
    }
}

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
    for (const Span &s : m_r.find(u"合计"_s)) {
        const QString &lt = m_r.lineText(s.line);
        if (s.box.top() > m_tableTop && !lt.contains(u"价税合计") && (end < 0 || s.box.top() < end))
            end = s.box.top();
    }
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

void PageExtraction::readTotals()
{
    // 合计: pre-tax amount and tax, under the 金额 and 税额 columns when the table has them
    for (const Span &label : m_r.find(u"合计"_s)) {
        const QString &lt = m_r.lineText(label.line);
        if (lt.contains(u"价税合计"))
            continue;
        PageReader::RightOptions o;
        o.maxStart = 60;
        o.maxGap = 60;
        const Span rest = m_r.rightOf(label, o);
        // split into tokens at gaps
        QList<Span> tokens;
        QList<int> cur;
        for (int i = 0; i < rest.chars.size(); ++i) {
            const PdfChar &c = m_layer.chars().at(rest.chars.at(i));
            if (!cur.isEmpty()) {
                const PdfChar &p = m_layer.chars().at(cur.last());
                if (c.box.left() - p.box.right() > 0.8 * std::max(label.height(), 1.0)) {
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

} // namespace

QList<Invoice> PdfInvoiceExtractor::extractInvoices(const PdfTextLayer &layer, int pageNumber)
{
    // A ride-hailing itinerary is a supporting document with a layout of its own (no invoice
    // labels): read as one, it is not taken for an unknown invoice.
    if (pdfx::looksLikeRideItinerary(layer)) {
        const auto itinerary = pdfx::extractRideItinerary(layer, pageNumber);
        log::get("providers.local")->debug("pdf page {}: itinerary with {} trips", pageNumber,
                                           itinerary ? itinerary->trips.size() : 0);
        if (itinerary)
            return {*itinerary};
        return {};
    }
    PageExtraction x(layer, pageNumber);
    const auto inv = x.run();
    // keys and counts only: values may be personal data
    if (inv)
        log::get("providers.local")->debug("pdf page {}: {} with {} fields, {} items", pageNumber,
                                           invoiceTypeKey(inv->type).toStdString(), inv->fields.size(),
                                           inv->items.size());
    else
        log::get("providers.local")->debug("pdf page {}: not an invoice", pageNumber);
    if (inv)
        return {*inv};
    return {};
}

QList<Invoice> PdfInvoiceExtractor::extractInvoices(QPdfDocument &doc, int pageIndex)
{
    const PdfTextLayer layer = PdfTextLayer::fromDocument(doc, pageIndex);
    return extractInvoices(layer, pageIndex + 1);
}

QList<Invoice> PdfInvoiceExtractor::extractDocument(QPdfDocument &doc)
{
    QList<Invoice> out;
    for (int p = 0; p < doc.pageCount(); ++p)
        out += extractInvoices(doc, p);
    return out;
}

} // namespace ra
