// OFD package safety and structure: hostile ZIPs (traversal, too many entries, zip bombs
// with honest and lying headers, truncation, corruption), path resolution, the XML reader's
// refusals and repairs, the document model, and JBIG2 decoding.
#include "ofd/jbig2image.h"
#include "ofd/ofddocument.h"
#include "ofd/ofdpackage.h"
#include "ofd/ofdxmlnode.h"
#include "ofdbuilder.h"
#include "testpaths.h"

#include <QBuffer>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>
#include <quazip/quacrc32.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;
using ra::test::OfdBuilder;

namespace {

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xff)).append(char(v >> 8));
}

void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xffff));
    put16(b, quint16(v >> 16));
}

void set32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

quint32 get32(const QByteArray &b, qsizetype at)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// A minimal ZIP writer with stored (uncompressed) entries: fast enough for tens of thousands
// of entries, and names are written byte for byte, whatever they contain.
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const auto &[name, data] : entries) {
        QuaCrc32 crc;
        const quint32 sum = crc.calculate(data);
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 10);
        put16(out, 0);
        put16(out, 0); // stored
        put16(out, 0);
        put16(out, 0x21);
        put32(out, sum);
        put32(out, quint32(data.size()));
        put32(out, quint32(data.size()));
        put16(out, quint16(name.size()));
        put16(out, 0);
        out.append(name).append(data);

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 10);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, sum);
        put32(central, quint32(data.size()));
        put32(central, quint32(data.size()));
        put16(central, quint16(name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central.append(name);
    }
    const quint32 cdOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(qMin<qsizetype>(entries.size(), 0xffff)));
    put16(out, quint16(qMin<qsizetype>(entries.size(), 0xffff)));
    put32(out, quint32(central.size()));
    put32(out, cdOffset);
    put16(out, 0);
    return out;
}

// A package whose one entry inflates to `size` zero bytes, written chunk by chunk so the
// test itself never holds more than one chunk of the uncompressed data.
QByteArray zeroBomb(qint64 size)
{
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    {
        QuaZipFile small(&zip);
        small.open(QIODevice::WriteOnly, QuaZipNewInfo(u"OFD.xml"_s));
        small.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>");
        small.close();
    }
    QuaZipFile file(&zip);
    // The default level deflates zeros about 1000:1, and quickly.
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(u"Doc_0/bomb.xml"_s)))
        return {};
    const QByteArray chunk(4 * 1024 * 1024, '\0');
    for (qint64 written = 0; written < size; written += chunk.size())
        file.write(chunk.constData(), qMin<qint64>(chunk.size(), size - written));
    file.close();
    zip.close();
    return out;
}

// Rewrites the uncompressed size of entry `name` in its local header and in the central
// directory: the headers then lie about what the data inflates to.
bool patchDeclaredSize(QByteArray &zip, const QByteArray &name, quint32 size)
{
    bool local = false;
    bool central = false;
    for (qsizetype at = 0; at + 46 < zip.size(); ++at) {
        const quint32 sig = get32(zip, at);
        if (sig == 0x04034b50) {
            const quint16 len = quint16(quint8(zip.at(at + 26)) | (quint8(zip.at(at + 27)) << 8));
            if (zip.mid(at + 30, len) == name) {
                set32(zip, at + 22, size);
                local = true;
            }
        } else if (sig == 0x02014b50) {
            const quint16 len = quint16(quint8(zip.at(at + 28)) | (quint8(zip.at(at + 29)) << 8));
            if (zip.mid(at + 46, len) == name) {
                set32(zip, at + 24, size);
                central = true;
            }
        }
    }
    return local && central;
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    auto *gen = QRandomGenerator::global();
    for (int i = 0; i < n; ++i)
        b[i] = char(gen->bounded(256));
    return b;
}

} // namespace

