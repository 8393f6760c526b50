// Per-field accuracy of the local provider on the real invoices of ../shared/fixtures/real,
// read in place (never copied: they carry no licence to redistribute). Prints a table of
// accuracy per kind and field (docs/fields.md records it before and after a change), and fails
// on any wrong field where the ground truth is certain: PDFs and OFDs entirely, images for the
// fields their QR code carries. Values are compared as printed (issue #12: full-width brackets
// are kept), so a folded name counts as wrong. Images without an invoice QR are read by offline
// OCR when its models are installed: their fields are tallied ("image-ocr") and the total held to
// the floor reached (kImageOcrFloor, docs/ocr.md); without the models they must say no_invoice.

#include "invoicetype.h"
#include "local/localrecognizer.h"
#include "local/ocr/ocrmodels.h"
#include "qr/qrpayload.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace ra;

namespace {

struct FieldPair
{
    const char *manifestKey;
    const char *fieldKey;
};

// Manifest key → normalized field key. The per-page entries of a multi-invoice PDF use the
// same keys plus machine_no and total_cn.
constexpr FieldPair kFields[] = {
    {"invoice_code", "code"},         {"invoice_number", "number"},     {"date", "date"},
    {"amount", "pretax_amount"},      {"tax", "tax_amount"},            {"total", "total"},
    {"seller_name", "seller_name"},   {"seller_tax_id", "seller_tax_id"}, {"buyer_name", "buyer_name"},
    {"buyer_tax_id", "buyer_tax_id"}, {"check_code", "check_code"},     {"title", "title"},
    {"machine_no", "machine_code"},   {"total_cn", "total_in_words"},   {"fare", "fare"},
    {"fuel_surcharge", "fuel_surcharge"}, {"caac_fund", "caac_development_fund"},
    {"eticket_no", "e_ticket_number"},
};

// A ground-truth value is certain when it is a plain value: no '?' (read by eye), no
// explanation after it, not the *** of a tax-exempt invoice. Full-width brackets are part of
// printed names and titles (电子发票（增值税专用发票）).
bool isCertain(const QString &v)
{
    static const QRegularExpression plain(QStringLiteral("^[^?()* ]+$"));
    return plain.match(v).hasMatch();
}

// The title as printed: the manifest adds how it was known in brackets after a blank
// ("电子发票（增值税专用发票） (from QR type)"); only a title read from the document counts.
QString printedTitle(const QString &v)
{
    if (v.contains(QStringLiteral("from QR type")) || v.contains(QStringLiteral("text layer:")))
        return v.section(QStringLiteral(" ("), 0, 0);
    return v.contains(u' ') ? QString() : v;
}

QJsonArray manifestFiles()
{
    QFile f(test::realFixturesDir() + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("files")).toArray();
}

// Fields right, over every certain ground-truth field of the images without an invoice QR
// code, when this was written (OCR alone: 2010 专票 scan, taxi photos, old train ticket): 14
// with the VAT layouts only, 23 with the receipt layouts (ocrreceiptreader.h).
constexpr int kImageOcrFloor = 23;

struct Tally
{
    int right = 0;
    int total = 0;
};

} // namespace

