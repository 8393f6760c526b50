// Per-field accuracy of the local provider on the real invoices of ../shared/fixtures/real,
// read in place (never copied: they carry no licence to redistribute). Prints a table of
// accuracy per kind and field, and fails on any wrong key field where the ground truth is
// certain: PDFs and OFDs entirely, images for the fields their QR code carries.

#include "local/localrecognizer.h"
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

// Manifest key → normalized field key.
constexpr FieldPair kFields[] = {
    {"invoice_code", "code"},         {"invoice_number", "number"},     {"date", "date"},
    {"amount", "pretax_amount"},      {"tax", "tax_amount"},            {"total", "total"},
    {"seller_name", "seller_name"},   {"seller_tax_id", "seller_tax_id"}, {"buyer_name", "buyer_name"},
    {"buyer_tax_id", "buyer_tax_id"}, {"check_code", "check_code"},
};

// A ground-truth value is certain when it is a plain value: no '?' (read by eye), no
// explanation in parentheses, not the *** of a tax-exempt invoice.
bool isCertain(const QString &v)
{
    static const QRegularExpression plain(QStringLiteral("^[^?()（）* ]+$"));
    return plain.match(v).hasMatch();
}

QJsonArray manifestFiles()
{
    QFile f(test::realFixturesDir() + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("files")).toArray();
}

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
            // not an invoice payload: the offline provider reads nothing from them, and says so.
            QVERIFY(doc.error.has_value());
            QCOMPARE(doc.error->code, QStringLiteral("no_invoice"));
            return;
        }
        QVERIFY2(!doc.error, qPrintable(doc.error ? doc.error->code + QStringLiteral(": ") + doc.error->message
                                                  : QString()));
        QVERIFY(!doc.invoices.isEmpty());
        if (entry.value(QStringLiteral("pages")).toInt() > 1)
            QCOMPARE(doc.invoices.size(), entry.value(QStringLiteral("pages")).toInt());

        // The ground truth describes one invoice (the first page of a multi-invoice PDF).
        const QString number = entry.value(QStringLiteral("invoice_number")).toString();
        const Invoice *inv = &doc.invoices.first();
        for (const Invoice &candidate : doc.invoices)
            if (candidate.value(QStringLiteral("number")) == number) {
                inv = &candidate;
                break;
            }

        // On an image only the QR is read: the fields it carries.
        static const QStringList qrCarried = {QStringLiteral("code"), QStringLiteral("number"),
                                              QStringLiteral("date"), QStringLiteral("check_code")};
        QStringList wrong;
        for (const FieldPair &fp : kFields) {
            const QString expected = entry.value(QLatin1String(fp.manifestKey)).toString();
            const QString key = QLatin1String(fp.fieldKey);
            if (expected.isEmpty() || !isCertain(expected))
                continue;
            if (kind == u"image" && !qrCarried.contains(key) && key != u"pretax_amount" && key != u"total")
                continue;
            if (kind == u"image" && (key == u"pretax_amount" || key == u"total")
                && !inv->fields.value(key).source.startsWith(QStringLiteral("qr")))
                continue;
            Tally &t = s_tally[kind][key];
            ++t.total;
            const QString got = inv->value(key);
            if (got == expected)
                ++t.right;
            else
                wrong.append(QStringLiteral("%1: expected '%2', got '%3'").arg(key, expected, got));
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
        for (auto kindIt = s_tally.cbegin(); kindIt != s_tally.cend(); ++kindIt) {
            int right = 0;
            int total = 0;
            QString line;
            for (auto it = kindIt->cbegin(); it != kindIt->cend(); ++it) {
                line += QStringLiteral(" %1 %2/%3").arg(it.key()).arg(it->right).arg(it->total);
                right += it->right;
                total += it->total;
            }
            qInfo("accuracy %s: %d/%d fields right;%s", qPrintable(kindIt.key()), right, total, qPrintable(line));
        }
    }

private:
    static inline QMap<QString, QMap<QString, Tally>> s_tally;
};

QTEST_MAIN(TestCorpusAccuracy)
#include "tst_corpusaccuracy.moc"
