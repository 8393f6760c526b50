#include "docbodyextractor.h"

// Values read off the printed page where the data leaves them out or does not locate them.

#include "chineseamount.h"
#include "ofdfieldnames.h"
#include "textnormalize.h"

#include <QRegularExpression>

namespace ra::ofdx {

// The printed title: the largest text with 发票 in it in the upper part of the first page
// (its own content or its template).
void DocBodyExtractor::readTitle()
{
    if (m_doc->pages().isEmpty())
        return;
    const OfdPage &page = m_doc->pages().first();
    QList<const OfdGraphicObject *> candidates;
    for (const OfdGraphicObject &o : page.objects)
        candidates.append(&o);
    for (const OfdTemplateRef &ref : page.templates) {
        const auto it = m_doc->templates().constFind(ref.templateId);
        if (it != m_doc->templates().constEnd())
            for (const OfdGraphicObject &o : it->objects)
                candidates.append(&o);
    }
    const OfdGraphicObject *best = nullptr;
    const double upper = page.physicalBox.top() + page.physicalBox.height() * 0.3;
    for (const OfdGraphicObject *o : std::as_const(candidates)) {
        if (o->kind != OfdGraphicObject::Kind::Text || o->size < 4.5 || !o->text.contains(u"发票"))
            continue;
        if (!o->boundary.isEmpty() && o->boundary.top() > upper)
            continue;
        if (!best || o->size > best->size)
            best = o;
    }
    if (best)
        offer(QStringLiteral("title"), best->text, QStringLiteral("ofd:text/title"), toPolygon(best->boundary, page),
              m_pageOffset + 1);
}

// The 大写 total is printed but rarely tagged: the first text on the first page that reads
// as a 大写 amount. Whether it matches the total is for validation to say.
void DocBodyExtractor::readAmountInWords()
{
    if (m_invoice.has(QStringLiteral("total_in_words")) || m_doc->pages().isEmpty())
        return;
    const OfdPage &page = m_doc->pages().first();
    for (const OfdGraphicObject &o : page.objects) {
        if (o.kind != OfdGraphicObject::Kind::Text)
            continue;
        const QString t = text::compact(o.text);
        if (t.size() < 2 || t.size() > 40 || !(t.contains(u'圆') || t.contains(u'元')))
            continue;
        if (!money::parseChineseUpper(t))
            continue;
        offer(QStringLiteral("total_in_words"), o.text, QStringLiteral("ofd:text/total_in_words"),
              toPolygon(o.boundary, page), m_pageOffset + 1);
        return;
    }
}

// 数电 invoices have no payee / reviewer boxes: they are written into the remark
// ("收款人:李蓉蓉; 复核人:周欣铭;"), as are the bank accounts ("销方开户行:… 账号:…").
void DocBodyExtractor::readRemarkParts()
{
    const Field remark = m_invoice.fields.value(QStringLiteral("remark"));
    if (remark.value.isEmpty())
        return;
    const QString source = remark.source + QStringLiteral("#remark");
    auto labelled = [&](const QString &label) -> QString {
        const QRegularExpression re(label + QStringLiteral("[:：]\\s*([^;；\\n]+?)\\s*(?:[;；\\n]|$)"));
        const auto m = re.match(remark.value);
        return m.hasMatch() ? text::withoutTrailingSeparators(m.captured(1)) : QString();
    };
    auto offerDerived = [&](const QString &key, const QString &value) {
        if (value.isEmpty() || m_invoice.has(key))
            return;
        offer(key, value, source);
    };
    offerDerived(QStringLiteral("payee"), labelled(QStringLiteral("收款人")));
    offerDerived(QStringLiteral("reviewer"), labelled(QStringLiteral("复核人")));
    static const QRegularExpression bank(
        QStringLiteral("(购方|销方)开户(?:银行|行)[:：]\\s*(\\S+?)\\s+(?:银行)?账号[:：]\\s*([0-9][0-9 -]*[0-9])"));
    auto it = bank.globalMatch(remark.value);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString key = m.captured(1) == u"购方" ? QStringLiteral("buyer_bank_account")
                                                     : QStringLiteral("seller_bank_account");
        offerDerived(key, m.captured(2) + u' ' + m.captured(3));
    }
}

// Fields no tag located (packages without CustomTags, fields the tags leave out): a text
// run on the page whose normalized text equals the value locates it, when only one does
// (on the first page, if the value is repeated on later ones).
void DocBodyExtractor::locateUntaggedFields()
{
    struct Run
    {
        QString text;
        QRectF box;
        int pageIndex;
    };
    // Bounded work: a hostile package could list a million text objects.
    constexpr qsizetype kMaxRuns = 4000;
    QList<Run> runs;
    for (const OfdPage &page : m_doc->pages()) {
        // Objects sharing one boundary are one printed value ("¥" + "57.00").
        QHash<QString, qsizetype> byBox;
        for (const OfdGraphicObject &o : page.objects) {
            if (runs.size() >= kMaxRuns)
                break;
            if (o.kind != OfdGraphicObject::Kind::Text || o.boundary.isEmpty() || o.text.trimmed().isEmpty())
                continue;
            const QRectF &b = o.boundary;
            const QString key = QStringLiteral("%1 %2 %3 %4").arg(b.x()).arg(b.y()).arg(b.width()).arg(b.height());
            if (const auto at = byBox.constFind(key); at != byBox.constEnd()) {
                runs[*at].text += o.text;
            } else {
                byBox.insert(key, runs.size());
                runs.append({o.text, o.boundary, page.index});
            }
        }
    }
    static const QStringList skip = {QStringLiteral("electronic"), QStringLiteral("title")};
    for (auto it = m_invoice.fields.begin(); it != m_invoice.fields.end(); ++it) {
        if (!it->polygon.isEmpty() || it->value.isEmpty() || skip.contains(it.key()))
            continue;
        QList<const Run *> matches;
        const QString wanted = withoutBlanks(it->value);
        for (const Run &r : std::as_const(runs))
            if (withoutBlanks(ofdfields::normalizeInvoiceValue(it.key(), r.text)) == wanted)
                matches.append(&r);
        if (matches.size() > 1) {
            QList<const Run *> first;
            for (const Run *r : std::as_const(matches))
                if (r->pageIndex == 0)
                    first.append(r);
            matches = first;
        }
        if (matches.size() != 1)
            continue;
        const Run *r = matches.first();
        const QPolygonF polygon = toPolygon(r->box, m_doc->pages().at(r->pageIndex));
        if (polygon.isEmpty())
            continue;
        it->polygon = polygon;
        it->page = m_pageOffset + r->pageIndex + 1;
    }
}


} // namespace ra::ofdx
