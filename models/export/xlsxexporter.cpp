#include "export/xlsxexporter.h"

#include "export/claimsummary.h"
#include "export/exporttable.h"
#include "export/xlsxexactnumbers.h"
#include "export/xlsxwriterlibrary.h"

#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

QByteArray columnName(int col)
{
    QByteArray name;
    for (int n = col + 1; n > 0; n = (n - 1) / 26)
        name.prepend(char('A' + (n - 1) % 26));
    return name;
}

double yuan(qint64 fen)
{
    // Only what libxlsxwriter prints first: the cell's text is replaced by the exact decimal
    // afterwards (xlsxexactnumbers.h).
    return double(fen) / 100.0;
}

// The money cells of one sheet, by reference, with their exact text.
struct MoneyCells
{
    QHash<QByteArray, QByteArray> cells;

    double note(lxw_row_t row, lxw_col_t col, qint64 fen)
    {
        cells.insert(columnName(col) + QByteArray::number(qulonglong(row) + 1), xlsx::yuanText(fen));
        return yuan(fen);
    }
};

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *money = nullptr;
    lxw_format *date = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *text = nullptr;
    lxw_format *totalLabel = nullptr;
    lxw_format *totalMoney = nullptr;
    lxw_format *totalInteger = nullptr;
};

Formats makeFormats(const XlsxWriterLibrary &x, lxw_workbook *wb)
{
    Formats f;
    f.header = x.workbookAddFormat(wb);
    x.formatSetBold(f.header);
    x.formatSetBgColor(f.header, 0xDDEBF7);
    x.formatSetBorder(f.header, LXW_BORDER_THIN);
    x.formatSetTextWrap(f.header);
    x.formatSetAlign(f.header, LXW_ALIGN_VERTICAL_CENTER);
    f.money = x.workbookAddFormat(wb);
    x.formatSetNumFormat(f.money, "#,##0.00");
    f.date = x.workbookAddFormat(wb);
    x.formatSetNumFormat(f.date, "yyyy-mm-dd");
    f.integer = x.workbookAddFormat(wb);
    x.formatSetNumFormat(f.integer, "0");
    f.text = x.workbookAddFormat(wb);
    x.formatSetNumFormat(f.text, "@");
    f.totalLabel = x.workbookAddFormat(wb);
    x.formatSetBold(f.totalLabel);
    x.formatSetTop(f.totalLabel, LXW_BORDER_DOUBLE);
    f.totalMoney = x.workbookAddFormat(wb);
    x.formatSetBold(f.totalMoney);
    x.formatSetNumFormat(f.totalMoney, "#,##0.00");
    x.formatSetTop(f.totalMoney, LXW_BORDER_DOUBLE);
    f.totalInteger = x.workbookAddFormat(wb);
    x.formatSetBold(f.totalInteger);
    x.formatSetTop(f.totalInteger, LXW_BORDER_DOUBLE);
    return f;
}

double columnWidth(const ExportColumn &c)
{
    if (c.key == u"seller_name" || c.key == u"buyer_name" || c.key == u"remark" || c.key == u"findings")
        return 36;
    if (c.key.endsWith(u"tax_id") || c.key == u"number" || c.key == u"check_code")
        return 22;
    if (c.key == u"index" || c.key == u"page")
        return 6;
    if (c.key == u"type" || c.key == u"file")
        return 24;
    return 14;
}

lxw_error writeCell(const XlsxWriterLibrary &x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const ExportCell &cell,
                    const Formats &f, MoneyCells &money)
{
    if (cell.empty)
        return LXW_NO_ERROR;
    switch (cell.kind) {
    case ExportColumn::Kind::Money:
        return x.worksheetWriteNumber(ws, row, col, money.note(row, col, cell.number), f.money);
    case ExportColumn::Kind::Integer:
        return x.worksheetWriteNumber(ws, row, col, double(cell.number), f.integer);
    case ExportColumn::Kind::Date: {
        lxw_datetime dt{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0.0};
        return x.worksheetWriteDatetime(ws, row, col, &dt, f.date);
    }
    case ExportColumn::Kind::Text:
        break;
    }
    // A cell holds at most 32767 characters; findings of a pathological invoice could exceed it.
    return x.worksheetWriteString(ws, row, col, cell.text.left(8000).toUtf8().constData(), f.text);
}

