#pragma once

#include "core/memorycredentialstore.h"
#include "core/providercontext.h"
#include "recognizeddocument.h"

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
struct DocumentInput;
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
protected:
    VendorTestBase();
    ~VendorTestBase();

    void captureLog();            // initTestCase
    void releaseLog();            // cleanupTestCase
    // init: false when the cache directory is not usable.
    bool setUpContext(const QMap<QString, QString> &endpoints);
    void tearDownContext();       // cleanup: the network and the cache

    // Runs `input` through `provider` and waits up to `timeoutMs` for the one `finished`.
    // The job is kept for the caller when `jobOut` is given (delete it), deleted otherwise.
    static RecognizedDocument runJob(RecognitionProvider *provider, const DocumentInput &input, int timeoutMs,
                                     ProviderJob **jobOut = nullptr);

    std::string logText() const { return m_log.str(); }

    QTemporaryDir m_cacheDir;
    NetworkAccess *m_network = nullptr;
    MemoryCredentialStore m_credentials;
    ResponseCache *m_cache = nullptr;
    ProviderContext m_context;
    std::ostringstream m_log;
};

} // namespace ra::test
