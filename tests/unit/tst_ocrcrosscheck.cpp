// The OCR cross-checks (providers/local/ocr/ocrcrosscheck.*, ocrtaxidcheck.*) on character
// layers shaped like OCR output: the sample invoices' text layers (tests/samples) turned into
// recognised lines, one OcrLine per text run, every character with a score, then deliberate
// misreads (a digit for another, a doubtful or confident score, the recognizer's runner-up)
// put where a real recognizer makes them. Each row asserts the value a field ends with, its
// source, the alternatives kept and the findings the rules then give. No OCR model is needed.

#include "local/ocr/ocrcrosscheck.h"
#include "local/ocr/ocrinvoicereader.h"
#include "local/ocr/ocrtaxidcheck.h"
#include "fieldtidy.h"
#include "pagegeometry.h"
#include "pdf/pdftextlayer.h"
#include "scanimages.h"
#include "validation/validator.h"

#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

// One misread: the `occurrence`-th (from the end when negative) place where `find` is printed,
// its character at `at` read as `to` with `score`, the recognizer's runner-up `alt` (none: null).
struct Misread
{
    QString find;
    int occurrence = 0;
    int at = 0;
    QChar to;
    float score = 0.5f;
    QChar alt;
};

} // namespace

Q_DECLARE_METATYPE(Misread)
Q_DECLARE_METATYPE(QList<Misread>)

class TestOcrCrossCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void misreads_data();
    void misreads();
    void taxIdCandidates_data();
    void taxIdCandidates();
    void otherSourcesUntouched();

private:
    ocr::OcrPage page(const QString &file) const;
    static bool apply(ocr::OcrPage &page, const Misread &m, QString *why);

    QTemporaryDir m_dir;
    QString m_samples;
};

void TestOcrCrossCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_samples = m_dir.filePath(u"samples"_s);
    QString why;
    QVERIFY2(test::generateSamples(m_samples, &why), qPrintable(why));
}

// The sample's text layer as OCR would hand it over: each word (characters side by side
// without a gap) one detected line, its characters with their boxes in page-image pixels at
// the reference resolution, all read with 0.99.
ocr::OcrPage TestOcrCrossCheck::page(const QString &file) const
{
    QPdfDocument doc;
    doc.load(m_samples + u'/' + file);
    const PdfTextLayer layer = PdfTextLayer::fromDocument(doc, 0);
    ocr::OcrPage page;
    page.imageSize = (layer.pageSize() * kPixelsPerPoint).toSize();
    const auto quadOf = [](const QRectF &pt) {
        const QRectF px(pt.topLeft() * kPixelsPerPoint, pt.size() * kPixelsPerPoint);
        return QPolygonF({px.topLeft(), px.topRight(), px.bottomRight(), px.bottomLeft()});
    };
    for (const PdfLine &pl : layer.lines())
        for (const PdfWord &w : pl.words) {
            ocr::OcrLine line;
            line.quad = quadOf(w.box);
            line.score = 0.99f;
            for (int i : w.chars) {
                const PdfChar &c = layer.chars().at(i);
                ocr::OcrChar oc;
                oc.ch = c.printed.isNull() ? c.ch : c.printed;
                oc.score = 0.99f;
                oc.quad = quadOf(c.box);
                line.vertical = c.vertical;
                line.chars.append(oc);
                line.text.append(oc.ch);
            }
            page.lines.append(line);
        }
    return page;
}

bool TestOcrCrossCheck::apply(ocr::OcrPage &page, const Misread &m, QString *why)
{
    QList<std::pair<qsizetype, qsizetype>> hits; // line, character
    for (qsizetype li = 0; li < page.lines.size(); ++li) {
        QString text;
        for (const ocr::OcrChar &c : page.lines.at(li).chars)
            text.append(c.ch);
        for (qsizetype at = text.indexOf(m.find); at >= 0; at = text.indexOf(m.find, at + 1))
            hits.append({li, at + m.at});
    }
    const qsizetype n = m.occurrence < 0 ? hits.size() + m.occurrence : m.occurrence;
    if (n < 0 || n >= hits.size()) {
        *why = u"“%1” is printed %2 time(s)"_s.arg(m.find).arg(hits.size());
        return false;
    }
    ocr::OcrChar &c = page.lines[hits.at(n).first].chars[hits.at(n).second];
    c.ch = m.to;
    c.score = m.score;
    c.alt = m.alt;
    c.altScore = m.alt.isNull() ? 0.f : 1.f - m.score;
    return true;
}

