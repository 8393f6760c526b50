#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ra {
namespace {

QString systemReason(int error)
{
    return qt_error_string(error);
}

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

// The descriptor a path stands for when it is one of the aliases of an open descriptor of this
// process (/dev/stdout, /dev/stderr, /dev/stdin, /dev/fd/N, /proc/self/fd/N, /proc/<our pid>/fd/N),
// directly or through symbolic links; -1 otherwise. Such a path is written through the
// descriptor itself: opening it again could truncate what the caller redirected, and renaming
// over it would replace /dev/stdout.
int descriptorAlias(QString path)
{
    static const QRegularExpression alias(
        QStringLiteral(R"(^/(?:dev/(?:std(in|out|err)|fd/(\d{1,9}))|proc/(self|thread-self|\d{1,10})/fd/(\d{1,9}))$)"));
    for (int hop = 0; hop < 40; ++hop) {
        path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        const QRegularExpressionMatch m = alias.match(path);
        if (m.hasMatch()) {
            if (m.capturedLength(1) > 0)
                return m.captured(1) == u"in" ? STDIN_FILENO : m.captured(1) == u"out" ? STDOUT_FILENO : STDERR_FILENO;
            if (m.capturedLength(2) > 0)
                return m.captured(2).toInt();
            const QString owner = m.captured(3);
            if (owner == u"self" || owner == u"thread-self" || owner.toLongLong() == qint64(::getpid()))
                return m.captured(4).toInt();
            return -1; // another process's descriptor: an ordinary (non-regular) path
        }
        const QFileInfo info(path);
        if (!info.isSymLink())
            return -1;
        path = info.symLinkTarget();
    }
    return -1;
}

// The file a path finally names, following symbolic links (also a dangling one: the file is
// then created where it points). Empty for a loop.
QString resolveLinks(QString path)
{
    for (int hop = 0; hop < 40; ++hop) {
        const QFileInfo info(path);
        if (!info.isSymLink())
            return info.absoluteFilePath();
        path = info.symLinkTarget();
    }
    return {};
}

} // namespace

// Writes straight to a descriptor (no buffer to lose, no flush to forget): every write()
// is checked, short writes are continued, EINTR retried, a non-blocking descriptor waited on,
// and the first failure is kept for good.
struct OutputFile::Device : QIODevice
{
    explicit Device(int descriptor) : fd(descriptor) { QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

    bool isSequential() const override { return true; }

    int fd;
    bool failed = false;

    void fail(int error)
    {
        if (!failed)
            setErrorString(systemReason(error));
        failed = true;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (failed)
            return -1;
        qint64 done = 0;
        while (done < size) {
            const ssize_t n = ::write(fd, data + done, size_t(qMin<qint64>(size - done, qint64(1) << 30)));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                if (errno == EAGAIN || errno == EWOULDBLOCK) {
                    pollfd p{fd, POLLOUT, 0};
                    if (::poll(&p, 1, -1) >= 0 || errno == EINTR)
                        continue;
                }
                fail(errno);
                return -1;
            }
            if (n == 0) {
                fail(EIO);
                return -1;
            }
            done += n;
        }
        return done;
    }
};

QString writeAllChecked(QIODevice *out, const QByteArray &data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = out->write(data.constData() + done, data.size() - done);
        if (n <= 0) {
            const QString reason = out->errorString();
            return reason.isEmpty() || reason == u"Unknown error" ? QStringLiteral("the write failed after %1 of %2 bytes")
                                                                        .arg(done)
                                                                        .arg(data.size())
                                                                  : reason;
        }
        done += n;
    }
    return {};
}

