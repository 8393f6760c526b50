// The settings dialog on the offscreen platform: keys typed for every vendor go to the
// credential store and nothing secret to the QSettings INI file (its bytes are read); stored
// keys are never put into a widget and an untouched field rewrites nothing; "Remove keys",
// Cancel, endpoint and tax-id validation, the key status line (keychain or session only), the
// General page's values, and "Test connection" against each fake vendor with the values typed
// (not yet saved).
#include "appsettings.h"
#include "core/memorycredentialstore.h"
#include "core/networkaccess.h"
#include "fakes/deepfinchfakeserver.h"
#include "fakes/ekuaibaofakeserver.h"
#include "fakes/faketencentserver.h"
#include "fakes/qiniufakeserver.h"
#include "generalsettingspage.h"
#include "providersettingspage.h"
#include "settingsdialog.h"
#include "taxid.h"

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
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

// A store that counts what is written and can play a keychain, a read-only store or a failing one.
class CountingStore : public CredentialStore
{
public:
    QString backendName() const override { return m_persistent ? u"keychain"_s : u"memory"_s; }
    bool isPersistent() const override { return m_persistent; }
    bool isWritable() const override { return m_writable; }
    QString read(const QString &account, const QString &key) override { return m_inner.read(account, key); }
    bool write(const QString &account, const QString &key, const QString &value) override
    {
        if (m_failWrites) {
            m_error = u"The keychain is locked."_s;
            return false;
        }
        ++writes;
        return m_inner.write(account, key, value);
    }
    bool remove(const QString &account, const QString &key) override
    {
        ++removes;
        return m_inner.remove(account, key);
    }
    QString lastError() const override { return m_error; }

    bool m_persistent = false;
    bool m_writable = true;
    bool m_failWrites = false;
    int writes = 0;
    int removes = 0;

private:
    MemoryCredentialStore m_inner;
    QString m_error;
};

struct VendorValues
{
    QString vendor;
    QList<QPair<QString, QString>> secrets;   // key → typed value
    QList<QPair<QString, QString>> texts;     // non-secret account values
};

QList<VendorValues> typedValues()
{
    return {
        {u"tencent"_s, {{u"secret_id"_s, u"AKIDtypedTencentId42"_s}, {u"secret_key"_s, u"tencent-typed-secret-key-x1"_s}},
         {{u"region"_s, u"ap-guangzhou"_s}}},
        {u"qiniu"_s, {{u"access_key"_s, u"qiniu-typed-access-key-x2"_s}, {u"secret_key"_s, u"qiniu-typed-secret-key-x3"_s}},
         {{u"bucket"_s, u"invoice-bucket"_s}, {u"bucket_domain"_s, u"https://files.example.com"_s}}},
        {u"ekuaibao"_s, {{u"app_key"_s, u"ekb-typed-app-key-x4"_s}, {u"app_security"_s, u"ekb-typed-app-security-x5"_s}}, {}},
        {u"deepfinch"_s, {{u"api_id"_s, u"df-typed-api-id-x6"_s}, {u"api_secret"_s, u"df-typed-api-secret-x7"_s}}, {}},
    };
}

VendorValues valuesOf(const QString &vendor)
{
    for (const VendorValues &v : typedValues())
        if (v.vendor == vendor)
            return v;
    return {};
}

QList<ProviderInfo> catalog()
{
    auto info = [](const char *id, const char *name, QStringList accepts, bool configured) {
        ProviderInfo p;
        p.id = QString::fromLatin1(id);
        p.name = QString::fromLatin1(name);
        p.accepts = std::move(accepts);
        p.configured = configured;
        p.available = true;
        return p;
    };
    return {info("local", "Offline", {u"image"_s, u"pdf"_s, u"ofd"_s}, true),
            info("tencent-vat", "Tencent Cloud VatInvoiceOCR", {u"image"_s, u"pdf"_s}, false),
            info("tencent-ofd", "Tencent Cloud VerifyOfdVatInvoiceOCR", {u"ofd"_s}, false),
            info("qiniu", "Qiniu multi-invoice OCR", {u"image"_s, u"pdf"_s, u"ofd"_s}, true),
            info("ekuaibao", "Ekuaibao (合思) invoice OCR", {u"image"_s, u"pdf"_s}, false),
            info("deepfinch", "DeepFinch VAT invoice OCR", {u"image"_s, u"pdf"_s}, false)};
}

