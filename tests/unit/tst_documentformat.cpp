#include "documentformat.h"
#include "testpaths.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QtTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

// A minimal, valid ZIP with the given stored (uncompressed) entries: local headers, central
// directory and end record, as a packager writes them.
QByteArray makeZip(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    QByteArray out;
    QByteArray central;
    auto u16 = [](QByteArray &b, quint16 v) { char c[2]; qToLittleEndian(v, c); b.append(c, 2); };
    auto u32 = [](QByteArray &b, quint32 v) { char c[4]; qToLittleEndian(v, c); b.append(c, 4); };
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(out.size());
        out.append("PK\x03\x04", 4);
        u16(out, 20); u16(out, 0); u16(out, 0); u16(out, 0); u16(out, 0);
        u32(out, 0 /* crc not checked by the sniffer */);
        u32(out, quint32(data.size())); u32(out, quint32(data.size()));
        u16(out, quint16(name.size())); u16(out, 0);
        out.append(name).append(data);

        central.append("PK\x01\x02", 4);
        u16(central, 20); u16(central, 20); u16(central, 0); u16(central, 0); u16(central, 0); u16(central, 0);
        u32(central, 0);
        u32(central, quint32(data.size())); u32(central, quint32(data.size()));
        u16(central, quint16(name.size())); u16(central, 0); u16(central, 0); u16(central, 0); u16(central, 0);
        u32(central, 0); u32(central, offset);
        central.append(name);
    }
    const quint32 cdOffset = quint32(out.size());
    out.append(central);
    out.append("PK\x05\x06", 4);
    u16(out, 0); u16(out, 0); u16(out, quint16(entries.size())); u16(out, quint16(entries.size()));
    u32(out, quint32(central.size())); u32(out, cdOffset); u16(out, 0);
    return out;
}

QByteArray encodeImage(const char *format)
{
    QImage img(16, 16, QImage::Format_RGB32);
    img.fill(Qt::blue);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QImageWriter writer(&buf, format);
    if (!writer.write(img))
        qWarning() << "cannot write" << format << writer.errorString();
    return bytes;
}

QByteArray bmpHeader(quint32 dibSize)
{
    QByteArray b("BM");
    b.append(12, '\0');
    char c[4];
    qToLittleEndian(dibSize, c);
    b.append(c, 4);
    b.append(40, '\0');
    return b;
}

} // namespace

