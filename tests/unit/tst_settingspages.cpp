// The settings dialog's pages on the offscreen platform: endpoint and tax-id validation, a
// problem cleared once fixed, the General page's values, and "Test connection" against each
// fake vendor with the values typed (not yet saved) or stored, and the screenshots. The keys:
// tst_settingsdialog. The fixture: tests/support/settingsdialogbench.h.
#include "fakes/deepfinchfakeserver.h"
#include "fakes/ekuaibaofakeserver.h"
#include "fakes/faketencentserver.h"
#include "fakes/qiniufakeserver.h"
#include "generalsettingspage.h"
#include "providersettingspage.h"
#include "settingsdialog.h"
#include "settingsdialogbench.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;
using namespace ra::test;

class TestSettingsPages : public QObject, public SettingsDialogBench
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpSettings(); }
    void cleanup() { tearDownSettings(); }

    void endpointValidation_data();
    void endpointValidation();
    void taxIdValidation_data();
    void taxIdValidation();
    void generalPageSaves();
    void problemClearsWhenFixed();
    void testConnection_data();
    void testConnection();
    void testConnectionWithStoredKeys();
    void screenshots();
};

void TestSettingsPages::endpointValidation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("mustSay");
    QTest::newRow("empty: default") << QString() << true << QString();
    QTest::newRow("https") << u"https://ocr.example.com"_s << true << QString();
    QTest::newRow("https with path") << u"https://gw.example.com/ocr/"_s << true << QString();
    QTest::newRow("http loopback") << u"http://127.0.0.1:%1"_s.arg(18080) << true << QString();
    QTest::newRow("http localhost") << u"http://localhost:9000"_s << true << QString();
    QTest::newRow("http ::1") << u"http://[::1]:9000"_s << true << QString();
    QTest::newRow("http remote") << u"http://example.com"_s << false << u"Plain http is refused for example.com"_s;
    QTest::newRow("http private range") << u"http://192.168.1.10"_s << false << u"Plain http"_s;
    QTest::newRow("ftp") << u"ftp://example.com"_s << false << u"https://"_s;
    QTest::newRow("password in url") << u"https://user:pw@example.com"_s << false << u"user name or password"_s;
    QTest::newRow("query") << u"https://example.com/?a=1"_s << false << u"without ?"_s;
    QTest::newRow("not a url") << u"https://"_s << false << u"not a valid URL"_s;
}

void TestSettingsPages::endpointValidation()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, mustSay);
    QCOMPARE(ProviderSettingsPage::endpointProblem(text).isEmpty(), accepted);

    for (const ProviderSettingsPage::Spec &spec : ProviderSettingsPage::specs()) {
        for (const ProviderSettingsPage::Endpoint &ep : spec.endpoints) {
            init();
            auto d = makeDialog();
            d->show();
            ProviderSettingsPage *page = d->providerPage(spec.vendor);
            QTest::keyClicks(edit(page, u"field_"_s + spec.fields.first().key), u"typed-secret-value"_s);
            QLineEdit *e = edit(page, u"endpoint_"_s + ep.key);
            e->setText(text);
            auto *problem = page->findChild<QLabel *>(u"endpointProblem_"_s + ep.key);
            QCOMPARE(problem->isHidden(), accepted);
            QVERIFY2(problem->text().contains(mustSay), qPrintable(problem->text()));
            QCOMPARE(d->apply(), accepted);
            QCOMPARE(m_settings->endpoint(ep.key), accepted ? text : QString());
            if (!accepted) {
                // Nothing written at all, the page and the problem shown.
                QCOMPARE(d->currentPageId(), spec.vendor);
                QVERIFY(d->findChild<QLabel *>(u"dialogProblem"_s)->text().contains(mustSay));
                QCOMPARE(m_store->writes, 0);
                QVERIFY(!iniBytes().contains("example.com"));
            }
        }
    }
}

