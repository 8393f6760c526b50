#include "output.h"

#include "invoicejson.h"
#include "outputfile.h"
#include "safetext.h"

#include <QStringList>
#include <cstdio>
#include <unistd.h>

namespace ra::cli {
namespace {

// The columns of table and CSV output, in order.
const QStringList &columnKeys()
{
    static const QStringList keys = {
        QStringLiteral("code"),         QStringLiteral("number"),       QStringLiteral("date"),
        QStringLiteral("pretax_amount"), QStringLiteral("tax_amount"),  QStringLiteral("total"),
        QStringLiteral("seller_name"),  QStringLiteral("seller_tax_id"), QStringLiteral("buyer_name"),
        QStringLiteral("buyer_tax_id"), QStringLiteral("check_code"),
    };
    return keys;
}

QString findingsSummary(const Invoice &inv)
{
    QStringList ids;
    for (const Finding &f : inv.findings)
        ids.append(f.rule);
    return ids.join(QLatin1Char(' '));
}

// Display width of a string in a terminal: CJK characters take two columns.
int displayWidth(const QString &s)
{
    int w = 0;
    for (const QChar c : s)
        w += (c.unicode() >= 0x1100 && (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf)
                                         || (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3)
                                         || (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff)
                                         || (c.unicode() >= 0xfe30 && c.unicode() <= 0xfe4f)
                                         || (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)
                                         || (c.unicode() >= 0xffe0 && c.unicode() <= 0xffe6)))
             ? 2
             : 1;
    return w;
}

QString pad(const QString &s, int width)
{
    return s + QString(qMax(0, width - displayWidth(s)), QLatin1Char(' '));
}

} // namespace

QByteArray documentsAsJson(const QList<RecognizedDocument> &docs)
{
    return documentsToJson(docs, QJsonDocument::Indented);
}

QByteArray documentsAsCsv(const QList<RecognizedDocument> &docs)
{
    QStringList header = {QStringLiteral("file"), QStringLiteral("page"), QStringLiteral("type")};
    header += columnKeys();
    header += {QStringLiteral("findings"), QStringLiteral("error")};
    QString out = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const RecognizedDocument &doc : docs) {
        if (doc.invoices.isEmpty()) {
            QStringList row = {formulaSafeCsvCell(doc.file), QString(), QString()};
            for (int i = 0; i < columnKeys().size(); ++i)
                row.append(QString());
            row.append(QString());
            row.append(formulaSafeCsvCell(doc.error ? doc.error->code + QStringLiteral(": ") + doc.error->message
                                          : QString()));
            out += row.join(QLatin1Char(',')) + QLatin1String("\r\n");
            continue;
        }
        for (const Invoice &inv : doc.invoices) {
            QStringList row = {formulaSafeCsvCell(doc.file), QString::number(inv.page), invoiceTypeKey(inv.type)};
            for (const QString &key : columnKeys())
                row.append(formulaSafeCsvCell(inv.value(key)));
            row.append(formulaSafeCsvCell(findingsSummary(inv)));
            row.append(QString());
            out += row.join(QLatin1Char(',')) + QLatin1String("\r\n");
        }
    }
    return out.toUtf8();
}

QByteArray documentsAsTable(const QList<RecognizedDocument> &docs)
{
    const QStringList header = {QStringLiteral("FILE"), QStringLiteral("PAGE"), QStringLiteral("TYPE"),
                                QStringLiteral("NUMBER"), QStringLiteral("DATE"), QStringLiteral("TOTAL"),
                                QStringLiteral("SELLER"), QStringLiteral("FINDINGS / ERROR")};
    QList<QStringList> rows;
    for (const RecognizedDocument &doc : docs) {
        if (doc.invoices.isEmpty()) {
            rows.append({doc.file, QString(), QString(), QString(), QString(), QString(), QString(),
                         doc.error ? doc.error->code + QStringLiteral(": ") + doc.error->message : QString()});
            continue;
        }
        for (const Invoice &inv : doc.invoices)
            rows.append({doc.file, QString::number(inv.page), invoiceTypeKey(inv.type),
                         inv.value(QStringLiteral("number")), inv.value(QStringLiteral("date")),
                         inv.value(QStringLiteral("total")), inv.value(QStringLiteral("seller_name")),
                         findingsSummary(inv)});
    }
    // Names and values come from files anyone can make: nothing in them reaches the terminal raw.
    for (QStringList &r : rows)
        for (QString &cell : r)
            cell = terminalSafe(cell);
    QList<int> widths(header.size(), 0);
    for (int c = 0; c < header.size(); ++c)
        widths[c] = displayWidth(header[c]);
    for (const QStringList &r : rows)
        for (int c = 0; c < r.size() - 1; ++c)
            widths[c] = qMin(48, qMax(widths[c], displayWidth(r[c])));
    QString out;
    const auto line = [&](const QStringList &r) {
        for (int c = 0; c < r.size(); ++c)
            out += (c + 1 < r.size() ? pad(r[c], widths[c]) + QStringLiteral("  ") : r[c]);
        out += QLatin1Char('\n');
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    int invoices = 0;
    int failed = 0;
    for (const RecognizedDocument &doc : docs) {
        invoices += doc.invoices.size();
        failed += doc.error ? 1 : 0;
    }
    out += QStringLiteral("%1 document(s), %2 invoice(s), %3 failed\n").arg(docs.size()).arg(invoices).arg(failed);
    return out.toUtf8();
}

QString writeOutput(const QByteArray &data, const QString &path)
{
    return writeOutputFile(path, [&data](QIODevice *out) { return writeAllChecked(out, data); });
}

bool stdoutIsTerminal() { return ::isatty(STDOUT_FILENO) == 1; }
bool stderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

} // namespace ra::cli
