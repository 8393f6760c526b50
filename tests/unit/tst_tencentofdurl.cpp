// The Tencent OFD adapter (every page of a multi-page OFD, continuation pages, ticket blocks
// only for their type) and remote documents by URL (ImageUrl / OfdFileUrl, fetched by the fake,
// never by us; their cache key; the URL's query kept out of the log), over real HTTP against
// the fake Tencent server (tests/support/tencenttestbench.* is the fixture).
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

class TestTencentOfdUrl : public QObject, public test::TencentTestBench
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(setUpBench()); }
    void init() { resetBench(); }
    void ofdProvider();
    void ofdEveryPage();
    void ofdContinuationPage();
    void ofdTicketBlocksOnlyForTheirType();
    void urlImageNotDownloaded();
    void urlPdfEveryPage();
    void urlUnreachable();
    void urlCacheKeyedByUrl();
    void urlOfd();
    void urlFormatRefused();
};

void TestTencentOfdUrl::ofdProvider()
{
    TencentOfdProvider ofd(m_ctx);
    const QByteArray bytes = test::OfdBuilder::sampleInvoice().build();
    const DocumentInput in = input(bytes, QStringLiteral("e.ofd"));
    QCOMPARE(in.format, DocumentFormat::Ofd);
    const RecognizedDocument r = run(ofd, in);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(r.provider, QStringLiteral("tencent-ofd"));
    QCOMPARE(r.invoices.size(), 1);
    QCOMPARE(r.invoices.first().type, InvoiceType::DigitalNormal);
    QCOMPARE(r.invoices.first().value(QStringLiteral("total")), QStringLiteral("106.00"));
    const auto &req = m_server.requests().last();
    QCOMPARE(req.header("X-TC-Action"), QByteArray("VerifyOfdVatInvoiceOCR"));
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(QByteArray::fromBase64(body.value(QStringLiteral("OfdFileBase64")).toString().toLatin1()), bytes);
    QCOMPARE(body.value(QStringLiteral("OfdPageNumber")).toInt(), 1);
    // And from the cache the second time.
    const int calls = m_server.requestCount();
    QCOMPARE(run(ofd, in).invoices, r.invoices);
    QCOMPARE(m_server.requestCount(), calls);
}

// A 2-page OFD: VerifyOfdVatInvoiceOCR answers one page per call (OfdPageNumber), so both
// pages are sent and each page's invoice kept, in page order; the cache gives them back.
void TestTencentOfdUrl::ofdEveryPage()
{
    TencentOfdProvider ofd(m_ctx);
    const QByteArray bytes = test::OfdBuilder::sampleInvoice().setPageCount(2).build();
    QCOMPARE(TencentOfdProvider::countPages(bytes), 2);
    QList<int> asked;
    m_server.setResponder([&asked](const QString &, const QJsonObject &body) {
        const int page = body.value(QStringLiteral("OfdPageNumber")).toInt();
        asked << page;
        QJsonObject r = test::FakeTencentServer::defaultOfdResponse();
        r.insert(QStringLiteral("InvoiceNumber"), QStringLiteral("2411000000001234567%1").arg(page));
        return r;
    });
    const int before = m_server.validRequests();
    const DocumentInput in = input(bytes, QStringLiteral("two-pages.ofd"));
    const RecognizedDocument r = run(ofd, in);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(m_server.validRequests() - before, 2);
    QCOMPARE(asked, QList<int>({1, 2}));
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.invoices.size(), 2);
    QCOMPARE(r.invoices.at(0).page, 1);
    QCOMPARE(r.invoices.at(1).page, 2);
    QCOMPARE(r.invoices.at(0).value(QStringLiteral("number")), QStringLiteral("24110000000012345671"));
    QCOMPARE(r.invoices.at(1).value(QStringLiteral("number")), QStringLiteral("24110000000012345672"));
    QCOMPARE(r.rawResponses.size(), 2);
    for (const QByteArray &req : {m_server.requests().at(m_server.requestCount() - 2).body,
                                  m_server.requests().last().body})
        QCOMPARE(QByteArray::fromBase64(QJsonDocument::fromJson(req).object().value(QStringLiteral("OfdFileBase64"))
                                            .toString().toLatin1()), bytes);

    // From the cache: the same two invoices, no call.
    const int calls = m_server.requestCount();
    const RecognizedDocument again = run(ofd, in);
    QCOMPARE(m_server.requestCount(), calls);
    QCOMPARE(again.invoices, r.invoices);
    QCOMPARE(again.pages, 2);

    // One page asked for: one call, that page; a page beyond the document: refused, no call.
    DocumentInput second = input(bytes, QStringLiteral("page-2.ofd"));
    second.page = 2;
    second.noCache = true;
    asked.clear();
    const RecognizedDocument p2 = run(ofd, second);
    QCOMPARE(asked, QList<int>({2}));
    QCOMPARE(p2.invoices.size(), 1);
    QCOMPARE(p2.invoices.first().page, 2);
    DocumentInput third = second;
    third.page = 3;
    const int before3 = m_server.requestCount();
    QCOMPARE(run(ofd, third).error->code, QStringLiteral("unsupported_input"));
    QCOMPARE(m_server.requestCount(), before3);
}

