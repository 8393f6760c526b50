#include "inputfile.h"
#include "translatedtext.h"

#include "local/localrecognizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ra {
namespace {

// The local provider's own messages (same context and source text, so the same translations).
QString tr(const char *text)
{
    return translatedText("LocalRecognizer", text);
}

InputBytes failed(const char *code, const QString &message)
{
    InputBytes in;
    in.error = DocumentError{QString::fromLatin1(code), message};
    return in;
}

InputBytes tooLarge(qint64 size, qint64 maxBytes)
{
    return failed(ErrorCode::TooLarge, tr("The file is %1 MB; files over %2 MB are not read.")
                                           .arg(size / (1024 * 1024))
                                           .arg(maxBytes / (1024 * 1024)));
}

} // namespace

qint64 defaultMaxInputBytes()
{
    return LocalRecognizer::Options().maxFileBytes;
}

InputBytes readInputFile(const QString &path, qint64 maxBytes)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st{};
    if (::stat(native.constData(), &st) != 0) {
        if (errno == ENOENT)
            return failed(ErrorCode::Unreadable, tr("The file does not exist."));
        return failed(ErrorCode::Unreadable, tr("The file could not be opened: %1").arg(qt_error_string(errno)));
    }
    // Sockets, pipes and devices would block or never end: only regular files are read. They
    // are not even opened (opening some devices has effects of its own).
    if (!S_ISREG(st.st_mode))
        return failed(ErrorCode::Unreadable, tr("This is not a regular file."));
    if (st.st_size > maxBytes)
        return tooLarge(st.st_size, maxBytes);

    int fd;
    do
        fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return failed(ErrorCode::Unreadable, tr("The file could not be opened: %1").arg(qt_error_string(errno)));
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    // What was opened is what was checked: the name may have been pointed elsewhere meanwhile.
    if (::fstat(fd, &st) != 0)
        return failed(ErrorCode::Unreadable, tr("The file could not be read: %1").arg(qt_error_string(errno)));
    if (!S_ISREG(st.st_mode))
        return failed(ErrorCode::Unreadable, tr("This is not a regular file."));
    if (st.st_size > maxBytes)
        return tooLarge(st.st_size, maxBytes);

    InputBytes in;
    in.bytes.reserve(qsizetype(st.st_size));
    // Never more than maxBytes + 1: a file that grows past the cap (or a /proc file whose size
    // says 0) is refused once the cap is crossed.
    char chunk[64 * 1024];
    for (;;) {
        const qint64 room = maxBytes + 1 - in.bytes.size();
        const ssize_t n = ::read(fd, chunk, size_t(qMin<qint64>(qint64(sizeof chunk), room)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return failed(ErrorCode::Unreadable, tr("The file could not be read: %1").arg(qt_error_string(errno)));
        }
        if (n == 0)
            break;
        in.bytes.append(chunk, qsizetype(n));
        if (in.bytes.size() > maxBytes)
            return tooLarge(in.bytes.size(), maxBytes);
    }
    return in;
}

} // namespace ra
