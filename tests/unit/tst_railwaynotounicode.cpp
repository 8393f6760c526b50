// 12306 railway e-tickets (电子发票（铁路电子客票）) as their OFD→PDF converter writes them: CJK
// in a Type0 font with the predefined UniGB-UCS2-H CMap, digits in a WinAnsi TrueType font,
// neither embedded and neither with a ToUnicode map (tools that need ToUnicode extract no
// text). Built byte by byte here (tests/support/rawpdf.h), with fictitious values (issue #12).

#include "invoicetype.h"
#include "local/localrecognizer.h"
#include "qr/qrencoder.h"
#include "rawpdf.h"

#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::RawPdf;

namespace {

const QString kPayload = u"01,51,,26329100000000001234,54.50,20260105,,1a2b"_s;

// The ticket's layout (positions as on a real 12306 ticket, 595 × 397 pt); `cjk` is the font of
// everything that is not a plain number.
QByteArray ticket(RawPdf::Font cjk, RawPdf::Font digits)
{
    RawPdf pdf;
    pdf.addText(170, 32, 16, u"电子发票（铁路电子客票）"_s, cjk)
        .addText(40, 58, 9, u"发票号码:"_s, cjk)
        .addText(88, 58, 9, u"26329100000000001234"_s, digits)
        .addText(400, 58, 9, u"开票日期:"_s, cjk)
        .addText(448, 58, 9, u"2026年01月05日"_s, cjk)
        .addText(70, 100, 14, u"南京南站"_s, cjk)
        .addText(255, 100, 14, u"G7001"_s, digits)
        .addText(420, 100, 14, u"上海虹桥站"_s, cjk)
        .addText(70, 135, 10, u"2026年01月08日"_s, cjk)
        .addText(190, 135, 10, u"08:05开"_s, cjk)
        .addText(300, 135, 10, u"03车12F号"_s, cjk)
        .addText(420, 135, 10, u"二等座"_s, cjk)
        .addText(70, 160, 10, u"票价:"_s, cjk)
        .addText(100, 160, 10, u"￥54.50"_s, cjk)
        .addText(70, 200, 10, u"3201021990****1234"_s, digits)
        .addText(190, 200, 10, u"张三"_s, cjk)
        .addText(70, 230, 9, u"电子客票号:"_s, cjk)
        .addText(124, 230, 9, u"6685177000000000012026"_s, digits)
        .addText(70, 262, 9, u"购买方名称:"_s, cjk)
        .addText(124, 262, 9, u"示例科技（南京）有限公司"_s, cjk)
        .addText(300, 262, 9, u"统一社会信用代码:"_s, cjk)
        .addText(378, 262, 9, u"91320106MA1ABCDE29"_s, digits)
        .addImage(QRectF(470, 200, 72, 72), qr::encodeQr(kPayload, 4));
    return pdf.build();
}

} // namespace

class TstRailwayNoToUnicode : public QObject
{
    Q_OBJECT

private slots:
    // The text is read through the predefined CMap: layout and QR both.
    void readsTextWithoutToUnicode()
    {
        const QByteArray bytes = ticket(RawPdf::Font::CjkUcs2, RawPdf::Font::Latin);
        QVERIFY(!bytes.contains("ToUnicode"));
        QVERIFY(!bytes.contains("FontFile"));
        const RecognizedDocument doc = LocalRecognizer::recognizeBytes(bytes, u"ticket.pdf"_s, {});
        QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->code + u": "_s + doc.error->message : QString()));
        QCOMPARE(doc.invoices.size(), 1);
        const Invoice &inv = doc.invoices.first();
        QCOMPARE(inv.type, InvoiceType::DigitalTrain);
        QCOMPARE(inv.value(u"title"_s), u"电子发票（铁路电子客票）"_s);
        QCOMPARE(inv.value(u"number"_s), u"26329100000000001234"_s);
        QCOMPARE(inv.fields.value(u"number"_s).source, u"pdf:text"_s);
        QCOMPARE(inv.value(u"date"_s), u"2026-01-05"_s);
        QCOMPARE(inv.value(u"departure_station"_s), u"南京南"_s);
        QCOMPARE(inv.value(u"arrival_station"_s), u"上海虹桥"_s);
        QCOMPARE(inv.value(u"train_number"_s), u"G7001"_s);
        QCOMPARE(inv.value(u"travel_date"_s), u"2026-01-08"_s);
        QCOMPARE(inv.value(u"departure_time"_s), u"08:05"_s);
        QCOMPARE(inv.value(u"carriage"_s), u"03"_s);
        QCOMPARE(inv.value(u"seat"_s), u"12F"_s);
        QCOMPARE(inv.value(u"seat_class"_s), u"二等座"_s);
        QCOMPARE(inv.value(u"total"_s), u"54.50"_s);
        QCOMPARE(inv.value(u"e_ticket_number"_s), u"6685177000000000012026"_s);
        QCOMPARE(inv.value(u"buyer_name"_s), u"示例科技（南京）有限公司"_s);
        QCOMPARE(inv.value(u"buyer_tax_id"_s), u"91320106MA1ABCDE29"_s);
        QCOMPARE(inv.qrcodes, QStringList{kPayload});
        QVERIFY(!inv.alternatives.contains(u"number"_s));
        QVERIFY(!inv.alternatives.contains(u"total"_s));
        for (const Finding &f : inv.findings)
            QVERIFY2(f.severity != Severity::Error, qPrintable(f.rule + u": "_s + f.message));
    }

    // A text layer no reader can map (glyph ids only): the ticket is still read from its QR
    // code, its type from the code's kind (51), and nothing fails.
    void unreadableTextFallsBackToTheQrCode()
    {
        const QByteArray bytes = ticket(RawPdf::Font::CjkUnmapped, RawPdf::Font::CjkUnmapped);
        const RecognizedDocument doc = LocalRecognizer::recognizeBytes(bytes, u"ticket.pdf"_s, {});
        QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->code + u": "_s + doc.error->message : QString()));
        QCOMPARE(doc.invoices.size(), 1);
        const Invoice &inv = doc.invoices.first();
        QCOMPARE(inv.type, InvoiceType::DigitalTrain);
        QCOMPARE(inv.value(u"number"_s), u"26329100000000001234"_s);
        QCOMPARE(inv.value(u"date"_s), u"2026-01-05"_s);
        QCOMPARE(inv.value(u"total"_s), u"54.50"_s);
        QCOMPARE(inv.fields.value(u"number"_s).source, u"qr:number"_s);
    }
};

QTEST_MAIN(TstRailwayNoToUnicode)
#include "tst_railwaynotounicode.moc"
