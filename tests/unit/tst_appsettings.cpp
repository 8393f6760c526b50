// AppSettings: every value round-trips through an INI file (written, read back by a new
// instance), bad values are refused or read as the default, changed() is emitted once per
// change (once per update group), and providerContext() carries endpoints, rate limits and the
// timeout.
#include "appsettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ra;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaults();
    void roundTrip();
    void defaultProvider_data();
    void defaultProvider();
    void defaultProviderForFormat_data();
    void defaultProviderForFormat();
    void language_data();
    void language();
    void endpoints();
    void rateLimits_data();
    void rateLimits();
    void timeoutBounded_data();
    void timeoutBounded();
    void handEditedGarbage();
    void changedSignal();
    void providerContext();
    void validationContext();

private:
    std::unique_ptr<QSettings> open() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_ini;
};

std::unique_ptr<QSettings> TestAppSettings::open() const
{
    return std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
}

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = open();
}

void TestAppSettings::cleanup()
{
    m_ini.reset();
    m_dir.reset();
}

void TestAppSettings::defaults()
{
    AppSettings s(m_ini.get());
    QCOMPARE(s.companyName(), QString());
    QCOMPARE(s.companyTaxId(), QString());
    for (const QString &kind : AppSettings::fileKinds())
        QCOMPARE(s.defaultProvider(kind), u"local"_s);
    QCOMPARE(s.language(), QString());
    for (const QString &vendor : AppSettings::endpointVendors())
        QCOMPARE(s.endpoint(vendor), QString());
    QCOMPARE(s.userRateLimit(u"tencent-vat"_s), 0.0);
    QCOMPARE(s.transferTimeoutMs(), 60000);
    QCOMPARE(s.fileName(), m_dir->filePath(u"settings.ini"_s));
}

void TestAppSettings::roundTrip()
{
    {
        AppSettings s(m_ini.get());
        s.setCompanyName(u"  北京某某科技有限公司 "_s);
        s.setCompanyTaxId(u" 91110108mA00000001 "_s);
        QVERIFY(s.setDefaultProvider(u"image"_s, u"tencent-vat"_s));
        QVERIFY(s.setDefaultProvider(u"pdf"_s, u"auto"_s));
        QVERIFY(s.setLanguage(u"zh_CN"_s));
        QVERIFY(s.setEndpoint(u"qiniu-upload"_s, u" http://127.0.0.1:8080/up "_s));
        QVERIFY(s.setUserRateLimit(u"ekuaibao"_s, 0.5));
        s.setTransferTimeoutMs(30000);
        s.sync();
    }
    m_ini = open();   // a new process reading the file
    AppSettings s(m_ini.get());
    QCOMPARE(s.companyName(), u"北京某某科技有限公司"_s);
    QCOMPARE(s.companyTaxId(), u"91110108MA00000001"_s);
    QCOMPARE(s.defaultProvider(u"image"_s), u"tencent-vat"_s);
    QCOMPARE(s.defaultProvider(u"pdf"_s), u"auto"_s);
    QCOMPARE(s.defaultProvider(u"ofd"_s), u"local"_s);
    QCOMPARE(s.language(), u"zh_CN"_s);
    QCOMPARE(s.endpoint(u"qiniu-upload"_s), u"http://127.0.0.1:8080/up"_s);
    QCOMPARE(s.endpoint(u"qiniu"_s), QString());
    QCOMPARE(s.userRateLimit(u"ekuaibao"_s), 0.5);
    QCOMPARE(s.transferTimeoutMs(), 30000);
}

void TestAppSettings::defaultProvider_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("readBack");
    QTest::newRow("pdf local") << u"pdf"_s << u"local"_s << true << u"local"_s;
    QTest::newRow("ofd tencent-ofd") << u"ofd"_s << u"tencent-ofd"_s << true << u"tencent-ofd"_s;
    QTest::newRow("image qiniu") << u"image"_s << u"qiniu"_s << true << u"qiniu"_s;
    QTest::newRow("image auto") << u"image"_s << u"auto"_s << true << u"auto"_s;
    QTest::newRow("unknown kind") << u"doc"_s << u"local"_s << false << u"local"_s;
    QTest::newRow("empty id") << u"pdf"_s << QString() << false << u"local"_s;
    QTest::newRow("path in id") << u"pdf"_s << u"../company/name"_s << false << u"local"_s;
    QTest::newRow("blank padded") << u"pdf"_s << u" deepfinch "_s << true << u"deepfinch"_s;
}

