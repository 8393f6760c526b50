#include "ocrreadingchoice.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::ocr::choice {

bool isOcrReading(const Field &field)
{
    return !field.isNull() && field.source == u"ocr";
}

float worstScore(const QList<ReadChar> &reading)
{
    float worst = 1.f;
    for (const ReadChar &c : reading)
        worst = std::min(worst, c.score);
    return worst;
}

void take(Invoice &invoice, const QString &key, const QString &value, const QString &source)
{
    Field &f = invoice.fields[key];
    if (f.value == value)
        return;
    QList<Field> &alts = invoice.alternatives[key];
    const bool kept = std::any_of(alts.cbegin(), alts.cend(),
                                  [&](const Field &a) { return a.value == f.value && a.source == f.source; });
    if (!kept)
        alts.append(f);
    // The same value may have been offered before the choice: it is the value now.
    alts.removeIf([&](const Field &a) { return a.value == value; });
    f.value = value;
    f.source = source;
    // chosen by arithmetic, not read there: the person confirms it against the page
    f.uncertain = true;
}

void offer(Invoice &invoice, const QString &key, const QString &value, const QString &source,
           const QPolygonF &polygon)
{
    if (invoice.fields.value(key).value == value)
        return;
    const QList<Field> known = invoice.alternatives.value(key);
    if (std::any_of(known.cbegin(), known.cend(), [&](const Field &a) { return a.value == value; }))
        return;
    Field f = makeField(value, source, polygon, polygon.isEmpty() ? 0 : invoice.page);
    f.uncertain = true;
    invoice.alternatives[key].append(f);
}

void confirm(Invoice &invoice, const QStringList &keys)
{
    for (const QString &key : keys) {
        auto it = invoice.fields.find(key);
        if (it != invoice.fields.end() && isOcrReading(*it))
            it->uncertain = false;
    }
}

} // namespace ra::ocr::choice
