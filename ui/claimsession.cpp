#include "claimsession.h"

#include "claim/claimdocument.h"
#include "claim/claimstore.h"
#include "claim/duplicateledger.h"
#include "claim/recentfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ra {

ClaimSession::ClaimSession(ClaimDocument *claim, DuplicateLedger *ledger, RecentFiles *recent,
                           const QString &untitledDir, QObject *parent)
    : QObject(parent), m_claim(claim), m_ledger(ledger), m_recent(recent), m_untitledDir(untitledDir)
{
}

bool ClaimSession::isUntitled() const
{
    return m_claim->hasFile()
        && QFileInfo(m_claim->filePath()).absolutePath() == QFileInfo(m_untitledDir).absoluteFilePath();
}

bool ClaimSession::isEmpty() const
{
    return m_claim->data().originals.isEmpty() && m_claim->invoices().isEmpty();
}

QString ClaimSession::title() const
{
    if (isUntitled())
        return m_claim->details().displayName().isEmpty() ? tr("Untitled claim") : m_claim->details().displayName();
    return m_claim->displayName();
}

bool ClaimSession::newClaim()
{
    if (!QDir().mkpath(m_untitledDir)) {
        m_error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_untitledDir));
        return false;
    }
    const QString path = QDir(m_untitledDir).filePath(
        u"untitled-%1-%2.claim"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s),
                                      QUuid::createUuid().toString(QUuid::Id128).left(8)));
    if (!m_claim->open(path, ClaimStore::OpenMode::CreateIfMissing)) {
        m_error = m_claim->errorString();
        return false;
    }
    emit claimOpened();
    return true;
}

bool ClaimSession::open(const QString &path)
{
    const QString previous = m_claim->hasFile() ? m_claim->filePath() : QString();
    const bool previousWasEmptyUntitled = isUntitled() && isEmpty();
    if (!m_claim->open(QFileInfo(path).absoluteFilePath(), ClaimStore::OpenMode::Existing)) {
        m_error = m_claim->errorString();
        // The document keeps nothing of a refused file; go back to where we were.
        if (!previous.isEmpty())
            m_claim->open(previous, ClaimStore::OpenMode::Existing);
        return false;
    }
    // An empty untitled claim was only a blank sheet: nothing to keep.
    if (previousWasEmptyUntitled && previous != m_claim->filePath())
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(previous + suffix);
    if (m_recent && !isUntitled())
        m_recent->add(m_claim->filePath());
    emit claimOpened();
    return true;
}

bool ClaimSession::saveAs(const QString &path)
{
    const bool wasUntitled = isUntitled();
    const QString old = m_claim->filePath();
    if (!m_claim->saveAs(QFileInfo(path).absoluteFilePath())) {
        m_error = m_claim->errorString();
        return false;
    }
    m_claim->markSaved();
    if (wasUntitled && old != m_claim->filePath())
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(old + suffix);
    if (m_recent)
        m_recent->add(m_claim->filePath());
    return true;
}

bool ClaimSession::save()
{
    if (!m_claim->hasFile() || isUntitled())
        return false;
    m_claim->markSaved();
    return true;
}

void ClaimSession::discardUntitled()
{
    if (!isUntitled())
        return;
    const QString path = m_claim->filePath();
    const QString claimId = m_claim->data().claimId;
    // Leave the file first (a new blank claim), then delete it and its ledger entries.
    newClaim();
    if (m_ledger && m_ledger->isOpen())
        m_ledger->syncClaim(claimId, path, QString(), {});
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

QStringList ClaimSession::recoverable() const
{
    QStringList found;
    const QString current = m_claim->hasFile() ? QFileInfo(m_claim->filePath()).absoluteFilePath() : QString();
    const QFileInfoList files =
        QDir(m_untitledDir).entryInfoList({u"untitled-*.claim"_s}, QDir::Files, QDir::Time);
    for (const QFileInfo &fi : files) {
        if (fi.absoluteFilePath() == current)
            continue;
        ClaimStore store;
        if (!store.open(fi.absoluteFilePath(), ClaimStore::OpenMode::ReadOnly))
            continue;
        const std::optional<ClaimData> data = store.load();
        if (data && !data->originals.isEmpty())
            found << fi.absoluteFilePath();
    }
    return found;
}

} // namespace ra
