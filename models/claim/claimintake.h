#pragma once

#include <QDateTime>
#include <QString>

namespace ra {

// A file the person gave the claim that has no recognised invoices yet: from the moment it is
// accepted (dropped, pasted, named on the command line) until it is recognised, it is in the
// claim file as one of these, so a crash, a cancel or a failure never makes it vanish. Once
// recognised it becomes a ClaimOriginal with its invoices and the intake entry goes, in the
// same transaction.
struct ClaimIntake
{
    enum class State { Waiting, Recognising, Failed, Cancelled };

    qint64 id = 0;             // stable for the life of the claim file, never reused
    QString name;              // what the person sees ("taxi.jpg", a URL's file name)
    QString sourcePath;        // where it was read from; empty for pasted or downloaded bytes
    QString url;               // a remote document given by address; empty otherwise
    QString sha256;            // once its bytes were read; empty before
    QString format;            // formatKey() once known
    qint64 size = 0;           // bytes, once read
    bool hasBytes = false;     // the claim keeps a copy of its bytes (pasted, downloaded, read)
    State state = State::Waiting;
    QString errorCode;         // Failed: ErrorCode::* or a vendor's code
    QString errorMessage;      // Failed: the sentence shown to the person
    QString provider;          // which provider it was (or will be) sent to
    QDateTime acceptedAt;      // UTC

    bool isUnfinished() const { return state == State::Waiting || state == State::Recognising; }

    friend bool operator==(const ClaimIntake &, const ClaimIntake &) = default;
};

// "waiting", "recognising", "failed", "cancelled": the keys of the claim file and the JSON export
// (a recognised document is an original and has the key "recognised").
QString intakeStateKey(ClaimIntake::State state);
ClaimIntake::State intakeStateFromKey(const QString &key, bool *ok = nullptr);

} // namespace ra