void TestSettingsPages::taxIdValidation_data()
{
    QTest::addColumn<QString>("taxId");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("mustSay");
    const QString valid = validUscc();
    QString badCheck = valid;
    badCheck[17] = valid.at(17) == u'1' ? u'2' : u'1';
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("valid USCC") << valid << true << u"valid"_s;
    QTest::newRow("valid lower case") << valid.toLower() << true << u"valid"_s;
    QTest::newRow("bad check character") << badCheck << false << u"last character"_s;
    QTest::newRow("letter O") << u"91110108MA0000000O"_s << false << u"unified social credit code"_s;
    QTest::newRow("too short") << u"12345"_s << false << u"18 characters"_s;
    QTest::newRow("old 15-digit number") << u"110108123456789"_s << true << u"older tax registration"_s;
    QTest::newRow("resident id number") << u"11010519491231002X"_s << true << u"resident ID"_s;
    QTest::newRow("symbols") << u"1101081234567-89"_s << false << u"digits and capital letters"_s;
}

void TestSettingsPages::taxIdValidation()
{
    QFETCH(QString, taxId);
    QFETCH(bool, saved);
    QFETCH(QString, mustSay);
    auto d = makeDialog();
    d->show();
    GeneralSettingsPage *page = d->generalPage();
    page->findChild<QLineEdit *>(u"companyName"_s)->setText(u"某某公司"_s);
    page->findChild<QLineEdit *>(u"companyTaxId"_s)->setText(taxId);
    auto *label = page->findChild<QLabel *>(u"companyTaxIdProblem"_s);
    QVERIFY2(label->text().contains(mustSay), qPrintable(label->text()));
    QCOMPARE(label->isHidden(), taxId.isEmpty());
    QCOMPARE(d->apply(), saved);
    QCOMPARE(m_settings->companyTaxId(), saved ? taxId.toUpper() : QString());
    QCOMPARE(m_settings->companyName(), saved ? u"某某公司"_s : QString());
}

void TestSettingsPages::generalPageSaves()
{
    m_settings->setDefaultProvider(u"image"_s, u"qiniu"_s);
    m_settings->setLanguage(u"en"_s);
    auto d = makeDialog();
    GeneralSettingsPage *page = d->generalPage();
    auto *image = page->findChild<QComboBox *>(u"defaultProvider_image"_s);
    auto *ofd = page->findChild<QComboBox *>(u"defaultProvider_ofd"_s);
    auto *language = page->findChild<QComboBox *>(u"language"_s);
    QCOMPARE(image->currentData().toString(), u"qiniu"_s);
    QCOMPARE(language->currentData().toString(), u"en"_s);
    // Only providers that take the kind (and "auto"); unconfigured ones say so.
    QStringList ofdIds;
    for (int i = 0; i < ofd->count(); ++i)
        ofdIds << ofd->itemData(i).toString();
    QCOMPARE(ofdIds, (QStringList{u"local"_s, u"tencent-ofd"_s, u"qiniu"_s, u"auto"_s}));
    QVERIFY(ofd->itemText(1).contains(u"no keys yet"_s));
    QVERIFY(!ofd->itemText(2).contains(u"no keys yet"_s));

    image->setCurrentIndex(image->findData(u"tencent-vat"_s));
    ofd->setCurrentIndex(ofd->findData(u"auto"_s));
    language->setCurrentIndex(language->findData(QString()));
    page->findChild<QSpinBox *>(u"transferTimeout"_s)->setValue(25);
    page->findChild<QLineEdit *>(u"companyName"_s)->setText(u" 某某公司 "_s);
    QVERIFY(d->apply());
    QCOMPARE(m_settings->defaultProvider(u"image"_s), u"tencent-vat"_s);
    QCOMPARE(m_settings->defaultProvider(u"ofd"_s), u"auto"_s);
    QCOMPARE(m_settings->defaultProvider(u"pdf"_s), u"local"_s);
    QCOMPARE(m_settings->language(), QString());
    QCOMPARE(m_settings->transferTimeoutMs(), 25000);
    QCOMPARE(m_settings->companyName(), u"某某公司"_s);

    // A provider this build does not have stays chosen unless changed.
    m_settings->setDefaultProvider(u"pdf"_s, u"future-vendor"_s);
    auto d2 = makeDialog();
    auto *pdf = d2->generalPage()->findChild<QComboBox *>(u"defaultProvider_pdf"_s);
    QCOMPARE(pdf->currentData().toString(), u"future-vendor"_s);
    QVERIFY(d2->apply());
    QCOMPARE(m_settings->defaultProvider(u"pdf"_s), u"future-vendor"_s);
}

