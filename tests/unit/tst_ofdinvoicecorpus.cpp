// OFD invoice extraction on damaged packages (malformed and mutated parts, unsafe packages,
// not an OFD, no invoice data: a clear error, never a crash) and on every real OFD of the
// fixture manifest, with its accuracy. The sources and their precedence: tst_ofdinvoiceextractor.
#include "chineseamount.h"
#include "local/ofdinvoiceextractor.h"
#include "money.h"
#include "ofdbuilder.h"
#include "qr/qrdecoder.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::test::OfdBuilder;

namespace {

QString manifestValue(const QJsonObject &row, const QString &key)
{
    const QJsonValue v = row.value(key);
    return v.isString() ? v.toString() : QString();
}

// The manifest writes 免税 tax as "***"; the normalized value is zero.
QString expectedValue(const QString &manifestKey, const QString &v)
{
    if (manifestKey == u"tax" && v == u"***")
        return u"0.00"_s;
    return v;
}

} // namespace

class TstOfdInvoiceCorpus : public QObject
{
    Q_OBJECT

private slots:
    void malformedParts_data();
    void malformedParts();
    void unsafePackage();
    void notOfd_data();
    void notOfd();
    void noInvoiceData();
    void survivesMutatedParts();
    void realFixtures_data();
    void realFixtures();
    void realFixturesAccuracy();
};

void TstOfdInvoiceCorpus::malformedParts_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<bool>("keepOtherSources");
    QTest::addColumn<QString>("errorCode");    // empty: no error expected
    QTest::addColumn<bool>("invoice");

    QTest::newRow("ofd.xml") << u"OFD.xml"_s << true << u"xml_malformed"_s << false;
    QTest::newRow("document.xml") << u"Doc_0/Document.xml"_s << true << u"xml_malformed"_s << false;
    QTest::newRow("original-with-others") << u"Doc_0/Attachs/original_invoice.xml"_s << true << QString() << true;
    QTest::newRow("original-alone") << u"Doc_0/Attachs/original_invoice.xml"_s << false << u"xml_malformed"_s << false;
    QTest::newRow("tag-file") << u"Doc_0/Tags/CustomTag.xml"_s << true << QString() << true;
    QTest::newRow("page-content") << u"Doc_0/Pages/Page_0/Content.xml"_s << true << QString() << true;
    QTest::newRow("resources") << u"Doc_0/DocumentRes.xml"_s << true << QString() << true;
}

void TstOfdInvoiceCorpus::malformedParts()
{
    QFETCH(QString, part);
    QFETCH(bool, keepOtherSources);
    QFETCH(QString, errorCode);
    QFETCH(bool, invoice);

    OfdBuilder b = OfdBuilder::sampleInvoice();
    if (!keepOtherSources) {
        b.removeFile(u"Doc_0/Tags/CustomTags.xml"_s);
        QByteArray ofd = b.files().value(u"OFD.xml"_s);
        ofd.replace("CustomData Name=", "CustomData Nom=");
        b.setFile(u"OFD.xml"_s, ofd);
    }
    b.setFile(part, "<?xml version=\"1.0\"?><ofd:Broken xmlns:ofd=\"x\"><ofd:Open></ofd:Broken>");
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    if (errorCode.isEmpty()) {
        QVERIFY2(!ex.error, qPrintable(ex.error ? ex.error->message : QString()));
        QVERIFY2(ex.notes.join(u'\n').contains(part), qPrintable(ex.notes.join(u'\n')));
    } else {
        QVERIFY(ex.error);
        QCOMPARE(ex.error->code, errorCode);
        QVERIFY2(ex.error->message.contains(part), qPrintable(ex.error->message));
    }
    QCOMPARE(!ex.invoices.isEmpty(), invoice);
}

void TstOfdInvoiceCorpus::unsafePackage()
{
    const QByteArray zip = OfdBuilder::zip({{u"OFD.xml"_s, QByteArray("<ofd:OFD xmlns:ofd=\"x\"/>")},
                                            {u"Doc_0/../../evil.xml"_s, QByteArray("<x/>")}});
    const ra::OfdExtraction ex = ra::extractOfd(zip);
    QVERIFY(ex.error);
    QCOMPARE(ex.error->code, QString::fromLatin1(ra::ErrorCode::OfdUnsafe));
    QVERIFY(ex.invoices.isEmpty());
}

