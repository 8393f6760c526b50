// The offline OCR engine (providers/local/ocr): printed lines read exactly, pages at 90/180/270
// degrees read upright with their polygons on the given image, cancellation, one engine per
// thread, and a missing model saying what to do. Skips (QSKIP) what needs the models when they
// are not installed; scripts/install-deps.sh (CI) installs them.

#include "local/localrecognizer.h"
#include "local/ocr/ocrengine.h"
#include "local/ocr/ocrmodels.h"
#include "scanimages.h"
#include "textnormalize.h"

#include <QFont>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ra;
using namespace ra::ocr;

namespace {

QImage lineImage(const QString &text)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(30);
    const int w = QFontMetrics(font).horizontalAdvance(text) + 80;
    QImage img(w, 110, QImage::Format_RGB888);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(40, 68, text);
    return img;
}

// the recognizer writes the yuan sign full-width (U+FFE5); the reader maps it as the PDF text has it
QString folded(const QString &s) { return text::compact(s).replace(QChar(0xFFE5), QChar(0xA5)); }
bool same(const QString &a, const QString &b) { return folded(a) == folded(b); }
QString codes(const QString &s)
{
    QStringList out;
    for (QChar c : s)
        out << QString::number(c.unicode(), 16);
    return s + QStringLiteral(" [") + out.join(QLatin1Char(' ')) + QLatin1Char(']');
}

} // namespace

class TestOcrEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsPrintedLines_data();
    void readsPrintedLines();
    void turnedPagesReadUpright_data();
    void turnedPagesReadUpright();
    void cancelStopsReading();
    void oneEnginePerThread();
    void missingModelsLeaveQrOnly();

private:
    bool m_models = false;
    QTemporaryDir m_dir;
    QString m_samples;
    OcrPage m_upright; // the clean page, for comparing the turned ones
};

void TestOcrEngine::initTestCase()
{
    m_models = locateOcrModels().isUsable();
    QVERIFY(m_dir.isValid());
    m_samples = m_dir.filePath(QStringLiteral("samples"));
    QString why;
    QVERIFY2(test::generateSamples(m_samples, &why), qPrintable(why));
}

void TestOcrEngine::readsPrintedLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("number") << QStringLiteral("发票号码:24312005301987");
    QTest::newRow("total") << QStringLiteral("价税合计(小写)11479.49");
    QTest::newRow("name") << QStringLiteral("名称:上海示例科技有限公司");
    QTest::newRow("date") << QStringLiteral("开票日期:2024年05月20日");
    QTest::newRow("tax id") << QStringLiteral("统一社会信用代码/纳税人识别号:91310115MA1H7Q2K3R");
}

void TestOcrEngine::readsPrintedLines()
{
    if (!m_models)
        QSKIP("OCR models not installed (scripts/install-ocr-models.sh)");
    QFETCH(QString, text);
    OcrEngine *engine = OcrEngine::forCurrentThread();
    QVERIFY(engine);
    const QImage img = lineImage(text);
    const OcrPage page = engine->read(img);
    QCOMPARE(page.rotation, 0);
    QVERIFY2(same(page.text(), text), qPrintable(codes(folded(page.text())) + QStringLiteral(" vs ") + codes(folded(text))));
    // every character has a quadrilateral inside the image, left to right
    double lastX = -1;
    for (const OcrLine &l : page.lines) {
        QVERIFY(l.score > 0.8f);
        for (const OcrChar &c : l.chars) {
            QCOMPARE(c.quad.size(), 4);
            QVERIFY(QRectF(QPointF(0, 0), QSizeF(img.size())).adjusted(-2, -2, 2, 2).contains(c.quad.boundingRect()));
            QVERIFY(c.quad.boundingRect().center().x() > lastX);
            lastX = c.quad.boundingRect().center().x();
        }
    }
}

void TestOcrEngine::turnedPagesReadUpright_data()
{
    QTest::addColumn<int>("turns");
    QTest::newRow("0") << 0;
    QTest::newRow("90") << 1;
    QTest::newRow("180") << 2;
    QTest::newRow("270") << 3;
}

void TestOcrEngine::turnedPagesReadUpright()
{
    if (!m_models)
        QSKIP("OCR models not installed (scripts/install-ocr-models.sh)");
    QFETCH(int, turns);
    test::ScanStyle style{QStringLiteral("turned")};
    style.quarterTurns = turns;
    const QImage img = test::makeScan(m_samples + QStringLiteral("/digital-special.pdf"), 0, style);
    QVERIFY(!img.isNull());
    const OcrPage page = OcrEngine::forCurrentThread()->read(img);
    QCOMPARE(page.rotation, (360 - 90 * turns) % 360);
    QVERIFY2(text::compact(page.text()).contains(QStringLiteral("24312000000053019876")), qPrintable(page.text()));
    if (turns == 0) {
        m_upright = page;
        return;
    }
    QVERIFY(!m_upright.lines.isEmpty());
    // the line holding the invoice number lies where the clean page has it, turned
    const auto numberLine = [](const OcrPage &p) {
        for (const OcrLine &l : p.lines)
            if (text::compact(l.text).contains(QStringLiteral("24312000000053019876")))
                return l.quad.boundingRect();
        return QRectF();
    };
    const QSizeF size = m_upright.imageSize;
    const QTransform turn = QTransform().rotate(90.0 * turns);
    const QRectF bounds = turn.mapRect(QRectF(QPointF(0, 0), size));
    const QRectF expected = turn.mapRect(numberLine(m_upright)).translated(-bounds.topLeft());
    const QRectF got = numberLine(page);
    const QRectF overlap = expected.intersected(got);
    QVERIFY2(overlap.width() * overlap.height() > 0.6 * expected.width() * expected.height(),
             qPrintable(QStringLiteral("expected %1,%2 %3x%4, got %5,%6 %7x%8")
                            .arg(expected.x()).arg(expected.y()).arg(expected.width()).arg(expected.height())
                            .arg(got.x()).arg(got.y()).arg(got.width()).arg(got.height())));
}

