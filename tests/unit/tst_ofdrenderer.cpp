// The OFD renderer: TextCode layout rules, drawing of paths, text, images, templates and
// layers on synthetic packages, every real OFD fixture and the project's generated OFD (QR
// decodes from the rendered page to the embedded code's payload, CustomTags regions hold
// ink, seals are red, text stays on the page, reference images within a tolerance), damaged
// packages (never a crash), and the CLI's render command.

#include "ofd/ofddocument.h"
#include "ofd/ofdpackage.h"
#include "ofd/render/ofdfontresolver.h"
#include "ofd/render/ofdrenderer.h"
#include "ofd/render/ofdtextcode.h"
#include "pagerenderer.h"
#include "qr/qrdecoder.h"

#include "ofdbuilder.h"
#include "testpaths.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTranslator>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentMap>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString kNs = u"http://www.ofdspec.org/2016"_s;

// A string literal with embedded NULs, without its terminator.
template<qsizetype N>
QByteArray raw(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

// A page content part with the given objects inside one layer.
QByteArray pageXml(const QString &objects, const QString &extra = {})
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"%1\">%2"
            u"<ofd:Content><ofd:Layer ID=\"700\">%3</ofd:Layer></ofd:Content></ofd:Page>"_s)
        .arg(kNs, extra, objects)
        .toUtf8();
}

QByteArray resXml(const QString &body)
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res xmlns:ofd=\"%1\" BaseLoc=\"Res\">%2</ofd:Res>"_s)
        .arg(kNs, body)
        .toUtf8();
}

QByteArray pngOf(const QImage &img)
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return out;
}

// A package of one 100 × 50 mm page whose content is `objects`; DocumentRes replaced by
// `documentRes` when given.
QByteArray package(const QString &objects, const QString &documentRes = {})
{
    ra::test::OfdBuilder b;
    b.setPageSize(QSizeF(100, 50));
    b.setFile(u"Doc_0/Pages/Page_0/Content.xml"_s, pageXml(objects));
    if (!documentRes.isEmpty())
        b.setFile(u"Doc_0/DocumentRes.xml"_s, resXml(documentRes));
    return b.build();
}

bool isInk(QRgb c)
{
    return qGray(c) < 200;
}

bool isRed(QRgb c)
{
    // Seal red (255 0 0, or a scanned seal's 230 40 40), not the brown (156 82 35) or dark
    // red (128 0 0) of invoice templates.
    return qRed(c) > 190 && qGreen(c) < 120 && qBlue(c) < 120;
}

// Pixels in a page-mm rectangle (clamped to the image) that satisfy `pred`.
template<typename Pred>
int countPixels(const ra::RenderedOfdPage &page, const QRectF &mm, Pred pred)
{
    const QRect px = page.mmToPixel.mapRect(mm).toAlignedRect().intersected(page.image.rect());
    int n = 0;
    for (int y = px.top(); y <= px.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(page.image.constScanLine(y));
        for (int x = px.left(); x <= px.right(); ++x)
            n += pred(line[x]) ? 1 : 0;
    }
    return n;
}

QColor pixelAtMm(const ra::RenderedOfdPage &page, QPointF mm)
{
    const QPoint p = page.mmToPixel.map(mm).toPoint();
    return page.image.rect().contains(p) ? page.image.pixelColor(p) : QColor();
}

