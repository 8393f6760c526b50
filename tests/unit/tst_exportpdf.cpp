// PDF claim report, read back with QtPdf: the page count for 1-up and 2-up layouts, the summary
// sheet's text (claimant, purpose, subtotals, grand total in figures and in 大写, open
// findings), the invoice pages' captions and that the originals are drawn on them; totals that
// add up whichever amounts an invoice states (ClaimSummary, shared with every export); and the
// appendix of files without recognised invoices, which count in no total.
#include "chineseamount.h"
#include "export/claimsummary.h"
#include "export/exporttable.h"
#include "export/pdfreportexporter.h"
#include "export/pdftounicode.h"
#include "export/reportpageimages.h"
#include "export/tounicodefixdevice.h"
#include "sampleclaim.h"

#include <QBuffer>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

struct Report
{
    QByteArray bytes;
    std::unique_ptr<QBuffer> buffer;
    std::unique_ptr<QPdfDocument> pdf;

    QString text(int page) const { return pdf->getAllText(page).text(); }
    // Without white space: PDFium breaks wrapped lines (and sometimes single characters) apart.
    QString flat(int page) const { return text(page).remove(QRegularExpression(u"\\s"_s)); }
};

QString flat(QString s)
{
    return s.remove(QRegularExpression(u"\\s"_s));
}

Report report(const ExportSource &source, const ExportOptions &options)
{
    Report r;
    QBuffer out(&r.bytes);
    out.open(QIODevice::WriteOnly);
    PdfReportExporter exporter;
    if (!exporter.write(source, options, &out))
        qWarning("%s", qPrintable(exporter.errorString()));
    if (qEnvironmentVariableIsSet("RA_DUMP_PDF")) { // "%1" in the name numbers the reports of a run
        static int dumped = 0;
        QFile dump(qEnvironmentVariable("RA_DUMP_PDF").arg(++dumped));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(r.bytes);
    }
    r.buffer = std::make_unique<QBuffer>(&r.bytes);
    r.buffer->open(QIODevice::ReadOnly);
    r.pdf = std::make_unique<QPdfDocument>();
    r.pdf->load(r.buffer.get());
    return r;
}

// Share of dark pixels in the middle of a rendered page: the original drawn there.
double ink(const QImage &page, const QRectF &fraction)
{
    const QRect area(int(page.width() * fraction.x()), int(page.height() * fraction.y()),
                     int(page.width() * fraction.width()), int(page.height() * fraction.height()));
    qint64 dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            dark += qGray(page.pixel(x, y)) < 128;
    return double(dark) / (double(area.width()) * area.height());
}

} // namespace

class TestExportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_claim = test::sampleClaim(true);
        m_options.printDpi = 150; // enough to check, faster than print resolution
    }

    void pageCount_data()
    {
        QTest::addColumn<int>("perPage");
        QTest::addColumn<int>("pages");
        QTest::newRow("1-up") << 1 << 1 + 4;
        QTest::newRow("2-up") << 2 << 1 + 2;
    }

    void pageCount()
    {
        QFETCH(int, perPage);
        QFETCH(int, pages);
        ExportOptions options = m_options;
        options.invoicesPerPage = perPage;
        const Report r = report(m_claim.source(), options);
        QCOMPARE(r.pdf->status(), QPdfDocument::Status::Ready);
        QCOMPARE(r.pdf->pageCount(), pages);
        QCOMPARE(r.pdf->pagePointSize(0).toSize(), QSize(595, 842)); // A4
    }

    void summaryText()
    {
        const Report r = report(m_claim.source(), m_options);
        const QString text = r.text(0);
        for (const QString &expected :
             {u"费用报销单"_s, u"张三"_s, u"市场部"_s, u"客户拜访"_s, u"2024-05-01"_s, u"2024-05-31"_s, u"出租车发票"_s,
              u"电子发票(普通发票)"_s, u"¥1,029.00"_s, money::toChineseUpper(102900), u"购买方不是本公司"_s,
              u"金额与税额之和不等于价税合计"_s, u"报销人签字"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
        QCOMPARE(money::toChineseUpper(102900), u"壹仟零贰拾玖圆整"_s);
        QVERIFY2(!text.contains(u"提示"_s), "informational findings are not open findings");
    }

    void invoicePages()
    {
        const Report r = report(m_claim.source(), m_options);
        QVERIFY(r.text(1).contains(u"1 / 4"_s));
        QVERIFY(r.text(1).contains(u"01670989"_s));
        QVERIFY(r.text(1).contains(u"taxi.pdf"_s));
        QVERIFY(r.text(3).contains(u"¥1,000.00"_s));
        const QImage page = r.pdf->render(1, QSize(420, 595));
        QVERIFY(ink(page, QRectF(0.1, 0.1, 0.8, 0.5)) > 0.001);
        const QImage summary = r.pdf->render(0, QSize(420, 595));
        QVERIFY(!summary.isNull());
    }

    void twoUpHasACutLine()
    {
        ExportOptions options = m_options;
        options.invoicesPerPage = 2;
        const Report r = report(m_claim.source(), options);
        const QString text = r.text(1);
        QVERIFY(text.contains(u"1 / 4"_s));
        QVERIFY(text.contains(u"2 / 4"_s));
        QVERIFY(text.contains(u"沿虚线裁开"_s));
        // Both halves carry an original.
        const QImage page = r.pdf->render(1, QSize(420, 595));
        QVERIFY(ink(page, QRectF(0.1, 0.08, 0.8, 0.35)) > 0.001);
        QVERIFY(ink(page, QRectF(0.1, 0.58, 0.8, 0.35)) > 0.001);
    }

    void englishReport()
    {
        ExportOptions options = m_options;
        options.language = ExportOptions::Language::English;
        const Report r = report(m_claim.source(), options);
        QVERIFY(r.text(0).contains(u"Expense claim"_s));
        QVERIFY(r.text(0).contains(u"Taxi receipt"_s));
        QVERIFY(r.text(0).contains(money::toChineseUpper(102900)));
    }

    void missingOriginalIsSaid()
    {
        ExportSource source = m_claim.source();
        source.originalBytes = [](const QString &) { return QByteArray(); };
        const Report r = report(source, m_options);
        QCOMPARE(r.pdf->pageCount(), 5);
        QVERIFY(r.text(1).contains(u"无法显示此发票"_s));
    }

    void manyFindingsFlowOntoMorePages()
    {
        test::SampleClaim claim = m_claim;
        for (int i = 0; i < 120; ++i)
            claim.data.invoices[0].invoice.findings.append(
                Finding{u"x"_s, Severity::Warning, u"warning"_s, u"第 %1 条很长的问题说明，用来填满报销单的汇总页。"_s.arg(i), {}});
        const Report r = report(claim.source(), m_options);
        QVERIFY(r.pdf->pageCount() > 5);
        const int summaryPages = r.pdf->pageCount() - 4;
        // PDFium splits a page holding a single line into one line per character: compare
        // without white space.
        QVERIFY(r.text(summaryPages - 1).remove(QRegularExpression(u"\\s"_s)).contains(u"报销人签字"_s));
        QVERIFY(r.text(summaryPages).contains(u"1 / 4"_s));
    }

    void emptyClaim()
    {
        const Report r = report(ExportSource(), m_options);
        QCOMPARE(r.pdf->pageCount(), 1);
        QVERIFY(r.text(0).contains(u"零圆整"_s) || r.text(0).contains(money::toChineseUpper(0)));
    }

    void regionsAreCropped()
    {
        // A photo with two receipts side by side: each invoice shows only its own.
        QImage photo(400, 200, QImage::Format_RGB32);
        photo.fill(Qt::white);
        for (int y = 0; y < 200; ++y)
            for (int x = 0; x < 200; ++x)
                photo.setPixel(x, y, qRgb(200, 0, 0));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(photo.save(&buffer, "PNG"));
        ExportSource source;
        source.data.originals = {ClaimOriginal{u"abc"_s, u"photo.png"_s, u"png"_s, png.size(), 1, {}}};
        Invoice left;
        left.region = QPolygonF({{0, 0}, {200, 0}, {200, 200}, {0, 200}});
        left.pageSize = QSizeF(400, 200);
        Invoice whole;
        source.data.invoices = {ClaimInvoice{1, u"abc"_s, 1, left}, ClaimInvoice{2, u"abc"_s, 1, whole}};
        source.originalBytes = [png](const QString &) { return png; };
        ReportPageImages images(source, 300, QSizeF(7, 4));
        const ReportPageImages::Picture a = images.take(0);
        QVERIFY(a.error.isEmpty());
        QVERIFY2(a.image.width() >= 200 && a.image.width() <= 210, qPrintable(QString::number(a.image.width())));
        QCOMPARE(a.image.height(), 200);
        QCOMPARE(a.image.pixel(100, 100), qRgb(200, 0, 0));
        const ReportPageImages::Picture b = images.take(1);
        QCOMPARE(b.image.size(), QSize(400, 200));
    }

    void printResolutionFollowsThePrintedSize()
    {
        // An A5 landscape page (read at 150 dpi) printed 7 inches wide needs 7/8.27 of 300 dpi.
        ExportSource source;
        Invoice inv;
        inv.pageSize = QSizeF(1240, 874);
        source.data.invoices = {ClaimInvoice{1, u"x"_s, 1, inv}, ClaimInvoice{2, u"x"_s, 1, Invoice()}};
        ReportPageImages images(source, 300, QSizeF(7, 9));
        QVERIFY(qAbs(images.dpiFor(0) - 300 * 7 / (1240 / 150.0)) < 0.5);
        QCOMPARE(images.dpiFor(1), 300.0); // size unknown: the print resolution itself
    }

    void textMapFixedWhileStreaming()
    {
        const QStringList families = {u"Noto Sans CJK SC"_s};
        const QByteArray pdf = "1 0 obj\nstream\nbinary beginbf? no\n2 beginbfrange\n<0001> <0002> [<2F64> <0041>]\n"
                               "<0003> <0003> <2ECB>\n<0004> <0005> <2F00>\nendbfrange\n1 beginbfchar\n<0006> <2ECB>\n"
                               "endbfchar\nendstream trailer";
        const QByteArray expected = pdftext::fixToUnicode(pdf, families);
        QVERIFY(expected.contains("[<7528> <0041>]"));   // ⽤ U+2F64 → 用
        QVERIFY(expected.contains("<0003> <0003> <8F66>")); // ⻋ U+2ECB → 车 (same glyph)
        QVERIFY(expected.contains("<0004> <0005> <2F00>")); // a range of two stays
        QVERIFY(expected.contains("<0006> <8F66>"));
        QCOMPARE(expected.size(), pdf.size());
        for (int chunk : {1, 2, 5, 7, 64, 4096}) {
            QByteArray out;
            QBuffer buffer(&out);
            buffer.open(QIODevice::WriteOnly);
            ToUnicodeFixDevice fixer(&buffer, families);
            for (qsizetype i = 0; i < pdf.size(); i += chunk)
                QCOMPARE(fixer.write(pdf.mid(i, chunk)), qint64(pdf.mid(i, chunk).size()));
            QVERIFY(fixer.finish());
            QCOMPARE(out, expected);
        }
    }

    // Every type, every set of amounts an invoice can state: the invoice counts in 价税合计
    // exactly once, 金额 + 税额 (+ tickets that state only a total) reconcile with it, and the
    // table the XLSX and CSV exports write sums to the same figures.
    void summaryAddsUp_data()
    {
        QTest::addColumn<QString>("pretax");
        QTest::addColumn<QString>("tax");
        QTest::addColumn<QString>("total");
        QTest::addColumn<qint64>("pretaxFen");
        QTest::addColumn<qint64>("taxFen");
        QTest::addColumn<qint64>("totalFen");
        QTest::newRow("all three") << u"100.00"_s << u"6.00"_s << u"106.00"_s << qint64(10000) << qint64(600) << qint64(10600);
        QTest::newRow("pre-tax only (older QR)") << u"594.06"_s << QString() << QString() << qint64(59406) << qint64(0) << qint64(59406);
        QTest::newRow("pre-tax and tax") << u"100.00"_s << u"13.00"_s << QString() << qint64(10000) << qint64(1300) << qint64(11300);
        QTest::newRow("total and tax") << QString() << u"13.00"_s << u"113.00"_s << qint64(10000) << qint64(1300) << qint64(11300);
        QTest::newRow("total only (ticket)") << QString() << QString() << u"23.00"_s << qint64(0) << qint64(0) << qint64(2300);
        QTest::newRow("tax-exempt ***") << u"50.00"_s << u"***"_s << QString() << qint64(5000) << qint64(0) << qint64(5000);
        QTest::newRow("red-letter") << u"-94.34"_s << u"-5.66"_s << QString() << qint64(-9434) << qint64(-566) << qint64(-10000);
        QTest::newRow("no amounts") << QString() << QString() << QString() << qint64(0) << qint64(0) << qint64(0);
    }

    void summaryAddsUp()
    {
        QFETCH(QString, pretax);
        QFETCH(QString, tax);
        QFETCH(QString, total);
        QFETCH(qint64, pretaxFen);
        QFETCH(qint64, taxFen);
        QFETCH(qint64, totalFen);
        ClaimData data;
        const QList<InvoiceType> types = allInvoiceTypes();
        qint64 id = 0;
        for (InvoiceType type : types)
            data.invoices.append(ClaimInvoice{++id, u"x"_s, 1, test::testInvoice(type, {}, {}, {}, pretax, tax, total, {})});
        const ClaimSummary s = ClaimSummary::of(data);
        // itineraries (supporting documents) are listed but counted nowhere
        qint64 supporting = 0;
        for (InvoiceType type : types)
            supporting += isSupportingDocument(type) ? 1 : 0;
        const qint64 n = types.size() - supporting;
        QCOMPARE(s.supportingCount, int(supporting));
        QCOMPARE(s.count, int(n));
        QCOMPARE(s.pretaxFen, n * pretaxFen);
        QCOMPARE(s.taxFen, n * taxFen);
        QCOMPARE(s.totalFen, n * totalFen);
        QCOMPARE(s.pretaxFen + s.taxFen + s.totalOnlyFen, s.totalFen);
        QCOMPARE(s.byType.size(), n);
        for (const ClaimSummary::TypeSubtotal &t : s.byType)
            QCOMPARE(t.totalFen, totalFen);
        const auto table = ExportTable::build(data, ExportOptions());
        QVERIFY(table);
        QCOMPARE(table->totals.at(7).number, s.pretaxFen);
        QCOMPARE(table->totals.at(8).number, s.taxFen);
        QCOMPARE(table->totals.at(9).number, s.totalFen);
    }

    // The case that was wrong: an invoice of unknown type stating only its pre-tax amount was
    // in 金额 but not in 价税合计 (nor in the amount claimed).
    void unknownTypeCountsInTheTotal()
    {
        test::SampleClaim claim = m_claim;
        claim.data.invoices.append(ClaimInvoice{5, claim.data.invoices.at(0).sha256, 1,
                                                test::testInvoice(InvoiceType::Unknown, {}, u"87654321"_s, {},
                                                                  u"594.06"_s, {}, {}, {})});
        const ClaimSummary s = ClaimSummary::of(claim.data);
        QCOMPARE(s.totalFen, 102900 + 59406);
        QCOMPARE(s.pretaxFen, 94906 + 59406);
        QCOMPARE(s.totalOnlyCount, 1); // the taxi
        QCOMPARE(s.pretaxFen + s.taxFen + s.totalOnlyFen, s.totalFen);
        const Report r = report(claim.source(), m_options);
        const QString text = r.flat(0);
        for (const QString &expected : {u"未知"_s, u"¥594.06"_s, u"¥1,623.06"_s, u"¥1,543.12"_s, money::toChineseUpper(162306),
                                        u"只列价税合计"_s, u"¥23.00"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    }

    void unrecognisedFilesInAnAppendix()
    {
        test::SampleClaim claim = m_claim;
        const auto entry = [](qint64 id, const QString &name, ClaimIntake::State state, const QString &code = {},
                              const QString &message = {}) {
            ClaimIntake e;
            e.id = id;
            e.name = name;
            e.state = state;
            e.errorCode = code;
            e.errorMessage = message;
            return e;
        };
        claim.data.intake = {entry(1, u"receipt-photo.jpg"_s, ClaimIntake::State::Failed, u"no_invoice"_s,
                                   u"图片中没有发票。"_s),
                             entry(2, u"waiting.pdf"_s, ClaimIntake::State::Waiting),
                             entry(3, u"busy.ofd"_s, ClaimIntake::State::Recognising),
                             entry(4, u"stopped.png"_s, ClaimIntake::State::Cancelled)};
        const Report r = report(claim.source(), m_options);
        QCOMPARE(r.pdf->pageCount(), 1 + 4 + 1);
        const QString summary = r.flat(0);
        QVERIFY2(summary.contains(u"¥1,029.00"_s), qPrintable(summary)); // the totals are the invoices' alone
        QVERIFY2(summary.contains(u"另有4个文件未识别出发票，不计入以上任何合计"_s), qPrintable(summary));
        const QString appendix = r.flat(5);
        for (const QString &expected :
             {u"附录"_s, u"不计入报销单的任何合计"_s, u"receipt-photo.jpg"_s, u"识别失败"_s, u"图片中没有发票。"_s,
              u"no_invoice"_s, u"waiting.pdf"_s, u"等待识别"_s, u"busy.ofd"_s, u"正在识别"_s, u"stopped.png"_s,
              u"已取消"_s})
            QVERIFY2(appendix.contains(expected), qPrintable(expected + u" not in: "_s + appendix));

        ExportOptions english = m_options;
        english.language = ExportOptions::Language::English;
        const Report e = report(claim.source(), english);
        QVERIFY2(e.flat(0).contains(flat(u"4 more files have no recognised invoices and are not counted in any total"_s)),
                 qPrintable(e.text(0)));
        QVERIFY(e.flat(5).contains(u"Appendix"_s));
        QVERIFY(e.flat(5).contains(u"failed"_s));

        // Without such files there is no appendix and nothing said about them.
        const Report plain = report(m_claim.source(), m_options);
        QCOMPARE(plain.pdf->pageCount(), 5);
        QVERIFY(!plain.flat(0).contains(u"附录"_s));
    }

    void badOptionsRefused()
    {
        ExportOptions options;
        options.invoicesPerPage = 3;
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        PdfReportExporter exporter;
        QVERIFY(!exporter.write(m_claim.source(), options, &out));
        QVERIFY(!exporter.errorString().isEmpty());
    }

private:
    test::SampleClaim m_claim;
    ExportOptions m_options;
};

QTEST_MAIN(TestExportPdf)
#include "tst_exportpdf.moc"
