#pragma once

#include <QString>
#include <QStringList>

namespace ra {

// What a person chose in the export dialog (or on the command line).
struct ExportOptions
{
    enum class Language { Chinese, English };

    QStringList columns;                  // column keys (ExportColumn); empty = the default set
    Language language = Language::Chinese;
    int invoicesPerPage = 1;              // PDF report: 1 or 2 invoices per A4 page
    double printDpi = 300;                // PDF report: resolution the pages are drawn at
    QString nameTemplate = QStringLiteral("{date}_{seller}_{total}_{number}"); // originals
};

} // namespace ra
