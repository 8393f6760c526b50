// The local provider on bad input: every broken, hostile or foreign file gives that document
// one error with a stable code and a message, and nothing crashes (also under ASan/UBSan).
// Good input: a PDF made here with QPdfWriter is read with polygons, and a run mixing good
// and bad files keeps every good result.

#include "local/localrecognizer.h"
#include "ofdbuilder.h"
#include "pdf/pdfembeddedimages.h"
#include "qr/qrdecoder.h"
#include "deskfixtures.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "qr/qrencoder.h"

#include <QBuffer>
#include <QtEndian>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {

QByteArray pdfWithText(const QStringList &lines, const QString &qrPayload = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QSizeF(210, 140), QPageSize::Millimeter));
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(9);
    painter.setFont(font);
    if (!qrPayload.isEmpty())
        painter.drawImage(QRect(60, 60, 220, 220), qr::encodeQr(qrPayload, 4));
    int y = 400;
    for (const QString &line : lines) {
        painter.drawText(QPoint(300, y), line);
        y += 90;
    }
    painter.end();
    return buffer.data();
}

// A PDF whose trailer names an /Encrypt dictionary: readers must ask for a password.
QByteArray encryptedPdf()
{
    QByteArray body = "%PDF-1.4\n";
    QList<int> offsets;
    const auto obj = [&](const QByteArray &text) {
        offsets.append(int(body.size()));
        body += QByteArray::number(offsets.size()) + " 0 obj\n" + text + "\nendobj\n";
    };
    obj("<< /Type /Catalog /Pages 2 0 R >>");
    obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    obj("<< /Filter /Standard /V 1 /R 2 /O <" + QByteArray(64, 'a') + "> /U <" + QByteArray(64, 'b')
        + "> /P -4 >>");
    const int xref = int(body.size());
    body += "xref\n0 5\n0000000000 65535 f \n";
    for (int off : offsets)
        body += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    body += "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
            "<0123456789abcdef0123456789abcdef>] >>\nstartxref\n"
            + QByteArray::number(xref) + "\n%%EOF\n";
    return body;
}

// A PNG header (signature + IHDR) that claims 30000 × 30000 pixels and nothing else.
QByteArray hugePngHeader()
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr("IHDR", 4);
    const auto be32 = [](quint32 v) {
        QByteArray b(4, '\0');
        qToBigEndian(v, b.data());
        return b;
    };
    ihdr += be32(30000) + be32(30000) + QByteArray("\x08\x02\x00\x00\x00", 5);
    quint32 crc = 0xffffffffu; // PNG's CRC-32, so that only the size is wrong with this header
    for (const char c : ihdr) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    png += be32(13) + ihdr + be32(~crc);
    return png;
}

QByteArray ofdZipBomb()
{
    // 80 MiB of zeros deflates to ~80 KiB: over the per-entry cap while inflating.
    return test::OfdBuilder::zip({{QStringLiteral("OFD.xml"), QByteArray("<ofd:OFD/>")},
                                  {QStringLiteral("Doc_0/zeros.bin"), QByteArray(80 * 1024 * 1024, '\0')}});
}

} // namespace