void TestAppSettings::defaultProvider()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(bool, accepted);
    QFETCH(QString, readBack);
    AppSettings s(m_ini.get());
    QCOMPARE(s.setDefaultProvider(kind, id), accepted);
    QCOMPARE(s.defaultProvider(kind), readBack);
}

void TestAppSettings::defaultProviderForFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("provider");
    QTest::newRow("pdf") << int(DocumentFormat::Pdf) << u"P"_s;
    QTest::newRow("ofd") << int(DocumentFormat::Ofd) << u"O"_s;
    QTest::newRow("jpeg") << int(DocumentFormat::Jpeg) << u"I"_s;
    QTest::newRow("png") << int(DocumentFormat::Png) << u"I"_s;
    QTest::newRow("tiff") << int(DocumentFormat::Tiff) << u"I"_s;
    QTest::newRow("zip") << int(DocumentFormat::Zip) << u"local"_s;
    QTest::newRow("unknown") << int(DocumentFormat::Unknown) << u"local"_s;
}

void TestAppSettings::defaultProviderForFormat()
{
    QFETCH(int, format);
    QFETCH(QString, provider);
    AppSettings s(m_ini.get());
    s.setDefaultProvider(u"pdf"_s, u"P"_s);
    s.setDefaultProvider(u"ofd"_s, u"O"_s);
    s.setDefaultProvider(u"image"_s, u"I"_s);
    QCOMPARE(s.defaultProvider(DocumentFormat(format)), provider);
}

void TestAppSettings::language_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("readBack");
    QTest::newRow("system") << QString() << true << QString();
    QTest::newRow("zh_CN") << u"zh_CN"_s << true << u"zh_CN"_s;
    QTest::newRow("en") << u"en"_s << true << u"en"_s;
    QTest::newRow("fr") << u"fr"_s << false << u"en"_s;
    QTest::newRow("zh-CN spelling") << u"zh-CN"_s << false << u"en"_s;
}

void TestAppSettings::language()
{
    QFETCH(QString, language);
    QFETCH(bool, accepted);
    QFETCH(QString, readBack);
    AppSettings s(m_ini.get());
    QVERIFY(s.setLanguage(u"en"_s));
    QCOMPARE(s.setLanguage(language), accepted);
    QCOMPARE(s.language(), readBack);
}

void TestAppSettings::endpoints()
{
    AppSettings s(m_ini.get());
    for (const QString &vendor : AppSettings::endpointVendors())
        QVERIFY(s.setEndpoint(vendor, u"https://%1.example.com"_s.arg(vendor)));
    QVERIFY(!s.setEndpoint(u"acme"_s, u"https://acme.example.com"_s));
    QCOMPARE(s.endpoint(u"acme"_s), QString());
    for (const QString &vendor : AppSettings::endpointVendors())
        QCOMPARE(s.endpoint(vendor), u"https://%1.example.com"_s.arg(vendor));
    // Empty = back to the default: the key goes away.
    QVERIFY(s.setEndpoint(u"tencent"_s, u"  "_s));
    QCOMPARE(s.endpoint(u"tencent"_s), QString());
    s.sync();
    QVERIFY(!m_ini->contains(u"endpoints/tencent"_s));
}

void TestAppSettings::rateLimits_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<double>("readBack");
    QTest::newRow("half") << 0.5 << true << 0.5;
    QTest::newRow("ten") << 10.0 << true << 10.0;
    QTest::newRow("zero = documented") << 0.0 << true << 0.0;
    QTest::newRow("negative") << -1.0 << false << 3.0;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false << 3.0;
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << false << 3.0;
    QTest::newRow("huge") << 1e9 << false << 3.0;
}

void TestAppSettings::rateLimits()
{
    QFETCH(double, rate);
    QFETCH(bool, accepted);
    QFETCH(double, readBack);
    AppSettings s(m_ini.get());
    QVERIFY(s.setUserRateLimit(u"tencent-vat"_s, 3.0));
    QCOMPARE(s.setUserRateLimit(u"tencent-vat"_s, rate), accepted);
    QCOMPARE(s.userRateLimit(u"tencent-vat"_s), readBack);
    QVERIFY(!s.setUserRateLimit(u"a/b"_s, 1.0));
}

void TestAppSettings::timeoutBounded_data()
{
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("readBack");
    QTest::newRow("30 s") << 30000 << 30000;
    QTest::newRow("too small") << 5 << AppSettings::kMinTimeoutMs;
    QTest::newRow("negative") << -100 << AppSettings::kMinTimeoutMs;
    QTest::newRow("too large") << 100000000 << AppSettings::kMaxTimeoutMs;
    QTest::newRow("default") << 60000 << 60000;
}

