#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

namespace ra::claimschema {

// The claim file format version (SQLite `PRAGMA user_version`). Raise it with a migration
// step in claimschema.cpp whenever the schema changes; a file with a higher version is
// refused untouched, so an older app never damages a newer claim.
inline constexpr int kCurrentVersion = 2;

// SQLite `PRAGMA application_id` of claim files: "RAC1" (Reimbursement Assistant Claim).
inline constexpr quint32 kApplicationId = 0x52414331;

// Brings the open database from `fromVersion` to kCurrentVersion (0 = empty file), inside
// the caller's transaction, and stamps user_version and application_id.
bool migrate(QSqlDatabase &db, int fromVersion, QString *error);

} // namespace ra::claimschema
