#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ra {

enum class Severity { Info, Warning, Error };

QString severityKey(Severity s);                 // "info" | "warning" | "error"
Severity severityFromKey(const QString &key);    // unknown → Warning

// A validation result. `rule` is a stable id ("total_mismatch"); the messages are
// complete sentences a person can act on, in English and Simplified Chinese.
struct Finding
{
    QString rule;
    Severity severity = Severity::Warning;
    QString message;      // en
    QString messageZh;    // zh_CN
    QStringList fields;   // the field keys the finding is about (for highlighting)

    friend bool operator==(const Finding &, const Finding &) = default;
};

using FindingList = QList<Finding>;

} // namespace ra