class TstOfdPackage : public QObject
{
    Q_OBJECT

private slots:
    void opensBuilderPackage();
    void refusesNotZip_data();
    void refusesNotZip();
    void refusesUnsafeNames_data();
    void refusesUnsafeNames();
    void acceptsBackslashSeparators();
    void refusesTooManyEntries();
    void refusesHonestZipBomb();
    void stopsLyingZipBombWhileInflating();
    void enforcesTotalInflatedSize();
    void detectsCorruptData();
    void lookupIsCaseInsensitive();
    void resolvesRelativePaths_data();
    void resolvesRelativePaths();
    void xmlRefusals_data();
    void xmlRefusals();
    void xmlRepairsEmptyPrefix();
    void xmlLocalNames();
    void documentModel();
    void documentModelFallbacks();
    void documentModelBoundsObjects();
    void jbig2Garbage_data();
    void jbig2Garbage();
    void jbig2RealFixtures();
};

void TstOfdPackage::opensBuilderPackage()
{
    ra::OfdPackage pkg;
    QVERIFY(!pkg.open(OfdBuilder::sampleInvoice().build()));
    QVERIFY(pkg.isOpen());
    QVERIFY(pkg.contains(u"OFD.xml"_s));
    QVERIFY(pkg.contains(u"Doc_0/Res/qr.png"_s));
    const auto bytes = pkg.read(u"Doc_0/Document.xml"_s);
    QVERIFY(bytes);
    QVERIFY(bytes->contains("Document"));
    const qint64 inflated = pkg.inflatedBytes();
    QVERIFY(pkg.read(u"Doc_0/Document.xml"_s)); // cached: not inflated again
    QCOMPARE(pkg.inflatedBytes(), inflated);
    ra::DocumentError err;
    QVERIFY(!pkg.read(u"Doc_0/missing.xml"_s, &err));
    QCOMPARE(err.code, QString::fromLatin1(ra::ErrorCode::OfdCorrupt));
}

void TstOfdPackage::refusesNotZip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    const QByteArray sample = OfdBuilder::sampleInvoice().build();
    QTest::newRow("empty") << QByteArray() << QString::fromLatin1(ra::ErrorCode::Empty);
    QTest::newRow("text") << QByteArray("hello, this is not a zip at all") << QString::fromLatin1(ra::ErrorCode::OfdCorrupt);
    QTest::newRow("magic-only") << QByteArray("PK\x03\x04") << QString::fromLatin1(ra::ErrorCode::OfdCorrupt);
    QTest::newRow("truncated-half") << sample.left(sample.size() / 2) << QString::fromLatin1(ra::ErrorCode::OfdCorrupt);
    QTest::newRow("truncated-tail") << sample.left(sample.size() - 10) << QString::fromLatin1(ra::ErrorCode::OfdCorrupt);
    QTest::newRow("random-after-magic") << QByteArray("PK\x03\x04") + randomBytes(4096)
                                        << QString::fromLatin1(ra::ErrorCode::OfdCorrupt);
}

void TstOfdPackage::refusesNotZip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    ra::OfdPackage pkg;
    const auto err = pkg.open(bytes);
    QVERIFY(err);
    QCOMPARE(err->code, code);
    QVERIFY(!err->message.isEmpty());
    QVERIFY(!pkg.isOpen());
    QVERIFY(!pkg.read(u"OFD.xml"_s));
}

void TstOfdPackage::refusesUnsafeNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("parent") << QByteArray("../evil");
    QTest::newRow("nested-parent") << QByteArray("Doc_0/../../evil.xml");
    QTest::newRow("absolute") << QByteArray("/etc/passwd");
    QTest::newRow("drive") << QByteArray("C:/Windows/evil.dll");
    QTest::newRow("backslash-parent") << QByteArray("..\\evil");
    QTest::newRow("backslash-nested") << QByteArray("Doc_0\\..\\..\\evil");
    QTest::newRow("backslash-absolute") << QByteArray("\\evil");
    QTest::newRow("control-char") << QByteArray("Doc_0/e\x01vil.xml");
}

