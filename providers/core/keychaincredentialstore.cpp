#include "keychaincredentialstore.h"

#include "log.h"
#include "memorycredentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ra {
namespace {

constexpr int kTimeoutMs = 15000;
const QString kProbeKey = QStringLiteral("reimburse/keychain-probe");

QString slot(const QString &account, const QString &key)
{
    return account + QLatin1Char('/') + key;
}

// Runs a keychain job to completion on a local event loop. QtKeychain is asynchronous; the
// calls here are rare (settings dialog, first use of a provider) and short.
QKeychain::Error runJob(QKeychain::Job *job, QString *errorText)
{
    job->setAutoDelete(true);
    // Never let QtKeychain fall back to a plain-text file.
    job->setInsecureFallback(false);
    QEventLoop loop;
    QKeychain::Error result = QKeychain::OtherError;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *j) {
        result = j->error();
        if (errorText)
            *errorText = j->errorString();
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done) {
        job->disconnect(); // the callers' lambdas capture locals of theirs
        if (errorText)
            *errorText = QStringLiteral("The keychain did not answer.");
        return QKeychain::OtherError;
    }
    return result;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service) : m_service(service) {}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::backendName() const
{
    return QStringLiteral("keychain");
}

bool KeychainCredentialStore::probe(QString *why)
{
    const QString value = QStringLiteral("probe");
    QString err;
    auto *w = new QKeychain::WritePasswordJob(m_service);
    w->setKey(kProbeKey);
    w->setTextData(value);
    if (runJob(w, &err) != QKeychain::NoError) {
        if (why)
            *why = err;
        return false;
    }
    auto *r = new QKeychain::ReadPasswordJob(m_service);
    r->setKey(kProbeKey);
    QString read;
    QObject::connect(r, &QKeychain::Job::finished, r, [&read](QKeychain::Job *j) {
        read = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
    });
    const bool readOk = runJob(r, &err) == QKeychain::NoError && read == value;
    auto *d = new QKeychain::DeletePasswordJob(m_service);
    d->setKey(kProbeKey);
    runJob(d, nullptr);
    if (!readOk && why)
        *why = err.isEmpty() ? QStringLiteral("The keychain did not return what was stored.") : err;
    return readOk;
}

QString KeychainCredentialStore::read(const QString &account, const QString &key)
{
    const QString k = slot(account, key);
    if (m_cache.contains(k))
        return m_cache.value(k);
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(k);
    QString value;
    QObject::connect(job, &QKeychain::Job::finished, job, [&value](QKeychain::Job *j) {
        value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
    });
    QString err;
    const QKeychain::Error e = runJob(job, &err);
    if (e == QKeychain::EntryNotFound) {
        m_cache.insert(k, QString());
        return {};
    }
    if (e != QKeychain::NoError) {
        m_lastError = QStringLiteral("Could not read %1 from the keychain: %2").arg(k, err);
        return {};
    }
    m_cache.insert(k, value);
    return value;
}

bool KeychainCredentialStore::write(const QString &account, const QString &key, const QString &value)
{
    const QString k = slot(account, key);
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(k);
    job->setTextData(value);
    QString err;
    if (runJob(job, &err) != QKeychain::NoError) {
        m_lastError = QStringLiteral("Could not store %1 in the keychain: %2").arg(k, err);
        return false;
    }
    m_cache.insert(k, value);
    return true;
}

bool KeychainCredentialStore::remove(const QString &account, const QString &key)
{
    const QString k = slot(account, key);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(k);
    QString err;
    const QKeychain::Error e = runJob(job, &err);
    m_cache.remove(k);
    if (e != QKeychain::NoError && e != QKeychain::EntryNotFound) {
        m_lastError = QStringLiteral("Could not remove %1 from the keychain: %2").arg(k, err);
        return false;
    }
    return true;
}

std::unique_ptr<CredentialStore> KeychainCredentialStore::openForDesktop(QString *status)
{
    auto keychain = std::make_unique<KeychainCredentialStore>();
    QString why;
    if (keychain->probe(&why)) {
        if (status)
            status->clear();
        return keychain;
    }
    // The backend's own words (a D-Bus error) go to the log; the person gets a sentence in their
    // language that says what it means for them.
    log::get("providers.credentials")->warn("no keychain available: {}", why.toStdString());
    if (status)
        *status = QCoreApplication::translate(
            "ra::KeychainCredentialStore",
            "No keychain is available on this desktop. Keys you enter are kept only until you quit, "
            "and must be entered again next time.");
    return std::make_unique<MemoryCredentialStore>();
}

} // namespace ra
