#include "nativenames.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <dirent.h>
#include <sys/stat.h>

namespace ra {
namespace {

// Length of the valid UTF-8 sequence starting at `i`, 0 when it is not one (overlong forms,
// surrogates and code points past U+10FFFF are not valid).
int validSequence(const QByteArray &b, qsizetype i)
{
    const auto at = [&](qsizetype k) { return k < b.size() ? uchar(b.at(k)) : 0u; };
    const uint c = at(i);
    const auto cont = [&](qsizetype k) { return (at(k) & 0xc0) == 0x80; };
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(i + 1) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        const uint c1 = at(i + 1);
        if ((c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 > 0x9f))
            return 0;
        return cont(i + 1) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        const uint c1 = at(i + 1);
        if ((c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 > 0x8f))
            return 0;
        return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

bool isValidUtf8(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const int n = validSequence(bytes, i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

RecognizedDocument undecodable(const QString &shown, bool folder)
{
    RecognizedDocument doc;
    doc.file = shown;
    doc.provider = QStringLiteral("local");
    doc.error = DocumentError{
        QString::fromLatin1(ErrorCode::Unreadable),
        folder ? QCoreApplication::translate("InputCollector",
                                             "The folder's name is not valid UTF-8 (its bytes are shown as \\xNN), "
                                             "so nothing in it can be read; rename it.")
               : QCoreApplication::translate("InputCollector",
                                             "The file's name is not valid UTF-8 (its bytes are shown as \\xNN), "
                                             "so it cannot be opened by name; rename it.")};
    return doc;
}

QByteArray joined(const QByteArray &dir, const QByteArray &name)
{
    return dir.endsWith('/') ? QByteArray(dir + name) : QByteArray(dir + '/' + name);
}

void scan(const QByteArray &dir, const QString &shown, int depth, QList<RecognizedDocument> *out)
{
    if (depth > 256)
        return;
    DIR *d = ::opendir(dir.constData());
    if (!d)
        return; // unreadable folders are the scan's own report
    QList<QPair<QByteArray, bool>> entries;
    while (const dirent *e = ::readdir(d)) {
        const QByteArray name(e->d_name);
        if (name == "." || name == "..")
            continue;
        bool isDir = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN) {
            struct stat st{};
            isDir = ::lstat(joined(dir, name).constData(), &st) == 0 && S_ISDIR(st.st_mode);
        }
        entries.append({name, isDir});
    }
    ::closedir(d);
    std::sort(entries.begin(), entries.end());
    for (const auto &[name, isDir] : std::as_const(entries)) {
        const QString shownPath = shown + (shown.endsWith(u'/') ? QString() : QStringLiteral("/")) + displayNativeName(name);
        if (!isDir && name.startsWith('.'))
            continue; // hidden files are not documents (the scan skips them too)
        if (!isValidUtf8(name)) {
            out->append(undecodable(shownPath, isDir));
            continue;
        }
        if (isDir)
            scan(joined(dir, name), shownPath, depth + 1, out);
    }
}

} // namespace

QString displayNativeName(const QByteArray &bytes)
{
    QString out;
    for (qsizetype i = 0; i < bytes.size();) {
        const int n = validSequence(bytes, i);
        if (n == 0) {
            out += QStringLiteral("\\x%1").arg(uint(uchar(bytes.at(i))), 2, 16, QLatin1Char('0'));
            ++i;
            continue;
        }
        out += QString::fromUtf8(bytes.constData() + i, n);
        i += n;
    }
    return out;
}

QList<RecognizedDocument> undecodableEntries(const QString &root)
{
    QList<RecognizedDocument> out;
    QByteArray native = QFile::encodeName(root);
    while (native.size() > 1 && native.endsWith('/'))
        native.chop(1);
    QString shown = root;
    while (shown.size() > 1 && shown.endsWith(u'/'))
        shown.chop(1);
    scan(native, shown, 0, &out);
    return out;
}

} // namespace ra
