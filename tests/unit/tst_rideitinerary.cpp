// Ride-hailing itineraries (滴滴/高德/曹操/T3 行程单): recognised as supporting documents from
// synthetic PDFs made here (fictitious trips), not rendered hunting for a QR code, paired with
// the invoice of the same platform and amount, and left out of a claim's totals (issue #12).
// The real fixtures hold no itinerary: tst_corpusaccuracy checks that no real invoice is taken
// for one.

#include "claim/claimdata.h"
#include "export/claimsummary.h"
#include "export/exporttable.h"
#include "export/exportoptions.h"
#include "invoicetype.h"
#include "local/localrecognizer.h"
#include "local/pdfinvoiceextractor.h"
#include "qr/qrencoder.h"
#include "supportingdocuments.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

struct Text
{
    double x;
    double y; // baseline, points
    QString text;
    double size = 8;
};

// One A4-landscape-ish page (595 × 420 pt) with the texts; `vectorQr` draws a QR code as
// filled squares (no image a PDF reader could pick out), so only a rendering finds it.
QByteArray makePdf(const QList<Text> &texts, const QString &vectorQr = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QSizeF(595, 420), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&writer);
        for (const Text &t : texts) {
            QFont font;
            font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
            font.setPointSizeF(t.size);
            p.setFont(font);
            p.drawText(QPointF(t.x, t.y), t.text);
        }
        if (!vectorQr.isEmpty()) {
            const QImage qr = qr::encodeQr(vectorQr, 1);
            for (int y = 0; y < qr.height(); ++y)
                for (int x = 0; x < qr.width(); ++x)
                    if (qGray(qr.pixel(x, y)) < 128)
                        p.fillRect(QRectF(20 + 1.6 * x, 20 + 1.6 * y, 1.6, 1.6), Qt::black);
        }
    }
    return bytes;
}

// A fictitious 滴滴 itinerary of three trips; the second start address wraps onto a second line.
QList<Text> didiItinerary(const QString &count = u"3"_s, const QString &total = u"137.10"_s)
{
    QList<Text> t = {
        {200, 40, u"滴滴出行-行程单"_s, 16},
        {40, 80, u"申请日期：2026-11-01"_s},
        {40, 96, u"行程起止日期：2026-10-10 至 2026-10-20"_s},
        {40, 112, u"行程人手机号：138****0000"_s},
        {40, 128, u"共%1笔行程，合计%2元"_s.arg(count, total)},
        {40, 160, u"序号"_s},   {80, 160, u"车型"_s},  {130, 160, u"上车时间"_s}, {215, 160, u"城市"_s},
        {265, 160, u"起点"_s},  {385, 160, u"终点"_s}, {480, 160, u"里程[公里]"_s}, {540, 160, u"金额[元]"_s},
        {44, 180, u"1"_s}, {80, 180, u"快车"_s}, {130, 180, u"10-10 18:52 周六"_s}, {215, 180, u"深圳市"_s},
        {265, 180, u"科技园地铁站"_s}, {385, 180, u"深圳北站"_s}, {485, 180, u"18.6"_s}, {540, 180, u"46.20"_s},
        {44, 200, u"2"_s}, {80, 200, u"特惠快车"_s}, {130, 200, u"10-12 07:48 周一"_s}, {215, 200, u"深圳市"_s},
        {265, 200, u"南山区示例路88号"_s}, {385, 200, u"科技园地铁站"_s}, {485, 200, u"15.2"_s}, {540, 200, u"38.90"_s},
        {265, 212, u"创新大厦东门"_s},
        {44, 232, u"3"_s}, {80, 232, u"快车"_s}, {130, 232, u"10-20 21:05 周二"_s}, {215, 232, u"深圳市"_s},
        {265, 232, u"会展中心"_s}, {385, 232, u"科技园地铁站"_s}, {485, 232, u"21.3"_s}, {540, 232, u"52.00"_s},
        {40, 280, u"说明：本行程单仅供报销参考（示例数据）"_s},
    };
    return t;
}

Invoice invoiceOf(InvoiceType type, const QString &seller, const QString &total, const QString &number = {})
{
    Invoice inv;
    inv.type = type;
    inv.set(u"total"_s, makeField(total, u"test"_s));
    if (!seller.isEmpty())
        inv.set(u"seller_name"_s, makeField(seller, u"test"_s));
    if (!number.isEmpty())
        inv.set(u"number"_s, makeField(number, u"test"_s));
    return inv;
}

Invoice itinerary(InvoiceType type, const QString &platform, const QString &total)
{
    Invoice inv = invoiceOf(type, {}, total);
    inv.set(u"platform"_s, makeField(platform, u"test"_s));
    return inv;
}

} // namespace

