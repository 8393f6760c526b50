#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace ra::test {

// ../shared next to the repository (CI has it; a clone elsewhere may not).
inline QString sharedDir() { return QStringLiteral(RA_SHARED_DIR); }
inline QString realFixturesDir() { return sharedDir() + QStringLiteral("/fixtures/real"); }
inline bool haveRealFixtures() { return QDir(realFixturesDir()).exists(QStringLiteral("manifest.json")); }
inline QString testDataDir() { return QStringLiteral(RA_TEST_DATA_DIR); }
inline QString cliPath() { return QStringLiteral(RA_CLI_PATH); }
inline QString workerPath() { return QStringLiteral(RA_WORKER_PATH); }
inline QString guiPath() { return QStringLiteral(RA_GUI_PATH); }
inline QString samplesGeneratorPath() { return QStringLiteral(RA_SAMPLES_PATH); }

// The rows of the real fixtures' manifest whose "kind" is `kind` (all of them when empty);
// none when the fixtures are not there.
inline QJsonArray realFixtureRows(const QString &kind = {})
{
    QFile f(realFixturesDir() + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonArray out;
    for (const QJsonValue v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("files")).toArray())
        if (kind.isEmpty() || v.toObject().value(QStringLiteral("kind")).toString() == kind)
            out.append(v);
    return out;
}

// The manifest's ground-truth keys with the normalized invoice field each one is.
inline const QList<QPair<QString, QString>> &manifestFieldKeys()
{
    static const QList<QPair<QString, QString>> keys = {
        {QStringLiteral("invoice_code"), QStringLiteral("code")},
        {QStringLiteral("invoice_number"), QStringLiteral("number")},
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("amount"), QStringLiteral("pretax_amount")},
        {QStringLiteral("tax"), QStringLiteral("tax_amount")},
        {QStringLiteral("total"), QStringLiteral("total")},
        {QStringLiteral("seller_name"), QStringLiteral("seller_name")},
        {QStringLiteral("seller_tax_id"), QStringLiteral("seller_tax_id")},
        {QStringLiteral("buyer_name"), QStringLiteral("buyer_name")},
        {QStringLiteral("buyer_tax_id"), QStringLiteral("buyer_tax_id")},
        {QStringLiteral("check_code"), QStringLiteral("check_code")},
    };
    return keys;
}

} // namespace ra::test
