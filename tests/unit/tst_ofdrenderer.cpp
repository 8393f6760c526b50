// The OFD renderer on synthetic packages: TextCode layout rules (deltas, positions), font
// families, and the drawing of paths, text, images, composite objects, clips, annotations,
// templates and layers, transforms and sizes, translated notes, checked arguments, a renderer
// reused across pages. Real and damaged documents, reference images and the CLI:
// tst_ofdrenderdocuments. Shared helpers: tests/support/ofdrendertesting.*.

#include "ofd/ofdxmlnode.h"
#include "ofd/render/ofdfontresolver.h"
#include "ofd/render/ofdrenderer.h"
#include "ofd/render/ofdtextcode.h"

#include "ofdbuilder.h"
#include "ofdrendertesting.h"

#include <QImage>
#include <QPainter>
#include <QTranslator>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ra::test;

class TestOfdRenderer : public QObject
{
    Q_OBJECT

private slots:
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
                      .arg(kOfdNs)
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
                      .arg(kOfdNs)
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
                      .arg(kOfdNs, square.arg(u"4"_s, u"0 255 0"_s))
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
                      .arg(kOfdNs)
                      .toUtf8());
        const QString square = u"<ofd:PathObject ID=\"%1\" Boundary=\"0 0 10 10\" Fill=\"true\" Stroke=\"false\">"
                               u"<ofd:FillColor Value=\"255 0 0\"/><ofd:AbbreviatedData>M 0 0 L 10 0 L 10 10 L 0 10 C"
                               u"</ofd:AbbreviatedData></ofd:PathObject>"_s;
        b.setFile(u"Doc_0/Annots/Page_0/Annotation.xml"_s,
                  (u"<?xml version=\"1.0\"?><ofd:PageAnnot xmlns:ofd=\"%1\">"
                   u"<ofd:Annot ID=\"1\" Type=\"Stamp\"><ofd:Appearance Boundary=\"20 20 10 10\">%2</ofd:Appearance></ofd:Annot>"
                   u"<ofd:Annot ID=\"2\" Type=\"Stamp\" Visible=\"false\"><ofd:Appearance Boundary=\"60 20 10 10\">%3"
                   u"</ofd:Appearance></ofd:Annot></ofd:PageAnnot>"_s)
                      .arg(kOfdNs, square.arg(3), square.arg(4))
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
};

QTEST_MAIN(TestOfdRenderer)
#include "tst_ofdrenderer.moc"