// Page 2 of a long invoice answers with the same invoice (code and number): one invoice whose
// line items are those of both pages, each once.
void TestTencentOfdUrl::ofdContinuationPage()
{
    TencentOfdProvider ofd(m_ctx);
    const QByteArray bytes = test::OfdBuilder::sampleInvoice().setPageCount(2).addCustomData(
        QStringLiteral("continuation"), QStringLiteral("yes")).build();
    m_server.setResponder([](const QString &, const QJsonObject &body) {
        const int page = body.value(QStringLiteral("OfdPageNumber")).toInt();
        auto goods = [](const char *item, const char *amount) {
            return QJsonObject{{QStringLiteral("Item"), QString::fromUtf8(item)},
                               {QStringLiteral("Amount"), QString::fromLatin1(amount)}};
        };
        QJsonObject r = test::FakeTencentServer::defaultOfdResponse();
        QJsonArray items{goods("*餐饮服务*餐费", "50.00")};
        if (page == 2)
            items << goods("*餐饮服务*茶水", "50.00");
        r.insert(QStringLiteral("GoodsInfos"), items);
        return r;
    });
    const RecognizedDocument r = run(ofd, input(bytes, QStringLiteral("long.ofd")));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(r.rawResponses.size(), 2);
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.invoices.size(), 1);
    const Invoice &inv = r.invoices.first();
    QCOMPARE(inv.page, 1);
    QCOMPARE(inv.items.size(), 2);
    QCOMPARE(inv.items.at(0).value(QStringLiteral("name")).value, QStringLiteral("*餐饮服务*餐费"));
    QCOMPARE(inv.items.at(1).value(QStringLiteral("name")).value, QStringLiteral("*餐饮服务*茶水"));
}

// The answer fills AirTicketInfo and RailwayTicketInfo whatever the invoice (as the seed's own
// example does for a VAT invoice): a 010 invoice takes nothing from them, a 030 rail ticket its
// trip, with the Fare as its total.
void TestTencentOfdUrl::ofdTicketBlocksOnlyForTheirType()
{
    TencentOfdProvider ofd(m_ctx);
    QString type = QStringLiteral("010");
    m_server.setResponder([&type](const QString &, const QJsonObject &) {
        QJsonObject r = test::FakeTencentServer::defaultOfdResponse();
        r.insert(QStringLiteral("Type"), type);
        if (type == QLatin1String("030")) {
            r.remove(QStringLiteral("TaxInclusiveTotalAmount"));
            r.remove(QStringLiteral("TaxExclusiveTotalAmount"));
            r.remove(QStringLiteral("TaxTotalAmount"));
        }
        r.insert(QStringLiteral("AirTicketInfo"),
                 QJsonObject{{QStringLiteral("PassengerName"), QStringLiteral("李某")},
                             {QStringLiteral("Fare"), QStringLiteral("458")},
                             {QStringLiteral("IssuingStatus"), QStringLiteral("正常")},
                             {QStringLiteral("DetailInformationOfAirTicketTuple"),
                              QJsonArray{QJsonObject{{QStringLiteral("DepartureStation"), QStringLiteral("CAN 广州")},
                                                     {QStringLiteral("Flight"), QStringLiteral("CZ3100")}}}}});
        r.insert(QStringLiteral("RailwayTicketInfo"),
                 QJsonObject{{QStringLiteral("TrainNumber"), QStringLiteral("G2")},
                             {QStringLiteral("Name"), QStringLiteral("测试乘客")},
                             {QStringLiteral("Fare"), QStringLiteral("553.00")}});
        return r;
    });
    const QByteArray bytes = test::OfdBuilder::sampleInvoice().build();
    DocumentInput in = input(bytes, QStringLiteral("vat.ofd"));
    in.noCache = true;
    const RecognizedDocument vat = run(ofd, in);
    QVERIFY2(!vat.error, vat.error ? qPrintable(vat.error->message) : "");
    const Invoice &v = vat.invoices.value(0);
    QCOMPARE(v.type, InvoiceType::DigitalNormal);
    QVERIFY(v.flights.isEmpty());
    for (const char *k : {"fare", "passenger_name", "train_number", "issuing_status"})
        QVERIFY2(!v.has(QString::fromLatin1(k)), k);
    QCOMPARE(v.value(QStringLiteral("total")), QStringLiteral("106.00"));
    QVERIFY(v.alternatives.isEmpty());

    type = QStringLiteral("030");
    const RecognizedDocument rail = run(ofd, in);
    QVERIFY2(!rail.error, rail.error ? qPrintable(rail.error->message) : "");
    const Invoice &t = rail.invoices.value(0);
    QCOMPARE(t.type, InvoiceType::DigitalTrain);
    QVERIFY(t.flights.isEmpty());
    QCOMPARE(t.value(QStringLiteral("train_number")), QStringLiteral("G2"));
    QCOMPARE(t.value(QStringLiteral("passenger_name")), QStringLiteral("测试乘客"));
    QCOMPARE(t.value(QStringLiteral("total")), QStringLiteral("553.00"));
    QCOMPARE(t.fields.value(QStringLiteral("total")).source, QStringLiteral("tencent-ofd:RailwayTicketInfo.Fare"));
    QVERIFY(!t.has(QStringLiteral("issuing_status")));
}

