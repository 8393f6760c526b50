#pragma once

#include <QString>

namespace ra::csv {

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
QString quoted(const QString &text);
// A text cell that a spreadsheet must never run: one that starts like a formula (= + - @, a
// tab or a carriage return) gets a leading apostrophe, so Excel and LibreOffice show it as text.
QString textCell(const QString &text);

} // namespace ra::csv
