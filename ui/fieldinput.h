#pragma once

#include "fieldlayout.h"

#include <QCoreApplication>
#include <QString>

namespace ra {

// Checks what a person typed into a field and turns it into the normalized value the claim
// stores ("1,234.5" → "1234.50", "2024/5/8" → "2024-05-08", "13" → "13%"). Input that cannot be
// a value of its kind is refused with a message that says what was expected; nothing is guessed.
// An empty input is accepted: it clears the field.
class FieldInput
{
    Q_DECLARE_TR_FUNCTIONS(FieldInput)
public:
    struct Result
    {
        bool ok = false;
        QString value;  // normalized; empty = clear the field
        QString error;  // translated, when refused
    };

    static Result check(FieldLayout::Kind kind, const QString &text);
    static Result check(const QString &key, const QString &text) { return check(FieldLayout::kind(key), text); }
    // How a stored value reads in the form ("true" → "Yes", money with two places); the stored
    // text itself when it is not a value of its kind (a provider's odd value is shown, not hidden).
    static QString display(FieldLayout::Kind kind, const QString &value);
};

} // namespace ra
