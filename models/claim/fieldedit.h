#pragma once

#include <QDateTime>
#include <QString>

namespace ra {

// One entry of a claim's edit history: a person changed a field. Undoing an edit is recorded
// as an edit of its own (`undo` set), so the history is an append-only audit trail.
struct FieldEdit
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString fieldKey;
    QString machineValue;  // what the machine read (null when it read nothing)
    QString oldValue;      // the value before this edit
    QString newValue;      // the value after it (null = the field was removed)
    QDateTime when;        // UTC, millisecond precision
    bool undo = false;

    friend bool operator==(const FieldEdit &, const FieldEdit &) = default;
};

} // namespace ra
