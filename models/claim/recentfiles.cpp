#include "claim/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

const QString kKey = u"claims/recent"_s;

} // namespace

RecentFiles::RecentFiles(QSettings *settings, int maximum) : m_settings(settings), m_maximum(qMax(1, maximum))
{
}

QStringList RecentFiles::stored() const
{
    if (m_settings)
        return m_settings->value(kKey).toStringList();
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::store(const QStringList &paths)
{
    if (m_settings) {
        m_settings->setValue(kKey, paths);
        return;
    }
    QSettings().setValue(kKey, paths);
}

QStringList RecentFiles::files() const
{
    QStringList out;
    for (const QString &p : stored())
        if (QFileInfo::exists(p))
            out.append(p);
    return out;
}

void RecentFiles::add(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList paths = stored();
    paths.removeAll(abs);
    paths.prepend(abs);
    while (paths.size() > m_maximum)
        paths.removeLast();
    store(paths);
}

void RecentFiles::remove(const QString &path)
{
    QStringList paths = stored();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace ra
