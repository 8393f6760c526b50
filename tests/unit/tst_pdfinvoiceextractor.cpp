#include "local/pdfinvoiceextractor.h"
#include "pagegeometry.h"
#include "pdf/pdftextlayer.h"
#include "testpaths.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QtTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------
// Synthetic pages

struct Text
{
    QPointF at;       // baseline start, points
    QString text;
    double size = 8;
};

} // namespace

Q_DECLARE_METATYPE(Text)

namespace {

// A one-page PDF of 595 × 396 pt (1 unit = 1 pt). Latin in DejaVu Sans, Chinese in Noto Sans
// CJK SC (QPdfWriter 6.4 drops digits after Latin letters from the ToUnicode map when the CJK
// font comes first). `boxes` receives each text's inked box in points.
QByteArray makePdf(const QList<Text> &texts, QList<QRectF> *boxes = nullptr)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QSizeF(595, 396), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&writer);
        for (const Text &t : texts) {
            QFont font;
            font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
            font.setPointSizeF(t.size);
            p.setFont(font);
            p.drawText(t.at, t.text);
            if (boxes)
                boxes->append(QFontMetricsF(font).tightBoundingRect(t.text).translated(t.at));
        }
    }
    return bytes;
}

// A fictitious 数电 普通发票 page. Everything here is made up.
struct Synthetic
{
    QList<Text> texts;
    QMap<QString, int> valueText; // field key -> index into texts of the printed value
};

Synthetic fictitiousInvoice(const QString &title)
{
    Synthetic s;
    const auto add = [&s](double x, double y, const QString &t, double size = 8, const QString &key = {}) {
        if (!key.isEmpty())
            s.valueText.insert(key, int(s.texts.size()));
        s.texts.append({QPointF(x, y), t, size});
    };
    add(170, 40, title, 18, u"title"_s);
    add(420, 34, u"发票号码："_s);
    add(462, 34, u"24110000000012345678"_s, 8, u"number"_s);
    add(420, 52, u"开票日期："_s);
    add(462, 52, u"2024年05月06日"_s, 8, u"date"_s);
    // buyer and seller blocks, captions set one character per line
    const QString buyerCaption = u"购买方信息"_s, sellerCaption = u"销售方信息"_s;
    for (int i = 0; i < 5; ++i) {
        add(16, 92 + 10 * i, buyerCaption.mid(i, 1));
        add(300, 92 + 10 * i, sellerCaption.mid(i, 1));
    }
    add(32, 100, u"名称："_s);
    add(60, 100, u"北京测试科技有限公司"_s, 8, u"buyer_name"_s);
    add(32, 125, u"统一社会信用代码/纳税人识别号："_s);
    add(165, 125, u"91110108MA01ABCD2X"_s, 8, u"buyer_tax_id"_s);
    add(316, 100, u"名称："_s);
    add(344, 100, u"上海示例餐饮（浦东）管理有限公司"_s, 8, u"seller_name"_s);
    add(316, 125, u"统一社会信用代码/纳税人识别号："_s);
    add(449, 125, u"91310104MA1FL0XY3K"_s, 8, u"seller_tax_id"_s);
    // the goods table
    add(45, 158, u"项目名称"_s);
    add(120, 158, u"规格型号"_s);
    add(190, 158, u"单位"_s);
    add(262, 158, u"数量"_s);
    add(332, 158, u"单价"_s);
    add(410, 158, u"金额"_s);
    add(450, 158, u"税率/征收率"_s);
    add(552, 158, u"税额"_s);
    add(14, 172, u"*餐饮服务*餐饮费"_s);
    add(195, 172, u"次"_s);
    add(282, 172, u"2"_s);
    add(338, 172, u"50.00"_s);
    add(404, 172, u"100.00"_s);
    add(466, 172, u"6%"_s);
    add(556, 172, u"6.00"_s);
    add(14, 186, u"*酒*啤酒"_s);
    add(282, 186, u"1"_s);
    add(338, 186, u"20.00"_s);
    add(408, 186, u"20.00"_s);
    add(466, 186, u"6%"_s);
    add(556, 186, u"1.20"_s);
    add(14, 198, u"（精酿）"_s);
    add(58, 262, u"合 计"_s);
    add(396, 262, u"¥120.00"_s, 8, u"pretax_amount"_s);
    add(550, 262, u"¥7.20"_s, 8, u"tax_amount"_s);
    add(47, 282, u"价税合计（大写）"_s);
    add(180, 282, u"⊗壹佰贰拾柒圆贰角"_s, 8, u"total_in_words"_s);
    add(412, 282, u"（小写）"_s);
    add(444, 282, u"¥127.20"_s, 8, u"total"_s);
    add(16, 310, u"备"_s);
    add(16, 330, u"注"_s);
    add(35, 318, u"订单号：A001"_s, 8, u"remark"_s);
    add(56, 372, u"开票人："_s);
    add(92, 372, u"张三"_s, 8, u"issuer"_s);
    // 数电 invoices print the payee and reviewer on one line, each closed by ';'
    add(200, 372, u"收款人:积塔;"_s, 8, u"payee"_s);
    add(270, 372, u"复核人:李四;"_s);
    return s;
}

