// ResponseCache on disk (test-mode cache location): the raw responses come back byte for byte,
// the key is file hash + provider + options, damaged entries are misses, secrets are refused.
#include "core/documentinput.h"
#include "core/responsecache.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QtTest>

using namespace ra;

namespace {

CachedResponse entry(const QString &sha = QStringLiteral("ab12"), const QString &provider = QStringLiteral("tencent-vat"),
                     const QString &options = QStringLiteral("page=0"))
{
    CachedResponse e;
    e.provider = provider;
    e.sha256 = sha;
    e.options = options;
    e.responses = {QByteArray("{\"Response\":{\"RequestId\":\"r1\"}}"), QByteArray("\x00\xff raw \r\n bytes", 15)};
    e.context = {{QStringLiteral("scale"), 0.5}};
    return e;
}

} // namespace

class TestResponseCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void roundTripUnchanged();
    void keyParts_data();
    void keyParts();
    void overwrite();
    void damagedEntryIsAMiss();
    void refusesSecrets();
    void removeAndClear();
    void keyedByUrlForRemoteDocuments();

private:
    ResponseCache m_cache{QString()};
};

void TestResponseCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cache = ResponseCache();
    QVERIFY(m_cache.directory().startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    QVERIFY(m_cache.directory().contains(QStringLiteral(".qttest")));   // never the user's cache
}

void TestResponseCache::init()
{
    m_cache.clear();
}

void TestResponseCache::roundTripUnchanged()
{
    QVERIFY(!m_cache.lookup(QStringLiteral("ab12"), QStringLiteral("tencent-vat"), QStringLiteral("page=0")));
    QVERIFY(m_cache.store(entry()));
    const auto hit = m_cache.lookup(QStringLiteral("AB12"), QStringLiteral("tencent-vat"), QStringLiteral("page=0"));
    QVERIFY(hit);
    QCOMPARE(hit->responses, entry().responses);
    QCOMPARE(hit->context, entry().context);
    QVERIFY(hit->storedAt.isValid());
    QCOMPARE(m_cache.size(), 1);
}

void TestResponseCache::keyParts_data()
{
    QTest::addColumn<QString>("sha");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("options");
    QTest::newRow("other bytes") << QStringLiteral("cd34") << QStringLiteral("tencent-vat") << QStringLiteral("page=0");
    QTest::newRow("other provider") << QStringLiteral("ab12") << QStringLiteral("qiniu") << QStringLiteral("page=0");
    QTest::newRow("other options") << QStringLiteral("ab12") << QStringLiteral("tencent-vat") << QStringLiteral("page=2");
}

void TestResponseCache::keyParts()
{
    QFETCH(QString, sha);
    QFETCH(QString, provider);
    QFETCH(QString, options);
    QVERIFY(m_cache.store(entry()));
    QVERIFY(!m_cache.lookup(sha, provider, options));
    QVERIFY(ResponseCache::key(sha, provider, options) != ResponseCache::key(QStringLiteral("ab12"), QStringLiteral("tencent-vat"), QStringLiteral("page=0")));
}

void TestResponseCache::overwrite()
{
    QVERIFY(m_cache.store(entry()));
    CachedResponse newer = entry();
    newer.responses = {QByteArray("second")};
    QVERIFY(m_cache.store(newer));
    const auto hit = m_cache.lookup(QStringLiteral("ab12"), QStringLiteral("tencent-vat"), QStringLiteral("page=0"));
    QVERIFY(hit);
    QCOMPARE(hit->responses, QList<QByteArray>({"second"}));
    QCOMPARE(m_cache.size(), 1);
}

