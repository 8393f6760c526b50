// CSV export, byte for byte: UTF-8 with BOM, CRLF, RFC 4180 quoting, money and dates
// normalized, formula-like text neutralised, the chosen columns, a totals row; and writing a
// file goes through QSaveFile without changing the claim.
#include "export/csvexporter.h"
#include "export/exportregistry.h"
#include "sampleclaim.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

QByteArray csv(const ExportSource &source, const ExportOptions &options, QString *error = nullptr)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter;
    if (!exporter.write(source, options, &buffer)) {
        if (error)
            *error = exporter.errorString();
        return {};
    }
    return bytes;
}

QByteArray lines(const QStringList &rows)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + (rows.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

} // namespace

class TestExportCsv : public QObject
{
    Q_OBJECT

private slots:
    void goldenChineseDefaultColumns()
    {
        const QByteArray expected = lines({
            u"序号,发票类型,发票代码,发票号码,开票日期,销售方名称,销售方纳税人识别号,金额,税额,价税合计,文件,待处理问题"_s,
            u"1,出租车发票,131001871022,01670989,2024-05-06,上海强生出租汽车有限公司,,,,23.00,taxi.pdf,"_s,
            u"2,增值税电子普通发票,031001900111,12345678,2024-05-08,\"上海\"\"老正兴\"\"菜馆, 福州路店\",,100.00,6.00,106.00,dinner.pdf,购买方不是本公司。"_s,
            u"3,电子发票(普通发票),,24312000000012345678,2024-05-10,'=SUM(A1) 酒店,,943.40,56.60,1000.00,hotel.pdf,"_s,
            u"4,电子发票(普通发票),,24312000000012345679,2024-05-11,上海和平饭店,,-94.34,-5.66,-100.00,hotel.pdf,金额与税额之和不等于价税合计。"_s,
            u",合计（4 张）,,,,,,949.06,56.94,1029.00,,"_s,
        });
        const QByteArray actual = csv(test::sampleClaim().source(), ExportOptions());
        if (actual != expected)
            qWarning("%s", actual.constData());
        QCOMPARE(actual, expected);
    }

    void goldenEnglishChosenColumns()
    {
        ExportOptions options;
        options.language = ExportOptions::Language::English;
        options.columns = {u"number"_s, u"total"_s, u"date"_s, u"type"_s, u"page"_s, u"remark"_s};
        test::SampleClaim claim = test::sampleClaim();
        claim.data.invoices[0].invoice.set(u"remark"_s, makeField(u"line one\nline two"_s, u"user"_s));
        claim.data.invoices[1].invoice.set(u"total"_s, makeField(u"about 106"_s, u"vendor"_s));
        const QByteArray expected = lines({
            u"Invoice number,Total,Issue date,Invoice type,Page,Remark"_s,
            u"01670989,23.00,2024-05-06,Taxi receipt,1,\"line one\nline two\""_s,
            u"12345678,about 106,2024-05-08,VAT electronic ordinary invoice,1,"_s,
            u"24312000000012345678,1000.00,2024-05-10,Digital invoice (ordinary),1,"_s,
            u"24312000000012345679,-100.00,2024-05-11,Digital invoice (ordinary),1,"_s,
            u"Total (4 invoices),923.00,,,,"_s,
        });
        const QByteArray actual = csv(claim.source(), options);
        if (actual != expected)
            qWarning("%s", actual.constData());
        QCOMPARE(actual, expected);
    }

    void emptyClaim()
    {
        ExportSource source;
        ExportOptions options;
        options.columns = {u"index"_s, u"seller_name"_s, u"total"_s};
        QCOMPARE(csv(source, options), lines({u"序号,销售方名称,价税合计"_s, u",合计（0 张）,0.00"_s}));
    }

    void unknownColumnsAreRefused()
    {
        ExportOptions options;
        options.columns = {u"total"_s, u"DROP TABLE"_s, u"总额"_s};
        QString error;
        QVERIFY(csv(test::sampleClaim().source(), options, &error).isEmpty());
        QVERIFY2(error.contains(u"DROP TABLE"_s) && error.contains(u"总额"_s), qPrintable(error));
    }

    void savedAtomicallyWithoutTouchingTheClaim()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"claim.csv"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
        old.close();
        const test::SampleClaim claim = test::sampleClaim();
        const ExportSource source = claim.source();
        const auto writer = exports::create(u"csv"_s);
        QVERIFY(writer);
        // A failing export leaves the previous file as it was.
        ExportOptions bad;
        bad.columns = {u"NOT A COLUMN"_s};
        QVERIFY(!exports::saveToFile(*writer, source, bad, path).isEmpty());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous export"));
        old.close();
        QCOMPARE(exports::saveToFile(*writer, source, ExportOptions(), path), QString());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), csv(source, ExportOptions()));
        QCOMPARE(source.data, claim.data);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"claim.csv"_s});
    }

    void registryKnowsTheFormats()
    {
        for (const QString &f : exports::formats()) {
            const auto w = exports::create(f);
            QVERIFY(w);
            QCOMPARE(w->id(), f);
        }
        QVERIFY(!exports::create(u"docx"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportCsv)
#include "tst_exportcsv.moc"
