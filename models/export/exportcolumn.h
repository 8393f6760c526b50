#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ra {

// A column of the CSV and XLSX exports: a field key of the normalized invoice or one of the
// claim's own ("index", "type", "file", "page", "findings"). The kind decides how a cell is
// written (money and dates as numbers and dates in XLSX, with formats).
struct ExportColumn
{
    enum class Kind { Text, Money, Date, Integer };

    QString key;
    QString titleZh;
    QString titleEn;
    Kind kind = Kind::Text;

    // Every column a person can choose, in the order offered.
    static QList<ExportColumn> all();
    // The columns used when none are chosen.
    static QStringList defaultKeys();
    // A known column, or a text column titled by its key for any other field key; nullopt for
    // a key that is not a plausible field key.
    static std::optional<ExportColumn> forKey(const QString &key);
};

} // namespace ra