double iou(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    if (i.isEmpty())
        return 0;
    const double inter = i.width() * i.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

QRectF pixels(const QRectF &pt)
{
    return QRectF(pt.x() * kPixelsPerPoint, pt.y() * kPixelsPerPoint, pt.width() * kPixelsPerPoint,
                  pt.height() * kPixelsPerPoint);
}

bool loadPdf(QPdfDocument &doc, QBuffer &buffer, const QByteArray &bytes)
{
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    doc.load(&buffer);
    return doc.status() == QPdfDocument::Status::Ready && doc.pageCount() > 0;
}

} // namespace

class TestPdfInvoiceExtractor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void realFixtures_data();
    void realFixtures();
    void realFixtureDetails();

    void syntheticInvoice();
    void syntheticKangxiTitle();
    void photoMisreadings_data();
    void photoMisreadings();
    void notAnInvoice_data();
    void notAnInvoice();
    void noTextLayer();
    void scrambledLabelsNeverBreak();

private:
    bool m_fonts = false;
};

void TestPdfInvoiceExtractor::initTestCase()
{
    const QStringList families = QFontDatabase::families();
    m_fonts = families.contains(u"Noto Sans CJK SC"_s) && families.contains(u"DejaVu Sans"_s);
}

void TestPdfInvoiceExtractor::realFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonArray>("pages");   // ground truth per page
    QTest::addColumn<bool>("lenient");       // demo data: only the identity and the total count
    if (!ra::test::haveRealFixtures()) {
        QTest::newRow("no fixtures") << QString() << QJsonArray() << false;
        return;
    }
    for (const QJsonValue &v : ra::test::realFixtureRows()) {
        const QJsonObject f = v.toObject();
        if (f.value(u"kind"_s).toString() != u"pdf")
            continue;
        QJsonArray pages = f.value(u"per_page"_s).toArray();
        if (pages.isEmpty())
            pages.append(f);
        const bool demo = f.value(u"flags"_s).toArray().contains(u"demo-data"_s);
        const QString file = f.value(u"file"_s).toString();
        QTest::newRow(qPrintable(file)) << file << pages << demo;
    }
}

