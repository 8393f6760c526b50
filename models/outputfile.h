#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace ra {

// Writes all of `data` to `out`, checking the result of every write. Returns the device's
// reason when a write fails or comes up short (its errorString(), e.g. "No space left on
// device"), empty on success.
QString writeAllChecked(QIODevice *out, const QByteArray &data);

// Where an output goes: reimburse-cli's `--out` for every command and the desk's exports
// (docs/security.md, "Command line: outputs and inputs" and "Exports from the desk"):
//  - "" or "-": standard output;
//  - an existing file that is not a regular file (a device such as /dev/null, a FIFO, a
//    socket, a terminal) and the aliases of open descriptors (/dev/stdout, /dev/stderr,
//    /dev/fd/N, /proc/self/fd/N): written to as a stream, never created, truncated or renamed
//    over;
//  - anything else: a temporary file next to the target (a symbolic link is followed to the
//    file it names), every write checked, fsync()ed and closed, then renamed over the target,
//    whose permissions it keeps. Until commit() succeeds the previous file is untouched, and
//    an output that is dropped or fails removes its temporary file.
class OutputFile
{
public:
    enum class Kind { StandardOutput, Stream, Atomic };

    // Decides how `path` is written and opens it; null with the system's reason in `error`
    // when it cannot be (a directory, a missing parent folder, a parent that is a file,
    // a read-only file system, no permission).
    static std::unique_ptr<OutputFile> open(const QString &path, QString *error);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    Kind kind() const { return m_kind; }
    // Open for writing. Every write is checked and the first failure is kept: a writer that
    // ignores a failed write cannot make commit() succeed.
    QIODevice *device() const;
    // Finishes the output. Returns the system's reason when anything failed, empty on success.
    QString commit();

    QString targetPath() const { return m_target; }        // the file finally written
    QString temporaryPath() const { return m_temporary; }  // Atomic only, while open

private:
    OutputFile() = default;
    void discard();

    Kind m_kind = Kind::StandardOutput;
    QString m_target;
    QString m_temporary;
    int m_fd = -1;
    bool m_ownsFd = false;
    bool m_finished = false;
    struct Device;
    std::unique_ptr<Device> m_device;
    int m_keepMode = -1; // the replaced file's permission bits, -1 for a new file
};

// Opens `path`, lets `produce` write into the device (it returns an error message, empty on
// success) and commits. Returns the first error, empty on success; on any error the previous
// file at `path` is untouched.
QString writeOutputFile(const QString &path, const std::function<QString(QIODevice *)> &produce);

// Which of `inputs` (files the command reads) is the same file as `out`: same device and
// inode, so a hard link or a symbolic link to an input counts. Empty when none, or when `out`
// does not exist yet.
QString sameFileAsInput(const QString &out, const QStringList &inputs);

} // namespace ra
