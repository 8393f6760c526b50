#include "vendortestbase.h"

#include "core/documentinput.h"
#include "core/networkaccess.h"
#include "core/providerjob.h"
#include "core/recognitionprovider.h"
#include "core/responsecache.h"
#include "log.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <spdlog/sinks/ostream_sink.h>

using namespace Qt::StringLiterals;

namespace ra::test {

VendorTestBase::VendorTestBase() = default;

VendorTestBase::~VendorTestBase()
{
    tearDownContext();
}

void VendorTestBase::captureLog()
{
    log::installSinks({std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log)}, spdlog::level::debug);
}

void VendorTestBase::releaseLog()
{
    log::installSinks({}, spdlog::level::warn);
}

bool VendorTestBase::setUpContext(const QMap<QString, QString> &endpoints)
{
    if (!m_cacheDir.isValid())
        return false;
    m_network = new NetworkAccess;
    m_cache = new ResponseCache(m_cacheDir.path() + u"/"_s + QString::fromLatin1(QTest::currentTestFunction()));
    m_cache->clear();
    m_context = ProviderContext();
    m_context.network = m_network;
    m_context.credentials = &m_credentials;
    m_context.cache = m_cache;
    for (auto it = endpoints.cbegin(); it != endpoints.cend(); ++it)
        m_context.endpoints.insert(it.key(), it.value());
    m_context.retry.maxAttempts = 3;
    m_context.retry.initialDelayMs = 20;
    m_context.retry.maxDelayMs = 100;
    m_context.transferTimeoutMs = 1500;
    return true;
}

void VendorTestBase::tearDownContext()
{
    delete m_network;
    delete m_cache;
    m_network = nullptr;
    m_cache = nullptr;
}

QByteArray VendorTestBase::plainPng(int w, int h, const QString &number, const QString &marker)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(Qt::white);
    return pngWithText(img, number, marker);
}

QByteArray VendorTestBase::pngWithText(QImage image, const QString &number, const QString &marker)
{
    if (!number.isEmpty())
        image.setText(u"number"_s, number);
    if (!marker.isEmpty())
        image.setText(u"marker"_s, marker);
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return out;
}

RecognizedDocument VendorTestBase::runJob(RecognitionProvider *provider, const DocumentInput &input, int timeoutMs,
                                          ProviderJob **jobOut)
{
    ProviderJob *job = provider->recognize(input);
    job->setAutoDelete(false);
    QSignalSpy spy(job, &ProviderJob::finished);
    if (!spy.wait(timeoutMs))
        qWarning("job did not finish");
    const RecognizedDocument doc = job->result();
    if (jobOut)
        *jobOut = job;
    else
        delete job;
    return doc;
}

} // namespace ra::test
