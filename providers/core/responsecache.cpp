#include "responsecache.h"

#include "log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace ra {
namespace {

const QString kMeta = QStringLiteral("meta.json");

QString responseName(int i)
{
    return QStringLiteral("response-%1.body").arg(i);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(data);
    return f.commit();
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

} // namespace

ResponseCache::ResponseCache()
    : ResponseCache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/responses"))
{
}

ResponseCache::ResponseCache(const QString &directory) : m_dir(directory) {}

QString ResponseCache::key(const QString &sha256, const QString &provider, const QString &options)
{
    const QByteArray material = sha256.toLower().toUtf8() + '\n' + provider.toUtf8() + '\n' + options.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}

QString ResponseCache::entryDir(const QString &key) const
{
    return m_dir + QLatin1Char('/') + key;
}

std::optional<CachedResponse> ResponseCache::lookup(const QString &sha256, const QString &provider,
                                                    const QString &options) const
{
    const QString dir = entryDir(key(sha256, provider, options));
    const auto meta = readFile(dir + QLatin1Char('/') + kMeta);
    if (!meta)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*meta).object();
    CachedResponse e;
    e.provider = o.value(QStringLiteral("provider")).toString();
    e.sha256 = o.value(QStringLiteral("sha256")).toString();
    e.options = o.value(QStringLiteral("options")).toString();
    e.context = o.value(QStringLiteral("context")).toObject();
    e.storedAt = QDateTime::fromString(o.value(QStringLiteral("stored_at")).toString(), Qt::ISODate);
    const int count = o.value(QStringLiteral("responses")).toInt(-1);
    // Guards against hash collisions of the key and against damaged entries: a miss.
    if (e.provider != provider || e.sha256.compare(sha256, Qt::CaseInsensitive) != 0 || e.options != options
        || count < 0 || count > 10000)
        return std::nullopt;
    for (int i = 0; i < count; ++i) {
        const auto body = readFile(dir + QLatin1Char('/') + responseName(i));
        if (!body)
            return std::nullopt;
        e.responses << *body;
    }
    return e;
}

bool ResponseCache::store(const CachedResponse &entry, const QStringList &secrets)
{
    const QByteArray contextJson = QJsonDocument(entry.context).toJson(QJsonDocument::Compact);
    for (const QString &s : secrets) {
        if (s.size() < 4)
            continue;   // too short to be a key; would match by chance
        const QByteArray needle = s.toUtf8();
        bool found = contextJson.contains(needle) || entry.options.contains(s);
        for (const QByteArray &r : entry.responses)
            found = found || r.contains(needle);
        if (found) {
            log::get("providers.cache")->warn("{}: response not cached because it contains a credential",
                                              entry.provider.toStdString());
            return false;
        }
    }
    const QString k = key(entry.sha256, entry.provider, entry.options);
    const QString tmp = m_dir + QStringLiteral("/.tmp-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(tmp))
        return false;
    bool ok = true;
    for (int i = 0; ok && i < entry.responses.size(); ++i)
        ok = writeFile(tmp + QLatin1Char('/') + responseName(i), entry.responses.at(i));
    QJsonObject meta;
    meta.insert(QStringLiteral("provider"), entry.provider);
    meta.insert(QStringLiteral("sha256"), entry.sha256.toLower());
    meta.insert(QStringLiteral("options"), entry.options);
    meta.insert(QStringLiteral("context"), entry.context);
    meta.insert(QStringLiteral("responses"), int(entry.responses.size()));
    meta.insert(QStringLiteral("stored_at"),
                (entry.storedAt.isValid() ? entry.storedAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate));
    ok = ok && writeFile(tmp + QLatin1Char('/') + kMeta, QJsonDocument(meta).toJson(QJsonDocument::Indented));
    const QString final = entryDir(k);
    if (ok) {
        QDir(final).removeRecursively();
        ok = QDir().rename(tmp, final);
    }
    if (!ok) {
        QDir(tmp).removeRecursively();
        log::get("providers.cache")->warn("could not write a cache entry under {}", m_dir.toStdString());
    }
    return ok;
}

bool ResponseCache::remove(const QString &sha256, const QString &provider, const QString &options)
{
    QDir d(entryDir(key(sha256, provider, options)));
    return d.exists() && d.removeRecursively();
}

int ResponseCache::clear()
{
    int n = 0;
    QDir d(m_dir);
    const auto entries = d.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &e : entries) {
        if (QDir(d.filePath(e)).removeRecursively() && !e.startsWith(QLatin1Char('.')))
            ++n;
    }
    return n;
}

int ResponseCache::size() const
{
    return int(QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

} // namespace ra