void TestOcrCrossCheck::misreads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<Misread>>("misreads");
    QTest::addColumn<QString>("key");          // the field asserted
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("uncertain");
    QTest::addColumn<QStringList>("alternatives"); // "value@source" of `key`
    QTest::addColumn<QStringList>("rules");        // the amount and id rules that fire, sorted

    // electronic-normal.pdf: total 350.00 = pre-tax 330.19 + tax 19.81 (one line at 6 %),
    // 大写 叁佰伍拾圆整, seller 92330106MA2GL4Y01T, buyer 91310115MA1H7Q2K3R.
    const QString normal = u"electronic-normal.pdf"_s;
    const QString ocrSrc = u"ocr"_s;
    const QChar none;
    QTest::newRow("as printed") << normal << QList<Misread>{} << u"total"_s << u"350.00"_s << ocrSrc << false
                                << QStringList{} << QStringList{};
    QTest::newRow("doubtful total confirmed by words and sum")
        << normal << QList<Misread>{{u"350.00"_s, -1, 0, u'3', 0.55f, none}} << u"total"_s << u"350.00"_s
        << ocrSrc << false << QStringList{} << QStringList{};
    QTest::newRow("total misread, words and sum agree")
        << normal << QList<Misread>{{u"350.00"_s, -1, 1, u'6', 0.97f, none}} << u"total"_s << u"350.00"_s
        << u"ocr:words"_s << true << QStringList{u"360.00@ocr"_s} << QStringList{u"ocr_crosscheck"_s};
    QTest::newRow("words misread, figures agree")
        << normal << QList<Misread>{{u"叁佰伍拾"_s, 0, 2, u'陆', 0.62f, none}} << u"total_in_words"_s
        << u"叁佰伍拾圆整"_s << u"ocr:total"_s << true << QStringList{u"叁佰陆拾圆整@ocr"_s}
        << QStringList{u"ocr_crosscheck"_s};
    QTest::newRow("pre-tax misread, the rate tells")
        << normal << QList<Misread>{{u"330.19"_s, -1, 5, u'4', 0.93f, none}} << u"pretax_amount"_s << u"330.19"_s
        << u"ocr:sum"_s << true << QStringList{u"330.14@ocr"_s} << QStringList{u"ocr_crosscheck"_s};
    // the line's rate unreadable (6% read as G%): no rate to go by; the line's tax then tells
    const Misread noRate{u"6%"_s, 0, 0, u'G', 0.99f, none};
    QTest::newRow("tax misread, the line tells")
        << normal << QList<Misread>{noRate, {u"19.81"_s, -1, 3, u'3', 0.97f, none}} << u"tax_amount"_s << u"19.81"_s
        << u"ocr:sum"_s << true << QStringList{u"19.31@ocr"_s} << QStringList{u"ocr_crosscheck"_s};
    // ... and a line's tax and amount unreadable too (16.9l, 283.0Z): the recognizer's doubts
    // are left (a line's amounts adding up to the pre-tax reading would confirm it)
    const Misread noLineTax{u"16.98"_s, 0, 4, u'l', 0.99f, none};
    const Misread noLineAmount{u"283.02"_s, 1, 5, u'Z', 0.99f, none};
    QTest::newRow("tax misread, the runner-up tells")
        << normal << QList<Misread>{noRate, noLineTax, noLineAmount, {u"19.81"_s, -1, 3, u'3', 0.9f, u'8'}} << u"tax_amount"_s
        << u"19.81"_s << u"ocr:sum"_s << true << QStringList{u"19.31@ocr"_s} << QStringList{u"ocr_crosscheck"_s};
    QTest::newRow("tax misread, its low score tells")
        << normal << QList<Misread>{noRate, noLineTax, noLineAmount, {u"19.81"_s, -1, 3, u'3', 0.45f, none}} << u"tax_amount"_s
        << u"19.81"_s << u"ocr:sum"_s << true << QStringList{u"19.31@ocr"_s} << QStringList{u"ocr_crosscheck"_s};
    QTest::newRow("tax misread with confidence: undecided")
        << normal << QList<Misread>{noRate, noLineTax, noLineAmount, {u"19.81"_s, -1, 3, u'3', 0.97f, none}} << u"tax_amount"_s
        << u"19.31"_s << ocrSrc << false << QStringList{u"19.81@ocr:sum"_s}
        << QStringList{u"ocr_crosscheck"_s, u"ocr_crosscheck"_s, u"total_mismatch"_s};
    QTest::newRow("total and words misread differently: undecided")
        << normal
        << QList<Misread>{{u"350.00"_s, -1, 1, u'6', 0.97f, none}, {u"叁佰伍拾"_s, 0, 2, u'捌', 0.97f, none}}
        << u"total"_s << u"360.00"_s << ocrSrc << false << QStringList{u"380.00@ocr:words"_s, u"350.00@ocr:sum"_s}
        << QStringList{u"ocr_crosscheck"_s, u"ocr_crosscheck"_s, u"total_mismatch"_s, u"words_mismatch"_s};
    // the pre-tax amount unreadable (33O.19): the figures and the words alone, the doubted one gives way
    const Misread noPretax{u"330.19"_s, -1, 2, u'O', 0.99f, none};
    QTest::newRow("total doubted, words sure")
        << normal << QList<Misread>{noPretax, {u"350.00"_s, -1, 1, u'6', 0.5f, none}} << u"total"_s << u"350.00"_s
        << u"ocr:words"_s << true << QStringList{u"360.00@ocr"_s} << QStringList{u"ocr_crosscheck"_s};
    QTest::newRow("words doubted, total sure")
        << normal << QList<Misread>{noPretax, {u"叁佰伍拾"_s, 0, 2, u'陆', 0.5f, none}} << u"total_in_words"_s
        << u"叁佰伍拾圆整"_s << u"ocr:total"_s << true << QStringList{u"叁佰陆拾圆整@ocr"_s}
        << QStringList{u"ocr_crosscheck"_s};
    QTest::newRow("total and words both sure: undecided")
        << normal << QList<Misread>{noPretax, {u"350.00"_s, -1, 1, u'6', 0.97f, none}} << u"total"_s << u"360.00"_s
        << ocrSrc << false << QStringList{u"350.00@ocr:words"_s}
        << QStringList{u"ocr_crosscheck"_s, u"words_mismatch"_s};
    // the totals row's figures unreadable (O30.19, ¥l9.81): the lines' sums make the total
    QTest::newRow("totals row unread, the lines tell")
        << normal << QList<Misread>{{u"330.19"_s, -1, 0, u'O', 0.99f, none}, {u"19.81"_s, -1, 0, u'l', 0.99f, none}}
        << u"pretax_amount"_s << u"330.19"_s << u"ocr:lines"_s << true << QStringList{}
        << QStringList{u"ocr_crosscheck"_s};
    QTest::newRow("totals row unread, the lines' tax")
        << normal << QList<Misread>{{u"330.19"_s, -1, 0, u'O', 0.99f, none}, {u"19.81"_s, -1, 0, u'l', 0.99f, none}}
        << u"tax_amount"_s << u"19.81"_s << u"ocr:lines"_s << true << QStringList{}
        << QStringList{u"ocr_crosscheck"_s};
    // ... but not when the lines do not make the total (a line's amount misread too)
    QTest::newRow("totals row unread, the lines disagree")
        << normal
        << QList<Misread>{{u"330.19"_s, -1, 0, u'O', 0.99f, none}, {u"19.81"_s, -1, 0, u'l', 0.99f, none},
                          {u"283.02"_s, 1, 0, u'5', 0.99f, none}}
        << u"total"_s << u"350.00"_s << ocrSrc << false << QStringList{} << QStringList{};
    QTest::newRow("tax id: O for 0")
        << normal << QList<Misread>{{u"92330106MA"_s, 0, 6, u'O', 0.9f, none}} << u"seller_tax_id"_s
        << u"92330106MA2GL4Y01T"_s << u"ocr:check"_s << true << QStringList{u"923301O6MA2GL4Y01T@ocr"_s}
        << QStringList{u"ocr_crosscheck"_s};
    QTest::newRow("tax id: the runner-up passes the check")
        << normal << QList<Misread>{{u"MA1H7Q"_s, 0, 4, u'1', 0.6f, u'7'}} << u"buyer_tax_id"_s
        << u"91310115MA1H7Q2K3R"_s << u"ocr:check"_s << true << QStringList{u"91310115MA1H1Q2K3R@ocr"_s}
        << QStringList{u"ocr_crosscheck"_s};
    QTest::newRow("tax id: a confident misread stays")
        << normal << QList<Misread>{{u"MA1H7Q"_s, 0, 4, u'1', 0.99f, none}} << u"buyer_tax_id"_s
        << u"91310115MA1H1Q2K3R"_s << ocrSrc << false << QStringList{} << QStringList{u"tax_id_invalid"_s};
    QTest::newRow("tax id: doubtful but valid")
        << normal << QList<Misread>{{u"MA1H7Q"_s, 0, 4, u'7', 0.5f, none}} << u"buyer_tax_id"_s
        << u"91310115MA1H7Q2K3R"_s << ocrSrc << false << QStringList{} << QStringList{};

    // digital-special.pdf (数电 专票): total 11479.49 = 10743.24 + 736.25, several rates.
    const QString special = u"digital-special.pdf"_s;
    QTest::newRow("数电: total misread")
        << special << QList<Misread>{{u"11479.49"_s, -1, 2, u'1', 0.9f, none}} << u"total"_s << u"11479.49"_s
        << u"ocr:words"_s << true << QStringList{u"11179.49@ocr"_s} << QStringList{u"ocr_crosscheck"_s};
    QTest::newRow("数电: pre-tax misread, the lines tell")
        << special << QList<Misread>{{u"10743.24"_s, -1, 3, u'8', 0.4f, none}} << u"pretax_amount"_s
        << u"10743.24"_s << u"ocr:sum"_s << true << QStringList{u"10783.24@ocr"_s}
        << QStringList{u"ocr_crosscheck"_s};
}

