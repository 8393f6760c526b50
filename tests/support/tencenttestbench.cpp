#include "tencenttestbench.h"

#include "core/cloudprovider.h"
#include "tencent/tencentprovider.h"
#include "vendortestbase.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

namespace ra::test {

const QString TencentTestBench::kId = QStringLiteral("AKIDtestFAKE000000000000000000000001");
const QString TencentTestBench::kKey = QStringLiteral("testSecretKeyFAKE0000000000000001");
const QString TencentTestBench::kTypedUrl =
    QStringLiteral("https://files.example.com/票据/发票-1.png?Expires=1700000000&sig=URLTOKEN%2Bx%3D");
const QString TencentTestBench::kWireUrl = QStringLiteral(
    "https://files.example.com/%E7%A5%A8%E6%8D%AE/%E5%8F%91%E7%A5%A8-1.png?Expires=1700000000&sig=URLTOKEN%2Bx%3D");

TencentTestBench::TencentTestBench() = default;
TencentTestBench::~TencentTestBench() = default;

QByteArray TencentTestBench::png(int n, QSize size)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(QColor::fromHsv((n * 37) % 360, 80, 230));
    img.setText(QStringLiteral("doc"), QStringLiteral("document-%1").arg(n)); // distinct bytes per document
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return out;
}

QByteArray TencentTestBench::markerFor(const QByteArray &bytes)
{
    const qsizetype at = bytes.indexOf("document-");
    const qsizetype start = at / 3 * 3;
    return bytes.mid(start, 18).toBase64();
}

QByteArray TencentTestBench::pdf(int pages)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    QPdfWriter w(&b);
    w.setPageSize(QPageSize(QPageSize::A5));
    w.setResolution(72);
    QPainter p(&w);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            w.newPage();
        p.fillRect(QRect(20, 20, 100 + 20 * i, 40), Qt::black);
    }
    p.end();
    return out;
}

DocumentInput TencentTestBench::input(const QByteArray &bytes, const QString &name)
{
    return DocumentInput::fromBytes(bytes, name);
}

DocumentInput TencentTestBench::urlInput(const QString &text)
{
    const auto in = DocumentInput::fromUrl(text);
    if (!in)
        qFatal("not a URL: %s", qPrintable(text));
    return *in;
}

QByteArray TencentTestBench::noisePng(int w, int h, quint32 seed)
{
    QImage img(w, h, QImage::Format_RGB32);
    QRandomGenerator gen(seed);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < w; ++x)
            line[x] = 0xff000000u | (gen.generate() & 0xffffffu);
    }
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG", 0);
    return out;
}

QByteArray TencentTestBench::sentImage(const FakeVendorServer::Request &r)
{
    return QByteArray::fromBase64(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("ImageBase64"))
                                      .toString().toLatin1());
}

qint64 TencentTestBench::sentBase64(const FakeVendorServer::Request &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("ImageBase64")).toString().size();
}

int TencentTestBench::pageFailedCount(const Invoice &inv)
{
    int n = 0;
    for (const Finding &f : inv.findings)
        n += f.rule == QLatin1String(TencentProvider::kPageFailedRule);
    return n;
}

bool TencentTestBench::setUpBench()
{
    if (!m_server.start() || !m_cacheDir.isValid())
        return false;
    m_cache = std::make_unique<ResponseCache>(m_cacheDir.path());
    m_creds.write(QStringLiteral("tencent"), QStringLiteral("secret_id"), kId);
    m_creds.write(QStringLiteral("tencent"), QStringLiteral("secret_key"), kKey);
    m_ctx.network = &m_network;
    m_ctx.credentials = &m_creds;
    m_ctx.cache = m_cache.get();
    m_ctx.endpoints.insert(QStringLiteral("tencent"), m_server.baseUrl().toString());
    m_ctx.retry.maxAttempts = 3;
    m_ctx.retry.initialDelayMs = 20;
    m_ctx.retry.maxDelayMs = 80;
    m_ctx.transferTimeoutMs = 400;
    return true;
}

void TencentTestBench::resetBench()
{
    m_server.clearFaults();
    m_server.setResponder({});
    m_server.setVatMaxBase64Bytes(FakeTencentServer::kSeedVatMaxBase64Bytes);
    m_cache->clear();
}

RecognizedDocument TencentTestBench::run(CloudProvider &provider, const DocumentInput &in, ProviderJob **jobOut)
{
    return VendorTestBase::runJob(&provider, in, 20000, jobOut);
}

} // namespace ra::test
