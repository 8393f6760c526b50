// The Tencent VAT adapter's pages and image limits, over real HTTP against the fake Tencent
// server: PDFs rendered per page, large images scaled with polygons mapped back, the 7 MB
// Base64 limit (re-encoded, shrunk and sent again when refused), and a failed page that keeps
// the others (tests/support/tencenttestbench.* is the fixture).
#include "core/connectioncheck.h"
#include "core/documentinput.h"
#include "core/providerjob.h"
#include "core/recognitionqueue.h"
#include "log.h"
#include "ofdbuilder.h"
#include "tencent/tencentapi.h"
#include "tencent/tencentofdprovider.h"
#include "tencent/tencentvatprovider.h"
#include "tencenttestbench.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QSignalSpy>
#include <QtTest>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace ra;
using Fault = ra::test::FakeVendorServer::Fault;

class TestTencentPages : public QObject, public test::TencentTestBench
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(setUpBench()); }
    void init() { resetBench(); }
    void pdfPagesRendered();
    void largeImageScaledBack();
    void sevenMegabytesAfterBase64();
    void tooLargeShrunkAndSentAgain();
    void tooLargeEvenWhenShrunk();
    void failedPageKeepsTheOthers();
    void failedPageEndsTheDocumentWhenEveryPageWould();
    void failedUrlPageKeepsTheOthers();
};

void TestTencentPages::pdfPagesRendered()
{
    TencentVatProvider vat(m_ctx);
    QList<QSize> sentSizes;
    m_server.setResponder([&sentSizes](const QString &, const QJsonObject &body) {
        QImage img;
        img.loadFromData(QByteArray::fromBase64(body.value(QStringLiteral("ImageBase64")).toString().toLatin1()));
        sentSizes << img.size();
        return test::FakeTencentServer::defaultVatResponse();
    });
    const RecognizedDocument r = run(vat, input(pdf(2), QStringLiteral("two-pages.pdf")));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.invoices.size(), 2);
    QCOMPARE(r.invoices.at(0).page, 1);
    QCOMPARE(r.invoices.at(1).page, 2);
    QCOMPARE(r.rawResponses.size(), 2);
    // A5 at the viewer's 150 dpi: the page image the polygons refer to is what was sent.
    QCOMPARE(sentSizes.size(), 2);
    QCOMPARE(QSizeF(sentSizes.first()), r.invoices.first().pageSize);
    QVERIFY(qAbs(sentSizes.first().width() - 874) <= 2);
    QCOMPARE(r.invoices.at(1).fields.value(QStringLiteral("number")).page, 2);

    // One page asked for: one call.
    DocumentInput second = input(pdf(2), QStringLiteral("page2.pdf"));
    second.page = 2;
    sentSizes.clear();
    const RecognizedDocument p2 = run(vat, second);
    QCOMPARE(p2.invoices.size(), 1);
    QCOMPARE(p2.invoices.first().page, 2);
    QCOMPARE(sentSizes.size(), 1);
}

void TestTencentPages::largeImageScaledBack()
{
    TencentVatProvider vat(m_ctx);
    QSize sent;
    m_server.setResponder([&sent](const QString &, const QJsonObject &body) {
        QImage img;
        img.loadFromData(QByteArray::fromBase64(body.value(QStringLiteral("ImageBase64")).toString().toLatin1()));
        sent = img.size();
        QJsonObject r = test::FakeTencentServer::defaultVatResponse();
        return r;
    });
    const RecognizedDocument r = run(vat, input(png(8, QSize(12000, 200)), QStringLiteral("wide.png")));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(sent.width(), 10000);   // within the vendor's 10000 px
    const Invoice &inv = r.invoices.first();
    QCOMPARE(inv.pageSize, QSizeF(12000, 200));
    // The fake put 发票号码 at x 10..110 of the image it got: ×1.2 on the page.
    const QRectF box = inv.fields.value(QStringLiteral("number")).polygon.boundingRect();
    QVERIFY(qAbs(box.left() - 12) < 0.01 && qAbs(box.right() - 132) < 0.01);
}