void TestPdfInvoiceExtractor::realFixtures()
{
    QFETCH(QString, file);
    QFETCH(QJsonArray, pages);
    QFETCH(bool, lenient);
    if (file.isEmpty())
        QSKIP("real fixtures not present (../shared/fixtures/real)");

    QPdfDocument doc;
    QCOMPARE(doc.load(ra::test::realFixturesDir() + u'/' + file), QPdfDocument::Error::None);
    QCOMPARE(doc.pageCount(), int(pages.size()));
    static const QStringList lenientKeys = {u"invoice_number"_s, u"date"_s, u"total"_s};
    for (int p = 0; p < pages.size(); ++p) {
        const QJsonObject truth = pages.at(p).toObject();
        const QList<Invoice> invoices = PdfInvoiceExtractor::extractInvoices(doc, p);
        QCOMPARE(invoices.size(), 1);
        const Invoice &inv = invoices.first();
        QCOMPARE(inv.page, p + 1);
        const QSizeF expectedSize = doc.pagePointSize(p) * kPixelsPerPoint;
        QCOMPARE(inv.pageSize.toSize(), expectedSize.toSize());
        QVERIFY(inv.type != InvoiceType::Unknown);
        QCOMPARE(inv.typeSource, u"pdf:title"_s);
        for (const auto &[truthKey, key] : ra::test::manifestFieldKeys()) {
            if (lenient && !lenientKeys.contains(truthKey))
                continue;
            const QJsonValue t = truth.value(truthKey);
            const QString expected = t.isString() ? t.toString() : QString();
            QVERIFY2(inv.value(key) == expected,
                     qPrintable(u"page %1 %2: expected '%3', got '%4'"_s.arg(p + 1).arg(key, expected, inv.value(key))));
        }
        // every field points at where it is printed, on this page, in page pixels
        const QRectF page(QPointF(0, 0), inv.pageSize);
        for (auto it = inv.fields.cbegin(); it != inv.fields.cend(); ++it) {
            const Field &f = it.value();
            QCOMPARE(f.source, u"pdf:text"_s);
            QCOMPARE(f.page, p + 1);
            QVERIFY2(!f.value.isEmpty(), qPrintable(it.key()));
            QCOMPARE(f.polygon.size(), 4);
            QVERIFY2(page.adjusted(-2, -2, 2, 2).contains(f.polygon.boundingRect()), qPrintable(it.key()));
            // clockwise from top-left
            QVERIFY(f.polygon.at(0).x() < f.polygon.at(1).x() && f.polygon.at(1).y() < f.polygon.at(2).y());
        }
    }
}