void TstOfdInvoiceCorpus::notOfd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("empty") << QByteArray() << QString::fromLatin1(ra::ErrorCode::Empty);
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") << QString::fromLatin1(ra::ErrorCode::OfdCorrupt);
    QTest::newRow("zip-without-ofd-xml")
        << OfdBuilder::zip({{u"readme.txt"_s, QByteArray("hello")}}) << QString::fromLatin1(ra::ErrorCode::OfdCorrupt);
    const QByteArray sample = OfdBuilder::sampleInvoice().build();
    QTest::newRow("truncated-half") << sample.left(sample.size() / 2) << QString::fromLatin1(ra::ErrorCode::OfdCorrupt);
    QTest::newRow("no-document-xml") << OfdBuilder::sampleInvoice().removeFile(u"Doc_0/Document.xml"_s).build()
                                     << QString::fromLatin1(ra::ErrorCode::OfdCorrupt);
}

void TstOfdInvoiceCorpus::notOfd()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorCode);
    const ra::OfdExtraction ex = ra::extractOfd(bytes);
    QVERIFY(ex.error);
    QCOMPARE(ex.error->code, errorCode);
    QVERIFY(!ex.error->message.isEmpty());
    QVERIFY(ex.invoices.isEmpty());
}

void TstOfdInvoiceCorpus::noInvoiceData()
{
    // A valid OFD that is not an invoice: no error, no invoice, the caller decides.
    OfdBuilder b;
    b.addText(u"1"_s, QRectF(10, 10, 50, 5), u"会议纪要"_s);
    const ra::OfdExtraction ex = ra::extractOfd(b.build());
    QVERIFY(!ex.error);
    QCOMPARE(ex.pages, 1);
    QVERIFY(ex.invoices.isEmpty());
}

void TstOfdInvoiceCorpus::survivesMutatedParts()
{
    // Damaged parts of every kind, from a fixed seed: never a crash (the sanitizer build
    // checks memory), and results stay consistent.
    QRandomGenerator gen(20240611);
    const QMap<QString, QByteArray> original = OfdBuilder::sampleInvoice().files();
    const QStringList names = original.keys();
    for (int round = 0; round < 300; ++round) {
        QMap<QString, QByteArray> files = original;
        const int mutations = 1 + int(gen.bounded(3));
        for (int m = 0; m < mutations; ++m) {
            const QString name = names.at(gen.bounded(int(names.size())));
            QByteArray part = files.value(name);
            switch (gen.bounded(5)) {
            case 0: // truncate
                part.truncate(part.isEmpty() ? 0 : gen.bounded(int(part.size())));
                break;
            case 1: // flip bytes
                for (int i = 0; i < 8 && !part.isEmpty(); ++i)
                    part[gen.bounded(int(part.size()))] = char(gen.bounded(256));
                break;
            case 2: // drop the part
                files.remove(name);
                continue;
            case 3: { // break an attribute or ID
                const qsizetype at = part.indexOf("ID=\"");
                if (at >= 0)
                    part.insert(at + 4, "-1");
                else if (!part.isEmpty())
                    part.insert(gen.bounded(int(part.size())), "<");
                break;
            }
            default: { // swap two halves
                const int half = int(part.size() / 2);
                part = part.mid(half) + part.left(half);
                break;
            }
            }
            files.insert(name, part);
        }
        QList<QPair<QString, QByteArray>> entries;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            entries.append({it.key(), it.value()});
        const ra::OfdExtraction ex = ra::extractOfd(OfdBuilder::zip(entries));
        if (ex.error) {
            QVERIFY(!ex.error->code.isEmpty());
            QVERIFY(!ex.error->message.isEmpty());
            QVERIFY(ex.invoices.isEmpty());
        }
        QVERIFY(ex.pages >= 0);
        for (const ra::Invoice &inv : ex.invoices)
            for (const ra::Field &f : inv.fields)
                QVERIFY(f.polygon.isEmpty() || f.polygon.size() == 4);
    }
}

void TstOfdInvoiceCorpus::realFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("row");
    if (!ra::test::haveRealFixtures())
        return;
    for (const QJsonValue v : ra::test::realFixtureRows(u"ofd"_s)) {
        const QJsonObject row = v.toObject();
        const QString file = row.value(u"file"_s).toString();
        QTest::newRow(qPrintable(file)) << file << row;
    }
}

