// GB 32100-2015 统一社会信用代码 check character (invoice-standards.md c.5), against synthetic
// values and the tax ids printed on the real fixtures.
#include "taxid.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::taxid::Check;

Q_DECLARE_METATYPE(ra::taxid::Check)

class TstTaxId : public QObject
{
    Q_OBJECT

private slots:
    void checkUscc_data();
    void checkUscc();
    void checkCharacter_data();
    void checkCharacter();
    void everySingleCharacterChangeIsCaught();
    void residentIdNumber_data();
    void residentIdNumber();
    void realFixtureTaxIds();
};

void TstTaxId::checkUscc_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Check>("expected");

    // Printed on real invoices of the fixture set.
    QTest::newRow("real-tianjin-jd") << u"91120110MA06J3WLX8"_s << Check::Valid;
    QTest::newRow("real-hubei-chutian") << u"91420000722084584J"_s << Check::Valid;
    QTest::newRow("real-suzhou") << u"91320594769869645C"_s << Check::Valid;
    QTest::newRow("real-all-digits") << u"913205081377692080"_s << Check::Valid;
    QTest::newRow("real-individual-business-9") << u"92370211MA3DE86196"_s << Check::Valid;
    // Synthetic, generated with the algorithm and checked by hand.
    QTest::newRow("synthetic-R") << u"91110000100000000R"_s << Check::Valid;
    QTest::newRow("synthetic-authority-Y") << u"Y1110000000000000Q"_s << Check::Valid;
    QTest::newRow("lower-case-accepted") << u"91120110ma06j3wlx8"_s << Check::Valid;
    QTest::newRow("surrounding-blanks") << u" 91120110MA06J3WLX8 "_s << Check::Valid;

    QTest::newRow("wrong-check") << u"91120110MA06J3WLX9"_s << Check::BadCheckCharacter;
    // The ofdrw 999.ofd sample prints this id (three times); the check character should be 5.
    QTest::newRow("real-demo-wrong-check") << u"91500102563638729E"_s << Check::BadCheckCharacter;
    QTest::newRow("transposed") << u"91120110MA06J3WXL8"_s << Check::BadCheckCharacter;
    QTest::newRow("letter-O") << u"91120110MO06J3WLX8"_s << Check::BadCharacters;
    QTest::newRow("letter-I-check") << u"9112011000000000I"_s + u"0"_s << Check::BadCharacters;
    QTest::newRow("letter-S") << u"S1120110MA06J3WLX8"_s << Check::BadCharacters;
    QTest::newRow("punctuation") << u"91120110-A06J3WLX8"_s << Check::BadCharacters;
    QTest::newRow("ideograph") << u"91120110MA06J3WL号8"_s << Check::BadCharacters;

    QTest::newRow("empty") << QString() << Check::NotUscc;
    QTest::newRow("15-digit-old-number") << u"410305012345678"_s << Check::NotUscc;
    QTest::newRow("17-chars") << u"91110101202001201"_s << Check::NotUscc;
    QTest::newRow("20-digit") << u"91110101202001201000"_s << Check::NotUscc;
    QTest::newRow("resident-id-X") << u"11010519491231002X"_s << Check::NotUscc;
    QTest::newRow("resident-id-digit") << u"320581198512250019"_s << Check::NotUscc;
    // Both a valid resident ID and a valid USCC (1 in 31 chance): the USCC reading wins.
    QTest::newRow("resident-id-also-uscc") << u"440304199001011233"_s << Check::Valid;
}

void TstTaxId::checkUscc()
{
    QFETCH(QString, id);
    QFETCH(Check, expected);
    QCOMPARE(ra::taxid::checkUscc(id), expected);
}

void TstTaxId::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QString>("expected"); // empty = nullopt

    QTest::newRow("jd") << u"91120110MA06J3WLX"_s << u"8"_s;
    QTest::newRow("chutian") << u"91420000722084584"_s << u"J"_s;
    QTest::newRow("check-zero") << u"91320508137769208"_s << u"0"_s;
    QTest::newRow("ofdrw-demo") << u"91500102563638729"_s << u"5"_s;
    QTest::newRow("too-short") << u"9142000072208458"_s << QString();
    QTest::newRow("too-long") << u"914200007220845841"_s << QString();
    QTest::newRow("bad-character") << u"9142000072208458O"_s << QString();
}

void TstTaxId::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QString, expected);
    const auto c = ra::taxid::usccCheckCharacter(first17);
    if (expected.isEmpty()) {
        QVERIFY(!c.has_value());
    } else {
        QVERIFY(c.has_value());
        QCOMPARE(QString(*c), expected);
        QCOMPARE(ra::taxid::checkUscc(first17 + expected), Check::Valid);
    }
}

void TstTaxId::everySingleCharacterChangeIsCaught()
{
    // Modulus 31 with weights 3^i (all non-zero mod 31) detects every single substitution.
    const QString valid = u"91120110MA06J3WLX8"_s;
    const QString alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
    for (int pos = 0; pos < 18; ++pos) {
        for (QChar c : alphabet) {
            if (c == valid.at(pos))
                continue;
            QString changed = valid;
            changed[pos] = c;
            const Check r = ra::taxid::checkUscc(changed);
            // A change could, in theory, make a valid resident ID: then NotUscc is right too.
            QVERIFY2(r == Check::BadCheckCharacter || r == Check::NotUscc, qPrintable(changed));
        }
    }
}

void TstTaxId::residentIdNumber_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("expected");
    QTest::newRow("standard-example") << u"11010519491231002X"_s << true;
    QTest::newRow("lower-x") << u"11010519491231002x"_s << true;
    QTest::newRow("digit-check") << u"320581198512250019"_s << true;
    QTest::newRow("wrong-check") << u"320581198512250018"_s << false;
    QTest::newRow("bad-birth-date") << u"320581198513320015"_s << false;
    QTest::newRow("uscc") << u"91120110MA06J3WLX8"_s << false;
    QTest::newRow("short") << u"11010519491231002"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TstTaxId::residentIdNumber()
{
    QFETCH(QString, id);
    QFETCH(bool, expected);
    QCOMPARE(ra::taxid::isResidentIdNumber(id), expected);
}

void TstTaxId::realFixtureTaxIds()
{
    if (!ra::test::haveRealFixtures())
        QSKIP("real fixtures (../shared/fixtures/real/manifest.json) not present");
    QFile f(ra::test::realFixturesDir() + u"/manifest.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray files = QJsonDocument::fromJson(f.readAll()).object().value(u"files"_s).toArray();
    QVERIFY(!files.isEmpty());

    // Printed by test/demo systems with a wrong check character (verified against the file).
    const QSet<QString> knownBad = {u"91500102563638729E"_s};
    int checked = 0;
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        for (const QString &key : {u"seller_tax_id"_s, u"buyer_tax_id"_s}) {
            const QString id = o.value(key).toString();
            if (id.isEmpty())
                continue;
            const Check r = ra::taxid::checkUscc(id);
            const QString what = o.value(u"file"_s).toString() + u" "_s + key + u" "_s + id;
            if (id.size() != 18)
                QVERIFY2(r == Check::NotUscc, qPrintable(what));
            else if (knownBad.contains(id))
                QVERIFY2(r == Check::BadCheckCharacter, qPrintable(what));
            else
                QVERIFY2(r == Check::Valid, qPrintable(what));
            ++checked;
        }
    }
    QVERIFY(checked >= 30);
}

QTEST_GUILESS_MAIN(TstTaxId)
#include "tst_taxid.moc"