void TestPdfInvoiceExtractor::realFixtureDetails()
{
    if (!ra::test::haveRealFixtures())
        QSKIP("real fixtures not present (../shared/fixtures/real)");
    const QString y = ra::test::realFixturesDir() + u"/yanjason552-coder__Intelligent-Invoice-Recognition/"_s;

    // railway e-ticket: the trip
    {
        QPdfDocument doc;
        QCOMPARE(doc.load(y + u"01a24121-2663-4dbe-a9ec-f80c0945e00d.pdf"_s), QPdfDocument::Error::None);
        const QList<Invoice> inv = PdfInvoiceExtractor::extractInvoices(doc, 0);
        QCOMPARE(inv.size(), 1);
        const Invoice &i = inv.first();
        QCOMPARE(i.type, InvoiceType::DigitalTrain);
        QCOMPARE(i.value(u"departure_station"_s), u"无锡东"_s);
        QCOMPARE(i.value(u"arrival_station"_s), u"苏州北"_s);
        QCOMPARE(i.value(u"train_number"_s), u"G135"_s);
        QCOMPARE(i.value(u"travel_date"_s), u"2025-12-05"_s);
        QCOMPARE(i.value(u"departure_time"_s), u"17:45"_s);
        QCOMPARE(i.value(u"carriage"_s), u"07"_s);
        QCOMPARE(i.value(u"seat"_s), u"01D"_s);
        QCOMPARE(i.value(u"seat_class"_s), u"二等座"_s);
        QCOMPARE(i.value(u"fare"_s), u"14.00"_s);
        QCOMPARE(i.value(u"e_ticket_number"_s), u"6685177086120695540162025"_s);
        QVERIFY(i.has(u"passenger_name"_s));  // personal data: only that it was found
        QVERIFY(i.has(u"passenger_id"_s));
    }
    // the title spelt with the Kangxi radical ⼦
    {
        QPdfDocument doc;
        QCOMPARE(doc.load(y + u"566fd189-6d5d-45e5-b738-c30a3b4069c2.pdf"_s), QPdfDocument::Error::None);
        const QList<Invoice> inv = PdfInvoiceExtractor::extractInvoices(doc, 0);
        QCOMPARE(inv.size(), 1);
        // stored as printed: ⼦ read as 子, the full-width brackets kept (issue #12)
        QCOMPARE(inv.first().value(u"title"_s), u"电子发票（增值税专用发票）"_s);
        QCOMPARE(inv.first().type, InvoiceType::DigitalSpecial);
    }
    // old style: items with a name wrapped over three lines, a discount line, people, remark
    {
        QPdfDocument doc;
        QCOMPARE(doc.load(ra::test::realFixturesDir() + u"/yooongchun__Invoice2Excel/012001900111_51142414.pdf"_s),
                 QPdfDocument::Error::None);
        const QList<Invoice> inv = PdfInvoiceExtractor::extractInvoices(doc, 0);
        QCOMPARE(inv.size(), 1);
        const Invoice &i = inv.first();
        QCOMPARE(i.type, InvoiceType::VatElectronicNormal);
        QCOMPARE(i.value(u"machine_code"_s), u"661911908051"_s);
        QCOMPARE(i.value(u"total_in_words"_s), u"伍拾叁圆肆角"_s);
        QCOMPARE(i.value(u"remark"_s), u"订单号:100068586537"_s);
        QCOMPARE(i.value(u"issuer"_s), u"王梅"_s);
        QCOMPARE(i.value(u"payee"_s), u"王陆"_s);
        QCOMPARE(i.value(u"reviewer"_s), u"李思"_s);
        QCOMPARE(i.items.size(), 2);
        const QString name = u"*其他食品*良品铺子 臭豆腐 休闲零食 黑色油炸豆腐干香辣味零食小吃120g"_s;
        QCOMPARE(i.items.at(0).value(u"name"_s).value, name);
        QCOMPARE(i.items.at(0).value(u"spec"_s).value, u"臭豆腐"_s);
        QCOMPARE(i.items.at(0).value(u"quantity"_s).value, u"3"_s);
        QCOMPARE(i.items.at(0).value(u"unit_price"_s).value, u"16.72566372"_s);
        QCOMPARE(i.items.at(0).value(u"amount"_s).value, u"50.18"_s);
        QCOMPARE(i.items.at(0).value(u"tax_rate"_s).value, u"13%"_s);
        QCOMPARE(i.items.at(0).value(u"tax_amount"_s).value, u"6.52"_s);
        QCOMPARE(i.items.at(1).value(u"amount"_s).value, u"-2.92"_s);
        QCOMPARE(i.items.at(1).value(u"tax_amount"_s).value, u"-0.38"_s);
        QVERIFY(!i.items.at(0).value(u"name"_s).polygon.isEmpty());
    }
    // an address set in two small lines beside its label, the first above the label's line
    {
        QPdfDocument doc;
        QCOMPARE(doc.load(ra::test::realFixturesDir() + u"/384863451__invoice_ocr/huolala.pdf"_s), QPdfDocument::Error::None);
        const QList<Invoice> inv = PdfInvoiceExtractor::extractInvoices(doc, 3);
        QCOMPARE(inv.size(), 1);
        const QString address = inv.first().value(u"seller_address_phone"_s);
        QVERIFY2(address.startsWith(u"天津自贸试验区(东疆保税港区)西昌道200号"_s) && address.endsWith(u"5-22273992"_s),
                 qPrintable(address));
        QCOMPARE(inv.first().page, 4);
    }
    // toll e-invoice: its own columns
    {
        QPdfDocument doc;
        QCOMPARE(doc.load(ra::test::realFixturesDir()
                          + u"/yooongchun__Invoice2Excel/91420100581839321E_cf873bbec0a24ae59a4d3ebd9e365572.pdf"_s),
                 QPdfDocument::Error::None);
        const QList<Invoice> inv = PdfInvoiceExtractor::extractInvoices(doc, 0);
        QCOMPARE(inv.size(), 1);
        const Invoice &i = inv.first();
        QCOMPARE(i.type, InvoiceType::VatElectronicToll);
        QCOMPARE(i.items.size(), 1);
        QCOMPARE(i.items.first().value(u"license_plate"_s).value, u"鄂AHG248"_s);
        QCOMPARE(i.items.first().value(u"start_date"_s).value, u"2018-02-01"_s);
        QCOMPARE(i.items.first().value(u"end_date"_s).value, u"2018-02-08"_s);
        QCOMPARE(i.value(u"remark"_s), u"汇总开具"_s);
    }
    // flight itinerary (demo data), on a page turned by /Rotate 90
    {
        QPdfDocument doc;
        QCOMPARE(doc.load(ra::test::realFixturesDir() + u"/ofdrw__ofdrw/xbrl-001.pdf"_s), QPdfDocument::Error::None);
        const QList<Invoice> inv = PdfInvoiceExtractor::extractInvoices(doc, 0);
        QCOMPARE(inv.size(), 1);
        const Invoice &i = inv.first();
        QCOMPARE(i.type, InvoiceType::DigitalFlight);
        QCOMPARE(i.value(u"fare"_s), u"477.06"_s);
        QCOMPARE(i.value(u"fuel_surcharge"_s), u"45.87"_s);
        QCOMPARE(i.value(u"caac_development_fund"_s), u"50.00"_s);
        QCOMPARE(i.value(u"tax_amount"_s), u"47.07"_s);
        QCOMPARE(i.value(u"total"_s), u"620.00"_s);
        QCOMPARE(i.pageSize.toSize(), (QSizeF(595, 420) * kPixelsPerPoint).toSize());
    }
}