class TestDocumentFormat : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj") << u"pdf"_s;
        QTest::newRow("pdf-after-bom") << QByteArray("\xef\xbb\xbf%PDF-1.4\n") << u"pdf"_s;
        QTest::newRow("pdf-after-1000-junk") << (QByteArray(1000, 'x') + "%PDF-1.5\n") << u"pdf"_s;
        QTest::newRow("pdf-after-1024-junk") << (QByteArray(1024, '\n') + "%PDF-1.5\n") << u"pdf"_s;
        QTest::newRow("pdf-too-deep") << (QByteArray(1025, ' ') + "%PDF-1.5\n") << u"unknown"_s;
        QTest::newRow("pdf-word-only") << QByteArray("%PDF") << u"unknown"_s;
        QTest::newRow("ofd") << makeZip({{"OFD.xml", "<ofd:OFD/>"}, {"Doc_0/Document.xml", "<x/>"}}) << u"ofd"_s;
        QTest::newRow("ofd-second-entry") << makeZip({{"Doc_0/Document.xml", "<x/>"}, {"OFD.xml", "<o/>"}})
                                          << u"ofd"_s;
        QTest::newRow("ofd-lowercase") << makeZip({{"ofd.xml", "<o/>"}}) << u"ofd"_s;
        QTest::newRow("ofd-in-folder") << makeZip({{"invoice/OFD.xml", "<o/>"}}) << u"ofd"_s;
        QTest::newRow("ofd-deeper-is-zip") << makeZip({{"a/b/OFD.xml", "<o/>"}}) << u"zip"_s;
        QTest::newRow("ofd-name-prefix-is-zip") << makeZip({{"NOTOFD.xml", "<o/>"}}) << u"zip"_s;
        QTest::newRow("zip") << makeZip({{"readme.txt", "hello"}}) << u"zip"_s;
        QTest::newRow("zip-truncated-header") << QByteArray("PK\x03\x04\x14\x00", 6) << u"zip"_s;
        QTest::newRow("zip-name-length-lies")
            << (QByteArray("PK\x03\x04", 4) + QByteArray(22, '\0') + QByteArray("\xff\xff\0\0OFD.xml", 11))
            << u"zip"_s;
        QTest::newRow("jpeg") << encodeImage("jpeg") << u"jpeg"_s;
        QTest::newRow("jpeg-magic") << QByteArray("\xff\xd8\xff\xe0") << u"jpeg"_s;
        QTest::newRow("png") << encodeImage("png") << u"png"_s;
        QTest::newRow("bmp") << encodeImage("bmp") << u"bmp"_s;
        QTest::newRow("bmp-v5") << bmpHeader(124) << u"bmp"_s;
        QTest::newRow("bm-text-is-unknown") << QByteArray("BMW service invoice, plain text notes") << u"unknown"_s;
        QTest::newRow("tiff") << encodeImage("tiff") << u"tiff"_s;
        QTest::newRow("tiff-le") << QByteArray("II*\0\x08\0\0\0", 8) << u"tiff"_s;
        QTest::newRow("tiff-be") << QByteArray("MM\0*\0\0\0\x08", 8) << u"tiff"_s;
        QTest::newRow("webp") << encodeImage("webp") << u"webp"_s;
        QTest::newRow("riff-wave-is-unknown") << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << u"unknown"_s;
        // Qt has no GIF writer: a GIF89a header is what the sniffer looks at.
        QTest::newRow("gif89a") << QByteArray("GIF89a\x10\0\x10\0\x80\0\0", 13) << u"gif"_s;
        QTest::newRow("gif87a") << QByteArray("GIF87a\x10\0\x10\0", 10) << u"gif"_s;
        QTest::newRow("text") << QByteArray("hello world") << u"unknown"_s;
        QTest::newRow("one-byte") << QByteArray("\xff") << u"unknown"_s;
        QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><ofd:OFD/>") << u"unknown"_s;
    }

    void sniff()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(formatKey(sniffFormat(bytes)), expected);
    }

    void imageFormats()
    {
        QVERIFY(isImageFormat(DocumentFormat::Jpeg));
        QVERIFY(isImageFormat(DocumentFormat::Png));
        QVERIFY(isImageFormat(DocumentFormat::Bmp));
        QVERIFY(isImageFormat(DocumentFormat::Tiff));
        QVERIFY(isImageFormat(DocumentFormat::Webp));
        QVERIFY(isImageFormat(DocumentFormat::Gif));
        QVERIFY(!isImageFormat(DocumentFormat::Pdf));
        QVERIFY(!isImageFormat(DocumentFormat::Ofd));
        QVERIFY(!isImageFormat(DocumentFormat::Zip));
        QVERIFY(!isImageFormat(DocumentFormat::Empty));
        QVERIFY(!isImageFormat(DocumentFormat::Unknown));
    }

    // Every real fixture is told apart by content, whatever its extension says (two ".png"
    // files there are JPEG bytes).
    void realFixtures()
    {
        if (!test::haveRealFixtures())
            QSKIP("real fixtures not available (../shared/fixtures/real)");
        QFile mf(test::realFixturesDir() + u"/manifest.json"_s);
        QVERIFY(mf.open(QIODevice::ReadOnly));
        const QJsonArray files = QJsonDocument::fromJson(mf.readAll()).object().value(u"files"_s).toArray();
        QVERIFY(!files.isEmpty());
        int checked = 0;
        for (const QJsonValue &v : files) {
            const QJsonObject o = v.toObject();
            QFile f(test::realFixturesDir() + u'/' + o.value(u"file"_s).toString());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            const DocumentFormat fmt = sniffFormat(bytes);
            const QString kind = o.value(u"kind"_s).toString();
            const QString fileType = o.value(u"file_type"_s).toString();
            if (kind == u"pdf")
                QCOMPARE(fmt, DocumentFormat::Pdf);
            else if (kind == u"ofd")
                QCOMPARE(fmt, DocumentFormat::Ofd);
            else if (fileType.startsWith(u"JPEG"))
                QCOMPARE(fmt, DocumentFormat::Jpeg);
            else if (fileType.startsWith(u"PNG"))
                QCOMPARE(fmt, DocumentFormat::Png);
            else
                QVERIFY2(isImageFormat(fmt), qPrintable(o.value(u"file"_s).toString()));
            ++checked;
        }
        QVERIFY(checked >= 30);
    }
};

QTEST_GUILESS_MAIN(TestDocumentFormat)
#include "tst_documentformat.moc"
