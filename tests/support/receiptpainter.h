#pragma once

#include "invoicetype.h"

#include <QImage>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ra::test {

// Paper receipts the samples (tests/samples) have no PDF of, drawn with QPainter the way they
// are printed, with fictitious values and their ground truth: a taxi receipt (深圳市出租汽车专用
// 发票, thermal-printed values under printed captions), an old paper train ticket (铁路客票),
// a quota invoice (通用定额发票), a roll invoice (增值税普通发票(卷票)) and a machine-printed
// invoice (通用机打发票). For the OCR tests: degrade() them like the scans (scanimages.h).
struct DrawnReceipt
{
    QString layout;
    InvoiceType type = InvoiceType::Unknown;
    QImage image;                 // white paper, drawn at the asked resolution
    QMap<QString, QString> truth; // normalized field key → value (money "40.50", dates ISO)
};

// "taxi", "train", "quota", "roll", "machine".
QStringList receiptLayouts();

// The layout drawn at `dpi` (200 gives the size of a phone photo of the paper).
DrawnReceipt drawReceipt(const QString &layout, int dpi = 200);

} // namespace ra::test
