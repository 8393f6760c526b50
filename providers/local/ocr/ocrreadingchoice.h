#pragma once

#include "invoice.h"
#include "ocrtypes.h"

#include <QString>

// What the OCR cross-checks (OcrCrossCheck, OcrTaxIdCheck) do to an invoice's fields, in one
// place so both keep the same promise: a reading that gives way stays as an alternative.
namespace ra::ocr::choice {

// A field as OCR read it (source "ocr"), the only kind the checks change.
bool isOcrReading(const Field &field);

// The lowest score of a reading's characters (1 when there are none).
float worstScore(const QList<ReadChar> &reading);

// The field `key` takes `value` from `source`, marked uncertain, where it is printed; what OCR
// read there is kept in `alternatives`.
void take(Invoice &invoice, const QString &key, const QString &value, const QString &source);

// `value` from `source` joins the alternatives of `key` (unless it is the value already);
// `polygon` is where it is printed, if anywhere.
void offer(Invoice &invoice, const QString &key, const QString &value, const QString &source,
           const QPolygonF &polygon = {});

// The OCR readings of `keys` were confirmed by an independent check: no longer uncertain.
void confirm(Invoice &invoice, const QStringList &keys);

} // namespace ra::ocr::choice
