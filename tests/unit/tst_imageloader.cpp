#include "imageloader.h"
#include "recognizeddocument.h"
#include "testpaths.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QtEndian>
#include <QtTest>

#include <optional>
#include <thread>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

QImage testPattern(int w, int h)
{
    // Distinct corners, so a rotation shows in the pixels, not only in the size.
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(Qt::white);
    for (int y = 0; y < h / 4; ++y)
        for (int x = 0; x < w / 4; ++x)
            img.setPixel(x, y, qRgb(255, 0, 0)); // red top-left
    return img;
}

QByteArray encode(const QImage &img, const char *format)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QImageWriter writer(&buf, format);
    if (qstrcmp(format, "jpeg") == 0)
        writer.setQuality(95);
    if (!writer.write(img))
        qWarning() << "cannot write" << format << writer.errorString();
    return bytes;
}

void be16(QByteArray &b, quint16 v) { char c[2]; qToBigEndian(v, c); b.append(c, 2); }
void be32(QByteArray &b, quint32 v) { char c[4]; qToBigEndian(v, c); b.append(c, 4); }
void le16(QByteArray &b, quint16 v) { char c[2]; qToLittleEndian(v, c); b.append(c, 2); }
void le32(QByteArray &b, quint32 v) { char c[4]; qToLittleEndian(v, c); b.append(c, 4); }