class TstRideItinerary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QStringList families = QFontDatabase::families();
        m_fonts = families.contains(u"Noto Sans CJK SC"_s) && families.contains(u"DejaVu Sans"_s);
    }

    void didiItineraryIsReadAsSupportingDocument()
    {
        if (!m_fonts)
            QSKIP("fonts Noto Sans CJK SC and DejaVu Sans are not installed");
        const RecognizedDocument doc = LocalRecognizer::recognizeBytes(makePdf(didiItinerary()), u"didi.pdf"_s, {});
        QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->message : QString()));
        QCOMPARE(doc.invoices.size(), 1);
        const Invoice &inv = doc.invoices.first();
        QCOMPARE(inv.type, InvoiceType::DidiItinerary);
        QVERIFY(isSupportingDocument(inv.type));
        QCOMPARE(inv.value(u"title"_s), u"滴滴出行-行程单"_s);
        QCOMPARE(inv.value(u"platform"_s), u"滴滴出行"_s);
        QCOMPARE(inv.value(u"date"_s), u"2026-11-01"_s);
        QCOMPARE(inv.value(u"travel_date"_s), u"2026-10-10"_s);
        QCOMPARE(inv.value(u"travel_date_end"_s), u"2026-10-20"_s);
        QCOMPARE(inv.value(u"trip_count"_s), u"3"_s);
        QCOMPARE(inv.value(u"total"_s), u"137.10"_s);
        QVERIFY(!inv.fields.value(u"total"_s).uncertain);
        QCOMPARE(inv.fields.value(u"total"_s).polygon.size(), 4);
        QCOMPARE(inv.trips.size(), 3);
        QCOMPARE(inv.trips.at(0).value(u"car_type"_s).value, u"快车"_s);
        QVERIFY(inv.trips.at(0).value(u"time"_s).value.startsWith(u"10-10 18:52"_s));
        QCOMPARE(inv.trips.at(0).value(u"city"_s).value, u"深圳市"_s);
        QCOMPARE(inv.trips.at(0).value(u"from"_s).value, u"科技园地铁站"_s);
        QCOMPARE(inv.trips.at(0).value(u"to"_s).value, u"深圳北站"_s);
        QCOMPARE(inv.trips.at(0).value(u"mileage"_s).value, u"18.6"_s);
        QCOMPARE(inv.trips.at(0).value(u"total"_s).value, u"46.20"_s);
        // the wrapped start address is one value
        QCOMPARE(inv.trips.at(1).value(u"from"_s).value.remove(u' '), u"南山区示例路88号创新大厦东门"_s);
        QCOMPARE(inv.trips.at(2).value(u"total"_s).value, u"52.00"_s);
        // no invoice number, code or QR is expected of it: none of those findings
        for (const Finding &f : inv.findings)
            QVERIFY2(f.severity != Severity::Error, qPrintable(f.rule + u": "_s + f.message));
    }

    // A page of a kind that carries no QR code is not rendered hunting for one: the vector QR
    // drawn on this itinerary is found only by rendering, and is not found.
    void itineraryPageIsNotRenderedForQr()
    {
        if (!m_fonts)
            QSKIP("fonts Noto Sans CJK SC and DejaVu Sans are not installed");
        const QString payload = u"01,10,044031900111,12345678,121.50,20261101,12345678901234567890,ABCD,"_s;
        const RecognizedDocument itin = LocalRecognizer::recognizeBytes(makePdf(didiItinerary(), payload), u"a.pdf"_s, {});
        QCOMPARE(itin.invoices.size(), 1);
        QCOMPARE(itin.invoices.first().type, InvoiceType::DidiItinerary);
        QVERIFY(itin.invoices.first().qrcodes.isEmpty());
        // the same code on a page the text says nothing about is rendered and read
        const RecognizedDocument other = LocalRecognizer::recognizeBytes(makePdf({{40, 300, u"扫描件"_s}}, payload),
                                                                         u"b.pdf"_s, {});
        QVERIFY2(!other.error, qPrintable(other.error ? other.error->message : QString()));
        QCOMPARE(other.invoices.size(), 1);
        QCOMPARE(other.invoices.first().qrcodes, QStringList{payload});
    }

    void otherPlatformAndSumsThatDoNotAddUp()
    {
        if (!m_fonts)
            QSKIP("fonts Noto Sans CJK SC and DejaVu Sans are not installed");
        QList<Text> t = didiItinerary(u"4"_s, u"140.00"_s);
        t[0].text = u"曹操出行-电子行程单"_s;
        const RecognizedDocument doc = LocalRecognizer::recognizeBytes(makePdf(t), u"caocao.pdf"_s, {});
        QCOMPARE(doc.invoices.size(), 1);
        const Invoice &inv = doc.invoices.first();
        QCOMPARE(inv.type, InvoiceType::RideItinerary);
        QCOMPARE(inv.value(u"platform"_s), u"曹操出行"_s);
        QCOMPARE(inv.trips.size(), 3);
        // stated 4 trips and 140.00; the rows give 3 and 137.10: kept, and marked
        QCOMPARE(inv.value(u"total"_s), u"140.00"_s);
        QVERIFY(inv.fields.value(u"total"_s).uncertain);
        QVERIFY(inv.fields.value(u"trip_count"_s).uncertain);
    }

    void typesAndTitles()
    {
        QCOMPARE(typeFromTitle(u"滴滴出行-行程单"_s), InvoiceType::DidiItinerary);
        QCOMPARE(typeFromTitle(u"高德地图-打车-电子行程单"_s), InvoiceType::RideItinerary);
        QCOMPARE(typeFromTitle(u"T3出行行程单"_s), InvoiceType::RideItinerary);
        // a flight 行程单 stays an invoice
        QCOMPARE(typeFromTitle(u"电子发票（航空运输电子客票行程单）"_s), InvoiceType::DigitalFlight);
        QCOMPARE(invoiceTypeKey(InvoiceType::RideItinerary), u"ride_itinerary"_s);
        QCOMPARE(invoiceTypeFromKey(u"ride_itinerary"_s), InvoiceType::RideItinerary);
        QVERIFY(isSupportingDocument(InvoiceType::RideItinerary));
        QVERIFY(!isSupportingDocument(InvoiceType::FlightItinerary));
        QCOMPARE(ridePlatformOf(u"北京小桔科技有限公司"_s), u"滴滴出行"_s);
        QCOMPARE(ridePlatformOf(u"浙江吉利优行电子商务有限公司"_s), u"曹操出行"_s);
        QCOMPARE(ridePlatformOf(u"某某餐饮有限公司"_s), QString());
    }

    void linksByPlatformAndAmount()
    {
        const QList<Invoice> claim = {
            invoiceOf(InvoiceType::DigitalNormal, u"浙江吉利优行电子商务有限公司"_s, u"137.10"_s, u"1"_s), // 曹操
            itinerary(InvoiceType::DidiItinerary, u"滴滴出行"_s, u"137.10"_s),
            invoiceOf(InvoiceType::DigitalNormal, u"北京小桔科技有限公司"_s, u"137.10"_s, u"2"_s),          // 滴滴
            itinerary(InvoiceType::RideItinerary, u"高德打车"_s, u"52.14"_s),
            invoiceOf(InvoiceType::DigitalNormal, u"某某网约车运营有限公司"_s, u"52.14"_s, u"3"_s),           // no platform
            itinerary(InvoiceType::RideItinerary, u"T3出行"_s, u"9.99"_s),                                   // none
        };
        const QList<SupportingLink> links = linkSupportingDocuments(claim);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).document, 1);
        QCOMPARE(links.at(0).invoice, 2);
        QVERIFY(!links.at(0).uncertain);
        QCOMPARE(links.at(1).document, 3);
        QCOMPARE(links.at(1).invoice, 4);
        QVERIFY(links.at(1).uncertain);
        // two invoices of the platform and amount: which one is not guessed
        const QList<Invoice> ambiguous = {
            itinerary(InvoiceType::DidiItinerary, u"滴滴出行"_s, u"20.00"_s),
            invoiceOf(InvoiceType::DigitalNormal, u"滴滴出行科技有限公司"_s, u"20.00"_s),
            invoiceOf(InvoiceType::DigitalNormal, u"滴滴出行科技有限公司"_s, u"20.00"_s),
        };
        QVERIFY(linkSupportingDocuments(ambiguous).isEmpty());
    }

    void notCountedInTheClaimsTotals()
    {
        ClaimData data;
        const QList<Invoice> invoices = {
            invoiceOf(InvoiceType::DigitalNormal, u"北京小桔科技有限公司"_s, u"137.10"_s, u"24000000000000000001"_s),
            itinerary(InvoiceType::DidiItinerary, u"滴滴出行"_s, u"137.10"_s),
            invoiceOf(InvoiceType::Taxi, {}, u"20.00"_s),
        };
        for (qsizetype i = 0; i < invoices.size(); ++i)
            data.invoices.append(ClaimInvoice{i + 1, u"sha%1"_s.arg(i), 0, invoices.at(i)});
        const ClaimSummary s = ClaimSummary::of(data);
        QCOMPARE(s.count, 2);
        QCOMPARE(s.totalFen, 15710);
        QCOMPARE(s.supportingCount, 1);
        QCOMPARE(s.supportingUnlinked, 0);
        for (const ClaimSummary::TypeSubtotal &t : s.byType)
            QVERIFY(t.type != InvoiceType::DidiItinerary);

        ExportOptions options;
        options.language = ExportOptions::Language::English;
        QString error;
        const auto table = ExportTable::build(data, options, &error);
        QVERIFY2(table, qPrintable(error));
        qsizetype totalColumn = -1;
        for (qsizetype c = 0; c < table->columns.size(); ++c)
            if (table->columns.at(c).key == u"total")
                totalColumn = c;
        QVERIFY(totalColumn >= 0);
        QCOMPARE(table->totals.at(totalColumn).number, 15710);
        QCOMPARE(table->rows.size(), 3); // listed, but not summed
    }

private:
    bool m_fonts = false;
};

QTEST_MAIN(TstRideItinerary)
#include "tst_rideitinerary.moc"
