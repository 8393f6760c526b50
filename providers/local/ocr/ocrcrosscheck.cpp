#include "ocrcrosscheck.h"

#include "chineseamount.h"
#include "money.h"
#include "ocrreadingchoice.h"
#include "ocrtaxidcheck.h"
#include "validation/rules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::ocr {

const QString OcrCrossCheck::kWordsSource = u"ocr:words"_s;
const QString OcrCrossCheck::kSumSource = u"ocr:sum"_s;
const QString OcrCrossCheck::kTotalSource = u"ocr:total"_s;
const QString OcrCrossCheck::kLinesSource = u"ocr:lines"_s;

namespace {

const QString kTotal = u"total"_s;
const QString kPretax = u"pretax_amount"_s;
const QString kTax = u"tax_amount"_s;
const QString kWords = u"total_in_words"_s;
const QString kLinesAmount = u"amount"_s; // a line item's pre-tax amount

std::optional<qint64> ocrFen(const Invoice &inv, const QString &key)
{
    const Field f = inv.fields.value(key);
    if (!choice::isOcrReading(f))
        return std::nullopt;
    return money::parseFen(f.value);
}

// The digits of an amount as printed without sign, separators or point ("1,234.50" → 123450).
QString digitsOf(qint64 fen)
{
    QString s = money::formatFen(fen < 0 ? -fen : fen);
    s.remove(u'.');
    return s;
}

// How doubtful the reading of one amount is where it differs from what the checks say it
// should be. The digits are compared position by position when the reading has as many as
// both values (the common misread: one digit for another); otherwise the whole reading's
// weakest character stands for it.
struct Doubt
{
    float worst = 1.f;          // the lowest score among the differing characters
    bool runnerUpAgrees = false; // at each of them the recognizer's second choice is the candidate's digit
    bool doubtful() const { return worst < OcrCrossCheck::kDoubtfulBelow || runnerUpAgrees; }
};

Doubt doubtAbout(const QList<ReadChar> &reading, qint64 read, qint64 candidate)
{
    Doubt d;
    QList<ReadChar> digits;
    QString readDigits;
    for (const ReadChar &c : reading)
        if (c.ch >= u'0' && c.ch <= u'9') {
            digits.append(c);
            readDigits.append(c.ch);
        }
    const QString a = digitsOf(read), b = digitsOf(candidate);
    if (readDigits != a || a.size() != b.size()) {
        d.worst = choice::worstScore(reading);
        return d;
    }
    bool differs = false;
    d.runnerUpAgrees = true;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) == b.at(i))
            continue;
        differs = true;
        d.worst = std::min(d.worst, digits.at(i).score);
        d.runnerUpAgrees = d.runnerUpAgrees && digits.at(i).alt == b.at(i);
    }
    d.runnerUpAgrees = d.runnerUpAgrees && differs;
    return d;
}

// The one rate every line (or the invoice) prints, in permille; none when lines differ.
std::optional<int> commonRatePermille(const Invoice &inv)
{
    std::optional<int> rate;
    QStringList printed;
    if (!inv.value(u"tax_rate"_s).isNull())
        printed << inv.value(u"tax_rate"_s);
    for (const FieldMap &item : inv.items)
        if (!item.value(u"tax_rate"_s).value.isNull())
            printed << item.value(u"tax_rate"_s).value;
    for (const QString &p : std::as_const(printed)) {
        const auto r = rules::parseTaxRatePermille(p);
        if (!r || (rate && *rate != *r))
            return std::nullopt;
        rate = r;
    }
    return rate;
}

// round(pretax × rate) against the tax; each line is rounded on its own, so as many fen off as
// there are lines (at least one: tax-inclusive prices, docs/validation-rules.md).
bool rateFits(qint64 pretax, qint64 tax, int permille, qint64 toleranceFen)
{
    const qint64 product = pretax * permille;
    const qint64 expected = product >= 0 ? (product + 500) / 1000 : -((-product + 500) / 1000);
    return qAbs(expected - tax) <= toleranceFen;
}

// The line items' `key` ("amount" or "tax_amount") added up; none when a line lacks it.
std::optional<qint64> itemsSum(const Invoice &inv, const QString &key)
{
    if (inv.items.isEmpty())
        return std::nullopt;
    qint64 sum = 0;
    for (const FieldMap &item : inv.items) {
        const auto v = money::parseFen(item.value(key).value);
        if (!v)
            return std::nullopt;
        sum += *v;
    }
    return sum;
}

