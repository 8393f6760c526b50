// The OFD renderer on documents: every real OFD fixture and the project's generated OFD (the QR
// code decodes from the rendered page to the embedded code's payload, CustomTags regions hold
// ink, seals are red, text stays on the page, reference images within a tolerance), damaged
// packages (never a crash), rendering on many threads at once, and the ways in (PageRenderer,
// the CLI's render command). Synthetic drawing: tst_ofdrenderer.

#include "ofd/ofddocument.h"
#include "ofd/ofdpackage.h"
#include "ofd/render/ofdrenderer.h"
#include "pagerenderer.h"
#include "qr/qrdecoder.h"

#include "ofdbuilder.h"
#include "ofdrendertesting.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentMap>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ra::test;

namespace {

// CustomTags → (page index, boundary) of every text object a tag names, with its text.
struct TaggedBox
{
    QString tag;
    QString id;
    int page = 0;
    QRectF box;
    QString text;
};

void collectTagRefs(const ra::OfdXmlNode &node, const QString &tag, const ra::OfdDocument &doc, QList<TaggedBox> &out)
{
    for (const ra::OfdXmlNode &c : node.children) {
        if (c.is(u"ObjectRef")) {
            int page = doc.pageIndexForId(c.attr(u"PageRef").trimmed());
            const ra::OfdGraphicObject *o = page >= 0 ? doc.findObject(page, c.allText().trimmed()) : nullptr;
            if (!o)
                o = doc.findObjectAnywhere(c.allText().trimmed(), &page);
            if (o && o->kind == ra::OfdGraphicObject::Kind::Text)
                out.append({tag, o->id, page, o->boundary, o->text});
        } else {
            collectTagRefs(c, c.name, doc, out);
        }
    }
}

QList<TaggedBox> taggedBoxes(const QByteArray &bytes)
{
    ra::OfdPackage pkg;
    ra::OfdDocument doc;
    if (pkg.open(bytes) || doc.load(pkg))
        return {};
    QList<TaggedBox> out;
    for (const ra::OfdCustomTagRef &t : doc.customTags()) {
        if (t.file.isNull())
            continue;
        ra::DocumentError err;
        if (auto root = ra::OfdDocument::readXml(pkg, t.file, &err))
            collectTagRefs(*root, root->name, doc, out);
    }
    return out;
}

void dumpIfAsked(const QString &name, const ra::RenderedOfdPage &page)
{
    const QString dir = qEnvironmentVariable("RA_OFD_RENDER_DUMP");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    page.image.save(dir + u'/' + name + u".png"_s);
    qInfo().noquote() << name << "notes:" << page.notes.join(u"\n  "_s);
    for (const ra::OfdDrawnObject &o : page.drawn)
        if (o.kind == ra::OfdDrawnObject::Kind::Seal || o.kind == ra::OfdDrawnObject::Kind::Image)
            qInfo() << "  drawn" << int(o.kind) << int(o.layer) << o.id << o.bounds;
}

// Reference images: Apache-2.0 fixtures only (ofdrw, easyofd), rendered at kReferenceDpi.
constexpr double kReferenceDpi = 60.0;

// "ofdrw__ofdrw/ofdrw-reader/发票示例.ofd" → ".../ofd-render/ofdrw_ofdrw-reader_1a2b3c4d.png":
// ASCII names (non-ASCII parts replaced by a short hash of the path).
QString referencePath(const QString &fixture)
{
    QString repo = fixture.section(u'/', 0, 0).section(u"__"_s, 1);
    QString rest = fixture.section(u'/', 1);
    rest.chop(QFileInfo(rest).suffix().size() + 1);
    QString ascii;
    bool dropped = false;
    for (QChar c : rest) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            ascii += c;
        else if (c == u'/' || c == u'-' || c == u'_')
            ascii += c == u'/' ? u'_' : c;
        else
            dropped = true;
    }
    if (dropped || ascii.size() > 40) {
        ascii = ascii.left(24);
        ascii += QString::fromLatin1(QCryptographicHash::hash(fixture.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    }
    return ra::test::testDataDir() + u"/ofd-render/"_s + repo + u'_' + ascii + u".png"_s;
}

bool referenceAllowed(const QJsonObject &row)
{
    return row.value(u"licence"_s).toString().startsWith(u"Apache-2.0");
}
} // namespace

class TestOfdRenderDocuments : public QObject
{
    Q_OBJECT

private:
private:
    QTemporaryDir m_samplesDir;
    QString m_generated;   // digital-normal.ofd
    QJsonArray m_generatedManifest;