void TestOcrCrossCheck::misreads()
{
    QFETCH(QString, file);
    QFETCH(QList<Misread>, misreads);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, source);
    QFETCH(bool, uncertain);
    QFETCH(QStringList, alternatives);
    QFETCH(QStringList, rules);

    ocr::OcrPage p = page(file);
    QVERIFY(!p.lines.isEmpty());
    for (const Misread &m : std::as_const(misreads)) {
        QString why;
        QVERIFY2(apply(p, m, &why), qPrintable(why));
    }
    const QList<Invoice> invoices = ocr::OcrInvoiceReader::extractInvoices(p, 1);
    QCOMPARE(invoices.size(), 1);
    Invoice inv = invoices.first();
    tidyPrintedValues(inv); // as LocalRecognizer does: the ⊗ before a 大写 amount comes off
    const Field f = inv.fields.value(key);
    QCOMPARE(f.value, value);
    QCOMPARE(f.source, source);
    QCOMPARE(f.uncertain, uncertain);
    QVERIFY(f.polygon.size() == 4); // a chosen value stays where it is printed

    QStringList alts;
    for (const Field &a : inv.alternatives.value(key))
        alts << a.value + u'@' + a.source;
    QCOMPARE(alts, alternatives);

    ValidationContext ctx;
    ctx.today = QDate(2025, 1, 1);
    inv.findings = validateInvoice(inv, ctx);
    static const QStringList watched = {u"ocr_crosscheck"_s, u"total_mismatch"_s, u"words_mismatch"_s,
                                        u"tax_id_invalid"_s, u"source_conflict"_s, u"items_sum_mismatch"_s};
    QStringList fired;
    for (const Finding &x : std::as_const(inv.findings)) {
        if (!watched.contains(x.rule))
            continue;
        fired << x.rule;
        QVERIFY(!x.message.isEmpty() && !x.messageZh.isEmpty());
        if (x.rule == u"ocr_crosscheck")
            qInfo("%s | %s", qPrintable(x.message), qPrintable(x.messageZh));
    }
    fired.sort();
    QCOMPARE(fired, rules);
    // every ocr_crosscheck finding points at a field that has alternatives, or one the lines gave
    for (const Finding &x : std::as_const(inv.findings))
        if (x.rule == u"ocr_crosscheck")
            for (const QString &k : x.fields)
                QVERIFY2(!inv.alternatives.value(k).isEmpty() || inv.fields.value(k).source == u"ocr:lines", qPrintable(k));
}

