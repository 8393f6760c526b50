#include "pdf/pdftextlayer.h"
#include "testpaths.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QtTest>

#include <limits>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

// One piece of text drawn on a synthetic page, with the box QPainter says it covers (points).
struct Drawn
{
    QString text;
    QRectF box;
};

// A one-page PDF (595 × 396 pt, 1 unit = 1 pt) with the given texts drawn at their
// baselines. Latin text in DejaVu Sans, Chinese in Noto Sans CJK SC: with the CJK font first,
// QPdfWriter 6.4 leaves digits after Latin letters ("ABC-123") out of the ToUnicode map.
QByteArray makePdf(const QList<QPair<QPointF, QString>> &texts, QList<Drawn> *drawn = nullptr,
                   double pointSize = 10)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QSizeF(595, 396), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&writer);
        QFont font;
        font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
        font.setPointSizeF(pointSize);
        p.setFont(font);
        const QFontMetricsF fm(font);
        for (const auto &[at, text] : texts) {
            p.drawText(at, text);
            if (drawn)
                drawn->append({text, fm.tightBoundingRect(text).translated(at)});
        }
    }
    return bytes;
}

bool loadPdf(QPdfDocument &doc, QBuffer &buffer, const QByteArray &bytes)
{
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    doc.load(&buffer);
    return doc.status() == QPdfDocument::Status::Ready && doc.pageCount() > 0;
}

// Characters of the layer whose centres lie inside `box` (grown a little), as text.
QString textInside(const PdfTextLayer &layer, const QRectF &box)
{
    QString out;
    const QRectF grown = box.adjusted(-1.5, -1.5, 1.5, 1.5);
    for (const PdfChar &c : layer.chars())
        if (grown.contains(c.box.center()))
            out.append(c.ch);
    return out;
}

QString compactText(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out.append(c);
    return out;
}

} // namespace

class TestPdfTextLayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void matchRuns_data();
    void matchRuns();
    void matchRunsOnePerGlyph();
    void matchRunsDegenerate();
    void fromRunsLinesAndWords();
    void blanksInsideRunMakeRoom();
    void randomInputNeverBreaks();

    void syntheticPdfPositions();
    void syntheticPdfFoldsKangxi();
    void emptyAndBadPages();

    void realFixturesMatchPdfium_data();
    void realFixturesMatchPdfium();
    void rotatedPage();

private:
    bool m_haveCjkFont = false;
};

void TestPdfTextLayer::initTestCase()
{
    const QStringList families = QFontDatabase::families();
    m_haveCjkFont = families.contains(u"Noto Sans CJK SC"_s) && families.contains(u"DejaVu Sans"_s);
}

void TestPdfTextLayer::matchRuns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QRectF>>("runs");
    QTest::addColumn<QList<int>>("expected");

    // A label with blanks inside one run, then a caption far to the right: the blank after
    // "名 称:" is pdfium's, the one inside is the PDF's.
    QTest::newRow("blank inside and between runs")
        << u"名 称: 密\r\n"_s
        << QList<QRectF>{QRectF(48.7, 87.1, 55.3, 8.3), QRectF(351.9, 90.2, 8.0, 8.2)}
        << QList<int>{0, 0, 0, 0, -1, 1, -1, -1};
    // Two runs that touch: the split falls where the script changes, not one glyph off.
    QTest::newRow("abutting runs split at the script change")
        << u"中国工商银行支行4200123456"_s
        << QList<QRectF>{QRectF(108.4, 337.1, 71.9, 8.6), QRectF(180.3, 338.3, 45.0, 6.5)}
        << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    // A run of digits and its caption on the next text line.
    QTest::newRow("lines")
        << u"发票号码:\r\n12345678"_s
        << QList<QRectF>{QRectF(435.2, 30.8, 37.4, 8.2), QRectF(475.6, 31.4, 33.3, 6.7)}
        << QList<int>{0, 0, 0, 0, 0, -1, -1, 1, 1, 1, 1, 1, 1, 1, 1};
    // Three lines with one short and one long run: widths decide.
    QTest::newRow("widths decide")
        << u"合 计 ¥47.26 ¥6.14"_s
        << QList<QRectF>{QRectF(61.5, 257.8, 48.7, 8.4), QRectF(438.7, 261.2, 38.2, 7.0),
                         QRectF(557.3, 261.2, 31.7, 7.0)}
        << QList<int>{0, 0, 0, -1, 1, 1, 1, 1, 1, 1, -1, 2, 2, 2, 2, 2};
}

