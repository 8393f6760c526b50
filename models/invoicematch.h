#pragma once

#include "invoice.h"

#include <QList>
#include <QStringList>

namespace ra {

// Which of another provider's invoices is the same piece of paper as one of ours, so that a
// comparison (and the values a person then applies) concerns that invoice and no other. A photo
// of two receipts is two invoices; the other provider may list them in another order, at another
// scale, find fewer or more of them, or read some of their values differently.
//
// Two kinds of evidence are used:
//  - region: the intersection over union of the two outlines on the same page, each divided by
//    its own page_size first, so a provider that worked on a downscaled image still lines up.
//    An empty region means the whole page; so does an outline whose page_size is unknown (it
//    cannot be placed, and "somewhere on the page" is all it says).
//  - identity: number (and code), total, date and seller tax id, where both sides have them.
struct InvoiceMatch
{
    enum class Reason {
        // Matched:
        Region,             // best overlap, its identity does not contradict ours
        Identity,           // nothing suitable overlaps, but it has our number (or every other key agrees)
        OnlyOverlap,        // the one invoice in our place, although its number differs (a misreading?)
        // Not matched:
        NoCandidates,       // the other provider found no invoice at all
        NothingCorresponds, // none overlaps, none agrees on identity
        Ambiguous,          // several fit equally well and nothing tells them apart
        OverlapsContradict, // several overlap our place, but each has a different number
    };

    int index = -1;                 // into the candidates; -1 when there is no match
    Reason reason = Reason::NoCandidates;
    double overlap = 0;             // IoU of the chosen one (0 when not matched)
    QStringList agreeing;           // identity keys both have and agree on (chosen one)
    QStringList contradicting;      // identity keys both have and differ on (chosen one)

    bool matched() const { return index >= 0; }
};

// The candidate that is `current`, or why none is.
InvoiceMatch matchInvoice(const Invoice &current, const QList<Invoice> &candidates);

// Intersection over union of two invoices' regions after normalising by page_size (0 when on
// different pages). Exposed for tests and diagnostics.
double regionOverlap(const Invoice &a, const Invoice &b);

} // namespace ra
