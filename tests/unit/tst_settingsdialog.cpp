// The settings dialog's keys on the offscreen platform: keys typed for every vendor go to the
// credential store and nothing secret to the QSettings INI file (its bytes are read); stored
// keys are never put into a widget and an untouched field rewrites nothing; show/hide, "Remove
// keys", Cancel, the key status line (keychain or session only), a read-only and a refusing
// store. Validation, the General page and "Test connection": tst_settingspages. The fixture:
// tests/support/settingsdialogbench.h.
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

class TestSettingsDialog : public QObject, public SettingsDialogBench
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpSettings(); }
    void cleanup() { tearDownSettings(); }

    void pages();
    void typedKeysGoToStoreNotToIni_data();
    void typedKeysGoToStoreNotToIni();
    void storedKeysNeverInAWidget();
    void untouchedFieldsRewriteNothing();
    void showHideRevealsOnlyTyped();
    void removeKeys();
    void cancelWritesNothing();
    void keyStatus_data();
    void keyStatus();
    void readOnlyStore();
    void storeRefusesWrite();
};

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

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
