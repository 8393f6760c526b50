#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace ra {

// The File › Open Recent list of claim files, most recent first, kept in QSettings under
// "claims/recent". Paths are stored absolute; files that no longer exist are left out.
class RecentFiles
{
public:
    // `settings` is not owned; null uses a default QSettings (organisation and application name).
    explicit RecentFiles(QSettings *settings = nullptr, int maximum = 10);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    QStringList stored() const;
    void store(const QStringList &paths);

    QSettings *m_settings;
    int m_maximum;
};

} // namespace ra