// The invoice sheet: header, rows, totals (SUM formulas with their values cached, so viewers
// that do not recalculate still show them).
lxw_error writeInvoiceSheet(const XlsxWriterLibrary &x, lxw_worksheet *ws, const ExportTable &t, const ExportOptions &options,
                            const Formats &f, MoneyCells &money)
{
    lxw_error err = LXW_NO_ERROR;
    const auto check = [&err](lxw_error e) {
        if (err == LXW_NO_ERROR)
            err = e;
    };
    const int cols = int(t.columns.size());
    for (int c = 0; c < cols; ++c) {
        check(x.worksheetSetColumn(ws, lxw_col_t(c), lxw_col_t(c), columnWidth(t.columns.at(c)), nullptr));
        check(x.worksheetWriteString(ws, 0, lxw_col_t(c), t.title(c, options.language).toUtf8().constData(), f.header));
    }
    lxw_row_t row = 1;
    for (const QList<ExportCell> &cells : t.rows) {
        for (int c = 0; c < cols; ++c)
            check(writeCell(x, ws, row, lxw_col_t(c), cells.at(c), f, money));
        ++row;
    }
    const lxw_row_t lastDataRow = row - 1; // 0-based
    for (int c = 0; c < cols; ++c) {
        const ExportCell &cell = t.totals.at(c);
        if (t.columns.at(c).kind == ExportColumn::Kind::Money) {
            const QByteArray formula = t.rows.isEmpty()
                ? QByteArrayLiteral("=0")
                : "=SUM(" + columnName(c) + "2:" + columnName(c) + QByteArray::number(lastDataRow + 1) + ")";
            check(x.worksheetWriteFormulaNum(ws, row, lxw_col_t(c), formula.constData(), f.totalMoney,
                                             money.note(row, lxw_col_t(c), cell.number)));
        } else if (!cell.empty) {
            check(x.worksheetWriteString(ws, row, lxw_col_t(c), cell.text.toUtf8().constData(), f.totalLabel));
        } else {
            check(x.worksheetWriteBlank(ws, row, lxw_col_t(c), f.totalLabel));
        }
    }
    x.worksheetFreezePanes(ws, 1, 0);
    if (!t.rows.isEmpty())
        check(x.worksheetAutofilter(ws, 0, 0, lastDataRow, lxw_col_t(cols - 1)));
    return err;
}

lxw_error writeSubtotalSheet(const XlsxWriterLibrary &x, lxw_worksheet *ws, const ClaimSummary &s, const ExportOptions &options,
                             const Formats &f, MoneyCells &money)
{
    lxw_error err = LXW_NO_ERROR;
    const auto check = [&err](lxw_error e) {
        if (err == LXW_NO_ERROR)
            err = e;
    };
    const bool zh = options.language == ExportOptions::Language::Chinese;
    const QStringList titles = zh ? QStringList{u"发票类型"_s, u"张数"_s, u"金额"_s, u"税额"_s, u"价税合计"_s}
                                  : QStringList{u"Invoice type"_s, u"Count"_s, u"Amount before tax"_s, u"Tax"_s, u"Total"_s};
    const double widths[] = {34, 8, 16, 14, 16};
    for (int c = 0; c < titles.size(); ++c) {
        check(x.worksheetSetColumn(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr));
        check(x.worksheetWriteString(ws, 0, lxw_col_t(c), titles.at(c).toUtf8().constData(), f.header));
    }
    lxw_row_t row = 1;
    for (const ClaimSummary::TypeSubtotal &t : s.byType) {
        const QString name = zh ? invoiceTypeNameZh(t.type) : invoiceTypeNameEn(t.type);
        check(x.worksheetWriteString(ws, row, 0, name.toUtf8().constData(), f.text));
        check(x.worksheetWriteNumber(ws, row, 1, t.count, f.integer));
        check(x.worksheetWriteNumber(ws, row, 2, money.note(row, 2, t.pretaxFen), f.money));
        check(x.worksheetWriteNumber(ws, row, 3, money.note(row, 3, t.taxFen), f.money));
        check(x.worksheetWriteNumber(ws, row, 4, money.note(row, 4, t.totalFen), f.money));
        ++row;
    }
    const QByteArray last = QByteArray::number(row);
    check(x.worksheetWriteString(ws, row, 0, (zh ? u"合计"_s : u"Total"_s).toUtf8().constData(), f.totalLabel));
    const auto sum = [&](int col) { return QByteArray("=SUM(" + columnName(col) + "2:" + columnName(col) + last + ")"); };
    if (s.byType.isEmpty()) {
        check(x.worksheetWriteFormulaNum(ws, row, 1, "=0", f.totalInteger, 0));
        for (int c = 2; c <= 4; ++c)
            check(x.worksheetWriteFormulaNum(ws, row, lxw_col_t(c), "=0", f.totalMoney, 0));
    } else {
        check(x.worksheetWriteFormulaNum(ws, row, 1, sum(1).constData(), f.totalInteger, s.count));
        check(x.worksheetWriteFormulaNum(ws, row, 2, sum(2).constData(), f.totalMoney, money.note(row, 2, s.pretaxFen)));
        check(x.worksheetWriteFormulaNum(ws, row, 3, sum(3).constData(), f.totalMoney, money.note(row, 3, s.taxFen)));
        check(x.worksheetWriteFormulaNum(ws, row, 4, sum(4).constData(), f.totalMoney, money.note(row, 4, s.totalFen)));
    }
    x.worksheetFreezePanes(ws, 1, 0);
    return err;
}

} // namespace

