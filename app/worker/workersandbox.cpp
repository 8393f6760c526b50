#include "workersandbox.h"

#include <QByteArray>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#if __has_include(<linux/landlock.h>)
#include <linux/landlock.h>
#define RA_HAVE_LANDLOCK 1
#endif

namespace ra::worker {
namespace {

QString reason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeProcFile(const char *path, const QByteArray &text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    return ok;
}

QString enterNamespaces()
{
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0)
        return QStringLiteral("network: not isolated (unshare: %1)").arg(reason());
    // Keep our own ids inside the namespace (else files would show as owned by nobody); an
    // unprivileged process may map itself and nothing else, after giving up setgroups.
    writeProcFile("/proc/self/setgroups", "deny");
    writeProcFile("/proc/self/uid_map", QByteArray::number(uid) + ' ' + QByteArray::number(uid) + " 1");
    writeProcFile("/proc/self/gid_map", QByteArray::number(gid) + ' ' + QByteArray::number(gid) + " 1");
    return QStringLiteral("network: none (user and network namespace)");
}

#ifdef RA_HAVE_LANDLOCK
int landlockCreateRuleset(const landlock_ruleset_attr *attr, size_t size, __u32 flags)
{
    return int(::syscall(__NR_landlock_create_ruleset, attr, size, flags));
}

bool landlockAllow(int ruleset, const char *path, __u64 access)
{
    const int fd = ::open(path, O_PATH | O_CLOEXEC | O_DIRECTORY);
    if (fd < 0)
        return false;
    landlock_path_beneath_attr rule{};
    rule.allowed_access = access;
    rule.parent_fd = fd;
    const bool ok = ::syscall(__NR_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0) == 0;
    ::close(fd);
    return ok;
}
#endif

QString restrictFiles(const QString &writableDir)
{
#ifdef RA_HAVE_LANDLOCK
    const int abi = landlockCreateRuleset(nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    if (abi < 1)
        return QStringLiteral("files: not restricted (landlock: %1)").arg(reason());
    const __u64 read = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
    // The ABI 1 rights: what the kernel handles is refused unless a rule allows it.
    const __u64 write = LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR
                        | LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_CHAR
                        | LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG
                        | LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO
                        | LANDLOCK_ACCESS_FS_MAKE_BLOCK | LANDLOCK_ACCESS_FS_MAKE_SYM;
    landlock_ruleset_attr attr{};
    attr.handled_access_fs = read | write;
    const int ruleset = landlockCreateRuleset(&attr, sizeof attr, 0);
    if (ruleset < 0)
        return QStringLiteral("files: not restricted (landlock: %1)").arg(reason());
    const QByteArray dir = writableDir.toLocal8Bit();
    // /dev/null and friends are opened for writing by libraries (and by us): devices, not files.
    const bool ok = landlockAllow(ruleset, "/", read) && landlockAllow(ruleset, dir.constData(), read | write)
                    && landlockAllow(ruleset, "/dev", read | LANDLOCK_ACCESS_FS_WRITE_FILE);
    if (!ok) {
        const QString why = reason();
        ::close(ruleset);
        return QStringLiteral("files: not restricted (landlock rule: %1)").arg(why);
    }
    const bool enforced = ::syscall(__NR_landlock_restrict_self, ruleset, 0) == 0;
    const QString why = reason();
    ::close(ruleset);
    if (!enforced)
        return QStringLiteral("files: not restricted (landlock: %1)").arg(why);
    return QStringLiteral("files: read-only but for %1 (landlock ABI %2)").arg(writableDir).arg(abi);
#else
    return QStringLiteral("files: not restricted (built without landlock headers)");
#endif
}

} // namespace

QStringList WorkerSandbox::apply(const QString &writableDir)
{
    QStringList applied;
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        applied << QStringLiteral("no_new_privs: %1").arg(reason());
    applied << enterNamespaces();
    applied << restrictFiles(writableDir);
    return applied;
}

} // namespace ra::worker