class TestLocalRecognizer : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const QByteArray goodPdf = pdfWithText({QStringLiteral("Hello")});
        QTest::newRow("empty file") << QByteArray() << u"empty_file"_qs;
        QTest::newRow("truncated PDF") << goodPdf.left(120) << u"pdf_corrupt"_qs;
        QTest::newRow("PDF header then garbage") << QByteArray("%PDF-1.7\n") + QByteArray(4000, 'x')
                                                 << u"pdf_corrupt"_qs;
        QTest::newRow("encrypted PDF") << encryptedPdf() << u"pdf_encrypted"_qs;
        QTest::newRow("PDF that is not an invoice")
            << pdfWithText({QStringLiteral("Minutes of the meeting"), QStringLiteral("会议纪要")}) << u"no_invoice"_qs;
        QTest::newRow("image claiming 30000x30000") << hugePngHeader() << u"image_too_large"_qs;
        QTest::newRow("truncated JPEG") << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11) << u"image_corrupt"_qs;
        QTest::newRow("OFD zip bomb") << ofdZipBomb() << u"ofd_unsafe"_qs;
        QTest::newRow("OFD with ../ entry")
            << test::OfdBuilder::zip({{QStringLiteral("OFD.xml"), QByteArray("<ofd:OFD/>")},
                                      {QStringLiteral("../../evil.xml"), QByteArray("x")}})
            << u"ofd_unsafe"_qs;
        QTest::newRow("OFD with malformed XML")
            << test::OfdBuilder::sampleInvoice().setFile(QStringLiteral("OFD.xml"), "<ofd:OFD><unclosed").build()
            << u"xml_malformed"_qs;
        QTest::newRow("truncated OFD") << test::OfdBuilder::sampleInvoice().build().left(300) << u"ofd_corrupt"_qs;
        QTest::newRow("zip that is not OFD")
            << test::OfdBuilder::zip({{QStringLiteral("readme.txt"), QByteArray("hi")}}) << u"unknown_format"_qs;
        QTest::newRow("unknown format") << QByteArray("just some text, not a document\n") << u"unknown_format"_qs;
        QTest::newRow("white image without QR")
            << [] {
                   QImage img(400, 300, QImage::Format_RGB32);
                   img.fill(Qt::white);
                   QBuffer b;
                   b.open(QIODevice::WriteOnly);
                   img.save(&b, "PNG");
                   return b.data();
               }()
            << u"no_invoice"_qs;
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const RecognizedDocument doc = LocalRecognizer::recognizeBytes(bytes, QStringLiteral("input"), {});
        QVERIFY2(doc.error.has_value(), "a bad document must carry an error");
        QCOMPARE(doc.error->code, code);
        QVERIFY2(doc.error->message.size() > 15, qPrintable(doc.error->message));
        QVERIFY(doc.invoices.isEmpty());
        QCOMPARE(doc.provider, QStringLiteral("local"));
    }

    void missingAndSpecialFiles()
    {
        QTemporaryDir dir;
        const RecognizedDocument missing = LocalRecognizer::recognizeFile(dir.filePath(QStringLiteral("nope.pdf")));
        QCOMPARE(missing.error->code, QStringLiteral("unreadable"));
        // A folder path given as a file, and a dangling link: errors, not crashes or hangs.
        QCOMPARE(LocalRecognizer::recognizeFile(dir.path()).error->code, QStringLiteral("unreadable"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone")), dir.filePath(QStringLiteral("dangling.pdf"))));
        QCOMPARE(LocalRecognizer::recognizeFile(dir.filePath(QStringLiteral("dangling.pdf"))).error->code,
                 QStringLiteral("unreadable"));
    }

    void tooLargeFileIsNotRead()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("big.pdf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(2 * 1024 * 1024));
        f.close();
        LocalRecognizer::Options options;
        options.maxFileBytes = 1024 * 1024;
        QCOMPARE(LocalRecognizer::recognizeFile(f.fileName(), options).error->code, QStringLiteral("file_too_large"));
    }

    void qrOnlyPdfBecomesAnInvoice()
    {
        // A scanned PDF without text but with the invoice QR: the QR fields, marked as such.
        const QString payload = QStringLiteral("01,10,033002000211,83089647,510.68,20200723,16197833567414507415,A1B2,");
        const RecognizedDocument doc
            = LocalRecognizer::recognizeBytes(pdfWithText({}, payload), QStringLiteral("scan.pdf"), {});
        QVERIFY2(!doc.error, doc.error ? qPrintable(doc.error->message) : "");
        QCOMPARE(doc.invoices.size(), 1);
        const Invoice &inv = doc.invoices.first();
        QCOMPARE(inv.value(QStringLiteral("number")), QStringLiteral("83089647"));
        QCOMPARE(inv.value(QStringLiteral("code")), QStringLiteral("033002000211"));
        QCOMPARE(inv.value(QStringLiteral("date")), QStringLiteral("2020-07-23"));
        QCOMPARE(inv.value(QStringLiteral("pretax_amount")), QStringLiteral("510.68"));
        QCOMPARE(inv.fields.value(QStringLiteral("number")).source, QStringLiteral("qr:number"));
        QCOMPARE(inv.type, InvoiceType::VatElectronicNormal);
        QCOMPARE(inv.typeSource, QStringLiteral("qr:kind"));
        // The QR's place on the page (page pixels at 150 dpi): inside the top-left corner.
        const QRectF box = inv.fields.value(QStringLiteral("number")).polygon.boundingRect();
        QVERIFY(!box.isEmpty());
        QVERIFY2(box.left() >= 0 && box.right() < 300 && box.top() >= 0 && box.bottom() < 300,
                 qPrintable(QStringLiteral("%1,%2 %3x%4").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));
    }

    void embeddedQrIsReadWithoutRendering()
    {
        const QString payload = QStringLiteral("01,32,,24442000000061234502,87.99,20240603,,A90B");
        QStringList found;
        for (const QImage &img : smallEmbeddedImages(pdfWithText({QStringLiteral("x")}, payload)))
            for (const qr::DecodedCode &c : qr::decodeQrCodes(img))
                found.append(c.text);
        QVERIFY2(found.contains(payload), qPrintable(found.join(u'|')));
    }

    void embeddedQrOfRealPdfs()
    {
        if (!test::haveRealFixtures())
            QSKIP("../shared/fixtures/real is absent");
        QFile manifest(test::realFixturesDir() + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        int pdfs = 0;
        int read = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(manifest.readAll()).object().value(u"files"_qs).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"kind"_qs).toString() != u"pdf" || o.value(u"qr_method"_qs).toString() != u"embedded-image:as-is")
                continue;
            ++pdfs;
            QFile f(test::realFixturesDir() + u'/' + o.value(u"file"_qs).toString());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QStringList texts;
            for (const QImage &img : smallEmbeddedImages(f.readAll()))
                for (const qr::DecodedCode &c : qr::decodeQrCodes(img))
                    texts.append(c.text);
            const QString expected = o.value(u"qr_payload"_qs).toArray().first().toString();
            if (texts.contains(expected))
                ++read;
            else
                qInfo("embedded QR not read directly (the page is rendered instead): %s",
                      qPrintable(o.value(u"file"_qs).toString()));
        }
        qInfo("embedded QR read without rendering: %d of %d PDFs", read, pdfs);
        QCOMPARE(read, pdfs); // every real e-invoice PDF: the fast path is the usual path
    }

    // A photo of two receipts read offline: each invoice's region is where its QR code is, so the
    // desk can draw, crop and select them apart (issue #11 point 3).
    void twoReceiptsOnAPhotoHaveTheirOwnRegions()
    {
        const QByteArray png = ra::test::qrPhoto({ra::test::qrPayload(QStringLiteral("11111111"), QStringLiteral("10.00")),
                                                  ra::test::qrPayload(QStringLiteral("22222222"), QStringLiteral("20.00"))});
        const RecognizedDocument doc = LocalRecognizer::recognizeBytes(png, QStringLiteral("two.png"), {});
        QCOMPARE(doc.invoices.size(), qsizetype(2));
        const QRectF a = doc.invoices.at(0).region.boundingRect();
        const QRectF b = doc.invoices.at(1).region.boundingRect();
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(!a.intersects(b));
        // One receipt alone needs no region: the whole photo is it.
        const QByteArray one = ra::test::qrPhoto({ra::test::qrPayload(QStringLiteral("33333333"), QStringLiteral("30.00"))});
        QVERIFY(LocalRecognizer::recognizeBytes(one, QStringLiteral("one.png"), {}).invoices.constFirst().region.isEmpty());
    }

    void sha256AndFormatAreReported()
    {
        const RecognizedDocument doc = LocalRecognizer::recognizeBytes("abc", QStringLiteral("x"), {});
        QCOMPARE(doc.sha256, QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(doc.format, QStringLiteral("unknown"));
    }

    void cancelStopsBetweenPages()
    {
        std::atomic_bool cancel = true;
        LocalRecognizer::Options options;
        options.cancel = &cancel;
        const RecognizedDocument doc
            = LocalRecognizer::recognizeBytes(pdfWithText({QStringLiteral("x")}), QStringLiteral("x.pdf"), options);
        QCOMPARE(doc.error->code, QStringLiteral("cancelled"));
    }
};

QTEST_MAIN(TestLocalRecognizer)
#include "tst_localrecognizer.moc"
