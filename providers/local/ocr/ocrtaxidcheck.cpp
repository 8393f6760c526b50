#include "ocrtaxidcheck.h"

#include "ocrcrosscheck.h"
#include "ocrreadingchoice.h"
#include "taxid.h"
#include "textnormalize.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ra::ocr {

const QString OcrTaxIdCheck::kCheckSource = u"ocr:check"_s;

namespace {

constexpr qsizetype kIdLength = 18;
constexpr qsizetype kMaxOffered = 3;
constexpr float kRunnerUpWorthTrying = 0.05f;

// Characters a unified social credit code cannot have, for the code characters they are read
// for: the standard leaves out I, O, Z, S, V exactly because they look like 1, 0, 2, 5 (and U).
QChar lookAlikeOfForbidden(QChar c)
{
    switch (c.unicode()) {
    case u'O': return u'0';
    case u'I': return u'1';
    case u'Z': return u'2';
    case u'S': return u'5';
    case u'V': return u'U';
    default: return c;
    }
}

// Code characters PP-OCR confuses on printed invoices (one glyph for another in small print,
// blur and JPEG noise). Only tried where the recognizer was unsure of the character.
QString confusedWith(QChar c)
{
    static const QHash<QChar, QString> table = {
        {u'0', u"DQ8"_s}, {u'D', u"0"_s}, {u'Q', u"0"_s}, {u'1', u"7TJL"_s}, {u'7', u"1T"_s},
        {u'T', u"17Y"_s}, {u'J', u"1"_s}, {u'L', u"1"_s}, {u'2', u"7"_s}, {u'3', u"8"_s},
        {u'8', u"B306"_s}, {u'B', u"8"_s}, {u'5', u"6"_s}, {u'6', u"G8"_s}, {u'G', u"6C"_s},
        {u'C', u"G"_s}, {u'M', u"NH"_s}, {u'N', u"MH"_s}, {u'H', u"NM"_s}, {u'K', u"XR"_s},
        {u'X', u"KY"_s}, {u'Y', u"XT"_s}, {u'P', u"RF"_s}, {u'R', u"PK"_s}, {u'F', u"PE"_s},
        {u'E', u"F"_s}, {u'U', u"W"_s}, {u'W', u"U"_s}, {u'4', u"A"_s}, {u'A', u"4"_s},
        {u'9', u"Q"_s}};
    return table.value(c);
}

bool passes(const QString &id)
{
    return taxid::checkUscc(id) == taxid::Check::Valid;
}

void addPassing(QStringList &into, const QString &id)
{
    if (passes(id) && !into.contains(id))
        into.append(id);
}

// The candidates of every step in order; decided when the first step that found any found one.
QStringList finishSteps(const QList<QStringList> &steps, bool *decided)
{
    QStringList all;
    for (const QStringList &step : steps) {
        if (step.size() == 1 && all.isEmpty() && decided)
            *decided = true;
        for (const QString &s : step)
            if (!all.contains(s))
                all.append(s);
    }
    return all;
}

} // namespace

QStringList OcrTaxIdCheck::candidates(const QString &id, const QList<ReadChar> &reading, bool *decided)
{
    if (decided)
        *decided = false;
    // The reading's characters line up with the id only when they are the same characters.
    QString readText;
    for (const ReadChar &c : reading)
        readText.append(c.ch);
    const bool aligned = text::compact(readText).toUpper() == id && reading.size() == id.size();

    QList<QStringList> steps(3);
    if (id.size() == kIdLength + 1) {
        // One character too many: CTC decoding reads a glyph twice when a blank splits its time
        // steps, so the second of two equal neighbours (or a doubted character) is the extra one.
        for (qsizetype i = 0; i < id.size(); ++i) {
            const bool doubled = i > 0 && id.at(i) == id.at(i - 1);
            const bool doubted = aligned && reading.at(i).score < OcrCrossCheck::kDoubtfulBelow;
            if (doubled || doubted)
                addPassing(steps[0], QString(id).remove(i, 1));
        }
        return finishSteps(steps, decided);
    }
    QString folded = id;
    for (QChar &c : folded)
        c = lookAlikeOfForbidden(c);
    if (folded != id)
        addPassing(steps[0], folded);
    for (qsizetype i = 0; i < id.size() && aligned; ++i) {
        const ReadChar &r = reading.at(i);
        const QChar alt = r.alt.toUpper();
        // a runner-up far behind a sure character is noise: with 18 places one of them would
        // pass the check by chance about every other id
        const bool unsure = r.score < OcrCrossCheck::kDoubtfulBelow || r.altScore >= kRunnerUpWorthTrying;
        if (unsure && !alt.isNull() && alt != id.at(i)) {
            QString s = id;
            s[i] = alt;
            addPassing(steps[1], s);
        }
        if (r.score < OcrCrossCheck::kDoubtfulBelow)
            for (QChar c : confusedWith(lookAlikeOfForbidden(id.at(i)))) {
                QString s = folded;
                s[i] = c;
                addPassing(steps[2], s);
            }
    }
    return finishSteps(steps, decided);
}

void OcrTaxIdCheck::reconcile(Invoice &invoice, const FieldReadings &readings)
{
    for (const QString &key : {u"seller_tax_id"_s, u"buyer_tax_id"_s}) {
        const Field f = invoice.fields.value(key);
        if (!choice::isOcrReading(f))
            continue;
        const QString id = text::compact(f.value).toUpper();
        if (id.size() == kIdLength + 1) {
            bool decided = false;
            const QStringList found = candidates(id, readings.value(key), &decided);
            if (decided)
                choice::take(invoice, key, found.first(), kCheckSource);
            continue;
        }
        if (id.size() != kIdLength)
            continue;
        const taxid::Check check = taxid::checkUscc(id);
        if (check == taxid::Check::Valid) {
            // any one misread character would have failed the check
            choice::confirm(invoice, {key});
            continue;
        }
        if (check == taxid::Check::NotUscc)
            continue; // a resident ID number, not a code to repair
        bool decided = false;
        const QStringList found = candidates(id, readings.value(key), &decided);
        if (decided) {
            choice::take(invoice, key, found.first(), kCheckSource);
            continue;
        }
        for (qsizetype i = 0; i < found.size() && i < kMaxOffered; ++i)
            choice::offer(invoice, key, found.at(i), kCheckSource);
    }
}

} // namespace ra::ocr
