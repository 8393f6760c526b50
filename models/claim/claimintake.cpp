#include "claim/claimintake.h"

using namespace Qt::StringLiterals;

namespace ra {

QString intakeStateKey(ClaimIntake::State state)
{
    switch (state) {
    case ClaimIntake::State::Waiting: return u"waiting"_s;
    case ClaimIntake::State::Recognising: return u"recognising"_s;
    case ClaimIntake::State::Failed: return u"failed"_s;
    case ClaimIntake::State::Cancelled: return u"cancelled"_s;
    }
    return u"waiting"_s;
}

ClaimIntake::State intakeStateFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key == u"recognising")
        return ClaimIntake::State::Recognising;
    if (key == u"failed")
        return ClaimIntake::State::Failed;
    if (key == u"cancelled")
        return ClaimIntake::State::Cancelled;
    if (key != u"waiting" && ok)
        *ok = false;
    return ClaimIntake::State::Waiting;
}

} // namespace ra
