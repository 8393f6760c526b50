#include "export/csvexporter.h"

#include "dates.h"
#include "export/csvcell.h"
#include "export/exporttable.h"
#include "money.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

QString cellText(const ExportCell &c)
{
    if (c.empty)
        return {};
    switch (c.kind) {
    case ExportColumn::Kind::Money:
        return money::formatFen(c.number);
    case ExportColumn::Kind::Date:
        return dates::formatDate(c.date);
    case ExportColumn::Kind::Integer:
        return QString::number(c.number);
    case ExportColumn::Kind::Text:
        break;
    }
    return csv::textCell(c.text);
}

QString line(const QList<ExportCell> &cells)
{
    QStringList parts;
    for (const ExportCell &c : cells)
        parts << cellText(c);
    return parts.join(u',') + u"\r\n"_s;
}

} // namespace

bool CsvExporter::write(const ExportSource &source, const ExportOptions &options, QIODevice *out)
{
    QString error;
    const auto table = ExportTable::build(source.data, options, &error);
    if (!table)
        return fail(error);
    QString text;
    QStringList titles;
    for (int i = 0; i < table->columns.size(); ++i)
        titles << csv::quoted(table->title(i, options.language));
    text += titles.join(u',') + u"\r\n"_s;
    for (const QList<ExportCell> &row : table->rows)
        text += line(row);
    text += line(table->totals);
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    if (out->write(bytes) != bytes.size())
        return fail(out->errorString());
    return true;
}

} // namespace ra
