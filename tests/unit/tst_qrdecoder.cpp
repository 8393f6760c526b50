#define ZX_USE_UTF8 1 // same switch as models/qr/qrdecoder.cpp, for Result::text()/ecLevel()

#include "qr/qrdecoder.h"
#include "qr/qrencoder.h"
#include "testpaths.h"

#include <ZXing/ReadBarcode.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfDocument>
#include <QtConcurrent/QtConcurrentMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTransform>
#include <QtTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

const QString kPayload = u"01,10,044031900111,12345678,188.68,20240315,12345678901234567890,A1B2,"_s;
const QString kDigitalPayload = u"01,31,,24312000000012345678,1060.00,20240520,,7C3E"_s;

// A page-like background: text-ish grey strokes, table lines and a red seal, so the decoder
// has the clutter of an invoice around the code.
QImage makePage(int w, int h, bool noisy)
{
    QImage page(w, h, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    QRandomGenerator rng(20240315);
    p.setPen(QPen(QColor(0x8a, 0x5a, 0x2a), 2));
    p.drawRect(w / 20, h / 3, w * 9 / 10, h / 2);
    for (int i = 0; i < 12; ++i)
        p.drawLine(w / 20, h / 3 + i * h / 24, w * 19 / 20, h / 3 + i * h / 24);
    p.setPen(QPen(QColor(40, 40, 40), 1));
    for (int i = 0; i < 150; ++i) {
        const int x = int(rng.bounded(w - 60));
        const int y = int(rng.bounded(h - 10));
        if (x < w / 2 && y < h / 2)
            continue; // keep the code's corner readable
        p.drawLine(x, y, x + int(rng.bounded(50)) + 5, y);
    }
    p.setPen(QPen(QColor(220, 30, 30), 4));
    p.drawEllipse(QPoint(w * 3 / 4, h / 6), w / 12, h / 14);
    p.end();
    if (noisy) {
        for (int y = 0; y < h; ++y) {
            auto *line = reinterpret_cast<QRgb *>(page.scanLine(y));
            for (int x = 0; x < w; ++x) {
                const int n = int(rng.bounded(61)) - 30;
                const QRgb c = line[x];
                line[x] = qRgb(std::clamp(qRed(c) + n, 0, 255), std::clamp(qGreen(c) + n, 0, 255),
                               std::clamp(qBlue(c) + n, 0, 255));
            }
        }
    }
    return page;
}

QImage placeOn(QImage page, const QImage &code, QPoint at)
{
    QPainter p(&page);
    p.drawImage(at, code);
    return page;
}

QStringList texts(const QList<qr::DecodedCode> &codes)
{
    QStringList out;
    for (const auto &c : codes)
        out << c.text;
    return out;
}

QJsonArray manifestFiles()
{
    QFile f(test::realFixturesDir() + u"/manifest.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(u"files"_s).toArray();
}

QImage renderPdfPage(QPdfDocument &doc, int page, double dpi)
{
    const QSizeF pt = doc.pagePointSize(page);
    const QSize px((pt * dpi / 72.0).toSize());
    QPdfDocumentRenderOptions opts;
    opts.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations);
    QImage img = doc.render(page, px, opts);
    // pdfium renders transparent paper: put it on white as a viewer would.
    QImage out(img.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.drawImage(0, 0, img);
    return out;
}

} // namespace

class TestQrDecoder : public QObject
{
    Q_OBJECT

private slots:
    void encodeRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("legacy-payload") << kPayload;
        QTest::newRow("digital-payload") << kDigitalPayload;
        QTest::newRow("cjk-text") << u"132052300111,03223884,28.00,2025-10-24,上海示例科技有限公司"_s;
        QTest::newRow("url") << u"https://inv-veri.chinatax.gov.cn/"_s;
    }

    void encodeRoundTrip()
    {
        QFETCH(QString, text);
        const QImage img = qr::encodeQr(text, 4);
        QVERIFY(!img.isNull());
        const auto codes = qr::decodeAll(img);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().text, text);
        QCOMPARE(codes.first().format, u"QRCode"_s);
    }

    void encoderUsesLevelMAndQuietZone()
    {
        const QImage img = qr::encodeQr(kPayload, 3, QColor(0x1a, 0x4a, 0x9c));
        QVERIFY(!img.isNull());
        QCOMPARE(img.width() % 3, 0);
        // Quiet zone: the outer 4 modules are paper on every side.
        for (int i = 0; i < img.width(); ++i) {
            QCOMPARE(img.pixel(i, 0), qRgb(255, 255, 255));
            QCOMPARE(img.pixel(i, 4 * 3 - 1), qRgb(255, 255, 255));
            QCOMPARE(img.pixel(0, i), qRgb(255, 255, 255));
            QCOMPARE(img.pixel(img.width() - 1, i), qRgb(255, 255, 255));
        }
        QCOMPARE(img.pixel(4 * 3, 4 * 3), qRgb(0x1a, 0x4a, 0x9c)); // finder pattern corner
        const QImage grey = img.convertToFormat(QImage::Format_Grayscale8);
        const auto res = ZXing::ReadBarcode(
            ZXing::ImageView(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                             int(grey.bytesPerLine())));
        QVERIFY(res.isValid());
        QCOMPARE(QString::fromStdString(res.ecLevel()), u"M"_s);
    }

    void encodeRejectsOversizedText()
    {
        QVERIFY(qr::encodeQr(QString(8000, u'9')).isNull());
    }

    void decodeInvoiceImage_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QRectF>("where"); // where the code was drawn, in image coordinates

        const QColor blue(0x1a, 0x4a, 0x9c);
        const QColor faint(0xb4, 0xc4, 0xe0);
        const QImage black = qr::encodeQr(kPayload, 4);
        const QImage blueCode = qr::encodeQr(kPayload, 4, blue);

        QTest::newRow("black-alone") << black << kPayload << QRectF(black.rect());
        // JBIG2 images in OFD files are the bare symbol, without the quiet zone.
        const QImage bare = black.copy(16, 16, black.width() - 32, black.height() - 32);
        QTest::newRow("no-quiet-zone") << bare << kPayload << QRectF(bare.rect());
        QTest::newRow("black-on-page") << placeOn(makePage(1654, 1102, false), black, {60, 50}) << kPayload
                                       << QRectF(60, 50, black.width(), black.height());
        QTest::newRow("blue-on-page") << placeOn(makePage(1654, 1102, false), blueCode, {60, 50}) << kPayload
                                      << QRectF(60, 50, blueCode.width(), blueCode.height());
        const QImage faintCode = qr::encodeQr(kDigitalPayload, 4, faint);
        QTest::newRow("faint-on-page") << placeOn(makePage(1654, 1102, false), faintCode, {80, 70})
                                       << kDigitalPayload << QRectF(80, 70, faintCode.width(), faintCode.height());
        // A 72-dpi screenshot: one pixel per module.
        const QImage tiny = qr::encodeQr(kPayload, 1, blue);
        QTest::newRow("small-module-1px") << placeOn(makePage(600, 400, false), tiny, {20, 20}) << kPayload
                                          << QRectF(20, 20, tiny.width(), tiny.height());
        const QImage small2 = qr::encodeQr(kPayload, 2, blue);
        QTest::newRow("small-module-2px") << placeOn(makePage(827, 551, false), small2, {30, 25}) << kPayload
                                          << QRectF(30, 25, small2.width(), small2.height());
        // A scan lying on its side: the code ends up bottom-left.
        const QImage page = placeOn(makePage(1654, 1102, false), blueCode, {60, 50});
        const QTransform quarter = QTransform().rotate(-90);
        const QImage rotated = page.transformed(quarter);
        const QRectF rotatedWhere = QImage::trueMatrix(quarter, page.width(), page.height())
                                        .mapRect(QRectF(60, 50, blueCode.width(), blueCode.height()));
        QTest::newRow("rotated-90") << rotated << kPayload << rotatedWhere;
        QTest::newRow("noisy-page") << placeOn(makePage(1654, 1102, true), blueCode, {60, 50}) << kPayload
                                    << QRectF(60, 50, blueCode.width(), blueCode.height());
        // Not in the top-left corner: found by the whole-image pass.
        QTest::newRow("bottom-right") << placeOn(makePage(1654, 1102, false), black, {1200, 700}) << kPayload
                                      << QRectF(1200, 700, black.width(), black.height());
        // A transparent QR image (as embedded in OFD/PDF files): transparent means paper.
        QImage alpha(black.size(), QImage::Format_ARGB32);
        for (int y = 0; y < black.height(); ++y)
            for (int x = 0; x < black.width(); ++x)
                alpha.setPixel(x, y, black.pixel(x, y) == qRgb(0, 0, 0) ? qRgba(0, 0, 0, 255) : qRgba(0, 0, 0, 0));
        QTest::newRow("transparent-background") << alpha << kPayload << QRectF(alpha.rect());
        // A large phone photo, slightly tilted.
        QImage photo = makePage(4000, 3000, true);
        {
            QPainter p(&photo);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.translate(300, 250);
            p.rotate(4);
            p.drawImage(0, 0, qr::encodeQr(kPayload, 9, blue));
        }
        QTest::newRow("large-tilted-photo") << photo << kPayload << QRectF();
        // A big photo where the code is small: the shrunk passes lose it, full resolution finds it.
        const QImage smallOnHuge = qr::encodeQr(kPayload, 3, blue);
        QTest::newRow("small-code-on-huge-photo") << placeOn(makePage(6000, 4000, false), smallOnHuge, {3000, 2500})
                                                  << kPayload
                                                  << QRectF(3000, 2500, smallOnHuge.width(), smallOnHuge.height());
    }

    void decodeInvoiceImage()
    {
        QFETCH(QImage, image);
        QFETCH(QString, expected);
        QFETCH(QRectF, where);
        const auto codes = qr::decodeInvoiceImage(image);
        QVERIFY2(texts(codes).contains(expected), qPrintable(texts(codes).join(u" | ")));
        if (where.isEmpty())
            return;
        // The polygon is in the coordinates of the image passed in: the code's corners lie
        // within the drawn square (give or take the quiet zone and a module).
        const auto &code = codes.first();
        QCOMPARE(code.polygon.size(), 4);
        const QRectF bounds = code.polygon.boundingRect();
        QVERIFY2(where.adjusted(-6, -6, 6, 6).contains(bounds),
                 qPrintable(u"polygon %1,%2 %3x%4"_s.arg(bounds.x()).arg(bounds.y()).arg(bounds.width()).arg(bounds.height())));
        QVERIFY(bounds.width() > where.width() / 2);
    }

    void dedupesAndFindsSeveral()
    {
        // Two invoices on one scan: both codes are reported, each once.
        QImage page(1400, 2000, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter p(&page);
        p.drawImage(QPoint(60, 60), qr::encodeQr(kPayload, 4));
        p.drawImage(QPoint(1000, 100), qr::encodeQr(kPayload, 4));
        p.drawImage(QPoint(1000, 1200), qr::encodeQr(kDigitalPayload, 4));
        p.end();
        const QStringList found = texts(qr::decodeInvoiceImage(page));
        QCOMPARE(found.size(), 2);
        QVERIFY(found.contains(kPayload));
        QVERIFY(found.contains(kDigitalPayload));
    }

    // The decoder keeps no state: the local provider runs it on several pages at once.
    void concurrentDecoding()
    {
        QList<QImage> pages;
        QStringList expected;
        for (int i = 0; i < 8; ++i) {
            const QString text = kPayload + QString::number(i);
            expected << text;
            pages << placeOn(makePage(1240, 827, i % 2 == 1), qr::encodeQr(text, 3, QColor(0x1a, 0x4a, 0x9c)), {40, 40});
        }
        const QList<QStringList> found = QtConcurrent::blockingMapped(
            pages, [](const QImage &img) { return texts(qr::decodeInvoiceImage(img)); });
        QCOMPARE(found.size(), expected.size());
        for (qsizetype i = 0; i < found.size(); ++i)
            QCOMPARE(found.at(i), QStringList{expected.at(i)});
    }

    void nothingToFind_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::newRow("null") << QImage();
        QTest::newRow("1x1") << QImage(1, 1, QImage::Format_RGB32);
        QImage white(800, 600, QImage::Format_RGB32);
        white.fill(Qt::white);
        QTest::newRow("blank") << white;
        QTest::newRow("page-without-code") << makePage(1654, 1102, true);
        QImage mono(300, 200, QImage::Format_Mono);
        mono.fill(0);
        QTest::newRow("mono") << mono;
    }

    void nothingToFind()
    {
        QFETCH(QImage, image);
        QVERIFY(qr::decodeInvoiceImage(image).isEmpty());
        QVERIFY(qr::decodeAll(image).isEmpty());
    }

    void imageFormatsAreAccepted_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("rgb32") << int(QImage::Format_RGB32);
        QTest::newRow("argb32-premultiplied") << int(QImage::Format_ARGB32_Premultiplied);
        QTest::newRow("rgb888") << int(QImage::Format_RGB888);
        QTest::newRow("grayscale8") << int(QImage::Format_Grayscale8);
        QTest::newRow("indexed8") << int(QImage::Format_Indexed8);
        QTest::newRow("mono") << int(QImage::Format_Mono);
        QTest::newRow("rgba64") << int(QImage::Format_RGBA64);
    }

    void imageFormatsAreAccepted()
    {
        QFETCH(int, format);
        const QImage img = qr::encodeQr(kPayload, 3).convertToFormat(QImage::Format(format));
        QCOMPARE(texts(qr::decodeInvoiceImage(img)), QStringList{kPayload});
    }

    void realImages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("payloads");
        if (!test::haveRealFixtures())
            return;
        for (const QJsonValue &v : manifestFiles()) {
            const QJsonObject o = v.toObject();
            QStringList payloads;
            for (const QJsonValue &p : o.value(u"qr_payload"_s).toArray())
                payloads << p.toString();
            if (o.value(u"kind"_s).toString() == u"image" && !payloads.isEmpty())
                QTest::newRow(qPrintable(o.value(u"file"_s).toString())) << o.value(u"file"_s).toString() << payloads;
        }
    }

    // Photos and screenshots of invoices (the decoder gets the image as loaded, EXIF applied).
    void realImages()
    {
        if (!test::haveRealFixtures())
            QSKIP("real fixtures not available (../shared/fixtures/real)");
        QFETCH(QString, file);
        QFETCH(QStringList, payloads);
        const QImage img(test::realFixturesDir() + u'/' + file);
        QVERIFY(!img.isNull());
        const QStringList found = texts(qr::decodeInvoiceImage(img));
        for (const QString &p : payloads)
            QVERIFY2(found.contains(p), qPrintable(u"expected %1, found %2"_s.arg(p, found.join(u" | "))));
    }

    void realOfdQrImages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("payload");
        if (!test::haveRealFixtures())
            return;
        // qr_method names the embedded image, e.g. "Doc_0/Res/image_6920.png (as-is)". JBIG2
        // images are for the OFD reader's own decoder, not for QImage.
        static const QRegularExpression pngEntry(u"^(\\S+\\.png) "_s);
        for (const QJsonValue &v : manifestFiles()) {
            const QJsonObject o = v.toObject();
            const auto m = pngEntry.match(o.value(u"qr_method"_s).toString());
            const QJsonArray payloads = o.value(u"qr_payload"_s).toArray();
            if (o.value(u"kind"_s).toString() == u"ofd" && m.hasMatch() && !payloads.isEmpty())
                QTest::newRow(qPrintable(o.value(u"file"_s).toString()))
                    << o.value(u"file"_s).toString() << m.captured(1) << payloads.first().toString();
        }
    }

    void realOfdQrImages()
    {
        if (!test::haveRealFixtures())
            QSKIP("real fixtures not available (../shared/fixtures/real)");
        QFETCH(QString, file);
        QFETCH(QString, entry);
        QFETCH(QString, payload);
        QuaZip zip(test::realFixturesDir() + u'/' + file);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.setCurrentFile(entry));
        QuaZipFile f(&zip);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QImage img = QImage::fromData(f.readAll());
        QVERIFY(!img.isNull());
        QCOMPARE(texts(qr::decodeInvoiceImage(img)), QStringList{payload});
    }

    void realPdfs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("payloads");
        if (!test::haveRealFixtures())
            return;
        for (const QJsonValue &v : manifestFiles()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"kind"_s).toString() != u"pdf")
                continue;
            QStringList payloads;
            for (const QJsonValue &p : o.value(u"qr_payload"_s).toArray())
                payloads << p.toString();
            const QString file = o.value(u"file"_s).toString();
            QTest::newRow(qPrintable(file)) << file << payloads;
        }
    }

    // Renders page 1 at 150 dpi (as the local provider does), decodes, and expects every
    // payload of the manifest. 200 dpi is tried only when 150 finds nothing.
    void realPdfs()
    {
        if (!test::haveRealFixtures())
            QSKIP("real fixtures not available (../shared/fixtures/real)");
        QFETCH(QString, file);
        QFETCH(QStringList, payloads);
        QPdfDocument doc;
        QCOMPARE(doc.load(test::realFixturesDir() + u'/' + file), QPdfDocument::Error::None);
        QStringList found;
        for (double dpi : {150.0, 200.0}) {
            QElapsedTimer t;
            t.start();
            found = texts(qr::decodeInvoiceImage(renderPdfPage(doc, 0, dpi)));
            qInfo("%.0f dpi: %d code(s) in %lld ms", dpi, int(found.size()), t.elapsed());
            if (!found.isEmpty())
                break;
        }
        for (const QString &p : payloads)
            QVERIFY2(found.contains(p), qPrintable(u"expected %1, found %2"_s.arg(p, found.join(u" | "))));
    }
};

QTEST_MAIN(TestQrDecoder)
#include "tst_qrdecoder.moc"