void TestPdfTextLayer::matchRuns()
{
    QFETCH(QString, text);
    QFETCH(QList<QRectF>, runs);
    QFETCH(QList<int>, expected);
    QCOMPARE(PdfTextLayer::matchRuns(text, runs), expected);
}

void TestPdfTextLayer::matchRunsOnePerGlyph()
{
    // Generators that position every glyph give one run per visible character.
    const QString text = u"贵州 增值税\r\n发票"_s;
    QList<QRectF> runs;
    for (int i = 0; i < 7; ++i)
        runs.append(QRectF(100 + 20 * i, 50, 18, 18));
    QCOMPARE(PdfTextLayer::matchRuns(text, runs), (QList<int>{0, 1, -1, 2, 3, 4, -1, -1, 5, 6}));
}

void TestPdfTextLayer::matchRunsDegenerate()
{
    QCOMPARE(PdfTextLayer::matchRuns(QString(), {}), QList<int>());
    QCOMPARE(PdfTextLayer::matchRuns(u"ab"_s, {}), (QList<int>{-1, -1}));
    QCOMPARE(PdfTextLayer::matchRuns(u"\r\n"_s, {QRectF(0, 0, 10, 10)}), (QList<int>{-1, -1}));
    // more runs than characters: still an answer for every character, no crash
    const QList<int> r = PdfTextLayer::matchRuns(u"a b"_s, {QRectF(0, 0, 5, 7), QRectF(9, 0, 5, 7), QRectF(20, 0, 5, 7)});
    QCOMPARE(r.size(), 3);
    // empty rectangles and absurd sizes must not crash
    const PdfTextLayer l = PdfTextLayer::fromRuns(u"x\r\ny"_s, {QRectF(), QRectF(0, 0, 1e9, 1e-9)}, QSizeF(10, 10));
    QVERIFY(l.chars().size() <= 2);
}

void TestPdfTextLayer::fromRunsLinesAndWords()
{
    // The label and its value are two runs on one band; the caption 购 is on a band of its own.
    const QString text = u"发票号码:\r\n25322000000137756448\r\n购\r\n"_s;
    const QList<QRectF> runs = {QRectF(438.7, 32.6, 38.1, 8.4), QRectF(482.1, 33.5, 88.9, 6.3),
                                QRectF(16.8, 93.6, 7.6, 7.9)};
    const PdfTextLayer layer = PdfTextLayer::fromRuns(text, runs, QSizeF(595.276, 396.85));
    QCOMPARE(layer.chars().size(), 26);
    QCOMPARE(layer.lines().size(), 2);
    QCOMPARE(layer.lines().at(0).text(), u"发票号码: 25322000000137756448"_s);
    QCOMPARE(layer.lines().at(0).words.size(), 2);
    QCOMPARE(layer.lines().at(0).words.at(1).text, u"25322000000137756448"_s);
    QCOMPARE(layer.lines().at(1).text(), u"购"_s);
    // characters stay inside their run and in reading order
    for (const PdfChar &c : layer.chars()) {
        QVERIFY(c.run >= 0);
        const QRectF r = runs.at(c.run).adjusted(-0.01, -0.01, 0.01, 0.01);
        QVERIFY2(r.contains(c.box), qPrintable(QString(c.ch)));
    }
    // full-width colon folded
    QCOMPARE(layer.chars().at(4).ch, QChar(u':'));
    const QList<int> &digits = layer.lines().at(0).words.at(1).chars;
    for (int i = 1; i < digits.size(); ++i)
        QVERIFY(layer.chars().at(digits.at(i)).box.left() > layer.chars().at(digits.at(i - 1)).box.left());
}

void TestPdfTextLayer::blanksInsideRunMakeRoom()
{
    // "2019    07    20" is one run with wide blanks, and 年 月 日 are printed in the gaps:
    // the digits keep their size and the captions join the same line between them.
    const QString text = u"开票日期: 年 月 日\r\n2019 07 20"_s;
    const QList<QRectF> runs = {QRectF(434.9, 47.9, 37.2, 8.3), QRectF(501.1, 47.9, 7.9, 8.3),
                                QRectF(522.3, 48.0, 7.0, 8.0), QRectF(543.8, 48.3, 5.9, 7.8),
                                QRectF(477.9, 49.4, 63.0, 5.7)};
    const PdfTextLayer layer = PdfTextLayer::fromRuns(text, runs, QSizeF(609, 394));
    QCOMPARE(layer.lines().size(), 1);
    QString compact;
    for (int k : layer.lines().first().chars)
        compact.append(layer.chars().at(k).ch);
    QCOMPARE(compact, u"开票日期:2019年07月20日"_s);
}

