#include "export/filenametemplate.h"

#include "dates.h"
#include "money.h"
#include "textnormalize.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ra::filenames {

QString expand(const QString &nameTemplate, const ClaimInvoice &invoice, const ClaimData &data, int index)
{
    const Invoice &inv = invoice.invoice;
    const auto dateValue = dates::parseDate(inv.value(u"date"_s));
    const auto totalValue = money::parseFen(inv.value(u"total"_s));
    const ClaimOriginal *o = data.original(invoice.sha256);
    const QHash<QString, QString> values = {
        {u"date"_s, dateValue ? dates::formatDate(*dateValue) : inv.value(u"date"_s)},
        {u"seller"_s, inv.value(u"seller_name"_s)},
        {u"buyer"_s, inv.value(u"buyer_name"_s)},
        {u"total"_s, totalValue ? money::formatFen(*totalValue) : inv.value(u"total"_s)},
        {u"number"_s, text::stripNumberPrefix(inv.value(u"number"_s))},
        {u"code"_s, inv.value(u"code"_s)},
        {u"type"_s, invoiceTypeNameZh(inv.type)},
        {u"index"_s, u"%1"_s.arg(index, 3, 10, QChar(u'0'))},
        {u"file"_s, o ? QFileInfo(o->name).completeBaseName() : QString()},
        {u"claimant"_s, data.details.claimant},
    };
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    // Pieces: literal text and expanded values; a value that expands to nothing takes one
    // separator next to it along ("{date}_{code}_{number}" without a code is "date_number").
    struct Piece
    {
        QString text;
        bool value;
    };
    QList<Piece> pieces;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(nameTemplate); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pieces.append({nameTemplate.mid(last, m.capturedStart() - last), false});
        const QString key = m.captured(1);
        pieces.append({values.contains(key) ? values.value(key).simplified() : m.captured(0), true});
        last = m.capturedEnd();
    }
    pieces.append({nameTemplate.mid(last), false});
    const auto isSeparator = [](QChar c) { return c == u'_' || c == u'-' || c == u' '; };
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (!pieces.at(i).value || !pieces.at(i).text.isEmpty())
            continue;
        QString &before = pieces[i - 1].text; // a value always sits between two literals
        QString &after = pieces[i + 1].text;
        if (!before.isEmpty() && isSeparator(before.back()))
            before.chop(1);
        else if (!after.isEmpty() && isSeparator(after.front()))
            after.remove(0, 1);
    }
    QString out;
    for (const Piece &p : std::as_const(pieces))
        out += p.text;
    while (!out.isEmpty() && isSeparator(out.front()))
        out.remove(0, 1);
    while (!out.isEmpty() && isSeparator(out.back()))
        out.chop(1);
    return out;
}

QString sanitize(const QString &name, const QString &fallback, int maxBytes)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || QStringView(u"<>:\"/\\|?*").contains(c))
            out += u'_';
        else
            out += c;
    }
    static const QRegularExpression edges(u"^[. ]+|[. ]+$"_s);
    out.remove(edges);
    static const QRegularExpression reserved(u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(out).hasMatch())
        out.prepend(u'_');
    // Cut whole characters (never half a surrogate pair) to the byte budget.
    while (out.toUtf8().size() > maxBytes) {
        out.chop(1);
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
    }
    out.remove(edges);
    return out.isEmpty() ? fallback : out;
}

QString unique(const QString &base, const QString &suffix, const QSet<QString> &taken)
{
    const QString dot = suffix.isEmpty() ? QString() : u"."_s + suffix;
    QString candidate = base + dot;
    for (int n = 2; taken.contains(candidate.toLower()); ++n)
        candidate = u"%1 (%2)%3"_s.arg(base).arg(n).arg(dot);
    return candidate;
}

} // namespace ra::filenames
