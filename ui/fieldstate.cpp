#include "fieldstate.h"

#include <QCoreApplication>

namespace ra {

FieldState fieldState(const Invoice &invoice, const QString &key)
{
    const Field f = invoice.fields.value(key);
    // A person's value outranks everything: they have looked at it.
    if (f.edited)
        return FieldState::Edited;
    for (const Finding &finding : invoice.findings)
        if (finding.severity != Severity::Info && finding.fields.contains(key))
            return FieldState::Finding;
    if (f.uncertain || !invoice.alternatives.value(key).isEmpty() || !invoice.candidates.value(key).isEmpty())
        return FieldState::Uncertain;
    return FieldState::Confirmed;
}

QColor fieldStateColor(FieldState state)
{
    // Colour-blind-safe pairs (Okabe–Ito): blue, orange, vermillion, bluish green.
    switch (state) {
    case FieldState::Confirmed: return QColor(0x00, 0x72, 0xB2);
    case FieldState::Uncertain: return QColor(0xE6, 0x9F, 0x00);
    case FieldState::Finding: return QColor(0xD5, 0x5E, 0x00);
    case FieldState::Edited: return QColor(0x00, 0x9E, 0x73);
    }
    return Qt::gray;
}

QString fieldStateName(FieldState state)
{
    switch (state) {
    case FieldState::Confirmed: return QCoreApplication::translate("FieldState", "Read by the provider");
    case FieldState::Uncertain: return QCoreApplication::translate("FieldState", "Uncertain: check it");
    case FieldState::Finding: return QCoreApplication::translate("FieldState", "Has a finding");
    case FieldState::Edited: return QCoreApplication::translate("FieldState", "Edited by you");
    }
    return {};
}

} // namespace ra
