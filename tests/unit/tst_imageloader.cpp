#include "imageloader.h"
#include "recognizeddocument.h"
#include "testpaths.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QtEndian>
#include <QtTest>

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
QByteArray pngClaiming(quint32 w, quint32 h)
{
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    be32(ihdr, w);
    be32(ihdr, h);
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    pngChunk(out, "IHDR", ihdr);
    pngChunk(out, "IDAT", QByteArray("\x78\x9c\x63\x00\x00\x00\x01\x00\x01", 9));
    pngChunk(out, "IEND", {});
    return out;
}

QByteArray bmpClaiming(qint32 w, qint32 h)
{
    QByteArray out("BM");
    le32(out, 54);      // file size (a lie, as in a bomb)
    le32(out, 0);
    le32(out, 54);      // pixel data offset
    le32(out, 40);      // BITMAPINFOHEADER
    le32(out, quint32(w));
    le32(out, quint32(h));
    le16(out, 1);
    le16(out, 24);
    le32(out, 0);
    le32(out, 0);
    le32(out, 2835);
    le32(out, 2835);
    le32(out, 0);
    le32(out, 0);
    return out;
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
