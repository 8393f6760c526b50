#pragma once

#include <QString>

namespace ra {

// One output of an export run: a format id ("xlsx", "csv", "json", "pdf" — see
// exports::formats() — or "originals") and where it goes: a file, or for the originals the
// folder they are copied into.
struct ExportTarget
{
    QString format;
    QString path;

    bool isFolder() const { return format == QLatin1String("originals"); }

    friend bool operator==(const ExportTarget &, const ExportTarget &) = default;
};

} // namespace ra