void TstOfdPackage::refusesUnsafeNames()
{
    QFETCH(QByteArray, name);
    const QByteArray zip = storedZip({{"OFD.xml", "<ofd:OFD xmlns:ofd=\"x\"/>"}, {name, "boom"}});
    ra::OfdPackage pkg;
    const auto err = pkg.open(zip);
    QVERIFY(err);
    QCOMPARE(err->code, QString::fromLatin1(ra::ErrorCode::OfdUnsafe));
    QVERIFY2(err->message.contains(u"unsafe"_s) || err->message.contains(u"refused"_s), qPrintable(err->message));
}

void TstOfdPackage::acceptsBackslashSeparators()
{
    // Zips made on Windows sometimes use '\' as separator; harmless when it stays inside.
    const QByteArray zip = storedZip({{"OFD.xml", "<x/>"}, {"Doc_0\\Document.xml", "<y/>"}});
    ra::OfdPackage pkg;
    QVERIFY(!pkg.open(zip));
    QVERIFY(pkg.contains(u"Doc_0/Document.xml"_s));
    QCOMPARE(*pkg.read(u"Doc_0/Document.xml"_s), QByteArray("<y/>"));
}

void TstOfdPackage::refusesTooManyEntries()
{
    QList<QPair<QByteArray, QByteArray>> entries;
    entries.reserve(20000);
    for (int i = 0; i < 20000; ++i)
        entries.append({"f" + QByteArray::number(i), QByteArray()});
    const QByteArray zip = storedZip(entries);
    ra::OfdPackage pkg;
    const auto err = pkg.open(zip);
    QVERIFY(err);
    QCOMPARE(err->code, QString::fromLatin1(ra::ErrorCode::OfdUnsafe));
    QVERIFY2(err->message.contains(u"20000"_s), qPrintable(err->message));

    // Within the limit it opens.
    entries.resize(500);
    ra::OfdPackage ok;
    QVERIFY(!ok.open(storedZip(entries)));
    QCOMPARE(ok.entryCount(), 500);
}

void TstOfdPackage::refusesHonestZipBomb()
{
    const QByteArray zip = zeroBomb(1024LL * 1024 * 1024); // 1 GiB of zeros, ~1 MiB zipped
    QVERIFY(!zip.isEmpty());
    QVERIFY(zip.size() < 8 * 1024 * 1024);
    ra::OfdPackage pkg;
    const auto err = pkg.open(zip);
    QVERIFY(err);
    QCOMPARE(err->code, QString::fromLatin1(ra::ErrorCode::OfdUnsafe));
    QCOMPARE(pkg.inflatedBytes(), 0); // refused from the directory, nothing inflated
}

void TstOfdPackage::stopsLyingZipBombWhileInflating()
{
    // The headers claim 20 MiB from 64 KiB (under every limit, a ratio under 400:1): only
    // inflating shows the real ratio, and reading must stop early.
    QByteArray zip = zeroBomb(64LL * 1024 * 1024);
    QVERIFY(patchDeclaredSize(zip, "Doc_0/bomb.xml", 20u * 1024 * 1024));
    ra::OfdPackage pkg;
    QVERIFY(!pkg.open(zip));
    ra::DocumentError err;
    QVERIFY(!pkg.read(u"Doc_0/bomb.xml"_s, &err));
    QCOMPARE(err.code, QString::fromLatin1(ra::ErrorCode::OfdUnsafe));
    QVERIFY2(pkg.inflatedBytes() < 8 * 1024 * 1024, qPrintable(QString::number(pkg.inflatedBytes())));
    // The rest of the package stays readable.
    QVERIFY(pkg.read(u"OFD.xml"_s));

    // Through the extractor's front door the whole package is refused.
    ra::OfdPackage again;
    QVERIFY(!again.open(zip));
    ra::OfdDocument doc;
    QVERIFY(doc.load(again)); // OFD.xml has no DocBody: refused before the bomb is touched
}

