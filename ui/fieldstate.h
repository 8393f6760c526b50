#pragma once

#include "invoice.h"

#include <QColor>
#include <QString>

namespace ra {

// How sure the desk is of one field's value: the colour of its polygon on the page and of its
// row in the form come from here, so the two always agree.
enum class FieldState {
    Confirmed,   // read by a provider, nothing against it
    Uncertain,   // the provider was unsure, or sources disagree (alternatives): check it
    Finding,     // a validation finding names this field
    Edited,      // a person changed it
};

FieldState fieldState(const Invoice &invoice, const QString &key);
QColor fieldStateColor(FieldState state);
// Translated, for tooltips and the legend.
QString fieldStateName(FieldState state);

} // namespace ra
