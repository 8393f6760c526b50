// XLSX export: the workbook unzipped and its sheet XML read back. Money is written as numbers
// with a #,##0.00 format and the exact decimal of its fen in <v> (594.06, never
// 594.0599999999999), dates as date serials with a yyyy-mm-dd format, text (codes, 20-digit
// numbers, tax ids) as shared strings, the totals as SUM formulas carrying their values; a
// second sheet holds subtotals per invoice type. When LibreOffice is installed, it must open the
// file and read the same table.
#include "export/claimsummary.h"
#include "export/csvexporter.h"
#include "export/exporttable.h"
#include "export/xlsxexactnumbers.h"
#include "export/xlsxexporter.h"
#include "sampleclaim.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <limits>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

struct Cell
{
    QString type;     // t attribute: "s" shared string, "str", empty = number
    int style = 0;
    QString value;    // <v>, shared strings resolved
    QString formula;  // <f>
};

QMap<QString, QByteArray> unzip(const QByteArray &bytes)
{
    QMap<QString, QByteArray> files;
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return files;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        if (f.open(QIODevice::ReadOnly))
            files.insert(zip.getCurrentFileName(), f.readAll());
    }
    return files;
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    bool inSi = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"si") {
            inSi = true;
            current.clear();
        } else if (r.isStartElement() && r.name() == u"t" && inSi) {
            current += r.readElementText();
        } else if (r.isEndElement() && r.name() == u"si") {
            out << current;
            inSi = false;
        }
    }
    return out;
}

QMap<QString, Cell> cells(const QByteArray &xml, const QStringList &strings)
{
    QMap<QString, Cell> out;
    QXmlStreamReader r(xml);
    QString ref;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"c") {
            ref = r.attributes().value(u"r"_s).toString();
            Cell c;
            c.type = r.attributes().value(u"t"_s).toString();
            c.style = r.attributes().value(u"s"_s).toInt();
            out.insert(ref, c);
        } else if (r.isStartElement() && r.name() == u"v") {
            Cell &c = out[ref];
            c.value = r.readElementText();
            if (c.type == u"s")
                c.value = strings.value(c.value.toInt());
        } else if (r.isStartElement() && r.name() == u"f") {
            out[ref].formula = r.readElementText();
        }
    }
    return out;
}

// Style index → number format code (custom formats from styles.xml, the few built-ins we use).
QStringList numberFormats(const QByteArray &stylesXml)
{
    QHash<int, QString> codes = {{0, u"General"_s}, {1, u"0"_s}, {2, u"0.00"_s}, {3, u"#,##0"_s},
                                 {4, u"#,##0.00"_s}, {14, u"m/d/yy"_s}, {49, u"@"_s}};
    QStringList formats;
    QXmlStreamReader r(stylesXml);
    bool inXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"numFmt")
            codes.insert(r.attributes().value(u"numFmtId"_s).toInt(), r.attributes().value(u"formatCode"_s).toString());
        else if (r.isStartElement() && r.name() == u"cellXfs")
            inXfs = true;
        else if (r.isEndElement() && r.name() == u"cellXfs")
            inXfs = false;
        else if (inXfs && r.isStartElement() && r.name() == u"xf")
            formats << codes.value(r.attributes().value(u"numFmtId"_s).toInt());
    }
    return formats;
}

QByteArray workbook(const ExportSource &source, const ExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    XlsxExporter exporter;
    if (!exporter.write(source, options, &buffer))
        qWarning("%s", qPrintable(exporter.errorString()));
    if (qEnvironmentVariableIsSet("RA_DUMP_XLSX")) { // to open the last workbook in a spreadsheet
        QFile dump(qEnvironmentVariable("RA_DUMP_XLSX"));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(bytes);
    }
    return bytes;
}

} // namespace

