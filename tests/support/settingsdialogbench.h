#pragma once

// What the settings dialog tests share (tst_settingsdialog, tst_settingspages): a credential
// store that counts its writes, the values typed for each vendor, the provider catalogue, and
// per test function an INI file of its own, its AppSettings, the store and a network; the dialog
// made over them. Header-only: the dialog lives in ra_ui, which the test support library does
// not link.
#include "appsettings.h"
#include "core/memorycredentialstore.h"
#include "core/networkaccess.h"
#include "settingsdialog.h"
#include "taxid.h"

#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ra::test {

using namespace Qt::StringLiterals;

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

inline QList<VendorValues> typedValues()
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

inline VendorValues valuesOf(const QString &vendor)
{
    for (const VendorValues &v : typedValues())
        if (v.vendor == vendor)
            return v;
    return {};
}

inline QList<ProviderInfo> catalog()
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

inline QString validUscc()
{
    const QString first17 = u"91110108MA0000000"_s;
    return first17 + *taxid::usccCheckCharacter(first17);
}

class SettingsDialogBench
{
protected:
    void setUpSettings()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ini = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings = std::make_unique<AppSettings>(m_ini.get());
        m_store = std::make_unique<CountingStore>();
        m_network = std::make_unique<NetworkAccess>();
    }

    void tearDownSettings()
    {
        m_settings.reset();
        m_ini.reset();
        m_store.reset();
        m_network.reset();
        m_dir.reset();
    }

    std::unique_ptr<SettingsDialog> makeDialog()
    {
        auto d = std::make_unique<SettingsDialog>(m_settings.get(), m_store.get(), catalog());
        d->setNetworkAccess(m_network.get());
        d->setTestTimeout(5000);
        return d;
    }

    // The INI file's bytes as written.
    QByteArray iniBytes()
    {
        m_settings->sync();
        QFile f(m_dir->filePath(u"settings.ini"_s));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    static QLineEdit *edit(QWidget *page, const QString &name)
    {
        return page ? page->findChild<QLineEdit *>(name) : nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_ini;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<CountingStore> m_store;
    std::unique_ptr<NetworkAccess> m_network;
};

} // namespace ra::test