void TestPdfInvoiceExtractor::syntheticInvoice()
{
    if (!m_fonts)
        QSKIP("fonts Noto Sans CJK SC and DejaVu Sans are not installed");
    const Synthetic s = fictitiousInvoice(u"电子发票（普通发票）"_s);
    QList<QRectF> boxes;
    const QByteArray pdf = makePdf(s.texts, &boxes);
    QPdfDocument doc;
    QBuffer buffer;
    QVERIFY(loadPdf(doc, buffer, pdf));
    const QList<Invoice> invoices = PdfInvoiceExtractor::extractInvoices(doc, 0);
    QVERIFY2(invoices.size() == 1, qPrintable(PdfTextLayer::fromDocument(doc, 0).text()));
    const Invoice &inv = invoices.first();
    QCOMPARE(inv.type, InvoiceType::DigitalNormal);
    QCOMPARE(inv.typeSource, u"pdf:title"_s);
    QCOMPARE(inv.page, 1);
    QCOMPARE(inv.pageSize.toSize(), (QSizeF(595, 396) * kPixelsPerPoint).toSize());

    const QMap<QString, QString> expected = {
        {u"title"_s, u"电子发票（普通发票）"_s},
        {u"number"_s, u"24110000000012345678"_s},
        {u"date"_s, u"2024-05-06"_s},
        {u"buyer_name"_s, u"北京测试科技有限公司"_s},
        {u"buyer_tax_id"_s, u"91110108MA01ABCD2X"_s},
        {u"seller_name"_s, u"上海示例餐饮（浦东）管理有限公司"_s},
        {u"seller_tax_id"_s, u"91310104MA1FL0XY3K"_s},
        {u"pretax_amount"_s, u"120.00"_s},
        {u"tax_amount"_s, u"7.20"_s},
        {u"total"_s, u"127.20"_s},
        {u"total_in_words"_s, u"⊗壹佰贰拾柒圆贰角"_s},
        {u"remark"_s, u"订单号：A001"_s},
        {u"issuer"_s, u"张三"_s},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Field f = inv.fields.value(it.key());
        QVERIFY2(f.value == it.value(), qPrintable(u"%1: expected '%2', got '%3'"_s.arg(it.key(), it.value(), f.value)));
        QCOMPARE(f.source, u"pdf:text"_s);
        QCOMPARE(f.page, 1);
        // the polygon covers where the value was drawn
        QCOMPARE(f.polygon.size(), 4);
        const QRectF got = f.polygon.boundingRect();
        QRectF drawn = pixels(boxes.at(s.valueText.value(it.key())));
        if (it.key() == u"pretax_amount" || it.key() == u"tax_amount" || it.key() == u"total")
            drawn.setLeft(drawn.left() + drawn.width() / 8); // the ¥ sign is not part of the value
        QVERIFY2(drawn.contains(got.center()) && got.contains(QPointF(drawn.center().x(), got.center().y())),
                 qPrintable(u"%1: polygon %2,%3 %4x%5, drawn %6,%7 %8x%9"_s.arg(it.key())
                                .arg(got.x()).arg(got.y()).arg(got.width()).arg(got.height())
                                .arg(drawn.x()).arg(drawn.y()).arg(drawn.width()).arg(drawn.height())));
        QVERIFY2(iou(got, drawn) > 0.35, qPrintable(it.key()));
    }
    QVERIFY(!inv.has(u"code"_s));
    QVERIFY(!inv.has(u"check_code"_s));

    // the goods: the second name wraps onto a second line
    QCOMPARE(inv.items.size(), 2);
    QCOMPARE(inv.items.at(0).value(u"name"_s).value, u"*餐饮服务*餐饮费"_s);
    QCOMPARE(inv.items.at(0).value(u"unit"_s).value, u"次"_s);
    QCOMPARE(inv.items.at(0).value(u"quantity"_s).value, u"2"_s);
    QCOMPARE(inv.items.at(0).value(u"unit_price"_s).value, u"50.00"_s);
    QCOMPARE(inv.items.at(0).value(u"amount"_s).value, u"100.00"_s);
    QCOMPARE(inv.items.at(0).value(u"tax_rate"_s).value, u"6%"_s);
    QCOMPARE(inv.items.at(0).value(u"tax_amount"_s).value, u"6.00"_s);
    QCOMPARE(inv.items.at(1).value(u"name"_s).value, u"*酒*啤酒（精酿）"_s);
    // the payee picked out of "收款人:积塔;复核人:李四;" keeps no separator
    QCOMPARE(inv.value(u"payee"_s), u"积塔"_s);
    QCOMPARE(inv.value(u"reviewer"_s), u"李四"_s);
    QCOMPARE(inv.items.at(1).value(u"amount"_s).value, u"20.00"_s);
    QCOMPARE(inv.items.at(1).value(u"tax_amount"_s).value, u"1.20"_s);
    QVERIFY(!inv.items.at(1).contains(u"unit"_s));
}