    // Rows: every real OFD fixture and the generated sample, with the expected QR payload.
    void addDocumentRows()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("qrPayload");
        QTest::addColumn<bool>("reference");
        QTest::addColumn<QString>("fixture");
        for (const QJsonValue v : realFixtureRows(u"ofd"_s)) {
            const QJsonObject row = v.toObject();
            const QString file = row.value(u"file"_s).toString();
            QTest::newRow(qPrintable(file))
                << ra::test::realFixturesDir() + u'/' + file
                << row.value(u"qr_payload"_s).toArray().first().toString() << referenceAllowed(row) << file;
        }
        for (const QJsonValue v : std::as_const(m_generatedManifest)) {
            const QJsonObject row = v.toObject();
            if (!row.value(u"file"_s).toString().endsWith(u".ofd"))
                continue;
            QTest::newRow(qPrintable(u"generated/"_s + row.value(u"file"_s).toString()))
                << m_samplesDir.path() + u'/' + row.value(u"file"_s).toString()
                << row.value(u"qr_payload"_s).toArray().first().toString() << false << QString();
        }
    }

    void skipWhenNoDocuments()
    {
        if (!ra::test::haveRealFixtures() && m_generated.isEmpty())
            QSKIP("Neither the real fixtures nor the generated samples are available.");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_samplesDir.isValid());
        QProcess gen;
        gen.start(ra::test::samplesGeneratorPath(), {m_samplesDir.path()});
        if (gen.waitForFinished(120000) && gen.exitCode() == 0) {
            QFile f(m_samplesDir.path() + u"/manifest.json"_s);
            if (f.open(QIODevice::ReadOnly))
                m_generatedManifest = QJsonDocument::fromJson(f.readAll()).object().value(u"files"_s).toArray();
            if (QFile::exists(m_samplesDir.path() + u"/digital-normal.ofd"_s))
                m_generated = m_samplesDir.path() + u"/digital-normal.ofd"_s;
        }
        QVERIFY2(!m_generated.isEmpty(), "reimburse-samples did not write digital-normal.ofd");
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorCode");   // empty: a (partial) page with a note
        QTest::addColumn<QString>("noteContains");

