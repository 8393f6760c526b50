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
#include <algorithm>

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
    return m_claim->data().originals.isEmpty() && m_claim->invoices().isEmpty() && m_claim->intake().isEmpty();
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
    std::optional<ClaimDocument::Loaded> loaded =
        ClaimDocument::load(QFileInfo(path).absoluteFilePath(), ClaimStore::OpenMode::Existing, &m_error);
    return loaded && openLoaded(std::move(*loaded));
}

bool ClaimSession::openLoaded(ClaimDocument::Loaded loaded)
{
    const QString previous = m_claim->hasFile() ? m_claim->filePath() : QString();
    const bool previousWasEmptyUntitled = isUntitled() && isEmpty();
    // A refused file leaves the document as it was.
    if (!m_claim->adopt(std::move(loaded))) {
        m_error = m_claim->errorString();
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
    const QString current = m_claim->hasFile() ? m_claim->filePath() : QString();
    for (const RecoverableClaim &r : findRecoverable(m_untitledDir, current))
        found << r.path;
    return found;
}

QList<RecoverableClaim> ClaimSession::findRecoverable(const QString &untitledDir, const QString &currentPath)
{
    QList<RecoverableClaim> found;
    const QString current = currentPath.isEmpty() ? QString() : QFileInfo(currentPath).absoluteFilePath();
    const QFileInfoList files = QDir(untitledDir).entryInfoList({u"untitled-*.claim"_s}, QDir::Files, QDir::Time);
    for (const QFileInfo &fi : files) {
        if (fi.absoluteFilePath() == current)
            continue;
        ClaimStore store;
        // An older format cannot be read read-only; opening it for writing brings it up to date.
        if (!store.open(fi.absoluteFilePath(), ClaimStore::OpenMode::ReadOnly)
            && !store.open(fi.absoluteFilePath(), ClaimStore::OpenMode::Existing))
            continue;
        const std::optional<ClaimData> data = store.load();
        if (!data || (data->originals.isEmpty() && data->intake.isEmpty()))
            continue;
        RecoverableClaim r;
        r.path = fi.absoluteFilePath();
        // The write-ahead log holds the newest changes of a claim that was never closed.
        const QFileInfo wal(r.path + u"-wal"_s);
        r.lastChanged = std::max(fi.lastModified(), wal.exists() ? wal.lastModified() : QDateTime());
        r.title = data->details.displayName();
        r.invoices = int(data->invoices.size());
        for (const ClaimIntake &e : data->intake) {
            if (e.isUnfinished())
                ++r.unfinished;
            else
                ++r.failed;
        }
        found.append(r);
    }
    std::sort(found.begin(), found.end(),
              [](const RecoverableClaim &a, const RecoverableClaim &b) { return a.lastChanged > b.lastChanged; });
    return found;
}

QString ClaimSession::discardRecoverable(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_claim->hasFile() && absolute == QFileInfo(m_claim->filePath()).absoluteFilePath()) {
        m_error = tr("This claim is open.");
        return {};
    }
    QString claimId;
    {
        ClaimStore store;
        if (store.open(absolute, ClaimStore::OpenMode::Existing))
            claimId = store.meta(u"claim_id"_s);
        // Closed here: the log is folded into the file, so the one file moved is all of it.
    }
    if (m_ledger && m_ledger->isOpen() && !claimId.isEmpty())
        m_ledger->syncClaim(claimId, absolute, QString(), {});
    QString where;
    QFile file(absolute);
    if (file.moveToTrash()) {
        where = file.fileName();
    } else {
        const QString dir = QDir(m_untitledDir).filePath(u"discarded"_s);
        QDir().mkpath(dir);
        const QString target = QDir(dir).filePath(QFileInfo(absolute).fileName());
        if (!QFile::rename(absolute, target)) {
            m_error = tr("Cannot move %1 out of the way.").arg(QDir::toNativeSeparators(absolute));
            return {};
        }
        where = target;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(absolute + suffix);
    return where;
}

} // namespace ra