void TestOcrEngine::cancelStopsReading()
{
    if (!m_models)
        QSKIP("OCR models not installed (scripts/install-ocr-models.sh)");
    std::atomic_bool cancel{true};
    OcrEngine::Options o;
    o.cancel = &cancel;
    const OcrPage page = OcrEngine::forCurrentThread()->read(lineImage(QStringLiteral("发票号码:12345678")), o);
    QVERIFY(page.cancelled);
    QVERIFY(page.lines.isEmpty());
}

void TestOcrEngine::oneEnginePerThread()
{
    if (!m_models)
        QSKIP("OCR models not installed (scripts/install-ocr-models.sh)");
    const QImage img = lineImage(QStringLiteral("价税合计:350.00"));
    QString texts[2];
    OcrEngine *engines[2] = {nullptr, nullptr};
    QThread *threads[2];
    for (int i = 0; i < 2; ++i) {
        threads[i] = QThread::create([&, i] {
            engines[i] = OcrEngine::forCurrentThread();
            if (engines[i])
                texts[i] = engines[i]->read(img).text();
        });
        threads[i]->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(300000));
        delete t;
    }
    QVERIFY(engines[0] && engines[1]);
    QVERIFY(engines[0] != engines[1]);
    QVERIFY(engines[0] != OcrEngine::forCurrentThread());
    QVERIFY2(same(texts[0], QStringLiteral("价税合计:350.00")), qPrintable(texts[0]));
    QCOMPARE(texts[1], texts[0]);
}

void TestOcrEngine::missingModelsLeaveQrOnly()
{
    QTemporaryDir empty;
    qputenv("REIMBURSE_OCR_MODELS", empty.path().toUtf8());
    const auto restore = qScopeGuard([] { qunsetenv("REIMBURSE_OCR_MODELS"); });
    const OcrModelFiles files = locateOcrModels();
    QVERIFY(!files.isUsable());
    QVERIFY(files.error.contains(empty.path()));
    QString why;
    QVERIFY(!OcrEngine::forCurrentThread(&why));
    QVERIFY(why.contains(QStringLiteral("install-ocr-models.sh")));

    // an image without a QR code: no invoice, and the message says why the text was not read
    const QString plain = empty.filePath(QStringLiteral("line.png"));
    QVERIFY(lineImage(QStringLiteral("发票号码:12345678")).save(plain));
    RecognizedDocument doc = LocalRecognizer::recognizeFile(plain);
    QVERIFY(doc.error);
    QCOMPARE(doc.error->code, QStringLiteral("no_invoice"));
    QVERIFY2(doc.error->message.contains(QStringLiteral("OCR models are not installed")), qPrintable(doc.error->message));

    // a scan with its QR code: the QR fields, as before OCR existed
    const QString scan = empty.filePath(QStringLiteral("scan.png"));
    QVERIFY(test::makeScan(m_samples + QStringLiteral("/electronic-normal.pdf"), 0, test::ScanStyle{QStringLiteral("clean")}).save(scan));
    doc = LocalRecognizer::recognizeFile(scan);
    QVERIFY(!doc.error);
    QCOMPARE(doc.invoices.size(), 1);
    QCOMPARE(doc.invoices.first().value(QStringLiteral("number")), QStringLiteral("07654321"));
    QVERIFY(doc.invoices.first().fields.value(QStringLiteral("number")).source.startsWith(QStringLiteral("qr")));
    QVERIFY(!doc.invoices.first().has(QStringLiteral("seller_name")));
    // and its QR-only finding says why the printed text was not read, and what to install
    bool told = false;
    for (const Finding &f : doc.invoices.first().findings)
        if (f.rule == QStringLiteral("qr_only_missing")) {
            told = true;
            QVERIFY2(f.message.contains(QStringLiteral("install-ocr-models.sh")), qPrintable(f.message));
            QVERIFY2(f.messageZh.contains(QStringLiteral("install-ocr-models.sh")), qPrintable(f.messageZh));
        }
    QVERIFY(told);
}

QTEST_MAIN(TestOcrEngine)
#include "tst_ocrengine.moc"