class TestCorpusAccuracy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::haveRealFixtures())
            QSKIP("../shared/fixtures/real is absent: the corpus accuracy test needs it (CI has it)");
    }

    void accuracy_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        for (const QJsonValue &v : manifestFiles()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(QStringLiteral("file")).toString())) << o;
        }
    }

    void accuracy()
    {
        QFETCH(QJsonObject, entry);
        const QString kind = entry.value(QStringLiteral("kind")).toString();
        const QString path = test::realFixturesDir() + QLatin1Char('/') + entry.value(QStringLiteral("file")).toString();
        const QStringList flags = entry.value(QStringLiteral("flags")).toVariant().toStringList();
        const RecognizedDocument doc = LocalRecognizer::recognizeFile(path);

        bool hasQr = false;
        for (const QJsonValue &payload : entry.value(QStringLiteral("qr_payload")).toArray())
            hasQr = hasQr || qr::parseInvoicePayload(payload.toString()).has_value();
        const bool demo = flags.contains(QStringLiteral("demo-data"));
        if (kind == u"image" && !hasQr) {
            // Taxi receipts and the 2010 paper sample carry no QR, the old train ticket's QR is
            // not an invoice payload: without OCR the offline provider reads nothing from them,
            // and says so; with OCR their printed fields are tallied, the floor is checked at the end.
            if (!ocr::locateOcrModels().isUsable()) {
                QVERIFY(doc.error.has_value());
                QCOMPARE(doc.error->code, QStringLiteral("no_invoice"));
                return;
            }
            const Invoice inv = doc.invoices.isEmpty() ? Invoice() : doc.invoices.first();
            QStringList wrong;
            for (const FieldPair &fp : kFields) {
                const QString expected = entry.value(QLatin1String(fp.manifestKey)).toString();
                if (expected.isEmpty() || !isCertain(expected))
                    continue;
                const QString key = QLatin1String(fp.fieldKey);
                Tally &t = s_tally[QStringLiteral("image-ocr")][key];
                ++t.total;
                if (inv.value(key) == expected)
                    ++t.right;
                else
                    wrong.append(QStringLiteral("%1: expected '%2', got '%3'").arg(key, expected, inv.value(key)));
            }
            if (!wrong.isEmpty())
                qInfo("OCR, not required one by one: %s", qPrintable(wrong.join(QStringLiteral("; "))));
            return;
        }
        QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->code + QStringLiteral(": ") + doc.error->message
                                                  : QString()));
        QVERIFY(!doc.invoices.isEmpty());
        if (entry.value(QStringLiteral("pages")).toInt() > 1)
            QCOMPARE(doc.invoices.size(), entry.value(QStringLiteral("pages")).toInt());
        // Every file of the corpus is an invoice: none may be taken for a supporting document
        // (a ride-hailing itinerary), which would drop it from the claim's totals.
        for (const Invoice &inv : doc.invoices)
            QVERIFY2(!isSupportingDocument(inv.type), qPrintable(invoiceTypeKey(inv.type)));

        // The ground truth describes one invoice (the first page of a multi-invoice PDF), and
        // each page of one that lists them (per_page).
        QList<QJsonObject> truths{entry};
        for (const QJsonValue &p : entry.value(QStringLiteral("per_page")).toArray())
            truths.append(p.toObject());
        QStringList wrong;
        for (qsizetype t = 0; t < truths.size(); ++t) {
            const QJsonObject &truth = truths.at(t);
            const QString number = truth.value(QStringLiteral("invoice_number")).toString();
            const Invoice *inv = t == 0 ? &doc.invoices.first() : nullptr;
            for (const Invoice &candidate : doc.invoices)
                if (candidate.value(QStringLiteral("number")) == number && (t == 0 || candidate.page == int(t))) {
                    inv = &candidate;
                    break;
                }
            if (!inv && t > 0 && t <= doc.invoices.size())
                inv = &doc.invoices.at(t - 1);
            if (!inv)
                continue;
            // Page 1 is both the file's entry and per_page[0]: counted once.
            const bool skipPage = t == 1 && truths.size() > 1;
            if (skipPage)
                continue;
            compare(kind, truth, *inv, t == 0 ? QString() : QStringLiteral("p%1 ").arg(t), wrong);
        }
        if (demo) {
            if (!wrong.isEmpty())
                qInfo("demo data, not required: %s", qPrintable(wrong.join(QStringLiteral("; "))));
            return;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    }

    void cleanupTestCase()
    {
        QMap<QString, Tally> all;
        for (auto kindIt = s_tally.cbegin(); kindIt != s_tally.cend(); ++kindIt) {
            int right = 0;
            int total = 0;
            QString line;
            for (auto it = kindIt->cbegin(); it != kindIt->cend(); ++it) {
                line += QStringLiteral(" %1 %2/%3").arg(it.key()).arg(it->right).arg(it->total);
                right += it->right;
                total += it->total;
                all[it.key()].right += it->right;
                all[it.key()].total += it->total;
            }
            qInfo("accuracy %s: %d/%d fields right;%s", qPrintable(kindIt.key()), right, total, qPrintable(line));
            if (kindIt.key() == u"image-ocr")
                QVERIFY2(right >= kImageOcrFloor, qPrintable(QStringLiteral("OCR on images: %1 fields right, the floor is %2")
                                                                 .arg(right).arg(kImageOcrFloor)));
        }
        // One line per field over every kind: the table of docs/fields.md.
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            qInfo("field %-22s %4d/%-4d %5.1f%%", qPrintable(it.key()), it->right, it->total,
                  it->total ? 100.0 * it->right / it->total : 0.0);
    }

private:
    static void compare(const QString &kind, const QJsonObject &truth, const Invoice &inv, const QString &where,
                        QStringList &wrong)
    {
        // On an image only the QR is read: the fields it carries.
        static const QStringList qrCarried = {QStringLiteral("code"), QStringLiteral("number"),
                                              QStringLiteral("date"), QStringLiteral("check_code")};
        for (const FieldPair &fp : kFields) {
            const QString key = QLatin1String(fp.fieldKey);
            QString expected = truth.value(QLatin1String(fp.manifestKey)).toString();
            if (key == u"title")
                expected = kind == u"image" ? QString() : printedTitle(expected);
            if (expected.isEmpty() || !isCertain(expected))
                continue;
            if (kind == u"image" && !qrCarried.contains(key) && key != u"pretax_amount" && key != u"total")
                continue;
            if (kind == u"image" && (key == u"pretax_amount" || key == u"total")
                && !inv.fields.value(key).source.startsWith(QStringLiteral("qr")))
                continue;
            Tally &t = s_tally[kind][key];
            ++t.total;
            const QString got = inv.value(key);
            if (got == expected)
                ++t.right;
            else
                wrong.append(QStringLiteral("%1%2: expected '%3', got '%4'").arg(where, key, expected, got));
        }
    }

    static inline QMap<QString, QMap<QString, Tally>> s_tally;
};

QTEST_MAIN(TestCorpusAccuracy)
#include "tst_corpusaccuracy.moc"
