#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

namespace ra::xlsx {

// Money in a workbook, exactly as on the invoice.
//
// libxlsxwriter prints every number with "%.16G" (unless built with its optional dtoa, which
// Debian's is not), and no double prints as "594.06" that way: the nearest double is
// 594.05999999999994…, printed "594.0599999999999", and its neighbours print
// "…9998" and "…0001". Excel and LibreOffice round that back on reading, but a program that
// reads the XML (an accounting import, a diff, a signature) sees a different amount. So the
// exporter writes the cells through libxlsxwriter as usual (it owns the styles, formulas and
// package) and then sets the <v> of each money cell to the decimal written from fen.

// The shortest decimal of fen / 100 as a spreadsheet writes numbers: 59406 → "594.06",
// 10 → "0.1", -530 → "-5.3", 10000 → "100".
QByteArray yuanText(qint64 fen);

// Cell reference ("H2") → the exact <v> text, per package part ("xl/worksheets/sheet1.xml").
using CellValues = QMap<QString, QHash<QByteArray, QByteArray>>;

// Rewrites the <v> of the named number cells (plain or formula) of the .xlsx package `xlsx`.
// Fails, leaving `xlsx` as it was, when a part or cell is missing or the cell is not a number:
// an export must not go out with an amount we could not make exact.
bool setNumberValues(QByteArray &xlsx, const CellValues &values, QString *error);

// The same on one worksheet's XML; exposed for tests.
bool setNumberValuesInSheet(QByteArray &sheetXml, const QHash<QByteArray, QByteArray> &values, QString *error);

} // namespace ra::xlsx