void TestOcrCrossCheck::taxIdCandidates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("at");       // the doubtful character (-1: none)
    QTest::addColumn<QChar>("alt");    // its runner-up
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<bool>("decided");

    QTest::newRow("valid: nothing to try") << u"91310115MA1H7Q2K3R"_s << -1 << QChar() << QStringList{} << false;
    QTest::newRow("forbidden letters folded") << u"9131O115MA1H7Q2K3R"_s << -1 << QChar()
                                              << QStringList{u"91310115MA1H7Q2K3R"_s} << true;
    QTest::newRow("runner-up") << u"91310115MA1H1Q2K3R"_s << 12 << QChar(u'7')
                               << QStringList{u"91310115MA1H7Q2K3R"_s} << true;
    QTest::newRow("check character misread, runner-up") << u"91310115MA1H7Q2K3P"_s << 17 << QChar(u'R')
                                                        << QStringList{u"91310115MA1H7Q2K3R"_s} << true;
    // the photo of the 数电 专票 (tst_ocrinvoice) read the buyer's 9 twice
    QTest::newRow("a character read twice") << u"991110108MA01R8PT55"_s << -1 << QChar()
                                            << QStringList{u"91110108MA01R8PT55"_s} << true;
    QTest::newRow("confident misread: nothing") << u"91310115MA1H1Q2K3R"_s << -1 << QChar() << QStringList{} << false;
}

