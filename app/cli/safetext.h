#pragma once

#include "recognizeddocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace ra::cli {

// Text from a document or a file name, made safe to print to a terminal: ESC, newlines and
// every other control character (C0, DEL, C1), the bidirectional overrides and isolates
// (which reorder what a reader sees) and the line and paragraph separators are written as
// escapes (\n, \r, \t, \x1b, \u202e); a backslash is doubled, so an escape in the output
// always stands for the character and never for text that looks like one.
QString terminalSafe(const QString &text);

// A CSV cell: quoted (RFC 4180) when it holds a comma, quote, CR or LF, and kept as text
// when a spreadsheet would run it: a cell that starts with = + - @, a tab or a CR gets a
// leading apostrophe, the rule of `export --format csv` (models/export/csvexporter.cpp).
// A plain decimal number ("-12.50") is a number, not a formula, and is written as it is, as
// the exporter writes its money columns.
QString formulaSafeCsvCell(const QString &text);

// A number option: the value when `text` is a finite number from `min` to `max`, else nullopt
// (nan, inf, negative or absurd values, trailing junk).
std::optional<double> boundedNumber(const QString &text, double min, double max);

} // namespace ra::cli