void TstOfdInvoiceCorpus::realFixtures()
{
    if (!ra::test::haveRealFixtures())
        QSKIP("The real fixtures (../shared/fixtures/real) are not available.");
    QFETCH(QString, file);
    QFETCH(QJsonObject, row);

    QFile f(ra::test::realFixturesDir() + u'/' + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const ra::OfdExtraction ex = ra::extractOfd(f.readAll());
    QVERIFY2(!ex.error, qPrintable(ex.error ? ex.error->message : QString()));
    QCOMPARE(ex.pages, row.value(u"pages"_s).toInt(ex.pages));
    QCOMPARE(ex.invoices.size(), 1);
    const ra::Invoice &inv = ex.invoices.first();

    for (const auto &[mkey, key] : ra::test::manifestFieldKeys()) {
        const QString expected = expectedValue(mkey, manifestValue(row, mkey));
        const QString actual = inv.value(key);
        if (expected.isNull())
            QVERIFY2(actual.isNull() || mkey == u"buyer_tax_id", qPrintable(key + u" = " + actual));
        else
            QVERIFY2(actual == expected, qPrintable(u"%1: got \"%2\", expected \"%3\""_s.arg(key, actual, expected)));
    }
    // The 大写 total, where the page prints one, says the same as the total.
    QVERIFY(inv.has(u"total_in_words"_s));
    QCOMPARE(ra::money::parseChineseUpper(inv.value(u"total_in_words"_s)),
             ra::money::parseFen(inv.value(u"total"_s)));
    // Tagged packages locate their key fields on the page.
    if (row.value(u"has_customtags"_s).toBool()) {
        for (const QString &key : {u"number"_s, u"date"_s, u"total"_s, u"seller_name"_s}) {
            const ra::Field fld = inv.fields.value(key);
            QVERIFY2(fld.polygon.size() == 4, qPrintable(key));
            QCOMPARE(fld.page, 1);
            const QRectF r = fld.polygon.boundingRect();
            QVERIFY2(QRectF(QPointF(0, 0), inv.pageSize).contains(r), qPrintable(key));
        }
    }
    // The QR code: as data or as an image that decodes to the manifest's payload.
    const QJsonArray payloads = row.value(u"qr_payload"_s).toArray();
    if (!payloads.isEmpty()) {
        const QString expected = payloads.first().toString();
        QStringList found = ex.qrTexts;
        for (const QImage &img : ex.qrImages)
            for (const auto &code : ra::qr::decodeInvoiceImage(img))
                found.append(code.text);
        QVERIFY2(found.contains(expected), qPrintable(u"QR %1 not among %2"_s.arg(expected, found.join(u" | "))));
        // The embedded image alone decodes, whatever the data says.
        bool imageDecodes = false;
        for (const QImage &img : ex.qrImages)
            for (const auto &code : ra::qr::decodeInvoiceImage(img))
                imageDecodes = imageDecodes || code.text == expected;
        QVERIFY2(imageDecodes, qPrintable(u"no QR image decodes (%1 candidates)"_s.arg(ex.qrImages.size())));
    }
}

void TstOfdInvoiceCorpus::realFixturesAccuracy()
{
    if (!ra::test::haveRealFixtures())
        QSKIP("The real fixtures (../shared/fixtures/real) are not available.");
    int compared = 0;
    int correct = 0;
    int files = 0;
    for (const QJsonValue v : ra::test::realFixtureRows(u"ofd"_s)) {
        const QJsonObject row = v.toObject();
        QFile f(ra::test::realFixturesDir() + u'/' + row.value(u"file"_s).toString());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const ra::OfdExtraction ex = ra::extractOfd(f.readAll());
        const ra::Invoice inv = ex.invoices.isEmpty() ? ra::Invoice() : ex.invoices.first();
        for (const auto &[mkey, key] : ra::test::manifestFieldKeys()) {
            const QString expected = expectedValue(mkey, manifestValue(row, mkey));
            if (expected.isNull())
                continue;
            ++compared;
            if (inv.value(key) == expected)
                ++correct;
        }
    }
    qInfo("OFD key-field accuracy: %d/%d fields correct over %d files", correct, compared, files);
    QCOMPARE(correct, compared);
}

QTEST_GUILESS_MAIN(TstOfdInvoiceCorpus)
#include "tst_ofdinvoicecorpus.moc"