void TestTencentOfdUrl::urlImageNotDownloaded()
{
    auto stream = std::make_shared<std::ostringstream>();
    log::installSinks({std::make_shared<spdlog::sinks::ostream_sink_mt>(*stream)}, spdlog::level::debug);
    m_server.publish(kWireUrl, png(40));
    TencentVatProvider vat(m_ctx);
    const int before = m_server.requestCount();
    const RecognizedDocument r = run(vat, urlInput(kTypedUrl));
    log::installSinks({}, spdlog::level::warn);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(m_server.requestCount() - before, 1);   // the recognition call, nothing else
    QCOMPARE(m_server.fetchedUrls().last(), kWireUrl);
    QCOMPARE(r.file, kTypedUrl);                      // output names the URL as given
    QVERIFY(r.sha256.isEmpty());                      // no bytes were seen
    QCOMPARE(r.format, QStringLiteral("png"));        // from the extension
    QCOMPARE(r.pages, 1);
    QCOMPARE(r.invoices.size(), 1);
    QCOMPARE(r.invoices.first().value(QStringLiteral("number")), QStringLiteral("12345678"));
    // Polygons stay in the pixels of the image Tencent fetched.
    QCOMPARE(r.invoices.first().fields.value(QStringLiteral("number")).polygon.boundingRect(), QRectF(10, 40, 100, 20));
    const QJsonObject body = QJsonDocument::fromJson(m_server.requests().last().body).object();
    QCOMPARE(body.value(QStringLiteral("ImageUrl")).toString(), kWireUrl);
    QCOMPARE(body.value(QStringLiteral("IsPdf")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("PdfPageNumber")).toInt(), 1);
    QVERIFY(!body.contains(QStringLiteral("ImageBase64")));
    // The URL's query never reaches the log.
    const QString log = QString::fromStdString(stream->str());
    QVERIFY2(log.contains(QStringLiteral("POST 127.0.0.1")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("URLTOKEN")), qPrintable(log));
}

void TestTencentOfdUrl::urlPdfEveryPage()
{
    const QString url = QStringLiteral("https://files.example.com/e/two.pdf?token=PDFTOKEN");
    m_server.publish(url, pdf(2));
    QList<int> asked;
    m_server.setResponder([&asked](const QString &, const QJsonObject &body) {
        asked << body.value(QStringLiteral("PdfPageNumber")).toInt();
        QJsonObject r = test::FakeTencentServer::defaultVatResponse();
        r.insert(QStringLiteral("PdfPageSize"), 2);   // Tencent's page count of the PDF
        return r;
    });
    TencentVatProvider vat(m_ctx);
    const RecognizedDocument r = run(vat, urlInput(url));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    QCOMPARE(asked, QList<int>({1, 2}));
    QCOMPARE(r.pages, 2);
    QCOMPARE(r.format, QStringLiteral("pdf"));
    QCOMPARE(r.invoices.size(), 2);
    QCOMPARE(r.invoices.at(1).page, 2);
    QCOMPARE(r.rawResponses.size(), 2);
    // Without the responder the fake counts the PDF's pages itself and checks the page asked.
    m_server.setResponder({});
    DocumentInput page2 = urlInput(url);
    page2.page = 2;
    const RecognizedDocument p2 = run(vat, page2);
    QVERIFY2(!p2.error, p2.error ? qPrintable(p2.error->message) : "");
    QCOMPARE(p2.invoices.size(), 1);
    QCOMPARE(p2.invoices.first().page, 2);
}