// A JPEG with an APP1 Exif segment whose IFD0 holds one entry, Orientation (0x0112) = value,
// inserted after the JFIF APP0 segment as cameras write it.
QByteArray jpegWithOrientation(const QImage &img, quint16 orientation)
{
    QByteArray jpeg = encode(img, "jpeg");
    QByteArray tiff("MM\0*", 4);
    be32(tiff, 8);        // IFD0 right after the header
    be16(tiff, 1);        // one entry
    be16(tiff, 0x0112);   // Orientation
    be16(tiff, 3);        // SHORT
    be32(tiff, 1);        // count
    be16(tiff, orientation);
    be16(tiff, 0);        // padding of the 4-byte value field
    be32(tiff, 0);        // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xff\xe1", 2);
    be16(app1, quint16(payload.size() + 2));
    app1 += payload;

    qsizetype at = 2; // after SOI
    if (jpeg.size() > 6 && quint8(jpeg[2]) == 0xff && quint8(jpeg[3]) == 0xe0)
        at = 4 + qFromBigEndian<quint16>(jpeg.constData() + 4);
    jpeg.insert(at, app1);
    return jpeg;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void pngChunk(QByteArray &out, const char *type, const QByteArray &data)
{
    be32(out, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    out += typed;
    be32(out, crc32(typed));
}

// A PNG whose header claims w×h pixels, followed by a tiny (wrong) IDAT: a decompression bomb
// needs only a few bytes, and the loader must refuse it from the header alone.
// `depth` bits per sample and `colourType` as in IHDR (2 RGB, 0 grey, 6 RGBA).
QByteArray pngClaiming(quint32 w, quint32 h, char depth = 8, char colourType = 2)
{
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    be32(ihdr, w);
    be32(ihdr, h);
    ihdr.append(depth).append(colourType).append(char(0)).append(char(0)).append(char(0));
    pngChunk(out, "IHDR", ihdr);
    pngChunk(out, "IDAT", QByteArray("\x78\x9c\x63\x00\x00\x00\x01\x00\x01", 9));
    pngChunk(out, "IEND", {});
    return out;
}

QByteArray bmpClaiming(qint32 w, qint32 h, quint16 bitsPerPixel = 24)
{
    QByteArray out("BM");
    le32(out, 54);      // file size (a lie, as in a bomb)
    le32(out, 0);
    le32(out, 54);      // pixel data offset
    le32(out, 40);      // BITMAPINFOHEADER
    le32(out, quint32(w));
    le32(out, quint32(h));
    le16(out, 1);
    le16(out, bitsPerPixel);
    le32(out, 0);
    le32(out, 0);
    le32(out, 2835);
    le32(out, 2835);
    le32(out, 0);
    le32(out, 0);
    return out;
}

// A real (small) JPEG whose frame header says w × h: the header lies, the data is tiny.
QByteArray jpegClaiming(quint16 w, quint16 h)
{
    QByteArray jpeg = encode(testPattern(96, 64), "jpeg");
    const qsizetype sof = jpeg.indexOf(QByteArray("\xff\xc0", 2));
    if (sof < 0)
        return {};
    char *at = jpeg.data() + sof + 5; // marker, length, precision
    qToBigEndian(h, at);
    qToBigEndian(w, at + 2);
    return jpeg;
}

// The classic 1×1 GIF89a (Qt reads GIF but cannot write it).
const QByteArray kGif1x1("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00\x21\xf9\x04\x01\x00\x00\x00\x00"
                         "\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3b",
                         43);

} // namespace

class TestImageLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsFormats_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QSize>("size");
        const QImage img = testPattern(64, 40);
        QTest::newRow("png") << encode(img, "png") << QSize(64, 40);
        QTest::newRow("jpeg") << encode(img, "jpeg") << QSize(64, 40);
        QTest::newRow("bmp") << encode(img, "bmp") << QSize(64, 40);
        QTest::newRow("tiff") << encode(img, "tiff") << QSize(64, 40);
        QTest::newRow("webp") << encode(img, "webp") << QSize(64, 40);
        QTest::newRow("gif") << kGif1x1 << QSize(1, 1);
    }

    void loadsFormats()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QSize, size);
        QVERIFY(!bytes.isEmpty());
        const LoadedImage r = loadImage(bytes);
        QVERIFY2(r.errorCode.isEmpty(), qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.image.size(), size);
        QCOMPARE(r.originalSize, size);
    }

    void jpegThatClaimsToBePngStillLoads()
    {
        // Content decides, never the name: the loader is given bytes only.
        const LoadedImage r = loadImage(encode(testPattern(30, 20), "jpeg"));
        QVERIFY(r.errorCode.isEmpty());
        QCOMPARE(r.image.size(), QSize(30, 20));
    }

    void exifOrientation_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QPoint>("redCorner"); // where the red top-left block ends up
        QTest::newRow("1-upright") << 1 << QSize(80, 40) << QPoint(2, 2);
        QTest::newRow("3-upside-down") << 3 << QSize(80, 40) << QPoint(77, 37);
        QTest::newRow("6-rotate-90-cw") << 6 << QSize(40, 80) << QPoint(37, 2);
        QTest::newRow("8-rotate-90-ccw") << 8 << QSize(40, 80) << QPoint(2, 77);
    }

    void exifOrientation()
    {
        QFETCH(int, orientation);
        QFETCH(QSize, size);
        QFETCH(QPoint, redCorner);
        const LoadedImage r = loadImage(jpegWithOrientation(testPattern(80, 40), quint16(orientation)));
        QVERIFY2(r.errorCode.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.image.size(), size);
        QCOMPARE(r.originalSize, QSize(80, 40));
        const QColor c = r.image.pixelColor(redCorner);
        QVERIFY2(c.red() > 200 && c.green() < 80, qPrintable(c.name()));
    }

    void refusesHugeImages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("claimed");
        QTest::newRow("png-30000x30000") << pngClaiming(30000, 30000) << u"30000 × 30000"_s;
        QTest::newRow("png-20000-wide") << pngClaiming(20000, 10) << u"20000 × 10"_s;
        QTest::newRow("png-121-megapixels") << pngClaiming(11000, 11000) << u"11000 × 11000"_s;
        QTest::newRow("bmp-30000x30000") << bmpClaiming(30000, 30000) << u"30000 × 30000"_s;
        QTest::newRow("bmp-top-down-30000") << bmpClaiming(100, -30000) << u"100 × 30000"_s;
        QTest::newRow("bmp-15000x100") << bmpClaiming(15000, 100) << u"15000 × 100"_s;
        QTest::newRow("bmp-11000x11000") << bmpClaiming(11000, 11000) << u"11000 × 11000"_s;
    }

    void refusesHugeImages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, claimed);
        const LoadedImage r = loadImage(bytes);
        QCOMPARE(r.errorCode, QString::fromLatin1(ErrorCode::ImageTooLarge));
        QVERIFY2(r.error.contains(claimed), qPrintable(r.error));
        QVERIFY(r.image.isNull());
    }

    // The memory a header claims counts its bytes per pixel, before anything is decoded: the
    // 70-byte BMP of issue #13 (11000 × 9000 at 32 bits) is refused, the same size in fewer
    // bits is counted at what it takes.
    void decodeCostFromTheHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("decodeBytes");
        const QString tooLarge = QString::fromLatin1(ErrorCode::ImageTooLarge);
        const QString corrupt = QString::fromLatin1(ErrorCode::ImageCorrupt);
        QTest::newRow("bmp-11000x9000x32") << bmpClaiming(11000, 9000, 32) << tooLarge << u"378 MiB"_s
                                           << qint64(11000) * 9000 * 4;
        // Scaled to the working size after decoding, on 32 bits a pixel: 99 MB + 396 MB.
        QTest::newRow("bmp-11000x9000x8") << bmpClaiming(11000, 9000, 8) << tooLarge << u"at 8 bits"_s
                                          << qint64(11000) * 9000 * 5;
        QTest::newRow("bmp-5000x4000x8") << bmpClaiming(5000, 4000, 8) << corrupt << QString() << qint64(5000) * 4000;
        QTest::newRow("bmp-5000x4000x32") << bmpClaiming(5000, 4000, 32) << corrupt << QString()
                                          << qint64(5000) * 4000 * 4;
        // 16 bits a sample RGBA: 8 bytes a pixel, 288 MB for 36 megapixels.
        QTest::newRow("png-6000x6000-rgba64") << pngClaiming(6000, 6000, 16, 6) << tooLarge << u"at 64 bits"_s
                                              << qint64(6000) * 6000 * 8;
        QTest::newRow("png-4000x4000-grey") << pngClaiming(4000, 4000, 8, 0) << corrupt << QString()
                                            << qint64(4000) * 4000;
        // Over the working size: smooth scaling converts it to 32 bits first.
        QTest::newRow("png-6000x6000-grey") << pngClaiming(6000, 6000, 8, 0) << corrupt << QString()
                                            << qint64(6000) * 6000 * 5;
        QTest::newRow("png-8000x8000-rgb") << pngClaiming(8000, 8000) << corrupt << QString() << qint64(8000) * 8000 * 4;
    }

    void decodeCostFromTheHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(qint64, decodeBytes);
        QCOMPARE(planDecode(bytes).decodeBytes, decodeBytes);
        const LoadedImage r = loadImage(bytes);
        QCOMPARE(r.errorCode, code);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QVERIFY(r.image.isNull());
        QCOMPARE(DecodeBudget::shared().inUse(), 0); // nothing held after a failure
    }

    // A JPEG is decoded at the size it is needed: a header claiming 12000 × 8320 pixels costs
    // a quarter on each side, never the 400 MB of the whole.
    void jpegDecodedAtTheWorkingSize()
    {
        const QByteArray lie = jpegClaiming(12000, 8320);
        QVERIFY(!lie.isEmpty());
        const DecodePlan plan = planDecode(lie);
        QCOMPARE(plan.stored, QSize(12000, 8320));
        QCOMPARE(plan.target, QSize(3000, 2080));
        QVERIFY2(plan.decodeBytes < 64 * 1024 * 1024, qPrintable(QString::number(plan.decodeBytes)));
        const LoadedImage r = loadImage(lie);
        if (r.errorCode.isEmpty()) {
            QCOMPARE(r.image.size(), QSize(3000, 2080));
            QVERIFY(r.scaled);
            QCOMPARE(r.originalSize, QSize(12000, 8320));
        } else {
            QCOMPARE(r.errorCode, QString::fromLatin1(ErrorCode::ImageCorrupt));
        }

        // A real photo over the working size keeps its proportions.
        const QByteArray photo = encode(testPattern(6400, 4800), "jpeg"); // 30.7 MP
        const LoadedImage big = loadImage(photo);
        QVERIFY2(big.errorCode.isEmpty(), qPrintable(big.error));
        QCOMPARE(big.image.size(), QSize(3200, 2400));
        QVERIFY(big.scaled);
        ImageLoadOptions asStored;
        asStored.maxPixels = 0;
        QCOMPARE(loadImage(photo, asStored).image.size(), QSize(6400, 4800));
    }

    // Decodes share one budget: while one result holds its memory, a second decode that does not
    // fit waits for it (or is refused when it may not wait), and goes on once it is dropped.
    void concurrentDecodesShareTheBudget()
    {
        const QByteArray png = encode(testPattern(2000, 1500), "png");
        const DecodePlan plan = planDecode(png);
        QVERIFY(plan.budgetBytes > 0);
        DecodeBudget budget(plan.budgetBytes + plan.budgetBytes / 2);
        ImageLoadOptions options;
        options.budget = &budget;
        std::optional<LoadedImage> first = loadImage(png, options);
        QVERIFY2(first->errorCode.isEmpty(), qPrintable(first->error));
        QVERIFY(budget.inUse() > plan.budgetBytes / 2);

        ImageLoadOptions noWait = options;
        noWait.maxWait = std::chrono::milliseconds(0);
        const LoadedImage refused = loadImage(png, noWait);
        QCOMPARE(refused.errorCode, QString::fromLatin1(ErrorCode::MemoryBusy));
        QVERIFY2(refused.error.contains(u"at once"_s), qPrintable(refused.error));

        ImageLoadOptions patient = options;
        patient.maxWait = std::chrono::hours(1);
        LoadedImage second;
        std::thread other([&] { second = loadImage(png, patient); });
        QTRY_COMPARE(budget.waiting(), 1);
        QVERIFY(second.image.isNull());
        first.reset();   // its memory goes back: the waiting decode goes on
        other.join();
        QVERIFY2(second.errorCode.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.image.size(), QSize(2000, 1500));
        second = {};
        QCOMPARE(budget.inUse(), 0);

        // More than the whole budget can never fit: refused at once, whatever the wait.
        DecodeBudget small(plan.budgetBytes / 2);
        ImageLoadOptions tooSmall = patient;
        tooSmall.budget = &small;
        const LoadedImage never = loadImage(png, tooSmall);
        QCOMPARE(never.errorCode, QString::fromLatin1(ErrorCode::ImageTooLarge));
        QVERIFY2(never.error.contains(u"set aside"_s), qPrintable(never.error));
    }

    void corrupt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const QByteArray png = encode(testPattern(200, 200), "png");
        QTest::newRow("empty") << QByteArray() << QString::fromLatin1(ErrorCode::Empty);
        QTest::newRow("garbage") << QByteArray("this is not an image at all") << QString::fromLatin1(ErrorCode::ImageCorrupt);
        QTest::newRow("png-header-only") << png.left(33) << QString::fromLatin1(ErrorCode::ImageCorrupt);
        QTest::newRow("png-truncated") << png.left(png.size() / 2) << QString::fromLatin1(ErrorCode::ImageCorrupt);
        QByteArray badCrc = png;
        badCrc[20] = char(badCrc[20] ^ 0x55); // inside IHDR: the CRC no longer matches
        QTest::newRow("png-bad-ihdr") << badCrc << QString::fromLatin1(ErrorCode::ImageCorrupt);
        QTest::newRow("jpeg-soi-only") << QByteArray("\xff\xd8\xff\xe0", 4) << QString::fromLatin1(ErrorCode::ImageCorrupt);
        QTest::newRow("bmp-header-only") << bmpClaiming(100, 100) << QString::fromLatin1(ErrorCode::ImageCorrupt);
    }

    void corrupt()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const LoadedImage r = loadImage(bytes);
        QCOMPARE(r.errorCode, code);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.image.isNull());
    }

    void realPhotos()
    {
        if (!test::haveRealFixtures())
            QSKIP("real fixtures not available (../shared/fixtures/real)");
        QFile f(test::realFixturesDir() + u"/Cooduck__PaddleOCR_For_Invoice/test1.jpg"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const LoadedImage r = loadImage(f.readAll());
        QVERIFY2(r.errorCode.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.image.size(), QSize(1804, 4406)); // EXIF says upper-left: no rotation
    }
};

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
