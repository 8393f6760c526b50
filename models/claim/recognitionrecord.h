#pragma once

#include "recognizeddocument.h"

#include <QDateTime>

namespace ra {

// One recognition result as it was received: which provider, when, the raw vendor responses
// byte for byte and the normalized result (`document`, rawResponses included). Kept for audit
// and for re-mapping after a mapper fix, never edited.
struct RecognitionRecord
{
    qint64 id = 0;
    QDateTime recognizedAt;    // UTC
    RecognizedDocument document;

    friend bool operator==(const RecognitionRecord &, const RecognitionRecord &) = default;
};

} // namespace ra
