#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace ra {

class ClaimDocument;
class DuplicateLedger;
class RecentFiles;

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
    bool saveAs(const QString &path);
    // A file-backed claim is on disk already: Save only clears the modified mark. False when
    // the claim is untitled (the caller asks for a name and calls saveAs()).
    bool save();
    // Forgets an untitled claim: its file is deleted and its invoices leave the ledger.
    void discardUntitled();

    bool isUntitled() const;
    bool isEmpty() const;
    QString title() const;
    QString errorString() const { return m_error; }
    QString untitledDir() const { return m_untitledDir; }
    // Untitled claims with invoices left behind by a crash, newest first (not the current one).
    QStringList recoverable() const;

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
