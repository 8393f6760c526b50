#pragma once

#include "claim/claimdocument.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace ra {

class DuplicateLedger;
class RecentFiles;

// An untitled claim a crash (or a kill) left behind, as the recovery bar describes it.
struct RecoverableClaim
{
    QString path;
    QDateTime lastChanged;    // the file's, local time
    QString title;            // the claim's own title, if it has one
    int invoices = 0;
    int unfinished = 0;       // files waiting or being recognised when it stopped
    int failed = 0;           // files that failed or were cancelled
};

// Which claim file the desk works on. A new claim is a real file from the first moment (in the
// app's data folder, "untitled"), so a crash never loses work even before the first Save As;
// Save As moves it where the person wants it, Discard deletes it and takes its invoices out of
// the duplicate ledger. Widget-free: the window asks the questions, this does the work.
class ClaimSession : public QObject
{
    Q_OBJECT
public:
    // None of the pointers is owned; `ledger` and `recent` may be null.
    ClaimSession(ClaimDocument *claim, DuplicateLedger *ledger, RecentFiles *recent, const QString &untitledDir,
                 QObject *parent = nullptr);

    bool newClaim();
    bool open(const QString &path);
    // The second half of an open whose reading ran on a worker (ClaimDocument::load).
    bool openLoaded(ClaimDocument::Loaded loaded);
    bool saveAs(const QString &path);
    // A file-backed claim is on disk already: Save only clears the modified mark. False when
    // the claim is untitled (the caller asks for a name and calls saveAs()).
    bool save();
    // Forgets an untitled claim: its file is deleted and its invoices leave the ledger.
    void discardUntitled();
    // Discards a claim a crash left behind (not the current one): it leaves the ledger and its
    // file goes to the desktop's trash, else to a "discarded" folder beside the untitled ones.
    // Returns where it went (empty when it could not be moved; errorString() says why).
    QString discardRecoverable(const QString &path);

    bool isUntitled() const;
    bool isEmpty() const;
    QString title() const;
    QString errorString() const { return m_error; }
    QString untitledDir() const { return m_untitledDir; }
    // Untitled claims with invoices or files left behind by a crash, newest first (not the
    // current one).
    QStringList recoverable() const;
    // The same, described; reads files, so call it on a worker (it touches nothing of `this`).
    static QList<RecoverableClaim> findRecoverable(const QString &untitledDir, const QString &currentPath);

signals:
    void claimOpened();

private:
    ClaimDocument *m_claim;
    DuplicateLedger *m_ledger;
    RecentFiles *m_recent;
    QString m_untitledDir;
    QString m_error;
};

} // namespace ra
