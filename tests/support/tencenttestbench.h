#pragma once

#include "core/documentinput.h"
#include "core/memorycredentialstore.h"
#include "core/networkaccess.h"
#include "core/providercontext.h"
#include "core/responsecache.h"
#include "fakes/faketencentserver.h"
#include "recognizeddocument.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ra {
class CloudProvider;
class ProviderJob;
} // namespace ra

namespace ra::test {

// What the Tencent adapter tests share (tst_tencentprovider, tst_tencentpages,
// tst_tencentofdurl): the fake Tencent server holding the test's key pair, a network, the
// credentials, a response cache of the test's own and a ProviderContext pointed at the fake (3
// attempts, 20–80 ms backoff, 400 ms transfer timeout), and the documents the tests send. A test
// class derives from it next to QObject and calls setUpBench() from initTestCase() and
// resetBench() from init().
class TencentTestBench
{
public:
    static const QString kId;
    static const QString kKey;
    // A signed URL as a person pastes it (Chinese in the path), and as it must reach the vendor:
    // UTF-8 percent-encoded, the query's own escapes untouched.
    static const QString kTypedUrl;
    static const QString kWireUrl;

    // A PNG of one colour per `n`, with distinct bytes per document.
    static QByteArray png(int n, QSize size = QSize(240, 120));
    // A piece of the Base64 the server receives that only this PNG produces.
    static QByteArray markerFor(const QByteArray &bytes);
    // An A5 PDF of `pages` pages, each with a bar of its own length.
    static QByteArray pdf(int pages);
    static DocumentInput input(const QByteArray &bytes, const QString &name);
    static DocumentInput urlInput(const QString &text);
    // Grey noise (does not compress): w × h PNG bytes of about 3 × w × h.
    static QByteArray noisePng(int w, int h, quint32 seed);
    // The image a request carried (ImageBase64 decoded), and its Base64 length.
    static QByteArray sentImage(const FakeVendorServer::Request &r);
    static qint64 sentBase64(const FakeVendorServer::Request &r);
    // How many page-failed findings an invoice carries.
    static int pageFailedCount(const Invoice &inv);

protected:
    TencentTestBench();
    ~TencentTestBench();

    bool setUpBench(); // initTestCase: false when the server or the cache cannot start
    void resetBench(); // init: no faults, the default responder and limit, an empty cache
    // Runs `in` through `provider` and waits for its one `finished` (20 s at most). The job is
    // kept for the caller when `jobOut` is given (delete it), deleted otherwise.
    RecognizedDocument run(CloudProvider &provider, const DocumentInput &in, ProviderJob **jobOut = nullptr);

    FakeTencentServer m_server{kId, kKey};
    NetworkAccess m_network;
    MemoryCredentialStore m_creds;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<ResponseCache> m_cache;
    ProviderContext m_ctx;
};

} // namespace ra::test