        QTest::newRow("empty") << QByteArray() << QString::fromLatin1(ra::ErrorCode::Empty) << QString();
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04 this is not a zip at all") << u"*"_s << QString();
        {
            ra::test::OfdBuilder b;
            b.removeFile(u"Doc_0/Document.xml"_s);
            QTest::newRow("no Document.xml") << b.build() << QString::fromLatin1(ra::ErrorCode::OfdCorrupt) << QString();
        }
        {
            ra::test::OfdBuilder b;
            b.setFile(u"OFD.xml"_s, "<ofd:OFD xmlns:ofd=\"x\"><ofd:DocBody>");
            QTest::newRow("bad OFD.xml") << b.build() << QString::fromLatin1(ra::ErrorCode::XmlMalformed) << QString();
        }
        {
            ra::test::OfdBuilder b;
            b.removeFile(u"Doc_0/Pages/Page_0/Content.xml"_s);
            QTest::newRow("missing page content") << b.build() << QString() << u"missing"_s;
        }
        {
            ra::test::OfdBuilder b;
            b.setFile(u"Doc_0/Pages/Page_0/Content.xml"_s, "<ofd:Page><ofd:Content><ofd:Layer>");
            QTest::newRow("bad page XML") << b.build() << QString() << u"well-formed"_s;
        }
        {
            ra::test::OfdBuilder b;
            b.setFile(u"Doc_0/Tpls/Tpl_0/Content.xml"_s, "<<<");
            QTest::newRow("bad template XML") << b.build() << QString() << u"template"_s;
        }
        QTest::newRow("CTM with zeros")
            << package(u"<ofd:PathObject ID=\"1\" Boundary=\"0 0 10 10\" CTM=\"0 0 0 0 0 0\">"
                       u"<ofd:AbbreviatedData>M 0 0 L 10 10</ofd:AbbreviatedData></ofd:PathObject>"_s)
            << QString() << u"CTM"_s;
        QTest::newRow("CTM not numbers")
            << package(u"<ofd:ImageObject ID=\"1\" Boundary=\"0 0 10 10\" CTM=\"a b c d e f\" ResourceID=\"9\"/>"_s)
            << QString() << u"CTM"_s;
        QTest::newRow("absurd boundary")
            << package(u"<ofd:TextObject ID=\"1\" Boundary=\"0 0 1e300 10\" Font=\"50\" Size=\"3\">"
                       u"<ofd:TextCode X=\"0\" Y=\"3\">x</ofd:TextCode></ofd:TextObject>"_s)
            << QString() << u"Boundary"_s;
        QTest::newRow("absurd font size")
            << package(u"<ofd:TextObject ID=\"1\" Boundary=\"0 0 10 10\" Font=\"50\" Size=\"1e9\">"
                       u"<ofd:TextCode X=\"0\" Y=\"3\">x</ofd:TextCode></ofd:TextObject>"_s)
            << QString() << u"font size"_s;
        QTest::newRow("undeclared font")
            << package(u"<ofd:TextObject ID=\"1\" Boundary=\"0 0 10 10\" Font=\"404\" Size=\"3\">"
                       u"<ofd:TextCode X=\"0\" Y=\"3\">x</ofd:TextCode></ofd:TextObject>"_s)
            << QString() << u"404"_s;
        {
            ra::test::OfdBuilder b;
            b.setFile(u"Doc_0/PublicRes.xml"_s,
                      resXml(u"<ofd:Fonts><ofd:Font ID=\"50\" FontName=\"宋体\"><ofd:FontFile>bad.ttf</ofd:FontFile>"
                             u"</ofd:Font></ofd:Fonts>"_s));
            b.setFile(u"Doc_0/Res/bad.ttf"_s, raw("\x00\x01\x00\x00 not really a font"));
            b.addText(u"1"_s, QRectF(10, 10, 30, 5), u"发票"_s);
            QTest::newRow("broken embedded font") << b.build() << QString() << u"could not be loaded"_s;
        }
        QTest::newRow("bad path data")
            << package(u"<ofd:PathObject ID=\"1\" Boundary=\"0 0 10 10\"><ofd:AbbreviatedData>M 0 0 L 5 Z 9"
                       u"</ofd:AbbreviatedData></ofd:PathObject>"_s)
            << QString() << u"path"_s;
        QTest::newRow("missing image resource")
            << package(u"<ofd:ImageObject ID=\"1\" Boundary=\"0 0 10 10\" CTM=\"10 0 0 10 0 0\" ResourceID=\"77\"/>"_s)
            << QString() << u"77"_s;
        QTest::newRow("self-referencing composite")
            << package(u"<ofd:CompositeObject ID=\"1\" Boundary=\"0 0 10 10\" ResourceID=\"30\"/>"_s,
                       u"<ofd:CompositeGraphicUnits><ofd:CompositeGraphicUnit ID=\"30\" Width=\"1\" Height=\"1\">"
                       u"<ofd:Content><ofd:CompositeObject ID=\"2\" Boundary=\"0 0 1 1\" ResourceID=\"30\"/>"
                       u"</ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits>"_s)
            << QString() << u"nest"_s;
        QTest::newRow("cyclic DrawParams")
            << package(u"<ofd:PathObject ID=\"1\" Boundary=\"0 0 10 10\" DrawParam=\"5\"><ofd:AbbreviatedData>"
                       u"M 0 0 L 10 10</ofd:AbbreviatedData></ofd:PathObject>"_s,
                       u"<ofd:DrawParams><ofd:DrawParam ID=\"5\" Relative=\"6\"/><ofd:DrawParam ID=\"6\" Relative=\"5\"/>"
                       u"</ofd:DrawParams>"_s)
            << QString() << QString();
        {
            // 300 nested PageBlocks.
            QString nested;
            for (int i = 0; i < 300; ++i)
                nested += u"<ofd:PageBlock>"_s;
            for (int i = 0; i < 300; ++i)
                nested += u"</ofd:PageBlock>"_s;
            QTest::newRow("deep nesting") << package(nested) << QString() << QString();
        }
        {
            // A PNG whose header claims 60000 × 60000 pixels.
            QByteArray png = pngOf(QImage(1, 1, QImage::Format_RGB32));
            png[16] = 0; png[17] = 0; png[18] = char(0xea); png[19] = 0x60;
            png[20] = 0; png[21] = 0; png[22] = char(0xea); png[23] = 0x60;
            ra::test::OfdBuilder b;
            b.addImage(u"1"_s, u"2"_s, QRectF(0, 0, 10, 10), u"bomb.png"_s, png);
            QTest::newRow("image bomb") << b.build() << QString() << u"bomb.png"_s;
        }
        {
            ra::test::OfdBuilder b;
            b.setPageSize(QSizeF(5000, 5000));
            QTest::newRow("absurd page size") << b.build() << QString::fromLatin1(ra::ErrorCode::TooLarge) << QString();
        }
        {
            // A zip bomb: one entry that inflates far beyond the limits.
            ra::test::OfdBuilder b;
            b.setFile(u"Doc_0/Pages/Page_0/Content.xml"_s, QByteArray(100LL * 1024 * 1024, ' '));
            QTest::newRow("zip bomb page") << b.build() << QString::fromLatin1(ra::ErrorCode::OfdUnsafe) << QString();
        }
        {
            QString many;
            for (int i = 0; i < 20000; ++i)
                many += u"L %1 %2 "_s.arg(i % 100).arg(i % 50);
            QTest::newRow("long path") << package(u"<ofd:PathObject ID=\"1\" Boundary=\"0 0 100 50\"><ofd:AbbreviatedData>M 0 0 "_s
                                                  + many + u"</ofd:AbbreviatedData></ofd:PathObject>"_s)
                                       << QString() << QString();
        }
        {
            // A TextCode of 100 000 characters with a "g" count of two billion.
            const QString text(100000, u'字');
            QTest::newRow("huge text") << package(u"<ofd:TextObject ID=\"1\" Boundary=\"0 0 100 50\" Font=\"50\" Size=\"0.2\">"
                                                  u"<ofd:TextCode X=\"0\" Y=\"1\" DeltaX=\"g 2000000000 0.001\">"_s
                                                  + text + u"</ofd:TextCode></ofd:TextObject>"_s)
                                       << QString() << QString();
        }
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorCode);
        QFETCH(QString, noteContains);
        // With RA_OFD_RENDER_DUMP set, the packages are kept: replay them under the sanitizing
        // fuzzer build (docs/ofd-rendering.md).
        if (const QString dir = qEnvironmentVariable("RA_OFD_RENDER_DUMP"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QFile out(dir + u"/malformed-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".ofd"_s);
            if (out.open(QIODevice::WriteOnly))
                out.write(bytes);
        }
        const ra::RenderedOfdPage page = ra::renderOfdPage(bytes, 0, 100);
        if (errorCode == u"*") {
            QVERIFY(!page.ok());
            QVERIFY(!page.error.isEmpty());
        } else if (!errorCode.isEmpty()) {
            QCOMPARE(page.errorCode, errorCode);
            QVERIFY(!page.error.isEmpty());
            QVERIFY(page.image.isNull());
        } else {
            QVERIFY2(page.ok(), qPrintable(page.errorCode + u": "_s + page.error));
            QVERIFY(!page.image.isNull());
            if (!noteContains.isEmpty())
                QVERIFY2(page.notes.join(u'\n').contains(noteContains, Qt::CaseInsensitive),
                         qPrintable(page.notes.join(u'\n')));
        }
    }

    void concurrentRendering()
    {
        // renderPage() is thread-safe: thumbnails render OFD pages on worker threads.
        const QByteArray bytes = readFile(m_generated);
        const QImage expected = ra::renderOfdPage(bytes, 0, 60).image;
        QVERIFY(!expected.isNull());
        QList<int> jobs(16);
        const QList<QImage> images = QtConcurrent::blockingMapped(jobs, [&](int) {
            return ra::renderOfdPage(bytes, 0, 60).image;
        });
        for (const QImage &img : images)
            QCOMPARE(img, expected);
    }

    void documents_data() { addDocumentRows(); }

    void documents()
    {
        skipWhenNoDocuments();
        QFETCH(QString, path);
        QFETCH(QString, qrPayload);
        const QByteArray bytes = readFile(path);
        if (bytes.isEmpty())
            QSKIP("The file is not available.");

        const ra::RenderedOfdPage page = ra::renderOfdPage(bytes, 0, 150);
        QVERIFY2(page.ok(), qPrintable(page.error));
        dumpIfAsked(QFileInfo(path).completeBaseName(), page);
        QVERIFY(page.pageCount >= 1);
        const QSize expected(int(std::ceil(page.pageBoxMm.width() * 150 / 25.4 - 1e-6)),
                             int(std::ceil(page.pageBoxMm.height() * 150 / 25.4 - 1e-6)));
        QCOMPARE(page.image.size(), expected);

        // The QR code decodes from the rendered page to the embedded code's payload.
        QStringList decoded;
        for (const ra::qr::DecodedCode &c : ra::qr::decodeInvoiceImage(page.image))
            decoded << c.text;
        QVERIFY2(decoded.contains(qrPayload), qPrintable(u"decoded: "_s + decoded.join(u" | "_s)));

        // Every text object a CustomTag names was drawn, inside its Boundary, and there is ink.
        QMultiHash<QString, QRectF> drawnText;
        for (const ra::OfdDrawnObject &o : page.drawn)
            if (o.kind == ra::OfdDrawnObject::Kind::Text)
                drawnText.insert(o.id, o.bounds);
        const QList<TaggedBox> tagged = taggedBoxes(bytes);
        int checked = 0;
        for (const TaggedBox &t : tagged) {
            // Objects parked outside the page box are not drawn (nobody sees them).
            if (t.page != 0 || t.text.trimmed().isEmpty() || t.box.isEmpty() || !page.pageBoxMm.contains(t.box))
                continue;
            ++checked;
            QVERIFY2(countPixels(page, t.box, isInk) > 10,
                     qPrintable(u"no ink in the boundary of tag %1 (%2)"_s.arg(t.tag).arg(t.box.x())));
            const QList<QRectF> drawnBoxes = drawnText.values(t.id);
            QVERIFY2(std::any_of(drawnBoxes.cbegin(), drawnBoxes.cend(),
                                 [&](const QRectF &b) { return b.intersects(t.box); }),
                     qPrintable(u"tag %1: object %2 was not drawn in its boundary"_s.arg(t.tag, t.id)));
        }
        qInfo() << "tagged text regions with ink:" << checked;

        // No text drawn outside the page box.
        for (const ra::OfdDrawnObject &o : page.drawn) {
            if (o.kind != ra::OfdDrawnObject::Kind::Text)
                continue;
            QVERIFY2(page.pageBoxMm.adjusted(-0.5, -0.5, 0.5, 0.5).contains(o.bounds),
                     qPrintable(u"text %1 at %2,%3 %4×%5 leaves the page"_s.arg(o.id)
                                    .arg(o.bounds.x())
                                    .arg(o.bounds.y())
                                    .arg(o.bounds.width())
                                    .arg(o.bounds.height())));
        }

        // Seals: every seal drawn is red where it stands; documents that carry a seal picture
        // (a signature's stamp, or a seal image in an annotation) show red pixels there.
        QList<QRectF> sealAreas;
        for (const ra::OfdDrawnObject &o : page.drawn)
            if (o.kind == ra::OfdDrawnObject::Kind::Seal
                || (o.kind == ra::OfdDrawnObject::Kind::Image && o.layer == ra::OfdDrawnObject::Layer::Annotation))
                sealAreas << o.bounds;
        for (const QRectF &area : std::as_const(sealAreas))
            QVERIFY2(countPixels(page, area, isRed) > 200, qPrintable(u"seal area without red"_s));
        qInfo() << "seal areas:" << sealAreas.size();

        // Nothing was left out for want of a decoder or a font.
        for (const QString &n : page.notes) {
            QVERIFY2(!n.contains(u"could not be decoded"), qPrintable(n));
            QVERIFY2(!n.contains(u"no glyph"), qPrintable(n));
            QVERIFY2(!n.contains(u"could not be found"), qPrintable(n));
        }
    }

    void sealsOfSignedFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QRectF>("stamp");
        QTest::newRow("ofdrw 1.ofd") << u"ofdrw__ofdrw/1.ofd"_s << QRectF(90, 8, 30, 20);
        QTest::newRow("ofdrw 999.ofd (PageRef by page ID 10)") << u"ofdrw__ofdrw/999.ofd"_s << QRectF(90, 8, 30, 20);
        QTest::newRow("ofdrw draw_param_ref.ofd") << u"ofdrw__ofdrw/draw_param_ref.ofd"_s << QRectF(90, 9, 30, 20);
        QTest::newRow("OfdSharp test1.ofd") << u"swpudp__OfdSharp/test1.ofd"_s << QRectF(90, 8, 30, 20);
    }

    void sealsOfSignedFixtures()
    {
        if (!ra::test::haveRealFixtures())
            QSKIP("The real fixtures (../shared/fixtures/real) are not available.");
        QFETCH(QString, fixture);
        QFETCH(QRectF, stamp);
        const ra::RenderedOfdPage page = ra::renderOfdPage(readFile(ra::test::realFixturesDir() + u'/' + fixture), 0, 150);
        QVERIFY2(page.ok(), qPrintable(page.error));
        int seals = 0;
        for (const ra::OfdDrawnObject &o : page.drawn)
            if (o.kind == ra::OfdDrawnObject::Kind::Seal) {
                ++seals;
                QCOMPARE(o.bounds, stamp);
            }
        QCOMPARE(seals, 1);
        // Red in the middle band of the stamp (its text) and on its ring, none far outside.
        QVERIFY(countPixels(page, stamp, isRed) > 500);
        QCOMPARE(countPixels(page, QRectF(stamp.right() + 3, stamp.top(), 20, stamp.height()), isRed), 0);
    }

    void referenceImages_data() { addDocumentRows(); }

    void referenceImages()
    {
        skipWhenNoDocuments();
        QFETCH(QString, path);
        QFETCH(bool, reference);
        QFETCH(QString, fixture);
        if (!reference)
            QSKIP("Reference images are kept only for fixtures whose licence allows it.");
        const QByteArray bytes = readFile(path);
        if (bytes.isEmpty())
            QSKIP("The file is not available.");
        const ra::RenderedOfdPage page = ra::renderOfdPage(bytes, 0, kReferenceDpi);
        QVERIFY2(page.ok(), qPrintable(page.error));
        const QString refPath = referencePath(fixture);
        if (qEnvironmentVariableIsSet("RA_UPDATE_OFD_REFERENCES")) {
            QDir().mkpath(QFileInfo(refPath).absolutePath());
            QVERIFY(page.image.convertToFormat(QImage::Format_Grayscale8).save(refPath, "PNG", 0));
            QSKIP("Reference image written.");
        }
        QImage ref(refPath);
        QVERIFY2(!ref.isNull(), qPrintable(u"no reference image "_s + refPath));
        const QImage got = page.image.convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(got.size(), ref.size());
        ref = ref.convertToFormat(QImage::Format_Grayscale8);
        // Tolerance: glyph rasterisation may differ slightly between FreeType versions. For
        // scale: two invoices of the same layout differ by a mean of 6.8 with 2.7 % of the
        // pixels off by more than 96; a missing seal alone moves about 0.5 %.
        qint64 sum = 0;
        qint64 bad = 0;
        for (int y = 0; y < got.height(); ++y) {
            const uchar *a = got.constScanLine(y);
            const uchar *b = ref.constScanLine(y);
            for (int x = 0; x < got.width(); ++x) {
                const int d = std::abs(int(a[x]) - int(b[x]));
                sum += d;
                bad += d > 96 ? 1 : 0;
            }
        }
        const double pixels = double(got.width()) * got.height();
        const double mean = double(sum) / pixels;
        const double badShare = double(bad) / pixels;
        qInfo() << "mean difference" << mean << "share of pixels off by > 96:" << badShare;
        QVERIFY2(mean < 1.5, qPrintable(QString::number(mean)));
        QVERIFY2(badShare < 0.003, qPrintable(QString::number(badShare)));
    }

    void pageRendererDrawsOfd()
    {
        const ra::RenderedPage page = ra::renderPage(readFile(m_generated), 0, 150);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.pageCount, 1);
        QCOMPARE(page.image.size(), QSize(1241, 827)); // 210 × 140 mm
        QVERIFY(!ra::qr::decodeInvoiceImage(page.image).isEmpty());
    }

    void cliRendersOfd()
    {
        QTemporaryDir dir;
        const QString out = dir.path() + u"/page.png"_s;
        QProcess cli;
        cli.start(ra::test::cliPath(), {u"render"_s, m_generated, u"--page"_s, u"1"_s, u"--dpi"_s, u"100"_s,
                                        u"--out"_s, out});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QImage img(out);
        QCOMPARE(img.size(), QSize(827, 552));
        QVERIFY(!ra::qr::decodeInvoiceImage(img).isEmpty());

        cli.start(ra::test::cliPath(), {u"render"_s, m_generated, u"--page"_s, u"2"_s, u"--out"_s, out});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2); // page out of range: a usage error
    }
};

QTEST_MAIN(TestOfdRenderDocuments)
#include "tst_ofdrenderdocuments.moc"
