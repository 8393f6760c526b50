#pragma once

#include <QString>
#include <QStringList>

namespace ra::worker {

// What the worker gives up before it reads a document (docs/worker-process.md, "Sandbox").
// Each step is best effort: where the kernel or the machine's policy does not allow it, the
// worker goes on without it and says so in its ready message (the host logs it once).
//
// - no_new_privs: nothing the worker executes can gain privileges (and landlock needs it);
// - a new user and network namespace (unshare): the worker has no network at all, not even
//   the host's loopback or abstract Unix sockets. Debian 12 allows unprivileged user
//   namespaces by default (kernel.unprivileged_userns_clone=1);
// - landlock (Linux 5.13+, in Debian 12's kernel): files anywhere may be read, but written,
//   created or removed only in the temporary folder (QtPdf reads documents from a private
//   temporary copy).
// Must run before any thread starts: unshare(CLONE_NEWUSER) refuses multi-threaded processes.
class WorkerSandbox
{
public:
    // `writableDir`: the one folder the worker may write in (its temporary folder).
    static QStringList apply(const QString &writableDir);
};

} // namespace ra::worker