void TestAppSettings::timeoutBounded()
{
    QFETCH(int, set);
    QFETCH(int, readBack);
    AppSettings s(m_ini.get());
    s.setTransferTimeoutMs(set);
    QCOMPARE(s.transferTimeoutMs(), readBack);
}

void TestAppSettings::handEditedGarbage()
{
    m_ini->setValue(u"ui/language"_s, u"klingon"_s);
    m_ini->setValue(u"defaultProvider/pdf"_s, u"rm -rf /"_s);
    m_ini->setValue(u"rateLimits/qiniu"_s, u"fast"_s);
    m_ini->setValue(u"rateLimits/deepfinch"_s, u"-3"_s);
    m_ini->setValue(u"network/transferTimeoutMs"_s, u"soon"_s);
    m_ini->setValue(u"network/other"_s, 1);
    m_ini->sync();
    m_ini = open();
    AppSettings s(m_ini.get());
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.defaultProvider(u"pdf"_s), u"local"_s);
    QCOMPARE(s.userRateLimit(u"qiniu"_s), 0.0);
    QCOMPARE(s.userRateLimit(u"deepfinch"_s), 0.0);
    QCOMPARE(s.transferTimeoutMs(), 60000);
    QVERIFY(s.providerContext().userRateLimits.isEmpty());
}

void TestAppSettings::changedSignal()
{
    AppSettings s(m_ini.get());
    QSignalSpy spy(&s, &AppSettings::changed);
    s.setCompanyName(u"A"_s);
    QCOMPARE(spy.count(), 1);
    s.setCompanyName(u"A"_s);   // no change, no signal
    QCOMPARE(spy.count(), 1);
    s.setUserRateLimit(u"qiniu"_s, 2.0);
    s.setUserRateLimit(u"qiniu"_s, 2.0);
    QCOMPARE(spy.count(), 2);
    QVERIFY(!s.setLanguage(u"fr"_s));
    QCOMPARE(spy.count(), 2);

    s.beginUpdate();
    s.setCompanyName(u"B"_s);
    s.beginUpdate();   // nested
    s.setLanguage(u"en"_s);
    s.endUpdate();
    s.setEndpoint(u"tencent"_s, u"https://x.example.com"_s);
    QCOMPARE(spy.count(), 2);
    s.endUpdate();
    QCOMPARE(spy.count(), 3);

    s.beginUpdate();   // a group that changes nothing says nothing
    s.setCompanyName(u"B"_s);
    s.endUpdate();
    s.endUpdate();     // unbalanced: ignored
    QCOMPARE(spy.count(), 3);

    // After a reload from disk (values are text now), the same value is still no change.
    s.sync();
    m_ini = open();
    AppSettings t(m_ini.get());
    QSignalSpy spy2(&t, &AppSettings::changed);
    t.setUserRateLimit(u"qiniu"_s, 2.0);
    t.setCompanyName(u"B"_s);
    QCOMPARE(spy2.count(), 0);
}

void TestAppSettings::providerContext()
{
    AppSettings s(m_ini.get());
    s.setEndpoint(u"tencent"_s, u"http://127.0.0.1:9000"_s);
    s.setEndpoint(u"deepfinch"_s, u"https://df.example.com"_s);
    s.setUserRateLimit(u"tencent-vat"_s, 5);
    s.setUserRateLimit(u"ekuaibao"_s, 0.5);
    s.setUserRateLimit(u"qiniu"_s, 0);
    s.setTransferTimeoutMs(20000);
    const ProviderContext c = s.providerContext();
    QCOMPARE(c.endpoints.size(), 2);
    QCOMPARE(c.endpoint(u"tencent"_s), u"http://127.0.0.1:9000"_s);
    QCOMPARE(c.endpoint(u"deepfinch"_s), u"https://df.example.com"_s);
    QCOMPARE(c.userRateLimits.size(), 2);
    QCOMPARE(c.userRateLimits.value(u"tencent-vat"_s), 5.0);
    QCOMPARE(c.userRateLimits.value(u"ekuaibao"_s), 0.5);
    QCOMPARE(c.transferTimeoutMs, 20000);
    QVERIFY(!c.network);
    QVERIFY(!c.credentials);
    QVERIFY(!c.cache);
}

void TestAppSettings::validationContext()
{
    AppSettings s(m_ini.get());
    s.setCompanyName(u"某某公司"_s);
    s.setCompanyTaxId(u"91110108ma00000001"_s);
    const ValidationContext v = s.validationContext();
    QCOMPARE(v.companyName, u"某某公司"_s);
    QCOMPARE(v.companyTaxId, u"91110108MA00000001"_s);
    QCOMPARE(v.today, QDate::currentDate());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