void TstOfdPackage::enforcesTotalInflatedSize()
{
    ra::OfdLimits limits;
    limits.maxTotalBytes = 1024 * 1024;
    QList<QPair<QByteArray, QByteArray>> entries;
    for (int i = 0; i < 3; ++i)
        entries.append({"part" + QByteArray::number(i), randomBytes(300 * 1024)});
    // Declared sizes sum to 900 KiB: allowed. Each read counts against the budget.
    ra::OfdPackage pkg(limits);
    QVERIFY(!pkg.open(storedZip(entries)));
    QVERIFY(pkg.read(u"part0"_s));
    QVERIFY(pkg.read(u"part1"_s));
    QVERIFY(pkg.read(u"part2"_s));
    // Over the budget in the directory: refused at once.
    entries.append({"part3", randomBytes(300 * 1024)});
    ra::OfdPackage over(limits);
    const auto err = over.open(storedZip(entries));
    QVERIFY(err);
    QCOMPARE(err->code, QString::fromLatin1(ra::ErrorCode::OfdUnsafe));
}

void TstOfdPackage::detectsCorruptData()
{
    QByteArray zip = storedZip({{"OFD.xml", "<x/>"}, {"Doc_0/a.xml", "<abcdefghijklmnop/>"}});
    const qsizetype at = zip.indexOf("abcdefgh");
    QVERIFY(at > 0);
    zip[at] = 'X'; // the checksum no longer matches
    ra::OfdPackage pkg;
    QVERIFY(!pkg.open(zip));
    ra::DocumentError err;
    QVERIFY(!pkg.read(u"Doc_0/a.xml"_s, &err));
    QCOMPARE(err.code, QString::fromLatin1(ra::ErrorCode::OfdCorrupt));
}

void TstOfdPackage::lookupIsCaseInsensitive()
{
    const QByteArray zip = storedZip({{"OFD.xml", "<x/>"}, {"Doc_0/TPLS/TPL_0/Content.xml", "<y/>"}});
    ra::OfdPackage pkg;
    QVERIFY(!pkg.open(zip));
    QCOMPARE(pkg.find(u"Doc_0/TPLS/TPL_0/Content.xml"_s), u"Doc_0/TPLS/TPL_0/Content.xml"_s);
    QCOMPARE(pkg.find(u"doc_0/tpls/tpl_0/content.xml"_s), u"Doc_0/TPLS/TPL_0/Content.xml"_s);
    QCOMPARE(pkg.find(u"/Doc_0//Tpls/./Tpl_0/Content.xml"_s), u"Doc_0/TPLS/TPL_0/Content.xml"_s);
    QVERIFY(pkg.find(u"Doc_0/Tpls/Tpl_1/Content.xml"_s).isNull());
}

void TstOfdPackage::resolvesRelativePaths_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sibling") << u"Document.xml"_s << u"Doc_0/Other.xml"_s << u"Doc_0/Document.xml"_s;
    QTest::newRow("not-found") << u"Document.xml"_s << u"OFD.xml"_s << QString();
    QTest::newRow("doc-root") << u"Doc_0/Document.xml"_s << u"OFD.xml"_s << u"Doc_0/Document.xml"_s;
    QTest::newRow("relative") << u"Pages/Page_0/Content.xml"_s << u"Doc_0/Document.xml"_s
                              << u"Doc_0/Pages/Page_0/Content.xml"_s;
    QTest::newRow("absolute") << u"/Doc_0/Signs/Signatures.xml"_s << u"OFD.xml"_s << u"Doc_0/Signs/Signatures.xml"_s;
    QTest::newRow("absolute-from-deep") << u"/Doc_0/Res/a.png"_s << u"Doc_0/Pages/Page_0/Content.xml"_s
                                        << u"Doc_0/Res/a.png"_s;
    QTest::newRow("parent") << u"../Res/a.png"_s << u"Doc_0/Pages/Content.xml"_s << u"Doc_0/Res/a.png"_s;
    QTest::newRow("root-relative-fallback") << u"Doc_0/Res/a.png"_s << u"Doc_0/Document.xml"_s
                                            << u"Doc_0/Res/a.png"_s;
    QTest::newRow("case-differs") << u"res/A.PNG"_s << u"Doc_0/Document.xml"_s << u"Doc_0/Res/a.png"_s;
    QTest::newRow("above-root") << u"../../../etc/passwd"_s << u"Doc_0/Document.xml"_s << QString();
    QTest::newRow("empty") << QString() << u"Doc_0/Document.xml"_s << QString();
}