class TestExportXlsx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_files = unzip(workbook(test::sampleClaim().source(), ExportOptions()));
        QVERIFY2(m_files.contains(u"xl/worksheets/sheet1.xml"_s), "not a workbook");
        m_strings = sharedStrings(m_files.value(u"xl/sharedStrings.xml"_s));
        m_formats = numberFormats(m_files.value(u"xl/styles.xml"_s));
    }

    void sheetsAreNamed()
    {
        const QString workbook = QString::fromUtf8(m_files.value(u"xl/workbook.xml"_s));
        QVERIFY(workbook.contains(u"name=\"发票明细\""_s));
        QVERIFY(workbook.contains(u"name=\"按类型小计\""_s));
    }

    void invoiceSheet_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("kind"); // text | number | date | formula
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("format");
        QTest::newRow("header") << u"A1"_s << u"text"_s << u"序号"_s << QString();
        QTest::newRow("header total") << u"J1"_s << u"text"_s << u"价税合计"_s << QString();
        QTest::newRow("index") << u"A2"_s << u"number"_s << u"1"_s << u"0"_s;
        QTest::newRow("type") << u"B2"_s << u"text"_s << u"出租车发票"_s << u"@"_s;
        QTest::newRow("code keeps its zero") << u"C3"_s << u"text"_s << u"031001900111"_s << u"@"_s;
        QTest::newRow("number as text") << u"D4"_s << u"text"_s << u"24312000000012345678"_s << u"@"_s;
        QTest::newRow("date serial") << u"E2"_s << u"date"_s << u"45418"_s << u"yyyy-mm-dd"_s;
        QTest::newRow("date from 年月日") << u"E5"_s << u"date"_s << u"45423"_s << u"yyyy-mm-dd"_s;
        QTest::newRow("quotes kept") << u"F3"_s << u"text"_s << u"上海\"老正兴\"菜馆, 福州路店"_s << u"@"_s;
        QTest::newRow("formula-like text stays text") << u"F4"_s << u"text"_s << u"=SUM(A1) 酒店"_s << u"@"_s;
        QTest::newRow("money") << u"H4"_s << u"number"_s << u"943.4"_s << u"#,##0.00"_s;
        QTest::newRow("negative money") << u"J5"_s << u"number"_s << u"-100"_s << u"#,##0.00"_s;
        QTest::newRow("total") << u"J2"_s << u"number"_s << u"23"_s << u"#,##0.00"_s;
        QTest::newRow("findings") << u"L3"_s << u"text"_s << u"购买方不是本公司。"_s << u"@"_s;
        QTest::newRow("totals label") << u"B6"_s << u"text"_s << u"合计（4 张）"_s << QString();
        QTest::newRow("pretax sum") << u"H6"_s << u"formula"_s << u"SUM(H2:H5)=949.06"_s << u"#,##0.00"_s;
        QTest::newRow("tax sum") << u"I6"_s << u"formula"_s << u"SUM(I2:I5)=56.94"_s << u"#,##0.00"_s;
        QTest::newRow("total sum") << u"J6"_s << u"formula"_s << u"SUM(J2:J5)=1029"_s << u"#,##0.00"_s;
    }

    void invoiceSheet()
    {
        QFETCH(QString, ref);
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, format);
        const QMap<QString, Cell> sheet = cells(m_files.value(u"xl/worksheets/sheet1.xml"_s), m_strings);
        QVERIFY2(sheet.contains(ref), qPrintable(ref));
        const Cell c = sheet.value(ref);
        if (kind == u"text") {
            QCOMPARE(c.type, u"s"_s);
            QCOMPARE(c.value, value);
        } else if (kind == u"formula") {
            const QStringList expected = value.split(u'=');
            QCOMPARE(c.formula, expected.at(0));
            QCOMPARE(c.value, expected.at(1)); // the exact decimal, not a number near it
        } else {
            QCOMPARE(c.type, QString());
            QCOMPARE(c.value, value);
        }
        if (!format.isNull())
            QCOMPARE(m_formats.value(c.style), format);
    }

    void noSeventhRow()
    {
        const QMap<QString, Cell> sheet = cells(m_files.value(u"xl/worksheets/sheet1.xml"_s), m_strings);
        for (auto it = sheet.cbegin(); it != sheet.cend(); ++it)
            QVERIFY2(!it.key().endsWith(u'7'), qPrintable(it.key()));
        const QString xml = QString::fromUtf8(m_files.value(u"xl/worksheets/sheet1.xml"_s));
        QVERIFY(xml.contains(u"<autoFilter ref=\"A1:L5\""_s));
        QVERIFY(xml.contains(u"ySplit=\"1\""_s)); // header frozen
    }

    void subtotalSheet()
    {
        const QMap<QString, Cell> sheet = cells(m_files.value(u"xl/worksheets/sheet2.xml"_s), m_strings);
        // Types in the order of the type table: VAT electronic ordinary, digital ordinary, taxi.
        QCOMPARE(sheet.value(u"A2"_s).value, u"增值税电子普通发票"_s);
        QCOMPARE(sheet.value(u"B2"_s).value, u"1"_s);
        QCOMPARE(sheet.value(u"E2"_s).value, u"106"_s);
        QCOMPARE(sheet.value(u"A3"_s).value, u"电子发票(普通发票)"_s);
        QCOMPARE(sheet.value(u"B3"_s).value, u"2"_s);
        QCOMPARE(sheet.value(u"C3"_s).value, u"849.06"_s);
        QCOMPARE(sheet.value(u"E3"_s).value, u"900"_s);
        QCOMPARE(sheet.value(u"A4"_s).value, u"出租车发票"_s);
        QCOMPARE(sheet.value(u"E4"_s).value, u"23"_s);
        QCOMPARE(sheet.value(u"A5"_s).value, u"合计"_s);
        QCOMPARE(sheet.value(u"B5"_s).formula, u"SUM(B2:B4)"_s);
        QCOMPARE(sheet.value(u"B5"_s).value, u"4"_s);
        QCOMPARE(sheet.value(u"E5"_s).formula, u"SUM(E2:E4)"_s);
        QCOMPARE(sheet.value(u"E5"_s).value, u"1029"_s);
        QCOMPARE(m_formats.value(sheet.value(u"E3"_s).style), u"#,##0.00"_s);
    }

    // Each amount as the only invoice of a claim: its cell, the SUM under it and the subtotal
    // sheet all read the exact decimal, with a two-decimal format; identifiers stay text.
    void exactMoney_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("xml");
        QTest::newRow("594.06") << u"594.06"_s << u"594.06"_s;
        QTest::newRow("one fen") << u"0.01"_s << u"0.01"_s;
        QTest::newRow("ten fen") << u"0.10"_s << u"0.1"_s;
        QTest::newRow("whole yuan") << u"100.00"_s << u"100"_s;
        QTest::newRow("large") << u"123456789.99"_s << u"123456789.99"_s;
        QTest::newRow("negative") << u"-5.30"_s << u"-5.3"_s;
        QTest::newRow("0.07") << u"0.07"_s << u"0.07"_s;
        QTest::newRow("1.15") << u"1.15"_s << u"1.15"_s;
        QTest::newRow("zero") << u"0.00"_s << u"0"_s;
    }

    void exactMoney()
    {
        QFETCH(QString, amount);
        QFETCH(QString, xml);
        ExportSource source;
        source.data.originals = {ClaimOriginal{u"abc"_s, u"a.pdf"_s, u"pdf"_s, 1, 1, {}}};
        const QString number = u"25442000000123456789"_s;
        Invoice inv = test::testInvoice(InvoiceType::DigitalSpecial, u"0310019001"_s, number, u"2025-03-01"_s,
                                        amount, u"0.00"_s, amount, u"卖方"_s);
        inv.set(u"seller_tax_id"_s, makeField(u"91310000000000000X"_s, u"test"_s));
        source.data.invoices = {ClaimInvoice{1, u"abc"_s, 1, inv}};
        const auto files = unzip(workbook(source, ExportOptions()));
        const QMap<QString, Cell> sheet = cells(files.value(u"xl/worksheets/sheet1.xml"_s),
                                                sharedStrings(files.value(u"xl/sharedStrings.xml"_s)));
        const QStringList formats = numberFormats(files.value(u"xl/styles.xml"_s));
        for (const QString &ref : {u"H2"_s, u"J2"_s, u"H3"_s, u"J3"_s}) {
            const Cell c = sheet.value(ref);
            QVERIFY2(c.type.isEmpty(), qPrintable(ref + u" is not a number cell"_s));
            QCOMPARE(c.value, xml);
            QCOMPARE(formats.value(c.style), u"#,##0.00"_s);
        }
        QCOMPARE(sheet.value(u"I2"_s).value, u"0"_s);
        QCOMPARE(sheet.value(u"J3"_s).formula, u"SUM(J2:J2)"_s);
        // The raw XML too: no other spelling of the amount anywhere in the cell.
        const QByteArray raw = files.value(u"xl/worksheets/sheet1.xml"_s);
        QVERIFY2(raw.contains("<c r=\"J2\" s=\"") && raw.contains(QByteArray("<v>" + xml.toLatin1() + "</v>")), raw.constData());
        const QMap<QString, Cell> subtotals = cells(files.value(u"xl/worksheets/sheet2.xml"_s), {});
        QCOMPARE(subtotals.value(u"C2"_s).value, xml);
        QCOMPARE(subtotals.value(u"E2"_s).value, xml);
        QCOMPARE(subtotals.value(u"E3"_s).value, xml);
        // Identifiers are text cells, whatever they look like.
        for (const auto &[ref, text] : {std::pair{u"C2"_s, u"0310019001"_s}, std::pair{u"D2"_s, number},
                                        std::pair{u"G2"_s, u"91310000000000000X"_s}}) {
            QCOMPARE(sheet.value(ref).type, u"s"_s);
            QCOMPARE(sheet.value(ref).value, text);
        }
    }

    void yuanText_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("0") << qint64(0) << QByteArray("0");
        QTest::newRow("1") << qint64(1) << QByteArray("0.01");
        QTest::newRow("-1") << qint64(-1) << QByteArray("-0.01");
        QTest::newRow("10") << qint64(10) << QByteArray("0.1");
        QTest::newRow("-530") << qint64(-530) << QByteArray("-5.3");
        QTest::newRow("59406") << qint64(59406) << QByteArray("594.06");
        QTest::newRow("2^53") << qint64(9007199254740993) << QByteArray("90071992547409.93");
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << QByteArray("-92233720368547758.08");
    }

    void yuanText()
    {
        QFETCH(qint64, fen);
        QFETCH(QByteArray, text);
        QCOMPARE(xlsx::yuanText(fen), text);
    }

    void onlyNumberCellsAreRewritten()
    {
        const QByteArray sheet = R"(<sheetData><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="2"><v>1.1000000000000001</v></c>)"
                                 R"(<c r="C2" s="5"><f>SUM(B2:B2)</f><v>1.1000000000000001</v></c><c r="D2" s="1"/></row></sheetData>)";
        QByteArray xml = sheet;
        QString error;
        QVERIFY2(xlsx::setNumberValuesInSheet(xml, {{"B2", "1.1"}, {"C2", "1.1"}}, &error), qPrintable(error));
        QCOMPARE(xml, QByteArray(R"(<sheetData><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="2"><v>1.1</v></c>)"
                                 R"(<c r="C2" s="5"><f>SUM(B2:B2)</f><v>1.1</v></c><c r="D2" s="1"/></row></sheetData>)"));
        // A text cell, an empty cell and a cell that is not there are refused, the XML untouched.
        for (const QByteArray &ref : {QByteArray("A2"), QByteArray("D2"), QByteArray("E9")}) {
            xml = sheet;
            QVERIFY(!xlsx::setNumberValuesInSheet(xml, {{ref, "1"}}, &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(xml, sheet);
        }
    }

    // An invoice that states no total (any type: here unknown and VAT) counts 金额 + 税额 in the
    // total column, so the sheet's sums, the subtotal sheet and the summary agree.
    void derivedTotalsAgreeWithTheSummary()
    {
        ExportSource source;
        source.data.originals = {ClaimOriginal{u"abc"_s, u"a.pdf"_s, u"pdf"_s, 1, 1, {}}};
        const Invoice unknown = test::testInvoice(InvoiceType::Unknown, {}, u"12345678"_s, {}, u"594.06"_s, {}, {}, {});
        const Invoice vat = test::testInvoice(InvoiceType::VatNormal, {}, u"12345679"_s, {}, u"100.00"_s, u"13.00"_s, {}, {});
        const Invoice taxi = test::testInvoice(InvoiceType::Taxi, {}, u"12345680"_s, {}, {}, {}, u"23.00"_s, {});
        source.data.invoices = {ClaimInvoice{1, u"abc"_s, 1, unknown}, ClaimInvoice{2, u"abc"_s, 1, vat},
                                ClaimInvoice{3, u"abc"_s, 1, taxi}};
        const ClaimSummary summary = ClaimSummary::of(source.data);
        QCOMPARE(summary.totalFen, 73006);
        const auto files = unzip(workbook(source, ExportOptions()));
        const QMap<QString, Cell> sheet = cells(files.value(u"xl/worksheets/sheet1.xml"_s),
                                                sharedStrings(files.value(u"xl/sharedStrings.xml"_s)));
        QCOMPARE(sheet.value(u"J2"_s).value, u"594.06"_s);
        QCOMPARE(sheet.value(u"J3"_s).value, u"113"_s);
        QCOMPARE(sheet.value(u"J5"_s).value, u"730.06"_s);
        QCOMPARE(sheet.value(u"H5"_s).value, u"694.06"_s);
        const QMap<QString, Cell> subtotals = cells(files.value(u"xl/worksheets/sheet2.xml"_s), {});
        const QString last = QString::number(summary.byType.size() + 2);
        QCOMPARE(subtotals.value(u"E"_s + last).value, sheet.value(u"J5"_s).value);
        QCOMPARE(subtotals.value(u"C"_s + last).value, sheet.value(u"H5"_s).value);
        QCOMPARE(subtotals.value(u"D"_s + last).value, sheet.value(u"I5"_s).value);
    }

    void emptyClaimIsAValidWorkbook()
    {
        const auto files = unzip(workbook(ExportSource(), ExportOptions()));
        const QMap<QString, Cell> sheet = cells(files.value(u"xl/worksheets/sheet1.xml"_s),
                                                sharedStrings(files.value(u"xl/sharedStrings.xml"_s)));
        QCOMPARE(sheet.value(u"B2"_s).value, u"合计（0 张）"_s);
        QCOMPARE(sheet.value(u"J2"_s).formula, u"0"_s);
    }

    // LibreOffice reads the workbook and computes the same table as the CSV export.
    void opensInLibreOffice()
    {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const test::SampleClaim claim = test::sampleClaim();
        QFile f(dir.filePath(u"claim.xlsx"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(workbook(claim.source(), ExportOptions()));
        f.close();
        QProcess p;
        // A profile of its own, so a running LibreOffice or the user's settings do not interfere.
        p.start(soffice, {u"-env:UserInstallation=file://"_s + dir.filePath(u"profile"_s), u"--headless"_s,
                          u"--convert-to"_s, u"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false"_s,
                          u"--outdir"_s, dir.path(), f.fileName()});
        QVERIFY(p.waitForFinished(180000));
        QFile out(dir.filePath(u"claim.csv"_s));
        QVERIFY2(out.open(QIODevice::ReadOnly), qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
        QString calc = QString::fromUtf8(out.readAll());
        calc.remove(u'\r');
        // The CSV export (without BOM) is the reference: the same cells, with LibreOffice's
        // quoting of the formatted numbers ("1,000.00").
        QByteArray ours;
        QBuffer buffer(&ours);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(CsvExporter().write(claim.source(), ExportOptions(), &buffer));
        QString expected = QString::fromUtf8(ours.mid(3));
        expected.remove(u'\r');
        expected.replace(u"1000.00"_s, u"\"1,000.00\""_s);
        expected.replace(u"1029.00"_s, u"\"1,029.00\""_s);
        expected.replace(u"'=SUM(A1)"_s, u"=SUM(A1)"_s);
        const QStringList a = calc.split(u'\n', Qt::SkipEmptyParts);
        const QStringList e = expected.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(a.size(), e.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(a.at(i), e.at(i));
    }

private:
    QMap<QString, QByteArray> m_files;
    QStringList m_strings;
    QStringList m_formats;
};

QTEST_GUILESS_MAIN(TestExportXlsx)
#include "tst_exportxlsx.moc"