bool XlsxExporter::write(const ExportSource &source, const ExportOptions &options, QIODevice *out)
{
    QString error;
    const auto table = ExportTable::build(source.data, options, &error);
    if (!table)
        return fail(error);
    if (table->columns.size() > 16384 || table->rows.size() > 1048570)
        return fail(u"too many rows or columns for a spreadsheet"_s);
    const XlsxWriterLibrary *library = XlsxWriterLibrary::instance(&error);
    if (!library)
        return fail(error);
    const XlsxWriterLibrary &x = *library;
    x.prepareThread();   // exports run on worker threads
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(u"cannot create a temporary folder: %1"_s.arg(dir.errorString()));
    const QString path = dir.filePath(u"export.xlsx"_s);
    const QByteArray tmpdir = QFile::encodeName(dir.path());
    lxw_workbook_options wbOptions{};
    wbOptions.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *wb = x.workbookNewOpt(QFile::encodeName(path).constData(), &wbOptions);
    if (!wb)
        return fail(u"cannot create the workbook"_s);
    const bool zh = options.language == ExportOptions::Language::Chinese;
    const Formats formats = makeFormats(x, wb);
    lxw_worksheet *invoices = x.workbookAddWorksheet(wb, zh ? "发票明细" : "Invoices");
    lxw_worksheet *subtotals = x.workbookAddWorksheet(wb, zh ? "按类型小计" : "Subtotals by type");
    lxw_error err = LXW_ERROR_MEMORY_MALLOC_FAILED;
    MoneyCells invoiceMoney;
    MoneyCells subtotalMoney;
    if (invoices && subtotals) {
        err = writeInvoiceSheet(x, invoices, *table, options, formats, invoiceMoney);
        if (err == LXW_NO_ERROR)
            err = writeSubtotalSheet(x, subtotals, ClaimSummary::of(source.data), options, formats, subtotalMoney);
    }
    const lxw_error closed = x.workbookClose(wb); // frees the workbook in every case
    if (err == LXW_NO_ERROR)
        err = closed;
    if (err != LXW_NO_ERROR)
        return fail(u"cannot write the workbook: %1"_s.arg(QString::fromUtf8(x.strerror(err))));
    QFile built(path);
    if (!built.open(QIODevice::ReadOnly))
        return fail(built.errorString());
    QByteArray bytes = built.readAll();
    // Worksheets are named by the order they were added.
    xlsx::CellValues exact;
    exact.insert(u"xl/worksheets/sheet1.xml"_s, invoiceMoney.cells);
    exact.insert(u"xl/worksheets/sheet2.xml"_s, subtotalMoney.cells);
    if (!xlsx::setNumberValues(bytes, exact, &error))
        return fail(u"cannot write the workbook: %1"_s.arg(error));
    if (out->write(bytes) != bytes.size())
        return fail(out->errorString());
    return true;
}

} // namespace ra