void TstOfdPackage::resolvesRelativePaths()
{
    QFETCH(QString, reference);
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const QByteArray zip = storedZip({{"OFD.xml", "<x/>"},
                                      {"Doc_0/Document.xml", "<d/>"},
                                      {"Doc_0/Pages/Page_0/Content.xml", "<p/>"},
                                      {"Doc_0/Signs/Signatures.xml", "<s/>"},
                                      {"Doc_0/Res/a.png", "png"}});
    ra::OfdPackage pkg;
    QVERIFY(!pkg.open(zip));
    QCOMPARE(pkg.resolve(reference, base), expected);
}

void TstOfdPackage::xmlRefusals_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("   \n ");
    QTest::newRow("unclosed") << QByteArray("<a><b></a>");
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0");
    QTest::newRow("two-roots") << QByteArray("<a/><b/>");
    QTest::newRow("dtd-entities") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"xxxxxxxx\">"
                                                "<!ENTITY y \"&x;&x;&x;&x;&x;&x;&x;&x;\">]><a>&y;</a>");
    QTest::newRow("external-entity") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM "
                                                   "\"file:///etc/passwd\">]><a>&e;</a>");
    QByteArray deep;
    for (int i = 0; i < 300; ++i)
        deep += "<a>";
    for (int i = 0; i < 300; ++i)
        deep += "</a>";
    QTest::newRow("too-deep") << deep;
    QTest::newRow("undefined-entity") << QByteArray("<a>&nope;</a>");
}

void TstOfdPackage::xmlRefusals()
{
    QFETCH(QByteArray, xml);
    const auto r = ra::OfdXmlNode::parse(xml);
    QVERIFY(!r.root);
    QVERIFY(!r.error.isEmpty());
}

void TstOfdPackage::xmlRepairsEmptyPrefix()
{
    // As written by a Suwell producer: an empty prefix and an undeclared "ofd:".
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<:eInvoice xmlns:=\"\"><InvoiceCode>"
                           "<ofd:ObjectRef PageRef=\"1\">64</ofd:ObjectRef></InvoiceCode></:eInvoice>";
    const auto r = ra::OfdXmlNode::parse(xml);
    QVERIFY2(r.root, qPrintable(r.error));
    QVERIFY(r.repaired);
    QCOMPARE(r.root->name, u"eInvoice"_s);
    const ra::OfdXmlNode *ref = r.root->descendant(u"ObjectRef");
    QVERIFY(ref);
    QCOMPARE(ref->attr(u"PageRef"), u"1"_s);
    QCOMPARE(ref->allText(), u"64"_s);
}

void TstOfdPackage::xmlLocalNames()
{
    const QByteArray xml = "<fp:eInvoice xmlns:fp=\"urn:x\"><fp:Buyer><fp:BuyerName><![CDATA[甲 & 乙]]></fp:BuyerName>"
                           "</fp:Buyer><Note>\n  line\n</Note></fp:eInvoice>";
    const auto r = ra::OfdXmlNode::parse(xml);
    QVERIFY2(r.root, qPrintable(r.error));
    QVERIFY(!r.repaired);
    QCOMPARE(r.root->name, u"eInvoice"_s);
    QCOMPARE(r.root->qualifiedName, u"fp:eInvoice"_s);
    QVERIFY(r.root->child(u"buyer")); // case-insensitive
    QCOMPARE(r.root->descendant(u"BuyerName")->allText(), u"甲 & 乙"_s);
    QCOMPARE(r.root->childText(u"Note"), u"line"_s);
    QCOMPARE(r.root->descendants(u"BuyerName").size(), 1);
    QVERIFY(!r.root->child(u"Missing"));
    QVERIFY(r.root->childText(u"Missing").isNull());
}

