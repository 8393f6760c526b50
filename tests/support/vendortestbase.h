#pragma once

#include "core/documentinput.h"
#include "core/memorycredentialstore.h"
#include "core/providercontext.h"
#include "recognizeddocument.h"

#include <QImage>
#include <QMap>
#include <QString>
#include <QTemporaryDir>
#include <sstream>
#include <string>

namespace ra {
class NetworkAccess;
class ProviderJob;
class RecognitionProvider;
class ResponseCache;
} // namespace ra

namespace ra::test {

// What the adapter tests against a fake vendor share (Qiniu, Ekuaibao, DeepFinch): every log
// line of the run captured at debug level (checked for secrets), and per test function a fresh
// NetworkAccess, a ResponseCache of its own (cleared), and a ProviderContext with the
// credentials, the endpoints pointed at the fake, 3 attempts with 20–100 ms backoff and a
// 1.5 s transfer timeout. A test class derives from it next to QObject and calls these from its
// initTestCase / init / cleanup / cleanupTestCase.
class VendorTestBase
{
public:
    // A white PNG of w × h; `number` and `marker` as PNG text, which the fakes read back (the
    // invoice number they answer with; a per-document fault marker), so each document differs.
    static QByteArray plainPng(int w, int h, const QString &number = {}, const QString &marker = {});
    // `image` as PNG with those texts.
    static QByteArray pngWithText(QImage image, const QString &number = {}, const QString &marker = {});
    // Runs `input` through `provider` and waits up to `timeoutMs` for the one `finished`.
    // The job is kept for the caller when `jobOut` is given (delete it), deleted otherwise.
    static RecognizedDocument runJob(RecognitionProvider *provider, const DocumentInput &input, int timeoutMs,
                                     ProviderJob **jobOut = nullptr);

protected:
    VendorTestBase();
    ~VendorTestBase();

    void captureLog();            // initTestCase
    void releaseLog();            // cleanupTestCase
    // init: false when the cache directory is not usable.
    bool setUpContext(const QMap<QString, QString> &endpoints);
    void tearDownContext();       // cleanup: the network and the cache

    std::string logText() const { return m_log.str(); }

    QTemporaryDir m_cacheDir;
    NetworkAccess *m_network = nullptr;
    MemoryCredentialStore m_credentials;
    ResponseCache *m_cache = nullptr;
    ProviderContext m_context;
    std::ostringstream m_log;
};

// VendorTestBase with the fake and the provider of one vendor: the test's init() makes m_fake
// (started) and writes the credentials, then startProvider(endpoints); cleanup() calls
// tearDown(). run() sends bytes (named `defaultName` unless given a name) or an input through
// m_provider and waits up to `timeoutMs`.
template<typename Fake, typename Provider>
class VendorTest : public VendorTestBase
{
protected:
    VendorTest(const QString &defaultName, int timeoutMs) : m_defaultName(defaultName), m_timeoutMs(timeoutMs) {}
    ~VendorTest() { tearDown(); }

    bool startProvider(const QMap<QString, QString> &endpoints)
    {
        if (!setUpContext(endpoints))
            return false;
        m_provider = new Provider(m_context);
        return true;
    }
    void tearDown()
    {
        delete m_provider;
        m_provider = nullptr;
        delete m_fake;
        m_fake = nullptr;
        tearDownContext();
    }

    RecognizedDocument run(const QByteArray &bytes, const QString &name = {}, ProviderJob **jobOut = nullptr)
    {
        return runJob(m_provider, DocumentInput::fromBytes(bytes, name.isEmpty() ? m_defaultName : name),
                      m_timeoutMs, jobOut);
    }
    RecognizedDocument run(const DocumentInput &input) { return runJob(m_provider, input, m_timeoutMs); }

    Fake *m_fake = nullptr;
    Provider *m_provider = nullptr;

private:
    QString m_defaultName;
    int m_timeoutMs;
};

} // namespace ra::test