struct Candidate
{
    QString key;
    qint64 value = 0; // what the other two amounts make it
    qint64 read = 0;  // what OCR read
    bool rateOk = false;
    bool linesOk = false;
    Doubt doubt;
};

// The one candidate `pick` selects, if exactly one.
template<typename Pick>
const Candidate *onlyOne(const QList<Candidate> &all, Pick pick)
{
    const Candidate *found = nullptr;
    for (const Candidate &c : all) {
        if (!pick(c))
            continue;
        if (found)
            return nullptr;
        found = &c;
    }
    return found;
}

// pre-tax + tax ≠ total: which of the three (two when the words confirm the total) is the
// misread one? The tax rate first (the one candidate that makes amount × rate = tax), then the
// line items (whose amounts and taxes add up to the pair), then the recognizer's runner-up,
// then its confidence; a candidate must keep its reading's sign.
void fixSum(Invoice &inv, const FieldReadings &readings, qint64 total, qint64 pretax, qint64 tax,
            bool totalConfirmed)
{
    QList<Candidate> all;
    if (!totalConfirmed)
        all.append({kTotal, pretax + tax, total, false, false, {}});
    all.append({kPretax, total - tax, pretax, false, false, {}});
    all.append({kTax, total - pretax, tax, false, false, {}});
    all.removeIf([](const Candidate &c) { return (c.value < 0) != (c.read < 0) || c.value == 0; });
    const std::optional<int> rate = commonRatePermille(inv);
    const qint64 tolerance = std::max<qint64>(1, inv.items.size());
    const auto linesPretax = itemsSum(inv, u"amount"_s), linesTax = itemsSum(inv, u"tax_amount"_s);
    for (Candidate &c : all) {
        const qint64 p = c.key == kPretax ? c.value : pretax;
        const qint64 t = c.key == kTax ? c.value : tax;
        c.rateOk = rate && rateFits(p, t, *rate, tolerance);
        // the lines are read apart from the totals row: they confirm the pair that matches them
        c.linesOk = (linesPretax || linesTax) && (!linesPretax || *linesPretax == p) && (!linesTax || *linesTax == t);
        c.doubt = doubtAbout(readings.value(c.key), c.read, c.value);
    }
    const Candidate *chosen = nullptr;
    if (rate)
        chosen = onlyOne(all, [](const Candidate &c) { return c.rateOk; });
    if (!chosen)
        chosen = onlyOne(all, [](const Candidate &c) { return c.linesOk; });
    if (!chosen)
        chosen = onlyOne(all, [](const Candidate &c) { return c.doubt.runnerUpAgrees; });
    if (!chosen)
        chosen = onlyOne(all, [](const Candidate &c) { return c.doubt.worst < OcrCrossCheck::kDoubtfulBelow; });
    if (chosen) {
        const QString key = chosen->key;
        choice::take(inv, key, money::formatFen(chosen->value), OcrCrossCheck::kSumSource);
        QStringList others = {kTotal, kPretax, kTax};
        others.removeAll(key);
        return choice::confirm(inv, others);
    }
    // Undecided: the total the two amounts give, one click away; when the words confirm the
    // total, the amount each of the two would have to be. (Not all three at once: one misread
    // digit would otherwise bring three findings besides total_mismatch.)
    for (const Candidate &c : std::as_const(all))
        if (c.key == kTotal || totalConfirmed)
            choice::offer(inv, c.key, money::formatFen(c.value), OcrCrossCheck::kSumSource);
}

// Neither the pre-tax amount nor the tax was read (the 合计 row lost in a photo): the line
// items' sums stand for them when they make the total, which an independent reading confirms.
// Marked uncertain and placed around the figures added, so the person sees where they came from.
bool takeFromLines(Invoice &inv, qint64 total)
{
    const auto linesPretax = itemsSum(inv, kLinesAmount), linesTax = itemsSum(inv, kTax);
    if (!linesPretax || !linesTax || *linesPretax + *linesTax != total || *linesPretax == 0)
        return false;
    for (const auto &[key, fen] : {std::pair{kPretax, *linesPretax}, std::pair{kTax, *linesTax}}) {
        const QString itemKey = key == kPretax ? kLinesAmount : kTax;
        QRectF around;
        int page = 0;
        for (const FieldMap &item : std::as_const(inv.items)) {
            const Field &f = item.value(itemKey);
            around = around.united(f.polygon.boundingRect());
            page = page ? page : f.page;
        }
        Field f;
        f.value = money::formatFen(fen);
        f.source = OcrCrossCheck::kLinesSource;
        f.uncertain = true;
        f.page = page ? page : inv.page;
        if (!around.isEmpty())
            f.polygon = QPolygonF({around.topLeft(), around.topRight(), around.bottomRight(), around.bottomLeft()});
        inv.set(key, f);
    }
    return true;
}