QString validUscc()
{
    const QString first17 = u"91110108MA0000000"_s;
    return first17 + *taxid::usccCheckCharacter(first17);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pages();
    void typedKeysGoToStoreNotToIni_data();
    void typedKeysGoToStoreNotToIni();
    void storedKeysNeverInAWidget();
    void untouchedFieldsRewriteNothing();
    void showHideRevealsOnlyTyped();
    void removeKeys();
    void cancelWritesNothing();
    void endpointValidation_data();
    void endpointValidation();
    void taxIdValidation_data();
    void taxIdValidation();
    void generalPageSaves();
    void problemClearsWhenFixed();
    void keyStatus_data();
    void keyStatus();
    void readOnlyStore();
    void storeRefusesWrite();
    void testConnection_data();
    void testConnection();
    void testConnectionWithStoredKeys();
    void screenshots();

private:
    std::unique_ptr<SettingsDialog> makeDialog();
    QByteArray iniBytes();
    static QLineEdit *edit(QWidget *page, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_ini;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<CountingStore> m_store;
    std::unique_ptr<NetworkAccess> m_network;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_ini.get());
    m_store = std::make_unique<CountingStore>();
    m_network = std::make_unique<NetworkAccess>();
}

void TestSettingsDialog::cleanup()
{
    m_settings.reset();
    m_ini.reset();
    m_store.reset();
    m_network.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::makeDialog()
{
    auto d = std::make_unique<SettingsDialog>(m_settings.get(), m_store.get(), catalog());
    d->setNetworkAccess(m_network.get());
    d->setTestTimeout(5000);
    return d;
}

QByteArray TestSettingsDialog::iniBytes()
{
    m_settings->sync();
    QFile f(m_dir->filePath(u"settings.ini"_s));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QLineEdit *TestSettingsDialog::edit(QWidget *page, const QString &name)
{
    return page ? page->findChild<QLineEdit *>(name) : nullptr;
}

void TestSettingsDialog::pages()
{
    auto d = makeDialog();
    QCOMPARE(d->pageIds(), (QStringList{u"general"_s, u"tencent"_s, u"qiniu"_s, u"ekuaibao"_s, u"deepfinch"_s}));
    QCOMPARE(d->currentPageId(), u"general"_s);
    d->showPage(u"qiniu"_s);
    QCOMPARE(d->currentPageId(), u"qiniu"_s);
    QCOMPARE(d->findChild<QListWidget *>(u"pages"_s)->count(), 5);
    for (const QString &vendor : {u"tencent"_s, u"qiniu"_s, u"ekuaibao"_s, u"deepfinch"_s}) {
        ProviderSettingsPage *page = d->providerPage(vendor);
        QVERIFY(page);
        QVERIFY(page->findChild<QPushButton *>(u"testConnection"_s));
        QVERIFY(page->findChild<QPushButton *>(u"removeKeys"_s));
        QVERIFY(page->findChild<QLabel *>(u"keyStatus"_s));
        for (const auto &[key, value] : valuesOf(vendor).secrets) {
            QLineEdit *e = edit(page, u"field_"_s + key);
            QVERIFY2(e, qPrintable(key));
            QCOMPARE(e->echoMode(), QLineEdit::Password);
        }
    }
    // Tencent's two providers each have a rate limit; Qiniu's two endpoints each a field.
    QVERIFY(d->providerPage(u"tencent"_s)->findChild<QDoubleSpinBox *>(u"rate_tencent-vat"_s));
    QVERIFY(d->providerPage(u"tencent"_s)->findChild<QDoubleSpinBox *>(u"rate_tencent-ofd"_s));
    QVERIFY(edit(d->providerPage(u"qiniu"_s), u"endpoint_qiniu-upload"_s));
    QVERIFY(d->providerPage(u"qiniu"_s)->findChild<QCheckBox *>(u"field_private_bucket"_s));
}

void TestSettingsDialog::typedKeysGoToStoreNotToIni_data()
{
    QTest::addColumn<QString>("vendor");
    for (const VendorValues &v : typedValues())
        QTest::newRow(qPrintable(v.vendor)) << v.vendor;
}

void TestSettingsDialog::typedKeysGoToStoreNotToIni()
{
    QFETCH(QString, vendor);
    const VendorValues values = valuesOf(vendor);
    auto d = makeDialog();
    d->show();
    d->showPage(vendor);
    ProviderSettingsPage *page = d->providerPage(vendor);
    for (const auto &[key, value] : values.secrets) {
        // Pasted keys often end in a newline or blank: stored without it.
        QTest::keyClicks(edit(page, u"field_"_s + key), value + u"  "_s);
    }
    for (const auto &[key, value] : values.texts)
        QTest::keyClicks(edit(page, u"field_"_s + key), value);
    const QString endpointKey = page->spec().endpoints.first().key;
    edit(page, u"endpoint_"_s + endpointKey)->setText(u"https://gateway.example.com/%1"_s.arg(vendor));
    page->findChild<QDoubleSpinBox *>(u"rate_"_s + page->spec().providerIds.first())->setValue(0.5);

    QSignalSpy credentialsChanged(d.get(), &SettingsDialog::credentialsChanged);
    QSignalSpy settingsChanged(m_settings.get(), &AppSettings::changed);
    QVERIFY(d->apply());
    QCOMPARE(credentialsChanged.count(), 1);
    QCOMPARE(settingsChanged.count(), 1);   // one group for everything

    for (const auto &[key, value] : values.secrets + values.texts)
        QCOMPARE(m_store->read(vendor, key), value);
    QCOMPARE(m_settings->endpoint(endpointKey), u"https://gateway.example.com/%1"_s.arg(vendor));
    QCOMPARE(m_settings->userRateLimit(page->spec().providerIds.first()), 0.5);

    const QByteArray ini = iniBytes();
    QVERIFY(ini.contains("gateway.example.com"));   // the file was written
    for (const auto &[key, value] : values.secrets) {
        QVERIFY2(!ini.contains(value.toUtf8()), qPrintable(key + u" in the INI file"_s));
        QVERIFY2(!ini.contains(value.right(10).toUtf8()), qPrintable(key + u" (part) in the INI file"_s));
    }
    // What was typed left the widgets once it was stored.
    for (const auto &[key, value] : values.secrets)
        QVERIFY(edit(page, u"field_"_s + key)->text().isEmpty());
}

void TestSettingsDialog::storedKeysNeverInAWidget()
{
    for (const VendorValues &v : typedValues())
        for (const auto &[key, value] : v.secrets)
            m_store->write(v.vendor, key, value);
    auto d = makeDialog();
    d->show();
    for (const VendorValues &v : typedValues()) {
        ProviderSettingsPage *page = d->providerPage(v.vendor);
        for (const auto &[key, value] : v.secrets) {
            QLineEdit *e = edit(page, u"field_"_s + key);
            QVERIFY(e->text().isEmpty());
            QVERIFY2(e->placeholderText().contains(u"stored"_s), qPrintable(e->placeholderText()));
        }
        QVERIFY(page->findChild<QLabel *>(u"keyStatus"_s)->text().contains(u"session only"_s));
    }
    for (QLineEdit *e : d->findChildren<QLineEdit *>())
        for (const VendorValues &v : typedValues())
            for (const auto &[key, value] : v.secrets) {
                QVERIFY(!e->text().contains(value));
                QVERIFY(!e->placeholderText().contains(value));
            }
    for (QLabel *l : d->findChildren<QLabel *>())
        for (const VendorValues &v : typedValues())
            for (const auto &[key, value] : v.secrets)
                QVERIFY(!l->text().contains(value));
}

void TestSettingsDialog::untouchedFieldsRewriteNothing()
{
    const VendorValues q = valuesOf(u"qiniu"_s);
    for (const auto &[key, value] : q.secrets + q.texts)
        m_store->write(u"qiniu"_s, key, value);
    m_store->write(u"qiniu"_s, u"private_bucket"_s, u"true"_s);
    m_store->writes = 0;
    {
        auto d = makeDialog();
        QSignalSpy spy(d.get(), &SettingsDialog::credentialsChanged);
        ProviderSettingsPage *page = d->providerPage(u"qiniu"_s);
        // Non-secret account values are shown as they are.
        QCOMPARE(edit(page, u"field_bucket"_s)->text(), u"invoice-bucket"_s);
        QVERIFY(page->findChild<QCheckBox *>(u"field_private_bucket"_s)->isChecked());
        QVERIFY(!page->hasCredentialChanges());
        QVERIFY(d->apply());
        QCOMPARE(m_store->writes, 0);
        QCOMPARE(m_store->removes, 0);
        QCOMPARE(spy.count(), 0);
    }
    {
        auto d = makeDialog();
        ProviderSettingsPage *page = d->providerPage(u"qiniu"_s);
        QTest::keyClicks(edit(page, u"field_secret_key"_s), u"qiniu-new-secret"_s);
        page->findChild<QCheckBox *>(u"field_private_bucket"_s)->setChecked(false);
        QVERIFY(d->apply());
        QCOMPARE(m_store->writes, 1);    // the one key typed
        QCOMPARE(m_store->removes, 1);   // the flag cleared
        QCOMPARE(m_store->read(u"qiniu"_s, u"secret_key"_s), u"qiniu-new-secret"_s);
        QCOMPARE(m_store->read(u"qiniu"_s, u"access_key"_s), u"qiniu-typed-access-key-x2"_s);
        QVERIFY(m_store->read(u"qiniu"_s, u"private_bucket"_s).isNull());
    }
}

void TestSettingsDialog::showHideRevealsOnlyTyped()
{
    m_store->write(u"deepfinch"_s, u"api_secret"_s, u"df-stored-secret-zz"_s);
    auto d = makeDialog();
    d->show();
    ProviderSettingsPage *page = d->providerPage(u"deepfinch"_s);
    QLineEdit *e = edit(page, u"field_api_secret"_s);
    auto *toggle = page->findChild<QAction *>(u"showHide_api_secret"_s);
    QVERIFY(toggle);
    toggle->trigger();
    QCOMPARE(e->echoMode(), QLineEdit::Normal);
    QVERIFY(e->text().isEmpty());   // the stored value is not revealed
    QTest::keyClicks(e, u"typed"_s);
    QCOMPARE(e->displayText(), u"typed"_s);
    toggle->trigger();
    QCOMPARE(e->echoMode(), QLineEdit::Password);
    QVERIFY(e->displayText() != u"typed"_s);
}

void TestSettingsDialog::removeKeys()
{
    const VendorValues t = valuesOf(u"tencent"_s);
    for (const auto &[key, value] : t.secrets + t.texts)
        m_store->write(u"tencent"_s, key, value);
    auto d = makeDialog();
    ProviderSettingsPage *page = d->providerPage(u"tencent"_s);
    auto *remove = page->findChild<QPushButton *>(u"removeKeys"_s);
    auto *status = page->findChild<QLabel *>(u"keyStatus"_s);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(status->text().contains(u"will be removed"_s), qPrintable(status->text()));
    QVERIFY(edit(page, u"field_region"_s)->text().isEmpty());
    // Nothing happens before OK.
    QCOMPARE(m_store->removes, 0);
    QSignalSpy spy(d.get(), &SettingsDialog::credentialsChanged);
    QVERIFY(d->apply());
    QCOMPARE(spy.count(), 1);
    for (const auto &[key, value] : t.secrets + t.texts)
        QVERIFY(m_store->read(u"tencent"_s, key).isNull());
    QVERIFY(status->text().contains(u"No keys are stored"_s));
    QVERIFY(!remove->isEnabled());
}

void TestSettingsDialog::cancelWritesNothing()
{
    m_store->write(u"ekuaibao"_s, u"app_key"_s, u"k"_s);
    m_store->writes = 0;
    const QByteArray before = iniBytes();
    auto d = makeDialog();
    d->show();
    ProviderSettingsPage *page = d->providerPage(u"ekuaibao"_s);
    QTest::keyClicks(edit(page, u"field_app_security"_s), u"never-saved-secret"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"removeKeys"_s), Qt::LeftButton);
    d->generalPage()->findChild<QLineEdit *>(u"companyName"_s)->setText(u"X"_s);
    d->reject();
    QCOMPARE(m_store->writes, 0);
    QCOMPARE(m_store->removes, 0);
    QCOMPARE(m_store->read(u"ekuaibao"_s, u"app_key"_s), u"k"_s);
    QCOMPARE(iniBytes(), before);
    QCOMPARE(m_settings->companyName(), QString());
}

void TestSettingsDialog::endpointValidation_data()
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

void TestSettingsDialog::endpointValidation()
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

void TestSettingsDialog::taxIdValidation_data()
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

void TestSettingsDialog::taxIdValidation()
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

// A refused tax id's message below the pages goes once the tax id is corrected, before OK.
void TestSettingsDialog::problemClearsWhenFixed()
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

void TestSettingsDialog::generalPageSaves()
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

void TestSettingsDialog::keyStatus_data()
{
    QTest::addColumn<bool>("persistent");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<QString>("mustSay");
    QTest::newRow("keychain, stored") << true << true << u"in the system keychain"_s;
    QTest::newRow("keychain, none") << true << false << u"No keys are stored."_s;
    QTest::newRow("memory, stored") << false << true << u"for this session only: no keychain is available"_s;
    QTest::newRow("memory, none") << false << false << u"kept for this session only: no keychain is available"_s;
}

void TestSettingsDialog::keyStatus()
{
    QFETCH(bool, persistent);
    QFETCH(bool, stored);
    QFETCH(QString, mustSay);
    m_store->m_persistent = persistent;
    if (stored)
        for (const VendorValues &v : typedValues())
            for (const auto &[key, value] : v.secrets)
                m_store->write(v.vendor, key, value);
    auto d = makeDialog();
    d->setKeychainStatus(persistent ? QString() : u"No keychain is available (no Secret Service)."_s);
    d->show();
    for (const VendorValues &v : typedValues()) {
        ProviderSettingsPage *page = d->providerPage(v.vendor);
        const QString status = page->findChild<QLabel *>(u"keyStatus"_s)->text();
        QVERIFY2(status.contains(mustSay), qPrintable(status));
        QCOMPARE(page->findChild<QLabel *>(u"keychainNote"_s)->isHidden(), persistent);
        QCOMPARE(page->findChild<QPushButton *>(u"removeKeys"_s)->isEnabled(), stored);
    }
    // One key of two: named as missing.
    m_store->remove(u"deepfinch"_s, u"api_secret"_s);
    auto d2 = makeDialog();
    if (stored)
        QVERIFY(d2->providerPage(u"deepfinch"_s)->findChild<QLabel *>(u"keyStatus"_s)->text().contains(u"API secret"_s));
}

void TestSettingsDialog::readOnlyStore()
{
    m_store->m_writable = false;
    auto d = makeDialog();
    ProviderSettingsPage *page = d->providerPage(u"tencent"_s);
    QVERIFY(!edit(page, u"field_secret_key"_s)->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(u"removeKeys"_s)->isEnabled());
    QVERIFY(page->findChild<QLabel *>(u"keyStatus"_s)->text().contains(u"cannot be changed here"_s));
    QVERIFY(d->apply());
    QCOMPARE(m_store->writes + m_store->removes, 0);
}

void TestSettingsDialog::storeRefusesWrite()
{
    m_store->m_failWrites = true;
    auto d = makeDialog();
    ProviderSettingsPage *page = d->providerPage(u"ekuaibao"_s);
    QTest::keyClicks(edit(page, u"field_app_security"_s), u"ekb-secret-refused"_s);
    QSignalSpy spy(d.get(), &SettingsDialog::credentialsChanged);
    QVERIFY(!d->apply());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(d->currentPageId(), u"ekuaibao"_s);
    const QString problem = d->findChild<QLabel *>(u"dialogProblem"_s)->text();
    QVERIFY2(problem.contains(u"locked"_s), qPrintable(problem));
    QVERIFY(!problem.contains(u"ekb-secret-refused"_s));
    // The typed value stays for another try.
    QCOMPARE(edit(page, u"field_app_security"_s)->text(), u"ekb-secret-refused"_s);
}

void TestSettingsDialog::testConnection_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<bool>("goodKeys");
    for (const VendorValues &v : typedValues()) {
        QTest::newRow(qPrintable(v.vendor + u" good"_s)) << v.vendor << true;
        QTest::newRow(qPrintable(v.vendor + u" bad"_s)) << v.vendor << false;
    }
}

void TestSettingsDialog::testConnection()
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

void TestSettingsDialog::testConnectionWithStoredKeys()
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

void TestSettingsDialog::screenshots()
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

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