void TestPdfInvoiceExtractor::syntheticKangxiTitle()
{
    if (!m_fonts)
        QSKIP("fonts Noto Sans CJK SC and DejaVu Sans are not installed");
    // 子 written as the Kangxi radical ⼦ (U+2F26), as some generators do
    const Synthetic s = fictitiousInvoice(u"电\u2F26发票（增值税专用发票）"_s);
    QPdfDocument doc;
    QBuffer buffer;
    QVERIFY(loadPdf(doc, buffer, makePdf(s.texts)));
    const QList<Invoice> invoices = PdfInvoiceExtractor::extractInvoices(doc, 0);
    QCOMPARE(invoices.size(), 1);
    QCOMPARE(invoices.first().value(u"title"_s), u"电子发票（增值税专用发票）"_s);
    QCOMPARE(invoices.first().type, InvoiceType::DigitalSpecial);
    QCOMPARE(invoices.first().value(u"total"_s), u"127.20"_s);
}

void TestPdfInvoiceExtractor::photoMisreadings_data()
{
    QTest::addColumn<QString>("printed");  // a text of the fictitious invoice
    QTest::addColumn<int>("occurrence");   // which of the texts so printed (0: the first)
    QTest::addColumn<QString>("read");     // what OCR made of it
    QTest::newRow("as printed") << u"名称："_s << 0 << u"名称："_s;
    // the blurred vertical 购 of a 数电 photo: read as 销, or not at all
    QTest::newRow("购 read as 销") << u"购"_s << 0 << u"销"_s;
    QTest::newRow("销 read as 购") << u"销"_s << 0 << u"购"_s;
    QTest::newRow("购 lost") << u"购"_s << 0 << u" "_s;
    // the seller's captions without their colon or '/', the buyer's intact
    QTest::newRow("seller's 名称 without colon") << u"名称："_s << 1 << u"名称"_s;
    QTest::newRow("seller's tax id caption without colon")
        << u"统一社会信用代码/纳税人识别号："_s << 1 << u"统一社会信用代码/纳税人识别号"_s;
    QTest::newRow("seller's tax id caption without '/'")
        << u"统一社会信用代码/纳税人识别号："_s << 1 << u"统一社会信用代码纳税人识别号："_s;
    // the totals row's 计 misread, or its caption not read at all (the row's amounts must not
    // become a line item)
    QTest::newRow("合计 read as 合 廿") << u"合 计"_s << 0 << u"合 廿"_s;
    QTest::newRow("合计 lost, its ¥ amounts read") << u"合 计"_s << 0 << u" "_s;
}