void reconcileAmounts(Invoice &inv, const FieldReadings &readings)
{
    const auto total = ocrFen(inv, kTotal);
    if (!total)
        return;
    const qint64 T = *total;
    const auto pretax = ocrFen(inv, kPretax);
    const auto tax = ocrFen(inv, kTax);
    const Field words = inv.fields.value(kWords);
    const bool wordsRead = choice::isOcrReading(words);
    const auto parsed = wordsRead ? money::parseChineseUpper(words.value) : std::nullopt;
    // A total the extractor took from the words (no 小写 found) is the same reading twice.
    const bool haveW = parsed && inv.fields.value(kTotal).polygon != words.polygon;
    const qint64 W = parsed.value_or(0);
    const bool wordsUnreadable = wordsRead && !parsed;
    const bool haveS = pretax && tax;
    const qint64 P = pretax.value_or(0), X = tax.value_or(0), S = P + X;

    if (haveW && haveS) {
        if (W == T && S == T)
            return choice::confirm(inv, {kTotal, kWords, kPretax, kTax});
        if (W == S) { // two readings against one: the figures of the total were misread
            choice::take(inv, kTotal, money::formatFen(W), OcrCrossCheck::kWordsSource);
            return choice::confirm(inv, {kWords, kPretax, kTax});
        }
        if (W == T) { // the total stands; one of the two amounts was misread
            choice::confirm(inv, {kTotal, kWords});
            return fixSum(inv, readings, T, P, X, true);
        }
        if (S == T) { // the figures agree: the words were misread
            choice::take(inv, kWords, money::toChineseUpper(T), OcrCrossCheck::kTotalSource);
            return choice::confirm(inv, {kTotal, kPretax, kTax});
        }
        // three different values: more than one misread, nothing to go by
        choice::offer(inv, kTotal, money::formatFen(W), OcrCrossCheck::kWordsSource, words.polygon);
        choice::offer(inv, kTotal, money::formatFen(S), OcrCrossCheck::kSumSource);
        return;
    }
    if (haveS) {
        if (S == T) {
            choice::confirm(inv, {kTotal, kPretax, kTax});
            if (wordsUnreadable)
                choice::take(inv, kWords, money::toChineseUpper(T), OcrCrossCheck::kTotalSource);
            return;
        }
        return fixSum(inv, readings, T, P, X, false);
    }
    if (!inv.has(kPretax) && !inv.has(kTax) && (!haveW || W == T) && takeFromLines(inv, T)) {
        // the lines and the total agree: two independent readings of the total's figures
        if (haveW)
            return choice::confirm(inv, {kTotal, kWords});
        return choice::confirm(inv, {kTotal});
    }
    if (haveW) {
        if (W == T)
            return choice::confirm(inv, {kTotal, kWords});
        // Two readings of one amount: the one the recognizer doubted gives way.
        const bool totalDoubtful = doubtAbout(readings.value(kTotal), T, W).doubtful();
        const bool wordsDoubtful = choice::worstScore(readings.value(kWords)) < OcrCrossCheck::kDoubtfulBelow;
        if (totalDoubtful && !wordsDoubtful)
            choice::take(inv, kTotal, money::formatFen(W), OcrCrossCheck::kWordsSource);
        else if (wordsDoubtful && !totalDoubtful)
            choice::take(inv, kWords, money::toChineseUpper(T), OcrCrossCheck::kTotalSource);
        else
            choice::offer(inv, kTotal, money::formatFen(W), OcrCrossCheck::kWordsSource, words.polygon);
    }
}

} // namespace

void OcrCrossCheck::reconcile(Invoice &invoice, const FieldReadings &readings)
{
    reconcileAmounts(invoice, readings);
    OcrTaxIdCheck::reconcile(invoice, readings);
}

} // namespace ra::ocr