// "所下载文件经Base64编码后不超过 7M": a PNG of 8 MB after Base64 (which the old 10 MB limit sent as
// it was) is re-encoded below 7 MB before it is sent; the fake refuses anything above.
void TestTencentPages::sevenMegabytesAfterBase64()
{
    const QByteArray big = noisePng(1400, 1400, 7);
    const qint64 b64 = (big.size() + 2) / 3 * 4;
    QVERIFY2(b64 > test::FakeTencentServer::kSeedVatMaxBase64Bytes && b64 <= 10LL * 1024 * 1024,
             qPrintable(QString::number(b64)));
    TencentVatProvider vat(m_ctx);
    const int before = m_server.requestCount();
    const RecognizedDocument r = run(vat, input(big, QStringLiteral("big.png")));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(m_server.requestCount() - before, 1);   // fitted before sending: no refusal
    QVERIFY(sentBase64(m_server.requests().last()) <= 7LL * 1024 * 1024);
    QVERIFY(sentImage(m_server.requests().last()).startsWith("\xFF\xD8\xFF"));   // re-encoded
    QCOMPARE(r.invoices.first().pageSize, QSizeF(1400, 1400));
}

// A vendor stricter than its document: the page refused with LimitExceeded.TooLargeFileError is
// shrunk to 60 % of what was sent and sent again; the polygons still land on the page, and the
// refusal is kept with the answers (a second run maps the same from the cache).
void TestTencentPages::tooLargeShrunkAndSentAgain()
{
    const QByteArray image = noisePng(500, 400, 11);
    const qint64 original = (image.size() + 2) / 3 * 4;
    m_server.setVatMaxBase64Bytes(original * 45 / 100);
    TencentVatProvider vat(m_ctx);
    const int before = m_server.requestCount();
    const DocumentInput in = input(image, QStringLiteral("strict.png"));
    const RecognizedDocument r = run(vat, in);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    const int calls = m_server.requestCount() - before;
    QVERIFY2(calls >= 2 && calls <= 1 + tencent::kMaxShrinkResends, qPrintable(QString::number(calls)));
    qint64 previous = sentBase64(m_server.requests().at(before));
    QCOMPARE(previous, original);   // the first time as it was
    for (int i = before + 1; i < m_server.requestCount(); ++i) {
        const qint64 now = sentBase64(m_server.requests().at(i));
        QVERIFY2(now <= previous * 6 / 10, qPrintable(QStringLiteral("%1 after %2").arg(now).arg(previous)));
        previous = now;
    }
    QCOMPARE(r.invoices.size(), 1);
    const Invoice &inv = r.invoices.first();
    QCOMPARE(inv.pageSize, QSizeF(500, 400));
    QCOMPARE(pageFailedCount(inv), 0);
    const QImage last = QImage::fromData(sentImage(m_server.requests().last()));
    const double scale = 500.0 / last.width();
    // The fake put 发票号码 at x 10..110 of the image it got.
    const QRectF box = inv.fields.value(QStringLiteral("number")).polygon.boundingRect();
    QVERIFY2(qAbs(box.left() - 10 * scale) < 0.01 && qAbs(box.right() - 110 * scale) < 0.01,
             qPrintable(QStringLiteral("%1 %2 × %3").arg(box.left()).arg(box.right()).arg(scale)));
    QCOMPARE(r.rawResponses.size(), calls);

    const int cachedBefore = m_server.requestCount();
    const RecognizedDocument again = run(vat, in);
    QCOMPARE(m_server.requestCount(), cachedBefore);
    QCOMPARE(again.invoices, r.invoices);
}

void TestTencentPages::tooLargeEvenWhenShrunk()
{
    m_server.setVatMaxBase64Bytes(2000);
    TencentVatProvider vat(m_ctx);
    const int before = m_server.requestCount();
    const RecognizedDocument r = run(vat, input(noisePng(300, 300, 5), QStringLiteral("never.png")));
    QCOMPARE(m_server.requestCount() - before, 1 + tencent::kMaxShrinkResends);
    QVERIFY(r.error);
    QCOMPARE(r.error->code, QStringLiteral("input_too_large"));
    QCOMPARE(r.error->vendorCode, QStringLiteral("LimitExceeded.TooLargeFileError"));
    QVERIFY2(r.error->message.contains(QStringLiteral("smaller resends")), qPrintable(r.error->message));
}