void TestResponseCache::damagedEntryIsAMiss()
{
    QVERIFY(m_cache.store(entry()));
    const QString dir = m_cache.directory() + QLatin1Char('/')
                        + ResponseCache::key(QStringLiteral("ab12"), QStringLiteral("tencent-vat"), QStringLiteral("page=0"));
    QVERIFY(QFile::remove(dir + QStringLiteral("/response-1.body")));
    QVERIFY(!m_cache.lookup(QStringLiteral("ab12"), QStringLiteral("tencent-vat"), QStringLiteral("page=0")));
    QFile meta(dir + QStringLiteral("/meta.json"));
    QVERIFY(meta.open(QIODevice::WriteOnly));
    meta.write("{ not json");
    meta.close();
    QVERIFY(!m_cache.lookup(QStringLiteral("ab12"), QStringLiteral("tencent-vat"), QStringLiteral("page=0")));
}

void TestResponseCache::refusesSecrets()
{
    CachedResponse e = entry();
    e.responses << QByteArray("echo of AKIDSECRETVALUE");
    QVERIFY(!m_cache.store(e, {QStringLiteral("AKIDSECRETVALUE")}));
    QCOMPARE(m_cache.size(), 0);
    CachedResponse c = entry();
    c.context.insert(QStringLiteral("oops"), QStringLiteral("sk-123456"));
    QVERIFY(!m_cache.store(c, {QStringLiteral("sk-123456")}));
    QVERIFY(m_cache.store(entry(), {QStringLiteral("AKIDSECRETVALUE"), QString()}));
    // Nothing written anywhere under the cache holds the secret.
    QDirIterator it(m_cache.directory(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("AKIDSECRETVALUE"));
    }
}

void TestResponseCache::removeAndClear()
{
    QVERIFY(m_cache.store(entry()));
    QVERIFY(m_cache.store(entry(QStringLiteral("ff"))));
    QCOMPARE(m_cache.size(), 2);
    QVERIFY(m_cache.remove(QStringLiteral("ff"), QStringLiteral("tencent-vat"), QStringLiteral("page=0")));
    QCOMPARE(m_cache.size(), 1);
    QCOMPARE(m_cache.clear(), 1);
    QCOMPARE(m_cache.size(), 0);
}

// A URL the vendor fetches has no bytes here: the key is the URL (every byte of it, the query
// included) with provider and options, and the token of a signed URL is never written.
void TestResponseCache::keyedByUrlForRemoteDocuments()
{
    const QString signedUrl = QStringLiteral("https://files.example.com/inv/a.png?Expires=9&Signature=URLSIGSECRET");
    const auto in = DocumentInput::fromUrl(signedUrl);
    QVERIFY(in);
    const QString identity = in->cacheIdentity();
    QVERIFY(identity.startsWith(QStringLiteral("url:")));
    QVERIFY(!identity.contains(QStringLiteral("URLSIGSECRET")));
    QCOMPARE(identity, DocumentInput::fromUrl(signedUrl)->cacheIdentity());
    QVERIFY(identity != DocumentInput::fromUrl(QStringLiteral("https://files.example.com/inv/a.png?Expires=9&Signature=OTHER"))->cacheIdentity());
    QVERIFY(identity != DocumentInput::fromUrl(QStringLiteral("https://files.example.com/inv/b.png"))->cacheIdentity());
    // Same bytes as a file: keyed by the bytes, never by a name.
    QCOMPARE(DocumentInput::fromBytes("abc", QStringLiteral("x.png")).cacheIdentity(),
             DocumentInput::fromBytes("abc", QStringLiteral("y.png")).sha256);

    QVERIFY(m_cache.store(entry(identity, QStringLiteral("tencent-vat"), QStringLiteral("page=0"))));
    QVERIFY(m_cache.lookup(identity, QStringLiteral("tencent-vat"), QStringLiteral("page=0")));
    QVERIFY(!m_cache.lookup(identity, QStringLiteral("qiniu"), QStringLiteral("page=0")));
    QVERIFY(!m_cache.lookup(identity, QStringLiteral("tencent-vat"), QStringLiteral("page=1")));
    QDirIterator it(m_cache.directory(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains("URLSIGSECRET") && !content.contains("files.example.com"));
    }
}

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