// A refused tax id's message below the pages goes once the tax id is corrected, before OK.
void TestSettingsPages::problemClearsWhenFixed()
{
    auto d = makeDialog();
    d->show();
    auto *taxId = d->generalPage()->findChild<QLineEdit *>(u"companyTaxId"_s);
    taxId->setText(validUscc().left(17) + (validUscc().endsWith(u'1') ? u"2"_s : u"1"_s));
    QVERIFY(!d->apply());
    auto *problem = d->findChild<QLabel *>(u"dialogProblem"_s);
    QVERIFY(problem->isVisible());
    taxId->setText(validUscc());
    QVERIFY(problem->isHidden());
    QVERIFY(d->apply());
}

void TestSettingsPages::testConnection_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<bool>("goodKeys");
    for (const VendorValues &v : typedValues()) {
        QTest::newRow(qPrintable(v.vendor + u" good"_s)) << v.vendor << true;
        QTest::newRow(qPrintable(v.vendor + u" bad"_s)) << v.vendor << false;
    }
}

void TestSettingsPages::testConnection()
{
    QFETCH(QString, vendor);
    QFETCH(bool, goodKeys);
    const VendorValues values = valuesOf(vendor);
    auto secret = [&](const QString &k) {
        for (const auto &[key, value] : values.secrets)
            if (key == k)
                return value;
        return QString();
    };
    std::unique_ptr<test::FakeVendorServer> fake;
    if (vendor == u"tencent")
        fake = std::make_unique<test::FakeTencentServer>(secret(u"secret_id"_s), secret(u"secret_key"_s));
    else if (vendor == u"qiniu")
        fake = std::make_unique<test::QiniuFakeServer>(secret(u"access_key"_s), secret(u"secret_key"_s), u"invoice-bucket"_s);
    else if (vendor == u"ekuaibao")
        fake = std::make_unique<test::EkuaibaoFakeServer>(secret(u"app_key"_s), secret(u"app_security"_s));
    else
        fake = std::make_unique<test::DeepFinchFakeServer>(secret(u"api_id"_s), secret(u"api_secret"_s));
    QVERIFY(fake->start());

    auto d = makeDialog();
    d->show();
    ProviderSettingsPage *page = d->providerPage(vendor);
    for (const auto &[key, value] : values.secrets)
        QTest::keyClicks(edit(page, u"field_"_s + key), goodKeys ? value : value + u"-wrong"_s);
    edit(page, u"endpoint_"_s + page->spec().endpoints.first().key)->setText(fake->baseUrl().toString());
    auto *button = page->findChild<QPushButton *>(u"testConnection"_s);
    QSignalSpy spy(page, &ProviderSettingsPage::testFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    QVERIFY(spy.wait(10000));
    QVERIFY(button->isEnabled());
    QCOMPARE(spy.first().at(0).toBool(), goodKeys);
    const QString message = spy.first().at(1).toString();
    QVERIFY2(message.contains(goodKeys ? u"keys were accepted"_s : u"refused the keys"_s), qPrintable(message));
    const QString shown = page->findChild<QLabel *>(u"testResult"_s)->text();
    QVERIFY(shown.contains(message));
    QCOMPARE(fake->requestCount(), 1);
    for (const auto &[key, value] : values.secrets)
        QVERIFY(!shown.contains(value));
    // Tested, not saved: the store saw nothing.
    QCOMPARE(m_store->writes, 0);
}

void TestSettingsPages::testConnectionWithStoredKeys()
{
    // Untouched fields test the stored keys (read into the test's own store, not a widget).
    const VendorValues df = valuesOf(u"deepfinch"_s);
    for (const auto &[key, value] : df.secrets)
        m_store->write(u"deepfinch"_s, key, value);
    test::DeepFinchFakeServer fake(df.secrets.at(0).second, df.secrets.at(1).second);
    QVERIFY(fake.start());
    auto d = makeDialog();
    ProviderSettingsPage *page = d->providerPage(u"deepfinch"_s);
    edit(page, u"endpoint_deepfinch"_s)->setText(fake.baseUrl().toString());
    QSignalSpy spy(page, &ProviderSettingsPage::testFinished);
    page->startTest();
    QVERIFY(spy.wait(10000));
    QVERIFY(spy.first().at(0).toBool());

    // After "Remove keys" the stored ones are not used any more.
    QTest::mouseClick(page->findChild<QPushButton *>(u"removeKeys"_s), Qt::LeftButton);
    page->startTest();
    QVERIFY(spy.wait(10000));
    QVERIFY(!spy.at(1).at(0).toBool());
    QVERIFY(spy.at(1).at(1).toString().contains(u"Enter the keys"_s));
    QCOMPARE(fake.requestCount(), 1);
}

void TestSettingsPages::screenshots()
{
    // RA_SCREENSHOT_DIR=dir: each page as a PNG (run under a real X server to look at them).
    const QString dir = qEnvironmentVariable("RA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RA_SCREENSHOT_DIR not set");
    QDir().mkpath(dir);
    m_store->write(u"tencent"_s, u"secret_id"_s, u"AKIDstored"_s);
    m_store->write(u"tencent"_s, u"secret_key"_s, u"stored"_s);
    test::FakeTencentServer fake(u"AKIDstored"_s, u"stored"_s);
    QVERIFY(fake.start());
    auto d = makeDialog();
    d->setKeychainStatus(u"No keychain is available (The name org.freedesktop.secrets was not provided by any "
                         u".service files). Keys you enter are kept for this session only and must be entered "
                         u"again after a restart."_s);
    d->generalPage()->findChild<QLineEdit *>(u"companyName"_s)->setText(u"北京某某科技有限公司"_s);
    d->generalPage()->findChild<QLineEdit *>(u"companyTaxId"_s)->setText(validUscc());
    ProviderSettingsPage *tencent = d->providerPage(u"tencent"_s);
    edit(tencent, u"endpoint_tencent"_s)->setText(fake.baseUrl().toString());
    QSignalSpy spy(tencent, &ProviderSettingsPage::testFinished);
    tencent->startTest();
    QVERIFY(spy.wait(10000));
    ProviderSettingsPage *qiniu = d->providerPage(u"qiniu"_s);
    QTest::keyClicks(edit(qiniu, u"field_access_key"_s), u"typed"_s);
    edit(qiniu, u"endpoint_qiniu"_s)->setText(u"http://example.com"_s);
    // A refused key and an address nobody answers at.
    test::DeepFinchFakeServer deepfinch(u"df-id"_s, u"df-secret"_s);
    QVERIFY(deepfinch.start());
    ProviderSettingsPage *df = d->providerPage(u"deepfinch"_s);
    QTest::keyClicks(edit(df, u"field_api_id"_s), u"df-id"_s);
    QTest::keyClicks(edit(df, u"field_api_secret"_s), u"wrong"_s);
    edit(df, u"endpoint_deepfinch"_s)->setText(deepfinch.baseUrl().toString());
    QSignalSpy dfSpy(df, &ProviderSettingsPage::testFinished);
    df->startTest();
    QVERIFY(dfSpy.wait(10000));
    ProviderSettingsPage *ekb = d->providerPage(u"ekuaibao"_s);
    QTest::keyClicks(edit(ekb, u"field_app_key"_s), u"k"_s);
    QTest::keyClicks(edit(ekb, u"field_app_security"_s), u"s"_s);
    edit(ekb, u"endpoint_ekuaibao"_s)->setText(u"http://127.0.0.1:9"_s);
    QSignalSpy ekbSpy(ekb, &ProviderSettingsPage::testFinished);
    ekb->startTest();
    QVERIFY(ekbSpy.wait(10000));
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    for (const QString &id : d->pageIds()) {
        d->showPage(id);
        QTest::qWait(100);
        QVERIFY(d->grab().save(dir + u"/settings-"_s + id + u".png"_s));
    }
}

QTEST_MAIN(TestSettingsPages)
#include "tst_settingspages.moc"