void TstOfdPackage::documentModel()
{
    ra::OfdPackage pkg;
    QVERIFY(!pkg.open(OfdBuilder::sampleInvoice().setPageCount(2).build()));
    ra::OfdDocument doc;
    const auto err = doc.load(pkg);
    QVERIFY2(!err, qPrintable(err ? err->message : QString()));
    QCOMPARE(doc.docBodyCount(), 1);
    QCOMPARE(doc.documentPath(), u"Doc_0/Document.xml"_s);
    QCOMPARE(doc.pages().size(), 2);
    const ra::OfdPage &p0 = doc.pages().first();
    QCOMPARE(p0.path, u"Doc_0/Pages/Page_0/Content.xml"_s);
    QCOMPARE(p0.id, u"901"_s);
    QCOMPARE(p0.physicalBox, QRectF(0, 0, 210, 140)); // from CommonData PageArea
    QCOMPARE(p0.templates.size(), 1);
    QCOMPARE(p0.templates.first().templateId, u"800"_s);
    QCOMPARE(doc.templates().value(u"800"_s).path, u"Doc_0/Tpls/Tpl_0/Content.xml"_s);
    QCOMPARE(doc.pageIndexForId(u"902"_s), 1);
    QCOMPARE(doc.fonts().value(u"50"_s).fontName, u"宋体"_s);
    QCOMPARE(doc.multiMedia().value(u"41"_s).file, u"Doc_0/Res/qr.png"_s); // BaseLoc="Res"
    QCOMPARE(doc.attachments().size(), 1);
    QCOMPARE(doc.attachments().first().file, u"Doc_0/Attachs/original_invoice.xml"_s);
    QVERIFY(!doc.attachments().first().visible);
    QCOMPARE(doc.customTags().size(), 1);
    QCOMPARE(doc.customTags().first().file, u"Doc_0/Tags/CustomTag.xml"_s);
    QVERIFY(doc.resourceFiles().contains(u"Doc_0/PublicRes.xml"_s));
    QCOMPARE(doc.customData().size(), 3);
    const ra::OfdGraphicObject *number = doc.findObject(0, u"21"_s);
    QVERIFY(number);
    QCOMPARE(number->kind, ra::OfdGraphicObject::Kind::Text);
    QCOMPARE(number->text, u"12345678"_s);
    QCOMPARE(number->boundary, QRectF(164, 11.7, 40, 5));
    const ra::OfdGraphicObject *title = doc.findObject(0, u"10"_s);
    QVERIFY(title);
    QCOMPARE(title->origin, ra::OfdGraphicObject::Origin::Template);
    const ra::OfdGraphicObject *qr = doc.findObject(0, u"40"_s);
    QVERIFY(qr);
    QCOMPARE(qr->kind, ra::OfdGraphicObject::Kind::Image);
    QCOMPARE(qr->resourceId, u"41"_s);
    QVERIFY(doc.notes().isEmpty());
    QCOMPARE(p0.pixelSize(150.0), QSizeF(210 * 150.0 / 25.4, 140 * 150.0 / 25.4));
}