QJsonArray manifestOfdRows()
{
    QFile f(ra::test::realFixturesDir() + u"/manifest.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonArray out;
    for (const QJsonValue v : QJsonDocument::fromJson(f.readAll()).object().value(u"files"_s).toArray())
        if (v.toObject().value(u"kind"_s).toString() == u"ofd")
            out.append(v);
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

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

class TestOfdRenderer : public QObject
{
    Q_OBJECT

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
        for (const QJsonValue v : manifestOfdRows()) {
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

    // --- TextCode layout -------------------------------------------------------------------

    void deltas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<double>>("expected");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << u"1 2.5 -3"_s << QList<double>{1, 2.5, -3} << true;
        QTest::newRow("repeat") << u"g 3 1.5875"_s << QList<double>{1.5875, 1.5875, 1.5875} << true;
        QTest::newRow("mixed") << u"1.5875 g 2 3.175 1.5875 3.175"_s << QList<double>{1.5875, 3.175, 3.175, 1.5875, 3.175}
                               << true;
        QTest::newRow("uppercase G and newlines") << u"G 2 1\n\t 4"_s << QList<double>{1, 1, 4} << true;
        QTest::newRow("zero repeat") << u"g 0 5 7"_s << QList<double>{7} << true;
        QTest::newRow("empty") << QString() << QList<double>{} << true;
        QTest::newRow("g without value") << u"g 3"_s << QList<double>{} << false;
        QTest::newRow("g negative count") << u"g -2 1"_s << QList<double>{} << false;
        QTest::newRow("garbage") << u"1 x 2"_s << QList<double>{} << false;
        QTest::newRow("nan") << u"nan"_s << QList<double>{} << false;
        QTest::newRow("absurd") << u"1e300"_s << QList<double>{} << false;
    }
    void deltas()
    {
        QFETCH(QString, text);
        QFETCH(QList<double>, expected);
        QFETCH(bool, ok);
        const auto parsed = ra::OfdTextCode::parseDeltas(text);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, expected);
    }

    void deltasAreBounded()
    {
        // "g 2000000000 1" must not allocate two billion values.
        const auto parsed = ra::OfdTextCode::parseDeltas(u"g 2000000000 1"_s, 100);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 100);
    }

    void positions_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QList<QPointF>>("expected");
        // Advance for characters without a delta: 2.
        QTest::newRow("deltaX with repeat")
            << u"<TextCode X=\"1\" Y=\"4\" DeltaX=\"g 2 3\">abc</TextCode>"_s
            << QList<QPointF>{{1, 4}, {4, 4}, {7, 4}};
        QTest::newRow("deltas run out: advances")
            << u"<TextCode X=\"0\" Y=\"1\" DeltaX=\"5\">abc</TextCode>"_s << QList<QPointF>{{0, 1}, {5, 1}, {7, 1}};
        QTest::newRow("column: DeltaY only keeps X")
            << u"<TextCode X=\"0.25\" Y=\"3.15\" DeltaY=\"6.35 6.35\">购买方</TextCode>"_s
            << QList<QPointF>{{0.25, 3.15}, {0.25, 9.5}, {0.25, 15.85}};
        QTest::newRow("line breaks in a block (密码区)")
            << u"<TextCode X=\"1\" Y=\"2\" DeltaX=\"g 2 2.5 -5\" DeltaY=\"g 2 0 4.5\">abcd</TextCode>"_s
            << QList<QPointF>{{1, 2}, {3.5, 2}, {6, 2}, {1, 6.5}};
        QTest::newRow("pretty-printed value")
            << u"<TextCode X=\"0\" Y=\"0\" DeltaX=\"1 1\">\n      abc\n   </TextCode>"_s
            << QList<QPointF>{{0, 0}, {1, 0}, {2, 0}};
    }
    void positions()
    {
        QFETCH(QString, xml);
        QFETCH(QList<QPointF>, expected);
        const auto parsed = ra::OfdXmlNode::parse(xml.toUtf8());
        QVERIFY(parsed.root);
        const ra::OfdTextCode code = ra::OfdTextCode::fromNode(*parsed.root);
        const QList<QPointF> got = code.positions(QPointF(), code.text.toUcs4().size(), [](qsizetype) { return 2.0; });
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QVERIFY2(std::abs(got[i].x() - expected[i].x()) < 1e-9 && std::abs(got[i].y() - expected[i].y()) < 1e-9,
                     qPrintable(u"character %1: got %2,%3"_s.arg(i).arg(got[i].x()).arg(got[i].y())));
        }
    }

    void fontFamilies_data()
    {
        QTest::addColumn<QString>("fontName");
        QTest::addColumn<QString>("familyName");
        QTest::addColumn<QString>("first");   // the first installed-font family mapped to
        QTest::newRow("宋体") << u"宋体"_s << u"宋体"_s << u"AR PL UMing CN"_s;
        QTest::newRow("SimSun") << u"宋体"_s << u"SimSun"_s << u"AR PL UMing CN"_s;
        QTest::newRow("楷体") << u"楷体"_s << u"楷体"_s << u"AR PL UKai CN"_s;
        QTest::newRow("KaiTi") << u"KaiTi"_s << u"KaiTi"_s << u"AR PL UKai CN"_s;
        QTest::newRow("仿宋 is not 宋") << u"仿宋_GB2312"_s << QString() << u"AR PL UKai CN"_s;
        QTest::newRow("黑体") << u"黑体"_s << u"SimHei"_s << u"Noto Sans CJK SC"_s;
        QTest::newRow("Courier New") << u"Courier New"_s << QString() << u"Liberation Mono"_s;
        QTest::newRow("Times New Roman") << u"Times New Roman"_s << u"Times New Roman"_s << u"Liberation Serif"_s;
        QTest::newRow("unknown") << u"SomeVendorFont"_s << QString() << u"AR PL UMing CN"_s;
    }
    void fontFamilies()
    {
        QFETCH(QString, fontName);
        QFETCH(QString, familyName);
        QFETCH(QString, first);
        QStringList c = ra::OfdFontResolver::candidateFamilies(fontName, familyName, false, false);
        // The requested names themselves come first (used when installed); skip them here.
        c.removeAll(fontName);
        c.removeAll(familyName);
        QVERIFY(!c.isEmpty());
        QCOMPARE(c.first(), first);
        QVERIFY(c.contains(u"Noto Serif CJK SC"_s)); // CJK behind every choice
    }

    // --- drawing on synthetic packages -------------------------------------------------------

    void strokedPathWithCtmAndColour()
    {
        // A 0.5 mm red horizontal line at y = 20 mm, drawn through a CTM that doubles x.
        const QByteArray bytes = package(
            u"<ofd:PathObject ID=\"1\" Boundary=\"10 20 80 1\" CTM=\"2 0 0 1 0 0\" LineWidth=\"0.5\">"
            u"<ofd:StrokeColor Value=\"255 0 0\"/><ofd:AbbreviatedData>M 0 0 L 40 0</ofd:AbbreviatedData>"
            u"</ofd:PathObject>"_s);
        const ra::RenderedOfdPage page = ra::renderOfdPage(bytes, 0, 254); // 10 px per mm
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.image.size(), QSize(1000, 500));
        QVERIFY(isRed(pixelAtMm(page, {50, 20}).rgb()));
        QVERIFY(isRed(pixelAtMm(page, {89, 20}).rgb()));
        QCOMPARE(pixelAtMm(page, {50, 22}), QColor(Qt::white));
        QCOMPARE(pixelAtMm(page, {5, 20}), QColor(Qt::white));
        QCOMPARE(pixelAtMm(page, {95, 20}), QColor(Qt::white));
    }

    void fillRuleAndDefaults()
    {
        // Fill="true" with a colour fills; Fill="true" without one draws only the outline
        // (the standard's default fill is transparent); Stroke="false" draws nothing.
        const QByteArray bytes = package(
            u"<ofd:PathObject ID=\"1\" Boundary=\"10 10 20 20\" Fill=\"true\" Stroke=\"false\">"
            u"<ofd:FillColor Value=\"0 0 255\"/><ofd:AbbreviatedData>M 0 0 L 20 0 L 20 20 L 0 20 C</ofd:AbbreviatedData>"
            u"</ofd:PathObject>"
            u"<ofd:PathObject ID=\"2\" Boundary=\"40 10 20 20\" Fill=\"true\" LineWidth=\"0.5\">"
            u"<ofd:AbbreviatedData>M 0 0 L 20 0 L 20 20 L 0 20 C</ofd:AbbreviatedData></ofd:PathObject>"
            u"<ofd:PathObject ID=\"3\" Boundary=\"70 10 20 20\" Stroke=\"false\">"
            u"<ofd:AbbreviatedData>M 0 0 L 20 0 L 20 20 L 0 20 C</ofd:AbbreviatedData></ofd:PathObject>"_s);
        const ra::RenderedOfdPage page = ra::renderOfdPage(bytes, 0, 254);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(pixelAtMm(page, {20, 20}), QColor(Qt::blue));
        QCOMPARE(pixelAtMm(page, {50, 20}), QColor(Qt::white));
        QCOMPARE(pixelAtMm(page, {40, 20}), QColor(Qt::black));
        QCOMPARE(countPixels(page, QRectF(69, 9, 22, 22), isInk), 0);
    }

    void drawParamsAndLayers()
    {
        // Layer DrawParam 4 is Relative to 3: stroke from 3 (green), line width from 4.
        const QString res = u"<ofd:DrawParams><ofd:DrawParam ID=\"3\" LineWidth=\"0.1\">"
                            u"<ofd:StrokeColor Value=\"0 128 0\"/></ofd:DrawParam>"
                            u"<ofd:DrawParam ID=\"4\" Relative=\"3\" LineWidth=\"2\"/></ofd:DrawParams>"_s;
        ra::test::OfdBuilder b;
        b.setPageSize(QSizeF(100, 50));
        b.setFile(u"Doc_0/DocumentRes.xml"_s, resXml(res));
        b.setFile(u"Doc_0/Pages/Page_0/Content.xml"_s,
                  (u"<?xml version=\"1.0\"?><ofd:Page xmlns:ofd=\"%1\"><ofd:Content>"
                   u"<ofd:Layer ID=\"1\" DrawParam=\"4\"><ofd:PathObject ID=\"2\" Boundary=\"0 0 100 50\">"
                   u"<ofd:AbbreviatedData>M 10 25 L 90 25</ofd:AbbreviatedData></ofd:PathObject></ofd:Layer>"
                   u"</ofd:Content></ofd:Page>"_s)
                      .arg(kNs)
                      .toUtf8());
        const ra::RenderedOfdPage page = ra::renderOfdPage(b.build(), 0, 254);
        QVERIFY2(page.ok(), qPrintable(page.error));
        const QColor c = pixelAtMm(page, {50, 25.8}); // inside a 2 mm line, outside a 0.1 mm one
        QCOMPARE(c, QColor(0, 128, 0));
    }

    void layerTypesAndTemplateOrder()
    {
        // A foreground template covers the page; the page covers a background template.
        ra::test::OfdBuilder b;
        b.setPageSize(QSizeF(100, 50));
        const QString square = u"<ofd:PathObject ID=\"%1\" Boundary=\"10 10 20 20\" Fill=\"true\" Stroke=\"false\">"
                               u"<ofd:FillColor Value=\"%2\"/><ofd:AbbreviatedData>M 0 0 L 20 0 L 20 20 L 0 20 C"
                               u"</ofd:AbbreviatedData></ofd:PathObject>"_s;
        b.setFile(u"Doc_0/Document.xml"_s,
                  (u"<?xml version=\"1.0\"?><ofd:Document xmlns:ofd=\"%1\"><ofd:CommonData>"
                   u"<ofd:PageArea><ofd:PhysicalBox>0 0 100 50</ofd:PhysicalBox></ofd:PageArea>"
                   u"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
                   u"<ofd:TemplatePage ID=\"800\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/>"
                   u"<ofd:TemplatePage ID=\"801\" BaseLoc=\"Tpls/Tpl_1/Content.xml\" ZOrder=\"Foreground\"/>"
                   u"</ofd:CommonData><ofd:Pages><ofd:Page ID=\"901\" BaseLoc=\"Pages/Page_0/Content.xml\"/>"
                   u"</ofd:Pages></ofd:Document>"_s)
                      .arg(kNs)
                      .toUtf8());
        b.setFile(u"Doc_0/Tpls/Tpl_0/Content.xml"_s, pageXml(square.arg(u"1"_s, u"255 0 0"_s)));
        // Foreground template: only the left half of the square, in blue.
        b.setFile(u"Doc_0/Tpls/Tpl_1/Content.xml"_s,
                  pageXml(u"<ofd:PathObject ID=\"5\" Boundary=\"10 10 10 20\" Fill=\"true\" Stroke=\"false\">"
                          u"<ofd:FillColor Value=\"0 0 255\"/><ofd:AbbreviatedData>M 0 0 L 10 0 L 10 20 L 0 20 C"
                          u"</ofd:AbbreviatedData></ofd:PathObject>"_s));
        // Page: a Foreground layer (yellow, bottom half) written before a Body layer (green).
        b.setFile(u"Doc_0/Pages/Page_0/Content.xml"_s,
                  (u"<?xml version=\"1.0\"?><ofd:Page xmlns:ofd=\"%1\">"
                   u"<ofd:Template TemplateID=\"800\"/><ofd:Template TemplateID=\"801\"/><ofd:Content>"
                   u"<ofd:Layer ID=\"2\" Type=\"Foreground\"><ofd:PathObject ID=\"6\" Boundary=\"10 20 20 10\" "
                   u"Fill=\"true\" Stroke=\"false\"><ofd:FillColor Value=\"255 255 0\"/><ofd:AbbreviatedData>"
                   u"M 0 0 L 20 0 L 20 10 L 0 10 C</ofd:AbbreviatedData></ofd:PathObject></ofd:Layer>"
                   u"<ofd:Layer ID=\"3\">%2</ofd:Layer></ofd:Content></ofd:Page>"_s)
                      .arg(kNs, square.arg(u"4"_s, u"0 255 0"_s))
                      .toUtf8());
        const ra::RenderedOfdPage page = ra::renderOfdPage(b.build(), 0, 254);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(pixelAtMm(page, {25, 15}), QColor(Qt::green));    // page over background template
        QCOMPARE(pixelAtMm(page, {25, 25}), QColor(Qt::yellow));   // foreground layer over body layer
        QCOMPARE(pixelAtMm(page, {15, 15}), QColor(Qt::blue));     // foreground template over all
    }

    void textIsDrawnInItsBox()
    {
        const QByteArray bytes = package(
            u"<ofd:TextObject ID=\"1\" Boundary=\"10 10 40 8\" Font=\"50\" Size=\"5\">"
            u"<ofd:FillColor Value=\"0 0 200\"/>"
            u"<ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"g 3 5\">发票号码</ofd:TextCode></ofd:TextObject>"_s);
        const ra::RenderedOfdPage page = ra::renderOfdPage(bytes, 0, 254);
        QVERIFY2(page.ok(), qPrintable(page.error));
        // Each of the four characters has ink in its own 5 mm cell.
        for (int i = 0; i < 4; ++i)
            QVERIFY2(countPixels(page, QRectF(10 + 5 * i, 10, 5, 6), isInk) > 30, qPrintable(QString::number(i)));
        QCOMPARE(countPixels(page, QRectF(31, 9, 60, 10), isInk), 0);
        QCOMPARE(countPixels(page, QRectF(0, 20, 100, 30), isInk), 0);
        // The colour is the FillColor's.
        const QRect px = page.mmToPixel.mapRect(QRectF(10, 10, 20, 6)).toRect();
        bool blue = false;
        for (int y = px.top(); y <= px.bottom() && !blue; ++y)
            for (int x = px.left(); x <= px.right() && !blue; ++x)
                blue = page.image.pixelColor(x, y) == QColor(0, 0, 200);
        QVERIFY(blue);
        QCOMPARE(page.drawn.size(), 1);
        QCOMPARE(page.drawn.first().kind, ra::OfdDrawnObject::Kind::Text);
        QVERIFY(QRectF(9, 8, 22, 8).contains(page.drawn.first().bounds));
        // 宋体 is not embedded: the substitute is named in the notes.
        QVERIFY2(page.notes.join(u'\n').contains(u"宋体"), qPrintable(page.notes.join(u'\n')));
    }

    // 诺诺 writes right-aligned amounts with a negative Boundary width and the TextCode at
    // X = -width (issue #12): the text runs leftwards from the Boundary's origin.
    void negativeWidthBoundaryIsDrawn()
    {
        const QByteArray bytes = package(
            u"<ofd:TextObject ID=\"1\" Boundary=\"60 10 -20 6\" Font=\"50\" Size=\"4\">"
            u"<ofd:TextCode X=\"-20.0\" Y=\"4\">1234.56</ofd:TextCode></ofd:TextObject>"
            u"<ofd:TextObject ID=\"2\" Boundary=\"90 30 -10 6\" Font=\"50\" Size=\"4\">"
            u"<ofd:TextCode X=\"-10\" Y=\"4\">13%</ofd:TextCode></ofd:TextObject>"_s);
        const ra::RenderedOfdPage page = ra::renderOfdPage(bytes, 0, 254);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.drawn.size(), 2);
        // the ink lies left of the origin, inside the normalized boundary
        QVERIFY(countPixels(page, QRectF(40, 10, 20, 6), isInk) > 50);
        QVERIFY(countPixels(page, QRectF(80, 30, 10, 6), isInk) > 20);
        QCOMPARE(countPixels(page, QRectF(61, 5, 39, 20), isInk), 0);
        QVERIFY(QRectF(39, 9, 22, 8).contains(page.drawn.first().bounds));
        QVERIFY2(!page.notes.join(u'\n').contains(u"Boundary"), qPrintable(page.notes.join(u'\n')));
    }

    void hScaleAndCtmRotateText()
    {
        // HScale 2 widens each glyph; a 90° CTM turns the text downwards.
        const QByteArray bytes = package(
            u"<ofd:TextObject ID=\"1\" Boundary=\"10 5 40 8\" Font=\"50\" Size=\"5\" HScale=\"2\">"
            u"<ofd:TextCode X=\"0\" Y=\"5\">一</ofd:TextCode></ofd:TextObject>"
            u"<ofd:TextObject ID=\"2\" Boundary=\"80 5 10 40\" CTM=\"0 1 -1 0 5 0\" Font=\"50\" Size=\"5\">"
            u"<ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"g 3 6\">一一一一</ofd:TextCode></ofd:TextObject>"_s);
        const ra::RenderedOfdPage page = ra::renderOfdPage(bytes, 0, 254);
        QVERIFY2(page.ok(), qPrintable(page.error));
        // "一" is a horizontal bar about as wide as the size: with HScale 2 it reaches past 6 mm.
        QVERIFY(countPixels(page, QRectF(16.5, 5, 2.5, 8), isInk) > 0);
        // Rotated: ink in a vertical strip below (80, 5), none to the right of it.
        QVERIFY(countPixels(page, QRectF(75, 20, 10, 10), isInk) > 0);
        QCOMPARE(countPixels(page, QRectF(86, 0, 14, 50), isInk), 0);
    }

    void imagesPngAndJbig2Failure()
    {
        QImage img(4, 4, QImage::Format_RGB32);
        img.fill(QColor(200, 0, 0));
        ra::test::OfdBuilder b;
        b.setPageSize(QSizeF(100, 50));
        b.addImage(u"10"_s, u"11"_s, QRectF(20, 10, 20, 20), u"red.png"_s, pngOf(img));
        b.addImage(u"12"_s, u"13"_s, QRectF(60, 10, 20, 20), u"broken.jb2"_s, raw("\x97JB2\r\n\x1a\n garbage"),
                   u"GBIG2"_s);
        const ra::RenderedOfdPage page = ra::renderOfdPage(b.build(), 0, 100);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(pixelAtMm(page, {30, 20}), QColor(200, 0, 0));
        // The undecodable image is a grey crossed box, and a note.
        const auto grey = [](QRgb c) { return qRed(c) == qGreen(c) && qGreen(c) == qBlue(c) && qRed(c) < 230; };
        QVERIFY(countPixels(page, QRectF(69, 19, 2, 2), grey) > 0);   // where the diagonals cross
        QVERIFY(countPixels(page, QRectF(59, 9, 22, 22), [](QRgb c) { return qGray(c) < 100; }) == 0); // grey, not black
        QCOMPARE(pixelAtMm(page, {65, 20}), QColor(Qt::white));
        QVERIFY2(page.notes.join(u'\n').contains(u"JBIG2"), qPrintable(page.notes.join(u'\n')));
    }

    void compositeObjectAndClip()
    {
        const QString res = u"<ofd:CompositeGraphicUnits><ofd:CompositeGraphicUnit ID=\"30\" Width=\"10\" Height=\"10\">"
                            u"<ofd:Content><ofd:PathObject ID=\"31\" Boundary=\"0 0 10 10\" Fill=\"true\" Stroke=\"false\">"
                            u"<ofd:FillColor Value=\"0 0 255\"/><ofd:AbbreviatedData>M 0 0 L 10 0 L 10 10 L 0 10 C"
                            u"</ofd:AbbreviatedData></ofd:PathObject></ofd:Content></ofd:CompositeGraphicUnit>"
                            u"</ofd:CompositeGraphicUnits>"_s;
        // The composite is drawn twice as large at (10, 10); the second copy is clipped to
        // its left half.
        const QByteArray bytes = package(
            u"<ofd:CompositeObject ID=\"1\" Boundary=\"10 10 20 20\" CTM=\"2 0 0 2 0 0\" ResourceID=\"30\"/>"
            u"<ofd:CompositeObject ID=\"2\" Boundary=\"50 10 20 20\" CTM=\"2 0 0 2 0 0\" ResourceID=\"30\">"
            u"<ofd:Clips><ofd:Clip><ofd:Area><ofd:Path Boundary=\"0 0 10 20\"><ofd:AbbreviatedData>"
            u"M 0 0 L 10 0 L 10 20 L 0 20 C</ofd:AbbreviatedData></ofd:Path></ofd:Area></ofd:Clip></ofd:Clips>"
            u"</ofd:CompositeObject>"_s,
            res);
        const ra::RenderedOfdPage page = ra::renderOfdPage(bytes, 0, 254);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(pixelAtMm(page, {28, 28}), QColor(Qt::blue));
        QCOMPARE(pixelAtMm(page, {55, 20}), QColor(Qt::blue));
        QCOMPARE(pixelAtMm(page, {65, 20}), QColor(Qt::white));
    }

    void annotationsAreDrawnUnlessInvisible()
    {
        ra::test::OfdBuilder b;
        b.setPageSize(QSizeF(100, 50));
        QByteArray doc = b.files().value(u"Doc_0/Document.xml"_s);
        doc.replace("</ofd:Document>", "<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations></ofd:Document>");
        b.setFile(u"Doc_0/Document.xml"_s, doc);
        b.setFile(u"Doc_0/Annots/Annotations.xml"_s,
                  (u"<?xml version=\"1.0\"?><ofd:Annotations xmlns:ofd=\"%1\"><ofd:Page PageID=\"901\">"
                   u"<ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>"_s)
                      .arg(kNs)
                      .toUtf8());
        const QString square = u"<ofd:PathObject ID=\"%1\" Boundary=\"0 0 10 10\" Fill=\"true\" Stroke=\"false\">"
                               u"<ofd:FillColor Value=\"255 0 0\"/><ofd:AbbreviatedData>M 0 0 L 10 0 L 10 10 L 0 10 C"
                               u"</ofd:AbbreviatedData></ofd:PathObject>"_s;
        b.setFile(u"Doc_0/Annots/Page_0/Annotation.xml"_s,
                  (u"<?xml version=\"1.0\"?><ofd:PageAnnot xmlns:ofd=\"%1\">"
                   u"<ofd:Annot ID=\"1\" Type=\"Stamp\"><ofd:Appearance Boundary=\"20 20 10 10\">%2</ofd:Appearance></ofd:Annot>"
                   u"<ofd:Annot ID=\"2\" Type=\"Stamp\" Visible=\"false\"><ofd:Appearance Boundary=\"60 20 10 10\">%3"
                   u"</ofd:Appearance></ofd:Annot></ofd:PageAnnot>"_s)
                      .arg(kNs, square.arg(3), square.arg(4))
                      .toUtf8());
        const ra::RenderedOfdPage page = ra::renderOfdPage(b.build(), 0, 100);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(pixelAtMm(page, {25, 25}), QColor(Qt::red));
        QCOMPARE(pixelAtMm(page, {65, 25}), QColor(Qt::white));
    }

    void transformAndSize_data()
    {
        QTest::addColumn<double>("dpi");
        QTest::addColumn<QSize>("size");
        QTest::newRow("150 dpi (reference)") << 150.0 << QSize(591, 296);
        QTest::newRow("72 dpi") << 72.0 << QSize(284, 142);
        QTest::newRow("600 dpi") << 600.0 << QSize(2363, 1182);
    }
    void transformAndSize()
    {
        QFETCH(double, dpi);
        QFETCH(QSize, size);
        const ra::RenderedOfdPage page = ra::renderOfdPage(package(QString()), 0, dpi);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.image.size(), size);
        QCOMPARE(page.pageBoxMm, QRectF(0, 0, 100, 50));
        QCOMPARE(page.mmToPixel.map(QPointF(25.4, 25.4)), QPointF(dpi, dpi));
        QCOMPARE(page.image.pixelColor(0, 0), QColor(Qt::white));
    }

    // --- damaged and hostile input -------------------------------------------------------------

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

    // The renderer's notes are shown as they come (the desk's page view, the worker's answer):
    // in the Chinese desk they are Chinese. They were once looked up in a context lupdate never
    // files them under, so every note stayed English.
    void notesSpeakTheInstalledLanguage()
    {
        QTranslator chinese;
        const QString qm = QCoreApplication::applicationDirPath() + u"/../translations/reimburse_zh_CN.qm"_s;
        if (!chinese.load(qm))
            QSKIP("the compiled Chinese catalogue is not in the build tree");
        QCoreApplication::installTranslator(&chinese);
        const ra::RenderedOfdPage page = ra::renderOfdPage(
            package(u"<ofd:TextObject ID=\"1\" Boundary=\"0 0 1e300 10\" Font=\"50\" Size=\"3\">"
                    u"<ofd:TextCode X=\"0\" Y=\"3\">x</ofd:TextCode></ofd:TextObject>"_s),
            0, 100);
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY2(page.ok(), qPrintable(page.error));
        const QString notes = page.notes.join(u'\n');
        QVERIFY2(notes.contains(u"外接框"), qPrintable(notes));
        QVERIFY2(!notes.contains(u"graphic object"), qPrintable(notes));
    }

    void pageIndexAndDpiChecked()
    {
        const QByteArray bytes = package(QString());
        ra::RenderedOfdPage page = ra::renderOfdPage(bytes, 1, 150);
        QCOMPARE(page.errorCode, u"page_out_of_range"_s);
        QCOMPARE(page.pageCount, 1);
        page = ra::renderOfdPage(bytes, -1, 150);
        QCOMPARE(page.errorCode, u"page_out_of_range"_s);
        page = ra::renderOfdPage(bytes, 0, std::nan(""));
        QCOMPARE(page.errorCode, u"bad_dpi"_s);
        page = ra::renderOfdPage(bytes, 0, 0);
        QCOMPARE(page.errorCode, u"bad_dpi"_s);
    }

    void rendererReusedAcrossPages()
    {
        ra::test::OfdBuilder b;
        b.setPageCount(3);
        b.addText(u"1"_s, QRectF(10, 10, 30, 5), u"第一页"_s, 3.175, 1);
        b.addText(u"2"_s, QRectF(10, 30, 30, 5), u"第三页"_s, 3.175, 3);
        ra::OfdRenderer renderer;
        QVERIFY(!renderer.load(b.build()));
        QCOMPARE(renderer.pageCount(), 3);
        const ra::RenderedOfdPage first = renderer.render(0, 100);
        const ra::RenderedOfdPage third = renderer.render(2, 100);
        QVERIFY(countPixels(first, QRectF(10, 10, 30, 5), isInk) > 0);
        QCOMPARE(countPixels(first, QRectF(10, 30, 30, 5), isInk), 0);
        QVERIFY(countPixels(third, QRectF(10, 30, 30, 5), isInk) > 0);
        QCOMPARE(countPixels(third, QRectF(10, 10, 30, 5), isInk), 0);
        // Rendering again gives the same pixels.
        QCOMPARE(renderer.render(0, 100).image, first.image);
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

    // --- real fixtures and the generated invoice ---------------------------------------------------

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

    // --- the ways in: PageRenderer and the CLI -----------------------------------------------------

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

QTEST_MAIN(TestOfdRenderer)
#include "tst_ofdrenderer.moc"