// Page 2 of 3 fails: pages 1 and 3 are kept, page 2 stands in with its own error; the result is
// not answered from the cache next time (the vendor is asked again for every page).
void TestTencentPages::failedPageKeepsTheOthers()
{
    int call = 0;
    m_server.setResponder([&call](const QString &, const QJsonObject &) {
        if (++call == 2)
            return QJsonObject{{QStringLiteral("Error"), QJsonObject{{QStringLiteral("Code"), QStringLiteral("FailedOperation.OcrFailed")},
                                                                     {QStringLiteral("Message"), QStringLiteral("OCR识别失败")}}}};
        return test::FakeTencentServer::defaultVatResponse();
    });
    TencentVatProvider vat(m_ctx);
    const DocumentInput in = input(pdf(3), QStringLiteral("three.pdf"));
    const RecognizedDocument r = run(vat, in);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(call, 3);
    QCOMPARE(r.pages, 3);
    QCOMPARE(r.invoices.size(), 3);
    QCOMPARE(r.invoices.at(0).page, 1);
    QCOMPARE(r.invoices.at(0).value(QStringLiteral("number")), QStringLiteral("12345678"));
    QCOMPARE(r.invoices.at(2).page, 3);
    QCOMPARE(r.invoices.at(2).value(QStringLiteral("number")), QStringLiteral("12345678"));
    const Invoice &failed = r.invoices.at(1);
    QCOMPARE(failed.page, 2);
    QVERIFY(failed.fields.isEmpty());
    QVERIFY(!failed.pageSize.isEmpty());   // the page as rendered, for the viewer
    QCOMPARE(pageFailedCount(failed), 1);
    const Finding &f = failed.findings.first();
    QCOMPARE(f.severity, Severity::Error);
    QVERIFY2(f.message.contains(QStringLiteral("Page 2")) && f.message.contains(QStringLiteral("FailedOperation.OcrFailed"))
                 && f.message.contains(QStringLiteral("vendor_rejected")),
             qPrintable(f.message));
    QVERIFY(f.messageZh.contains(QStringLiteral("第 2 页")));
    QCOMPARE(r.rawResponses.size(), 3);   // the refusal kept with the answers

    call = 0;
    const RecognizedDocument again = run(vat, in);
    QCOMPARE(call, 3);   // not from the cache: every page asked again
    QCOMPARE(again.invoices.size(), 3);
}

// An error every page would get (the keys refused) stops the sending: the page read stays, the
// failing page and the ones after it each stand in with that error.
void TestTencentPages::failedPageEndsTheDocumentWhenEveryPageWould()
{
    int call = 0;
    m_server.setResponder([&call](const QString &, const QJsonObject &) {
        if (++call >= 2)
            return QJsonObject{{QStringLiteral("Error"), QJsonObject{{QStringLiteral("Code"), QStringLiteral("AuthFailure.SecretIdNotFound")},
                                                                     {QStringLiteral("Message"), QStringLiteral("密钥不存在")}}}};
        return test::FakeTencentServer::defaultVatResponse();
    });
    TencentVatProvider vat(m_ctx);
    const RecognizedDocument r = run(vat, input(pdf(4), QStringLiteral("four.pdf")));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(call, 2);
    QCOMPARE(r.invoices.size(), 4);
    QCOMPARE(pageFailedCount(r.invoices.at(0)), 0);
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(r.invoices.at(i).page, i + 1);
        QCOMPARE(pageFailedCount(r.invoices.at(i)), 1);
        QVERIFY(r.invoices.at(i).findings.first().message.contains(QStringLiteral("auth_failed")));
    }

    // Nothing read at all: the document fails, as before.
    call = 1;
    DocumentInput none = input(pdf(2), QStringLiteral("none.pdf"));
    none.noCache = true;
    const RecognizedDocument nothing = run(vat, none);
    QVERIFY(nothing.error);
    QCOMPARE(nothing.error->code, QStringLiteral("auth_failed"));
    QVERIFY(nothing.invoices.isEmpty());
}

void TestTencentPages::failedUrlPageKeepsTheOthers()
{
    const QString url = QStringLiteral("https://files.example.com/e/three.pdf?token=T3");
    m_server.publish(url, pdf(3));
    m_server.setResponder([](const QString &, const QJsonObject &body) {
        if (body.value(QStringLiteral("PdfPageNumber")).toInt() == 3)
            return QJsonObject{{QStringLiteral("Error"), QJsonObject{{QStringLiteral("Code"), QStringLiteral("FailedOperation.ImageBlur")},
                                                                     {QStringLiteral("Message"), QStringLiteral("图片模糊")}}}};
        QJsonObject r = test::FakeTencentServer::defaultVatResponse();
        r.insert(QStringLiteral("PdfPageSize"), 3);
        return r;
    });
    TencentVatProvider vat(m_ctx);
    const RecognizedDocument r = run(vat, urlInput(url));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(r.invoices.size(), 3);
    QCOMPARE(pageFailedCount(r.invoices.at(2)), 1);
    QCOMPARE(r.invoices.at(2).page, 3);
    QVERIFY(r.invoices.at(2).findings.first().message.contains(QStringLiteral("FailedOperation.ImageBlur")));
}

QTEST_MAIN(TestTencentPages)
#include "tst_tencentpages.moc"