std::unique_ptr<OutputFile> OutputFile::open(const QString &path, QString *error)
{
    std::unique_ptr<OutputFile> out(new OutputFile);
    const auto fail = [error](const QString &reason) -> std::unique_ptr<OutputFile> {
        if (error)
            *error = reason;
        return nullptr;
    };
    if (path.isEmpty() || path == u"-") {
        // What was printed through stdio first stays first.
        std::fflush(stdout);
        out->m_kind = Kind::StandardOutput;
        out->m_fd = STDOUT_FILENO;
        out->m_device = std::make_unique<Device>(out->m_fd);
        return out;
    }
    if (const int fd = descriptorAlias(path); fd >= 0) {
        if (::fcntl(fd, F_GETFD) < 0)
            return fail(systemReason(errno));
        if (fd == STDOUT_FILENO)
            std::fflush(stdout);
        if (fd == STDERR_FILENO)
            std::fflush(stderr);
        out->m_kind = Kind::Stream;
        out->m_target = path;
        out->m_fd = fd;
        out->m_device = std::make_unique<Device>(fd);
        return out;
    }
    struct stat st{};
    if (::stat(nativePath(path).constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return fail(systemReason(EISDIR));
        if (!S_ISREG(st.st_mode)) {
            // A device, a FIFO or a socket: written to as it is, never created, truncated or
            // replaced. A FIFO blocks here until a reader opens it, as the shell's ">" does.
            int fd;
            do
                fd = ::open(nativePath(path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
            while (fd < 0 && errno == EINTR);
            if (fd < 0)
                return fail(systemReason(errno));
            out->m_kind = Kind::Stream;
            out->m_target = path;
            out->m_fd = fd;
            out->m_ownsFd = true;
            out->m_device = std::make_unique<Device>(fd);
            return out;
        }
        out->m_keepMode = int(st.st_mode & 07777);
    } else if (errno != ENOENT) {
        return fail(systemReason(errno));
    }

    // A regular file or a new one: a temporary file in the same folder, renamed over it.
    const QString target = resolveLinks(path);
    if (target.isEmpty())
        return fail(systemReason(ELOOP));
    const QString folder = QFileInfo(target).absolutePath();
    int fd = -1;
    QString temporary;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = folder + QStringLiteral("/.reimburse-cli-%1.tmp")
                                 .arg(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 12, 16,
                                      QLatin1Char('0'));
        // 0666 less the umask, as for any new file; a replaced file's bits are copied below.
        fd = ::open(nativePath(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd < 0 && errno != EEXIST && errno != EINTR)
            return fail(systemReason(errno));
    }
    if (fd < 0)
        return fail(systemReason(EEXIST));
    out->m_kind = Kind::Atomic;
    out->m_target = target;
    out->m_temporary = temporary;
    out->m_fd = fd;
    out->m_ownsFd = true;
    out->m_device = std::make_unique<Device>(fd);
    return out;
}

OutputFile::~OutputFile()
{
    if (!m_finished)
        discard();
}

QIODevice *OutputFile::device() const
{
    return m_device.get();
}

void OutputFile::discard()
{
    m_finished = true;
    if (m_ownsFd && m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_temporary.isEmpty())
        ::unlink(nativePath(m_temporary).constData());
    m_temporary.clear();
}

QString OutputFile::commit()
{
    if (m_finished)
        return QStringLiteral("the output was already finished");
    if (m_device->failed) {
        const QString reason = m_device->errorString();
        discard();
        return reason;
    }
    if (m_kind != Kind::Atomic) {
        m_finished = true;
        if (m_ownsFd && ::close(m_fd) != 0 && errno != EINTR) {
            m_fd = -1;
            return systemReason(errno);
        }
        m_fd = -1;
        return {};
    }
    const auto failWith = [this](int error) {
        discard();
        return systemReason(error);
    };
    if (m_keepMode >= 0 && ::fchmod(m_fd, mode_t(m_keepMode)) != 0)
        return failWith(errno);
    // Data on disk before the name points at it: a crash after the rename cannot leave an
    // empty or partial file under the target's name.
    if (::fsync(m_fd) != 0)
        return failWith(errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0 && errno != EINTR)
        return failWith(errno);
    if (::rename(nativePath(m_temporary).constData(), nativePath(m_target).constData()) != 0)
        return failWith(errno);
    m_temporary.clear();
    m_finished = true;
    // The rename itself on disk; best effort (not every file system syncs a folder).
    const int dir = ::open(nativePath(QFileInfo(m_target).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

QString writeOutputFile(const QString &path, const std::function<QString(QIODevice *)> &produce)
{
    QString error;
    const auto out = OutputFile::open(path, &error);
    if (!out)
        return error;
    if (QString problem = produce(out->device()); !problem.isEmpty()) {
        // The device's own reason is the better one ("No space left on device").
        if (auto *device = out->device(); !device->errorString().isEmpty() && device->errorString() != u"Unknown error")
            problem = device->errorString();
        return problem; // `out` is discarded: the previous file stays as it was
    }
    return out->commit();
}

QString sameFileAsInput(const QString &out, const QStringList &inputs)
{
    if (out.isEmpty() || out == u"-")
        return {};
    struct stat target{};
    if (::stat(nativePath(out).constData(), &target) != 0)
        return {};
    for (const QString &input : inputs) {
        struct stat st{};
        if (::stat(nativePath(input).constData(), &st) == 0 && st.st_dev == target.st_dev && st.st_ino == target.st_ino)
            return input;
    }
    return {};
}

} // namespace ra