void TestOcrCrossCheck::taxIdCandidates()
{
    QFETCH(QString, id);
    QFETCH(int, at);
    QFETCH(QChar, alt);
    QFETCH(QStringList, candidates);
    QFETCH(bool, decided);
    QList<ocr::ReadChar> reading;
    for (qsizetype i = 0; i < id.size(); ++i)
        reading.append(i == at ? ocr::ReadChar{id.at(i), 0.5f, alt, 0.4f} : ocr::ReadChar{id.at(i), 0.99f, {}, 0.f});
    bool d = false;
    QCOMPARE(ocr::OcrTaxIdCheck::candidates(id, reading, &d), candidates);
    QCOMPARE(d, decided);
}

void TestOcrCrossCheck::otherSourcesUntouched()
{
    // A QR or PDF-text value is never changed by the OCR checks, even when they disagree.
    Invoice inv;
    inv.set(u"total"_s, makeField(u"360.00"_s, u"pdf:text"_s));
    inv.set(u"total_in_words"_s, makeField(u"叁佰伍拾圆整"_s, u"ocr"_s));
    inv.set(u"pretax_amount"_s, makeField(u"330.19"_s, u"qr"_s));
    inv.set(u"tax_amount"_s, makeField(u"19.81"_s, u"ocr"_s));
    inv.set(u"seller_tax_id"_s, makeField(u"923301O6MA2GL4Y01T"_s, u"pdf:text"_s));
    const Invoice before = inv;
    ocr::OcrCrossCheck::reconcile(inv, {});
    QCOMPARE(inv, before);
}

QTEST_MAIN(TestOcrCrossCheck)
#include "tst_ocrcrosscheck.moc"