void TestPdfTextLayer::randomInputNeverBreaks()
{
    // Whatever pdfium hands over, the layer answers: no crash, characters only from runs.
    QRandomGenerator rng(20240506);
    const QString alphabet = u"发票号码合计¥0123456789.:：（）ABCxyz-* \r\n\u3000\u2F26"_s;
    const double odd[] = {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                          -1e300, 1e12, -5, 0};
    for (int round = 0; round < 300; ++round) {
        QString text;
        const int n = int(rng.bounded(60));
        for (int i = 0; i < n; ++i)
            text.append(alphabet.at(int(rng.bounded(int(alphabet.size())))));
        QList<QRectF> runs;
        const int m = int(rng.bounded(12));
        for (int j = 0; j < m; ++j) {
            QRectF r(rng.bounded(600.0), rng.bounded(400.0), rng.bounded(120.0), rng.bounded(20.0));
            if (rng.bounded(8) == 0)
                r.setWidth(odd[rng.bounded(6)]);
            if (rng.bounded(8) == 0)
                r.setY(odd[rng.bounded(6)]);
            runs.append(r);
        }
        const QList<int> match = PdfTextLayer::matchRuns(text, runs);
        QCOMPARE(match.size(), text.size());
        for (int j : match)
            QVERIFY(j >= -1 && j < m);
        const PdfTextLayer layer = PdfTextLayer::fromRuns(text, runs, QSizeF(600, 400));
        int inLines = 0;
        for (const PdfLine &l : layer.lines()) {
            inLines += int(l.chars.size());
            for (int k : l.chars)
                QVERIFY(k >= 0 && k < layer.chars().size());
        }
        QCOMPARE(inLines, int(layer.chars().size()));
        for (const PdfChar &c : layer.chars())
            QVERIFY(c.run >= 0 && c.run < m && !c.ch.isSpace());
    }
}

void TestPdfTextLayer::syntheticPdfPositions()
{
    if (!m_haveCjkFont)
        QSKIP("fonts Noto Sans CJK SC and DejaVu Sans are not installed");
    QList<Drawn> drawn;
    const QByteArray pdf = makePdf({{QPointF(40, 40), u"发票号码：12345678"_s},
                                    {QPointF(40, 80), u"名 称：测试科技有限公司"_s},
                                    {QPointF(300, 80), u"¥1,234.50"_s},
                                    {QPointF(40, 200), u"Invoice ABC-123 税号91110108MA01ABCD2X"_s}},
                                   &drawn);
    QPdfDocument doc;
    QBuffer buffer;
    QVERIFY(loadPdf(doc, buffer, pdf));
    const PdfTextLayer layer = PdfTextLayer::fromDocument(doc, 0);
    QVERIFY(!layer.isEmpty());
    QCOMPARE(layer.rotation(), 0);
    QCOMPARE(layer.pageSize().toSize(), QSize(595, 396));
    for (const Drawn &d : drawn) {
        const QString expected = compactText(d.text).replace(u'：', u':');
        QCOMPARE(textInside(layer, d.box), expected);
    }
    // nothing was placed outside what was drawn
    int placed = 0;
    for (const Drawn &d : drawn)
        placed += int(compactText(d.text).size());
    QCOMPARE(layer.chars().size(), placed);
    // the lines read as drawn, top to bottom
    QCOMPARE(layer.lines().size(), 3);
    QCOMPARE(compactText(layer.lines().first().text()), u"发票号码:12345678"_s);
}

void TestPdfTextLayer::syntheticPdfFoldsKangxi()
{
    if (!m_haveCjkFont)
        QSKIP("fonts Noto Sans CJK SC and DejaVu Sans are not installed");
    // ⼦ is the Kangxi radical U+2F26; ａ is full-width
    const QByteArray pdf = makePdf({{QPointF(60, 60), u"电\u2F26发票ａ"_s}});
    QPdfDocument doc;
    QBuffer buffer;
    QVERIFY(loadPdf(doc, buffer, pdf));
    if (!doc.getAllText(0).text().contains(QChar(0x2F26)))
        QSKIP("the PDF writer did not keep the Kangxi radical in the text layer");
    const PdfTextLayer layer = PdfTextLayer::fromDocument(doc, 0);
    QCOMPARE(layer.text(), u"电子发票a"_s);
    // the same without a PDF writer in between
    const PdfTextLayer runs = PdfTextLayer::fromRuns(u"电\u2F26发票（专用）"_s, {QRectF(10, 10, 120, 12)}, QSizeF(200, 100));
    QCOMPARE(runs.text(), u"电子发票(专用)"_s);
}

