// Seals: the DER walker, the seal picture inside SES_Signature / SES_Seal (synthetic V4 and
// V1-style structures, hostile DER), signatures of real fixtures (picture kind and size,
// stamp position, page by ID), and seals drawn red at their stamp on synthetic packages.

#include "ofd/ofddocument.h"
#include "ofd/ofdpackage.h"
#include "ofd/render/derreader.h"
#include "ofd/render/ofdrenderer.h"
#include "ofd/render/ofdsealextractor.h"

#include "ofdbuilder.h"
#include "ofdrendertesting.h"
#include "testpaths.h"

#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString kNs = u"http://www.ofdspec.org/2016"_s;

// A string literal with embedded NULs, without its terminator.
template<qsizetype N>
QByteArray raw(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

// DER building blocks.
QByteArray tlv(quint8 tag, const QByteArray &content)
{
    QByteArray out;
    out.append(char(tag));
    const qsizetype n = content.size();
    if (n < 0x80) {
        out.append(char(n));
    } else if (n < 0x100) {
        out.append(char(0x81));
        out.append(char(n));
    } else if (n < 0x10000) {
        out.append(char(0x82));
        out.append(char(n >> 8));
        out.append(char(n & 0xff));
    } else {
        out.append(char(0x83));
        out.append(char(n >> 16));
        out.append(char((n >> 8) & 0xff));
        out.append(char(n & 0xff));
    }
    return out + content;
}
QByteArray seq(const QList<QByteArray> &items)
{
    QByteArray c;
    for (const QByteArray &i : items)
        c += i;
    return tlv(0x30, c);
}
QByteArray ia5(const char *s) { return tlv(0x16, QByteArray(s)); }
QByteArray utf8(const QString &s) { return tlv(0x0c, s.toUtf8()); }
QByteArray octets(const QByteArray &b) { return tlv(0x04, b); }
QByteArray integer(int v) { return tlv(0x02, QByteArray(1, char(v))); }

using ra::test::pngOf;

QByteArray redSealPng()
{
    QImage img(60, 40, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < 60; ++x) {
            const double dx = (x - 30) / 28.0, dy = (y - 20) / 18.0;
            const double r = dx * dx + dy * dy;
            if (r < 1.0 && r > 0.7)
                img.setPixelColor(x, y, QColor(230, 20, 20));
        }
    return pngOf(img);
}

// An SES_Signature (V4 layout) whose seal picture is `type` / `data`.
QByteArray sesSignatureV4(const char *type, const QByteArray &data)
{
    const QByteArray header = seq({ia5("ES"), integer(4), ia5("TEST")});
    const QByteArray property = seq({integer(3), utf8(u"测试专用章"_s), integer(1), seq({octets(QByteArray(40, 'c'))})});
    const QByteArray picture = seq({ia5(type), octets(data), integer(30), integer(20)});
    const QByteArray sealInfo = seq({header, ia5("12345678901234"), property, picture});
    const QByteArray seal = seq({sealInfo, octets(QByteArray(64, 'k')), tlv(0x06, "\x2a\x81\x1c"), tlv(0x03, QByteArray(9, 0))});
    const QByteArray toSign = seq({integer(4), seal, tlv(0x18, "20240101000000Z"), tlv(0x03, QByteArray(5, 0))});
    return seq({toSign, octets(QByteArray(80, 'x')), tlv(0x06, "\x2a\x81\x1c"), tlv(0x03, QByteArray(9, 0))});
}

// V1-style: the seal wrapped in an OCTET STRING, picture type spelled in upper case.
QByteArray sesSignatureWrapped(const QByteArray &data)
{
    const QByteArray picture = seq({ia5("PNG"), octets(data), integer(40), integer(30)});
    const QByteArray seal = seq({seq({ia5("ES"), integer(1)}), picture});
    return seq({seq({integer(1), octets(seal)}), tlv(0x03, QByteArray(9, 0))});
}

// A builder package with a signature whose stamp is at `stamp` on page 1.
QByteArray signedPackage(const QByteArray &signedValue, const QRectF &stamp, const QString &pageRef = u"901"_s)
{
    ra::test::OfdBuilder b;
    b.setPageSize(QSizeF(100, 50));
    QByteArray ofd = b.files().value(u"OFD.xml"_s);
    ofd.replace("</ofd:DocRoot>", "</ofd:DocRoot><ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>");
    b.setFile(u"OFD.xml"_s, ofd);
    b.setFile(u"Doc_0/Signs/Signatures.xml"_s,
              (u"<?xml version=\"1.0\"?><ofd:Signatures xmlns:ofd=\"%1\"><ofd:MaxSignId>1</ofd:MaxSignId>"
               u"<ofd:Signature ID=\"1\" BaseLoc=\"Sign_0/Signature.xml\"/></ofd:Signatures>"_s)
                  .arg(kNs)
                  .toUtf8());
    b.setFile(u"Doc_0/Signs/Sign_0/Signature.xml"_s,
              (u"<?xml version=\"1.0\"?><ofd:Signature xmlns:ofd=\"%1\"><ofd:SignedInfo>"
               u"<ofd:StampAnnot ID=\"1\" PageRef=\"%2\" Boundary=\"%3 %4 %5 %6\"/></ofd:SignedInfo>"
               u"<ofd:SignedValue>/Doc_0/Signs/Sign_0/SignedValue.dat</ofd:SignedValue></ofd:Signature>"_s)
                  .arg(kNs, pageRef)
                  .arg(stamp.x())
                  .arg(stamp.y())
                  .arg(stamp.width())
                  .arg(stamp.height())
                  .toUtf8());
    b.setFile(u"Doc_0/Signs/Sign_0/SignedValue.dat"_s, signedValue);
    return b.build();
}

int redPixels(const ra::RenderedOfdPage &page, const QRectF &mm)
{
    const QRect px = page.mmToPixel.mapRect(mm).toAlignedRect().intersected(page.image.rect());
    int n = 0;
    for (int y = px.top(); y <= px.bottom(); ++y)
        for (int x = px.left(); x <= px.right(); ++x) {
            const QRgb c = page.image.pixel(x, y);
            n += qRed(c) > 190 && qGreen(c) < 120 && qBlue(c) < 120 ? 1 : 0;
        }
    return n;
}

QByteArray readFixture(const QString &name)
{
    QFile f(ra::test::realFixturesDir() + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestOfdSeal : public QObject
{
    Q_OBJECT

private slots:
    // --- DER ------------------------------------------------------------------------------

    void derElements_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<quint32>("tag");
        QTest::addColumn<int>("length");

        QTest::newRow("short length") << QByteArray::fromHex("0403616263") << true << 4u << 3;
        QTest::newRow("long length 0x81") << tlv(0x04, QByteArray(200, 'a')) << true << 4u << 200;
        QTest::newRow("long length 0x82") << tlv(0x04, QByteArray(1000, 'a')) << true << 4u << 1000;
        QTest::newRow("long length 0x83") << tlv(0x04, QByteArray(70000, 'a')) << true << 4u << 70000;
        QTest::newRow("empty content") << QByteArray::fromHex("0500") << true << 5u << 0;
        QTest::newRow("high tag number") << QByteArray::fromHex("1f81010100") << true << 129u << 1;
        QTest::newRow("indefinite length (BER)") << QByteArray::fromHex("3080000000") << false << 0u << 0;
        QTest::newRow("length beyond data") << QByteArray::fromHex("0405616263") << false << 0u << 0;
        QTest::newRow("huge length") << QByteArray::fromHex("0484ffffffff00") << false << 0u << 0;
        QTest::newRow("five length bytes") << QByteArray::fromHex("04850000000001") << false << 0u << 0;
        QTest::newRow("truncated header") << QByteArray::fromHex("04") << false << 0u << 0;
        QTest::newRow("truncated long length") << QByteArray::fromHex("0482ff") << false << 0u << 0;
        QTest::newRow("endless high tag") << QByteArray::fromHex("1fffffffffff") << false << 0u << 0;
        QTest::newRow("empty input") << QByteArray() << false << 0u << 0;
    }
    void derElements()
    {
        QFETCH(QByteArray, der);
        QFETCH(bool, ok);
        QFETCH(quint32, tag);
        QFETCH(int, length);
        const ra::DerReader r(der);
        const auto e = r.elementAt(0);
        QCOMPARE(e.has_value(), ok);
        if (ok) {
            QCOMPARE(e->tagNumber, tag);
            QCOMPARE(e->length, qsizetype(length));
            QCOMPARE(e->end(), der.size());
        }
    }

    void derChildren()
    {
        const QByteArray der = seq({ia5("ofd"), octets("PK"), integer(30), integer(20)});
        const ra::DerReader r(der);
        const auto root = r.elementAt(0);
        QVERIFY(root && root->constructed);
        QVERIFY(r.isUniversal(*root, ra::DerReader::Sequence));
        const auto kids = r.children(*root);
        QVERIFY(kids);
        QCOMPARE(kids->size(), 4);
        QCOMPARE(r.string(kids->at(0)), u"ofd"_s);
        QCOMPARE(r.content(kids->at(1)).toByteArray(), QByteArray("PK"));
        // A child running past its parent is refused.
        QByteArray broken = der;
        broken[1] = char(broken[1] - 1);
        const QByteArray truncated = broken.left(broken.size() - 1); // the reader only views its data
        const ra::DerReader rb(truncated);
        const auto rootB = rb.elementAt(0);
        QVERIFY(rootB);
        QVERIFY(!rb.children(*rootB));
        // Primitive elements have no children.
        QVERIFY(!r.children(kids->at(1)));
    }

    // --- the seal picture ---------------------------------------------------------------------

    void findPicture_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<bool>("found");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QSizeF>("size");

        const QByteArray png = redSealPng();
        const QByteArray zip = raw("PK\x03\x04") + QByteArray(50, 'z');
        QTest::newRow("V4, OFD seal") << sesSignatureV4("ofd", zip) << true << int(ra::OfdSeal::Kind::Ofd) << QSizeF(30, 20);
        QTest::newRow("V4, PNG seal") << sesSignatureV4("png", png) << true << int(ra::OfdSeal::Kind::Image)
                                      << QSizeF(30, 20);
        QTest::newRow("type told by content") << sesSignatureV4("unknown", png) << true
                                              << int(ra::OfdSeal::Kind::Image) << QSizeF(30, 20);
        QTest::newRow("wrapped in OCTET STRING (V1 style)") << sesSignatureWrapped(png) << true
                                                            << int(ra::OfdSeal::Kind::Image) << QSizeF(40, 30);
        QTest::newRow("unknown type and content") << sesSignatureV4("svg2", QByteArray("<svg/>")) << false << 0
                                                  << QSizeF();
        QTest::newRow("no picture") << seq({ia5("ES"), integer(4), octets("abc")}) << false << 0 << QSizeF();
        QTest::newRow("not DER") << QByteArray("hello, world") << false << 0 << QSizeF();
        QTest::newRow("empty") << QByteArray() << false << 0 << QSizeF();
        QTest::newRow("truncated") << sesSignatureV4("png", png).left(300) << false << 0 << QSizeF();
    }
    void findPicture()
    {
        QFETCH(QByteArray, der);
        QFETCH(bool, found);
        QFETCH(int, kind);
        QFETCH(QSizeF, size);
        const auto p = ra::OfdSealExtractor::findPicture(der);
        QCOMPARE(p.has_value(), found);
        if (found) {
            QCOMPARE(int(p->kind), kind);
            QCOMPARE(p->sizeMm, size);
            QVERIFY(!p->data.isEmpty());
        }
    }

    void deepNestingIsBounded()
    {
        // 5000 nested SEQUENCEs, each wrapping the next: no stack overflow, no picture.
        QByteArray der = ia5("x");
        for (int i = 0; i < 5000; ++i)
            der = tlv(0x30, der);
        QVERIFY(!ra::OfdSealExtractor::findPicture(der));
        // The same nesting through OCTET STRINGs.
        QByteArray wrapped = seq({ia5("x")});
        for (int i = 0; i < 3000; ++i)
            wrapped = seq({octets(wrapped)});
        QVERIFY(!ra::OfdSealExtractor::findPicture(wrapped));
    }

    void randomDerNeverCrashes()
    {
        QRandomGenerator rng(7);
        const QByteArray base = sesSignatureV4("png", redSealPng());
        for (int round = 0; round < 2000; ++round) {
            QByteArray b = base;
            const int flips = 1 + int(rng.bounded(8));
            for (int i = 0; i < flips; ++i)
                b[int(rng.bounded(int(b.size())))] = char(rng.bounded(256));
            if (rng.bounded(4) == 0)
                b.truncate(int(rng.bounded(int(b.size()))));
            (void)ra::OfdSealExtractor::findPicture(b);
        }
    }

    // --- signatures of real fixtures ---------------------------------------------------------------

    void realSignatures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("pageIndex");
        QTest::addColumn<QRectF>("boundary");
        QTest::newRow("ofdrw 1.ofd (gomain, V4)") << u"ofdrw__ofdrw/1.ofd"_s << 0 << QRectF(90, 8, 30, 20);
        QTest::newRow("ofdrw 999.ofd (KingGrid, PageRef=10)") << u"ofdrw__ofdrw/999.ofd"_s << 0 << QRectF(90, 8, 30, 20);
        QTest::newRow("ofdrw draw_param_ref.ofd (with Seal.esl)") << u"ofdrw__ofdrw/draw_param_ref.ofd"_s << 0
                                                                 << QRectF(90, 9, 30, 20);
        QTest::newRow("OfdSharp test1.ofd") << u"swpudp__OfdSharp/test1.ofd"_s << 0 << QRectF(90, 8, 30, 20);
    }
    void realSignatures()
    {
        if (!ra::test::haveRealFixtures())
            QSKIP("The real fixtures (../shared/fixtures/real) are not available.");
        QFETCH(QString, fixture);
        QFETCH(int, pageIndex);
        QFETCH(QRectF, boundary);
        const QByteArray bytes = readFixture(fixture);
        if (bytes.isEmpty())
            QSKIP("The fixture is not available.");
        ra::OfdPackage pkg;
        ra::OfdDocument doc;
        QVERIFY(!pkg.open(bytes));
        QVERIFY(!doc.load(pkg));
        QStringList notes;
        const QList<ra::OfdSeal> seals = ra::OfdSealExtractor::extract(pkg, doc, &notes);
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
        QCOMPARE(seals.size(), 1);
        const ra::OfdSeal &s = seals.first();
        QCOMPARE(s.pageIndex, pageIndex);
        QCOMPARE(s.boundary, boundary);
        QCOMPARE(s.kind, ra::OfdSeal::Kind::Ofd);
        QCOMPARE(s.pictureType, u"ofd"_s);
        QCOMPARE(s.pictureSizeMm, QSizeF(30, 20));
        QVERIFY(s.picture.startsWith("PK\x03\x04"));

        // The seal OFD is itself a readable OFD with one page.
        ra::OfdRenderer seal;
        QVERIFY(!seal.load(s.picture));
        QCOMPARE(seal.pageCount(), 1);
    }

    void sealFileEsl()
    {
        if (!ra::test::haveRealFixtures())
            QSKIP("The real fixtures (../shared/fixtures/real) are not available.");
        // draw_param_ref.ofd also stores its seal as Seal.esl (an SES_Seal): same picture.
        ra::OfdPackage pkg;
        QVERIFY(!pkg.open(readFixture(u"ofdrw__ofdrw/draw_param_ref.ofd"_s)));
        const auto esl = pkg.read(u"Doc_0/Signs/Sign_0/Seal.esl"_s);
        QVERIFY(esl);
        const auto fromEsl = ra::OfdSealExtractor::findPicture(*esl);
        QVERIFY(fromEsl);
        QCOMPARE(fromEsl->kind, ra::OfdSeal::Kind::Ofd);
        const auto fromSignature = ra::OfdSealExtractor::findPicture(*pkg.read(u"Doc_0/Signs/Sign_0/SignedValue.dat"_s));
        QVERIFY(fromSignature);
        QCOMPARE(fromEsl->data, fromSignature->data);
    }

    // --- drawing ---------------------------------------------------------------------------------

    void pngSealDrawnAtStamp()
    {
        const QRectF stamp(50, 10, 30, 20);
        const ra::RenderedOfdPage page =
            ra::renderOfdPage(signedPackage(sesSignatureV4("png", redSealPng()), stamp), 0, 150);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QVERIFY(redPixels(page, stamp) > 300);
        QCOMPARE(redPixels(page, QRectF(0, 0, 45, 50)), 0);
        QCOMPARE(redPixels(page, QRectF(85, 0, 15, 50)), 0);
        int seals = 0;
        for (const ra::OfdDrawnObject &o : page.drawn)
            seals += o.kind == ra::OfdDrawnObject::Kind::Seal ? 1 : 0;
        QCOMPARE(seals, 1);
    }

    void ofdSealDrawnAtStamp()
    {
        if (!ra::test::haveRealFixtures())
            QSKIP("The real fixtures (../shared/fixtures/real) are not available.");
        // The real gomain seal (an OFD) put into a synthetic package at another place.
        ra::OfdPackage pkg;
        QVERIFY(!pkg.open(readFixture(u"ofdrw__ofdrw/1.ofd"_s)));
        const QByteArray signedValue = *pkg.read(u"Doc_0/Signs/Sign_0/SignedValue.dat"_s);
        const QRectF stamp(10, 20, 30, 20);
        const ra::RenderedOfdPage page = ra::renderOfdPage(signedPackage(signedValue, stamp), 0, 150);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QVERIFY(redPixels(page, stamp) > 1000);
        QVERIFY(redPixels(page, stamp.adjusted(8, 7, -8, -7)) > 100); // its text, not only its ring
        QCOMPARE(redPixels(page, QRectF(45, 0, 55, 50)), 0);
    }

    void sealOfdDoesNotDrawSealsOfItsOwn()
    {
        // A seal OFD that is itself signed with a red seal: the inner seal is not drawn (no
        // recursion through seals, however they nest).
        const QByteArray inner = signedPackage(sesSignatureV4("png", redSealPng()), QRectF(0, 0, 100, 50));
        QCOMPARE(redPixels(ra::renderOfdPage(inner, 0, 100), QRectF(0, 0, 100, 50)) > 0, true);
        const QRectF stamp(10, 10, 40, 20);
        const ra::RenderedOfdPage page = ra::renderOfdPage(signedPackage(sesSignatureV4("ofd", inner), stamp), 0, 100);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(redPixels(page, QRectF(0, 0, 100, 50)), 0);
        int seals = 0;
        for (const ra::OfdDrawnObject &o : page.drawn)
            seals += o.kind == ra::OfdDrawnObject::Kind::Seal ? 1 : 0;
        QCOMPARE(seals, 1);
    }

    void brokenSignaturesGivePageWithNote_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("note");
        QTest::newRow("SignedValue not DER") << signedPackage("garbage", QRectF(10, 10, 30, 20)) << u"seal"_s;
        QTest::newRow("seal OFD is not a zip")
            << signedPackage(sesSignatureV4("ofd", raw("PK\x03\x04 broken")), QRectF(10, 10, 30, 20))
            << u"seal"_s;
        QTest::newRow("seal image undecodable")
            << signedPackage(sesSignatureV4("png", raw("\x89PNG broken")), QRectF(10, 10, 30, 20))
            << u"seal"_s;
        QTest::newRow("stamp on an unknown page")
            << signedPackage(sesSignatureV4("png", redSealPng()), QRectF(10, 10, 30, 20), u"12345"_s) << u"page"_s;
        QTest::newRow("stamp without a size")
            << signedPackage(sesSignatureV4("png", redSealPng()), QRectF(10, 10, 0, 0)) << u"position"_s;
        {
            // A seal OFD that is a zip bomb.
            ra::test::OfdBuilder inner;
            inner.setFile(u"Doc_0/Pages/Page_0/Content.xml"_s, QByteArray(40LL * 1024 * 1024, ' '));
            QTest::newRow("seal OFD zip bomb")
                << signedPackage(sesSignatureV4("ofd", inner.build()), QRectF(10, 10, 30, 20)) << u"seal"_s;
        }
        {
            ra::test::OfdBuilder b;
            QByteArray ofd = b.files().value(u"OFD.xml"_s);
            ofd.replace("</ofd:DocRoot>", "</ofd:DocRoot><ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>");
            b.setFile(u"OFD.xml"_s, ofd);
            b.setFile(u"Doc_0/Signs/Signatures.xml"_s, "<ofd:Signatures><ofd:Signature");
            QTest::newRow("bad Signatures.xml") << b.build() << u"signature"_s;
        }
    }
    void brokenSignaturesGivePageWithNote()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, note);
        const ra::RenderedOfdPage page = ra::renderOfdPage(bytes, 0, 100);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QVERIFY(!page.image.isNull());
        QVERIFY2(page.notes.join(u'\n').contains(note, Qt::CaseInsensitive), qPrintable(page.notes.join(u'\n')));
        for (const ra::OfdDrawnObject &o : page.drawn)
            QVERIFY(o.kind != ra::OfdDrawnObject::Kind::Seal);
    }
};

QTEST_MAIN(TestOfdSeal)
#include "tst_ofdseal.moc"