// What a photo's OCR gets wrong around the parties and totals does not move a value to the
// other party or lose it: each row changes one printed text of the fictitious 数电 invoice.
void TestPdfInvoiceExtractor::photoMisreadings()
{
    if (!m_fonts)
        QSKIP("fonts Noto Sans CJK SC and DejaVu Sans are not installed");
    QFETCH(QString, printed);
    QFETCH(int, occurrence);
    QFETCH(QString, read);
    Synthetic s = fictitiousInvoice(u"电子发票（普通发票）"_s);
    int seen = 0;
    bool changed = false;
    for (Text &t : s.texts)
        if (t.text == printed && seen++ == occurrence) {
            t.text = read;
            changed = true;
            break;
        }
    QVERIFY(changed);
    QPdfDocument doc;
    QBuffer buffer;
    QVERIFY(loadPdf(doc, buffer, makePdf(s.texts)));
    const QList<Invoice> invoices = PdfInvoiceExtractor::extractInvoices(doc, 0);
    QCOMPARE(invoices.size(), 1);
    const Invoice &inv = invoices.first();
    const QList<std::pair<QString, QString>> expected = {
        {u"buyer_name"_s, u"北京测试科技有限公司"_s},         {u"buyer_tax_id"_s, u"91110108MA01ABCD2X"_s},
        {u"seller_name"_s, u"上海示例餐饮（浦东）管理有限公司"_s}, {u"seller_tax_id"_s, u"91310104MA1FL0XY3K"_s},
        {u"pretax_amount"_s, u"120.00"_s},                    {u"tax_amount"_s, u"7.20"_s}};
    for (const auto &[key, value] : expected)
        QVERIFY2(inv.value(key) == value, qPrintable(u"%1: '%2', expected '%3'"_s.arg(key, inv.value(key), value)));
    QCOMPARE(inv.items.size(), 2);
}

void TestPdfInvoiceExtractor::notAnInvoice_data()
{
    QTest::addColumn<QList<Text>>("texts");
    QTest::newRow("minutes") << QList<Text>{{QPointF(200, 40), u"项目会议纪要"_s, 18},
                                            {QPointF(40, 80), u"时间：2024年05月06日 地点：三楼会议室"_s, 9},
                                            {QPointF(40, 100), u"议题：报销流程与合计金额的核对"_s, 9}};
    QTest::newRow("goods list") << QList<Text>{{QPointF(150, 40), u"销售货物或者提供应税劳务清单"_s, 16},
                                               {QPointF(40, 70), u"购买方名称：北京测试科技有限公司"_s, 8},
                                               {QPointF(40, 85), u"所属增值税电子普通发票代码：011001900111 号码：12345678"_s, 8},
                                               {QPointF(40, 300), u"合 计 ¥100.00 ¥6.00"_s, 8}};
    QTest::newRow("latin letter") << QList<Text>{{QPointF(40, 40), u"Dear customer, thank you."_s, 12}};
}