void TestPdfTextLayer::emptyAndBadPages()
{
    // a page with only graphics: an empty layer
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter p(&writer);
        p.drawRect(100, 100, 2000, 1000);
    }
    QPdfDocument doc;
    QBuffer buffer;
    QVERIFY(loadPdf(doc, buffer, bytes));
    QVERIFY(PdfTextLayer::fromDocument(doc, 0).isEmpty());
    // pages that do not exist
    QVERIFY(PdfTextLayer::fromDocument(doc, -1).isEmpty());
    QVERIFY(PdfTextLayer::fromDocument(doc, 5).isEmpty());
    // no document at all
    QPdfDocument none;
    QVERIFY(PdfTextLayer::fromDocument(none, 0).isEmpty());
}

void TestPdfTextLayer::realFixturesMatchPdfium_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("minShare"); // of characters in their true run
    // Files where pdfium answers per-character questions quickly (a few ms per page load).
    // The other fixtures were checked the same way while writing the matcher: only characters
    // of seal rings (set one per run on a circle) missed their run.
    const QString y = u"yanjason552-coder__Intelligent-Invoice-Recognition/"_s;
    QTest::newRow("digital special") << y + u"25ef2f35-54bf-4f1d-8534-0715ceb8647a.pdf"_s << 1.0;
    QTest::newRow("jiangsu toll") << y + u"5aa850b6-2d8f-448d-be06-bb996d48b5e1.pdf"_s << 1.0;
    QTest::newRow("digital special 3") << y + u"a66486c1-28c8-4e77-9c5a-1e95e43b06c9.pdf"_s << 1.0;
    QTest::newRow("ofd converted") << u"renoyuan__easyofd/test.pdf"_s << 1.0;
}

void TestPdfTextLayer::realFixturesMatchPdfium()
{
    if (!ra::test::haveRealFixtures())
        QSKIP("real fixtures not present (../shared/fixtures/real)");
    QFETCH(QString, file);
    QFETCH(double, minShare);
    QPdfDocument doc;
    QCOMPARE(doc.load(ra::test::realFixturesDir() + u'/' + file), QPdfDocument::Error::None);
    const QPdfSelection all = doc.getAllText(0);
    QList<QRectF> runs;
    for (const QPolygonF &p : all.bounds())
        if (p.boundingRect().width() > 0 || p.boundingRect().height() > 0)
            runs.append(p.boundingRect());
    const QString text = all.text();
    const QList<int> match = PdfTextLayer::matchRuns(text, runs);
    // pdfium's own answer, one character at a time (slow: the reason the layer does not ask)
    int checked = 0, right = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QPdfSelection one = doc.getSelectionAtIndex(0, i, 1);
        QRectF box;
        for (const QPolygonF &p : one.bounds())
            box = box.united(p.boundingRect());
        if (box.width() <= 0 || box.height() <= 0)
            continue;
        ++checked;
        const int j = match.at(i);
        if (j >= 0 && runs.at(j).adjusted(-0.01, -0.01, 0.01, 0.01).contains(box))
            ++right;
    }
    QVERIFY(checked > 100);
    QVERIFY2(right >= minShare * checked, qPrintable(u"%1 of %2 characters in their run"_s.arg(right).arg(checked)));
}

void TestPdfTextLayer::rotatedPage()
{
    if (!ra::test::haveRealFixtures())
        QSKIP("real fixtures not present (../shared/fixtures/real)");
    // /Rotate 90: pdfium reports unrotated boxes; the layer turns them as the page is shown
    QPdfDocument doc;
    QCOMPARE(doc.load(ra::test::realFixturesDir() + u"/ofdrw__ofdrw/xbrl-001.pdf"_s), QPdfDocument::Error::None);
    const PdfTextLayer layer = PdfTextLayer::fromDocument(doc, 0);
    QCOMPARE(layer.rotation(), 90);
    QCOMPARE(layer.pageSize().toSize(), QSize(595, 420));
    const QRectF page(QPointF(0, 0), layer.pageSize());
    for (const PdfChar &c : layer.chars())
        QVERIFY(page.adjusted(-1, -1, 1, 1).contains(c.box));
    // the title reads left to right near the top
    bool found = false;
    for (const PdfLine &l : layer.lines())
        if (l.text().contains(u"电子发票(航空运输电子客票行程单)"_s)) {
            found = true;
            QVERIFY(l.box.top() < 60);
        }
    QVERIFY(found);
}

QTEST_MAIN(TestPdfTextLayer)
#include "tst_pdftextlayer.moc"