void TstOfdPackage::documentModelFallbacks()
{
    // No PageArea anywhere: A4 with a note. Missing media file: noted, not fatal.
    OfdBuilder b = OfdBuilder::sampleInvoice();
    QByteArray docXml = b.files().value(u"Doc_0/Document.xml"_s);
    const qsizetype from = docXml.indexOf("<ofd:PageArea>");
    const qsizetype to = docXml.indexOf("</ofd:PageArea>") + int(strlen("</ofd:PageArea>"));
    QVERIFY(from > 0 && to > from);
    docXml.remove(from, to - from);
    b.setFile(u"Doc_0/Document.xml"_s, docXml).removeFile(u"Doc_0/Res/qr.png"_s);
    ra::OfdPackage pkg;
    QVERIFY(!pkg.open(b.build()));
    ra::OfdDocument doc;
    QVERIFY(!doc.load(pkg));
    QCOMPARE(doc.pages().first().physicalBox, QRectF(0, 0, 210, 297));
    QVERIFY(doc.multiMedia().value(u"41"_s).file.isNull());
    QCOMPARE(doc.notes().size(), 2);
}

void TstOfdPackage::documentModelBoundsObjects()
{
    // Two pages of 120 000 objects each: within the XML limits, over the document's budget.
    OfdBuilder b;
    b.setPageCount(2);
    for (int p = 0; p < 2; ++p) {
        QByteArray content = "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"1\">";
        for (int i = 0; i < 120000; ++i)
            content += "<ofd:PathObject ID=\"" + QByteArray::number(i) + "\" Boundary=\"0 0 1 1\"/>";
        content += "</ofd:Layer></ofd:Content></ofd:Page>";
        b.setFile(u"Doc_0/Pages/Page_%1/Content.xml"_s.arg(p), content);
    }
    ra::OfdPackage pkg;
    QVERIFY(!pkg.open(b.build()));
    ra::OfdDocument doc;
    QVERIFY(!doc.load(pkg));
    QCOMPARE(doc.pages().size(), 2);
    QCOMPARE(doc.pages().at(0).objects.size(), 120000);
    QCOMPARE(doc.pages().at(0).objects.size() + doc.pages().at(1).objects.size(), ra::OfdDocument::kMaxObjects);
    QVERIFY(doc.notes().join(u'\n').contains(u"graphic objects"_s));
}

void TstOfdPackage::jbig2Garbage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("header-only") << QByteArray("\x97JB2\r\n\x1a\n", 8);
    QTest::newRow("random-embedded") << randomBytes(2048);
    QTest::newRow("random-file") << QByteArray("\x97JB2\r\n\x1a\n\x01\x00\x00\x00\x01", 13) + randomBytes(2048);
    // A page information segment claiming 0xffffffff × 0xffffffff pixels.
    QByteArray huge("\x97JB2\r\n\x1a\n\x01\x00\x00\x00\x01", 13);
    huge += QByteArray("\x00\x00\x00\x00\x30\x00\x01\x00\x00\x00\x13", 11);
    huge += QByteArray("\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00", 19);
    QTest::newRow("huge-page") << huge;
}

void TstOfdPackage::jbig2Garbage()
{
    QFETCH(QByteArray, data);
    QString error;
    const QImage img = ra::Jbig2Image::decode(data, &error, 8 * 1024 * 1024);
    QVERIFY(img.isNull());
    QVERIFY(!error.isEmpty());
}

void TstOfdPackage::jbig2RealFixtures()
{
    if (!ra::test::haveRealFixtures())
        QSKIP("The real fixtures (../shared/fixtures/real) are not available.");
    int decoded = 0;
    QDirIterator it(ra::test::realFixturesDir(), {u"*.ofd"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        ra::OfdPackage pkg;
        QVERIFY(!pkg.open(f.readAll()));
        for (const QString &entry : pkg.entries()) {
            if (!entry.endsWith(u".jb2"_s))
                continue;
            QString error;
            const QImage img = ra::Jbig2Image::decode(*pkg.read(entry), &error);
            QVERIFY2(!img.isNull(), qPrintable(entry + u": "_s + error));
            QCOMPARE(img.format(), QImage::Format_Grayscale8);
            QVERIFY(img.width() >= 21 && img.height() >= 21);
            ++decoded;
        }
    }
    if (decoded == 0)
        QSKIP("No fixture holds a JBIG2 image.");
}

QTEST_GUILESS_MAIN(TstOfdPackage)
#include "tst_ofdpackage.moc"