void TestPdfInvoiceExtractor::notAnInvoice()
{
    if (!m_fonts)
        QSKIP("fonts Noto Sans CJK SC and DejaVu Sans are not installed");
    QFETCH(QList<Text>, texts);
    QPdfDocument doc;
    QBuffer buffer;
    QVERIFY(loadPdf(doc, buffer, makePdf(texts)));
    QVERIFY(PdfInvoiceExtractor::extractInvoices(doc, 0).isEmpty());
    QVERIFY(PdfInvoiceExtractor::extractDocument(doc).isEmpty());
}

void TestPdfInvoiceExtractor::noTextLayer()
{
    // a scan: no text at all
    QVERIFY(PdfInvoiceExtractor::extractInvoices(PdfTextLayer(), 1).isEmpty());
    QPdfDocument none;
    QVERIFY(PdfInvoiceExtractor::extractInvoices(none, 0).isEmpty());
    QVERIFY(PdfInvoiceExtractor::extractDocument(none).isEmpty());
    // text runs that do not fit the text: no crash, no invoice
    const PdfTextLayer odd = PdfTextLayer::fromRuns(u"发票号码:\r\n\r\n合计"_s, {QRectF(0, 0, 1, 1), QRectF(-5, -5, 0, 100)},
                                                   QSizeF(100, 100));
    QVERIFY(PdfInvoiceExtractor::extractInvoices(odd, 1).size() <= 1);
}

void TestPdfInvoiceExtractor::scrambledLabelsNeverBreak()
{
    // Labels and values in random places and orders: answers may be odd, never a crash, an
    // empty value or a polygon off the page.
    QRandomGenerator rng(20240507);
    const QStringList tokens = {u"发票号码:"_s, u"12345678"_s, u"合 计"_s, u"价税合计(大写)"_s, u"(小写)"_s,
                                u"¥12.30"_s, u"***"_s, u"名称:"_s, u"纳税人识别号:"_s, u"91110108MA01ABCD2X"_s,
                                u"备"_s, u"注"_s, u"购"_s, u"销"_s, u"项目名称"_s, u"金额"_s, u"税额"_s,
                                u"开票日期:"_s, u"2024年01月02日"_s, u"电子发票(普通发票)"_s, u"壹拾贰圆叁角"_s,
                                u"开票人:"_s, u"张三"_s, u"*餐饮*餐费"_s, u"校验码:"_s, u"站"_s, u"票价:"_s};
    for (int round = 0; round < 200; ++round) {
        QString text;
        QList<QRectF> runs;
        const int count = 1 + int(rng.bounded(25));
        for (int t = 0; t < count; ++t) {
            const QString token = tokens.at(int(rng.bounded(int(tokens.size()))));
            text += token + (rng.bounded(2) ? u"\r\n"_s : u" "_s);
            const double h = 6 + rng.bounded(12.0);
            const double w = std::min(h * 0.8 * double(token.size()), 590.0);
            runs.append(QRectF(rng.bounded(595.0 - w), rng.bounded(396.0 - h), w, h));
        }
        const PdfTextLayer layer = PdfTextLayer::fromRuns(text, runs, QSizeF(595, 396));
        const QList<Invoice> invoices = PdfInvoiceExtractor::extractInvoices(layer, 1);
        QVERIFY(invoices.size() <= 1);
        for (const Invoice &inv : invoices) {
            for (auto it = inv.fields.cbegin(); it != inv.fields.cend(); ++it) {
                QVERIFY2(!it->value.isEmpty(), qPrintable(it.key()));
                QVERIFY2(QRectF(-5, -5, 595 * kPixelsPerPoint + 10, 396 * kPixelsPerPoint + 10)
                             .contains(it->polygon.boundingRect()), qPrintable(it.key()));
            }
        }
    }
}

QTEST_MAIN(TestPdfInvoiceExtractor)
#include "tst_pdfinvoiceextractor.moc"
