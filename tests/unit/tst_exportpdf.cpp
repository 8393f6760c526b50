// PDF claim report, read back with QtPdf: the page count for 1-up and 2-up layouts, the summary
// sheet's text (claimant, purpose, subtotals, grand total in figures and in 大写, open
// findings), the invoice pages' captions and that the originals are drawn on them.
#include "chineseamount.h"
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
};

Report report(const ExportSource &source, const ExportOptions &options)
{
    Report r;
    QBuffer out(&r.bytes);
    out.open(QIODevice::WriteOnly);
    PdfReportExporter exporter;
    if (!exporter.write(source, options, &out))
        qWarning("%s", qPrintable(exporter.errorString()));
    if (qEnvironmentVariableIsSet("RA_DUMP_PDF")) {
        QFile dump(qEnvironmentVariable("RA_DUMP_PDF"));
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