void TestTencentOfdUrl::urlUnreachable()
{
    TencentVatProvider vat(m_ctx);
    const QString url = QStringLiteral("https://files.example.com/missing.jpg?token=GONE");
    const RecognizedDocument r = run(vat, urlInput(url));
    QVERIFY(r.error);
    QCOMPARE(r.error->code, QStringLiteral("vendor_rejected"));
    QCOMPARE(r.error->vendorCode, QStringLiteral("FailedOperation.DownLoadError"));
    QCOMPARE(r.error->requestId, m_server.lastRequestId());
    QCOMPARE(r.file, url);
    QCOMPARE(m_server.fetchedUrls().last(), url);
}

// No bytes to hash: the cache key is the URL (+ provider and options). Its content may change:
// noCache asks again; another URL (another signature) is another key.
void TestTencentOfdUrl::urlCacheKeyedByUrl()
{
    const QString url = QStringLiteral("https://files.example.com/c/a.png?e=1&token=CACHETOKEN");
    m_server.publish(url, png(41));
    TencentVatProvider vat(m_ctx);
    const RecognizedDocument first = run(vat, urlInput(url));
    QVERIFY(!first.error);
    const int calls = m_server.requestCount();
    ProviderJob *job = nullptr;
    const RecognizedDocument second = run(vat, urlInput(url), &job);
    QVERIFY(job->isFromCache());
    delete job;
    QCOMPARE(m_server.requestCount(), calls);
    QCOMPARE(second.invoices, first.invoices);
    QCOMPARE(second.file, url);
    DocumentInput fresh = urlInput(url);
    fresh.noCache = true;
    QVERIFY(!run(vat, fresh).error);
    QCOMPARE(m_server.requestCount(), calls + 1);
    const QString resigned = QStringLiteral("https://files.example.com/c/a.png?e=2&token=CACHETOKEN2");
    m_server.publish(resigned, png(41));
    QVERIFY(!run(vat, urlInput(resigned)).error);
    QCOMPARE(m_server.requestCount(), calls + 2);
    // The cache holds no URL (nor its token).
    QDirIterator it(m_cacheDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains("CACHETOKEN") && !content.contains("files.example.com"));
    }
}

void TestTencentOfdUrl::urlOfd()
{
    const QString url = QStringLiteral("https://files.example.com/e/invoice.ofd?token=OFDTOKEN");
    m_server.publish(url, test::OfdBuilder::sampleInvoice().setPageCount(2).build());
    TencentOfdProvider ofd(m_ctx);
    const int before = m_server.requestCount();
    const RecognizedDocument r = run(ofd, urlInput(url));
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
    // The page count of a URL is unknown (nothing is downloaded): its page 1 only.
    QCOMPARE(m_server.requestCount() - before, 1);
    const QJsonObject body = QJsonDocument::fromJson(m_server.requests().last().body).object();
    QCOMPARE(body.value(QStringLiteral("OfdFileUrl")).toString(), url);
    QCOMPARE(body.value(QStringLiteral("OfdPageNumber")).toInt(), 1);
    QVERIFY(!body.contains(QStringLiteral("OfdFileBase64")));
    QCOMPARE(r.invoices.size(), 1);
    QCOMPARE(r.invoices.first().value(QStringLiteral("total")), QStringLiteral("106.00"));
    DocumentInput page2 = urlInput(url);
    page2.page = 2;
    const RecognizedDocument p2 = run(ofd, page2);
    QVERIFY2(!p2.error, p2.error ? qPrintable(p2.error->message) : "");
    QCOMPARE(QJsonDocument::fromJson(m_server.requests().last().body).object().value(QStringLiteral("OfdPageNumber")).toInt(), 2);
    QCOMPARE(p2.invoices.first().page, 2);
}

void TestTencentOfdUrl::urlFormatRefused()
{
    TencentVatProvider vat(m_ctx);
    TencentOfdProvider ofd(m_ctx);
    QVERIFY(vat.acceptedInputs().contains(QStringLiteral("url")));
    QVERIFY(ofd.acceptedInputs().contains(QStringLiteral("url")));
    const int before = m_server.requestCount();
    const RecognizedDocument a = run(vat, urlInput(QStringLiteral("https://files.example.com/e.ofd")));
    QCOMPARE(a.error->code, QStringLiteral("unsupported_input"));
    QVERIFY2(a.error->message.contains(QStringLiteral("URL")), qPrintable(a.error->message));
    QCOMPARE(run(vat, urlInput(QStringLiteral("https://files.example.com/anim.gif"))).error->code,
             QStringLiteral("unsupported_input"));
    QCOMPARE(run(ofd, urlInput(QStringLiteral("https://files.example.com/scan.jpg"))).error->code,
             QStringLiteral("unsupported_input"));
    QCOMPARE(m_server.requestCount(), before);
}

QTEST_MAIN(TestTencentOfdUrl)
#include "tst_tencentofdurl.moc"
