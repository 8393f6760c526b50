#include "export/exporttable.h"

#include "supportingdocuments.h"

#include <QHash>

#include "export/claimsummary.h"
#include "dates.h"
#include "money.h"

using namespace Qt::StringLiterals;

namespace ra {
namespace {

ExportCell textCell(const QString &text)
{
    ExportCell c;
    c.kind = ExportColumn::Kind::Text;
    c.empty = text.isEmpty();
    c.text = text;
    return c;
}

ExportCell integerCell(qint64 n)
{
    ExportCell c;
    c.kind = ExportColumn::Kind::Integer;
    c.empty = false;
    c.number = n;
    return c;
}

ExportCell valueCell(ExportColumn::Kind kind, const QString &value)
{
    if (value.isEmpty())
        return ExportCell{kind, true, {}, 0, {}};
    switch (kind) {
    case ExportColumn::Kind::Money:
        if (const auto fen = money::parseFen(value))
            return ExportCell{kind, false, {}, *fen, {}};
        break;
    case ExportColumn::Kind::Date:
        if (const auto d = dates::parseDate(value))
            return ExportCell{kind, false, {}, 0, *d};
        break;
    case ExportColumn::Kind::Integer: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (ok)
            return integerCell(n);
        break;
    }
    case ExportColumn::Kind::Text:
        break;
    }
    return textCell(value);
}

QString openFindings(const Invoice &inv, ExportOptions::Language language)
{
    QStringList out;
    for (const Finding &f : inv.findings)
        if (f.severity != Severity::Info)
            out << (language == ExportOptions::Language::Chinese && !f.messageZh.isEmpty() ? f.messageZh : f.message);
    return out.join(language == ExportOptions::Language::Chinese ? u"；"_s : u"; "_s);
}

} // namespace

QString ExportTable::title(int column, ExportOptions::Language language) const
{
    const ExportColumn &c = columns.at(column);
    return language == ExportOptions::Language::Chinese ? c.titleZh : c.titleEn;
}

std::optional<ExportTable> ExportTable::build(const ClaimData &data, const ExportOptions &options, QString *error)
{
    ExportTable t;
    const QStringList keys = options.columns.isEmpty() ? ExportColumn::defaultKeys() : options.columns;
    QStringList unknown;
    for (const QString &k : keys) {
        if (const auto c = ExportColumn::forKey(k))
            t.columns.append(*c);
        else
            unknown << k;
    }
    if (!unknown.isEmpty() || t.columns.isEmpty()) {
        if (error)
            *error = unknown.isEmpty() ? u"no columns chosen"_s : u"unknown column(s): %1"_s.arg(unknown.join(u", "_s));
        return std::nullopt;
    }
    const bool zh = options.language == ExportOptions::Language::Chinese;

    QList<qint64> sums(t.columns.size(), 0);
    qint64 index = 0;
    qint64 counted = 0;
    // Supporting documents (itineraries) are listed, named after their invoice's row, and
    // left out of the sums: their amount is the invoice's.
    QList<Invoice> all;
    for (const ClaimInvoice &ci : data.invoices)
        all.append(ci.invoice);
    QHash<int, int> invoiceOf;
    for (const SupportingLink &l : linkSupportingDocuments(all))
        invoiceOf.insert(l.document, l.invoice);
    for (const ClaimInvoice &ci : data.invoices) {
        ++index;
        const Invoice &inv = ci.invoice;
        const bool supporting = isSupportingDocument(inv.type);
        if (!supporting)
            ++counted;
        const InvoiceAmounts amounts = InvoiceAmounts::of(inv);
        QList<ExportCell> row;
        for (qsizetype col = 0; col < t.columns.size(); ++col) {
            const ExportColumn &c = t.columns.at(col);
            ExportCell cell;
            if (c.key == u"index") {
                cell = integerCell(index);
            } else if (c.key == u"type") {
                QString type = zh ? invoiceTypeNameZh(inv.type) : invoiceTypeNameEn(inv.type);
                if (supporting) {
                    const int of = invoiceOf.value(int(index) - 1, -1);
                    type += of >= 0 ? (zh ? u"（第 %1 行发票的附件，不计入合计）"_s : u" (belongs to row %1, not counted)"_s).arg(of + 1)
                                    : (zh ? u"（附件，未找到其发票，不计入合计）"_s : u" (supporting, no invoice found, not counted)"_s);
                }
                cell = textCell(type);
            } else if (c.key == u"file") {
                const ClaimOriginal *o = data.original(ci.sha256);
                cell = textCell(o ? o->name : QString());
            } else if (c.key == u"page") {
                cell = integerCell(inv.page);
            } else if (c.key == u"findings") {
                cell = textCell(openFindings(inv, options.language));
            } else if ((c.key == u"total" && amounts.totalDerived) || (c.key == u"pretax_amount" && amounts.pretaxDerived)) {
                // The same figure the summary counts, so the column's sum is the summary's.
                cell = ExportCell{ExportColumn::Kind::Money, false, {},
                                  c.key == u"total" ? amounts.totalFen : amounts.pretaxFen, {}};
            } else {
                cell = valueCell(c.kind, inv.value(c.key));
            }
            if (c.kind == ExportColumn::Kind::Money && cell.kind == ExportColumn::Kind::Money && !cell.empty && !supporting)
                sums[col] += cell.number;
            row.append(cell);
        }
        t.rows.append(row);
    }

    // Totals: sums under money columns, the label (with the count) in the first text column.
    bool labelled = false;
    for (qsizetype col = 0; col < t.columns.size(); ++col) {
        const ExportColumn &c = t.columns.at(col);
        if (c.kind == ExportColumn::Kind::Money) {
            ExportCell cell{ExportColumn::Kind::Money, false, {}, sums.at(col), {}};
            t.totals.append(cell);
        } else if (!labelled && c.kind == ExportColumn::Kind::Text) {
            t.totals.append(textCell(zh ? u"合计（%1 张）"_s.arg(counted) : u"Total (%1 invoices)"_s.arg(counted)));
            labelled = true;
        } else {
            t.totals.append(ExportCell{});
        }
    }
    return t;
}

} // namespace ra
