// reimburse-cli against hostile targets (issue #13, the command-line part): outputs that fail
// (full disk, read-only file system, a parent that is a file) leave the previous file and say
// the system's reason; devices, FIFOs and /dev/stdout are written as streams and never
// replaced; --out naming an input is refused before anything is written. Hostile text and
// inputs: tst_clihostiletext. docs/security.md, "Command line: outputs and inputs".
//
// The writer is models/outputfile, tested in process here; the fixture is
// tests/support/clihostilebench.*.
#include "outputfile.h"

#include "clihostilebench.h"
#include "testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ra;
using namespace ra::test;
using Run = ra::test::CliRun;

namespace {

// A device that takes `capacity` bytes, then fails every write with `reason`.
class FailingDevice : public QIODevice
{
public:
    FailingDevice(qint64 capacity, const QString &reason, qint64 chunk = 0)
        : m_capacity(capacity), m_reason(reason), m_chunk(chunk)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 room = m_capacity - written.size();
        if (room <= 0) {
            if (!m_reason.isEmpty())
                setErrorString(m_reason);
            return -1;
        }
        qint64 n = qMin(size, room);
        if (m_chunk > 0)
            n = qMin(n, m_chunk); // short writes: the caller must continue
        written.append(data, n);
        return n;
    }

private:
    qint64 m_capacity;
    QString m_reason;
    qint64 m_chunk;
};

// A character device node of our own (same numbers as /dev/null or /dev/full), so a test never
// writes to the real /dev entries: a regression that renamed over its target would replace
// this node, not the machine's /dev/null. Empty when this process may not create device nodes.
QString ownDeviceNode(const QString &dir, const QString &name, unsigned minor)
{
    const QString path = dir + u'/' + name;
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) != 0)
        return {};
    // A file system mounted nodev has the node but will not open it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
    if (fd < 0) {
        ::unlink(QFile::encodeName(path).constData());
        return {};
    }
    ::close(fd);
    return path;
}

// How to run a shell script in a private mount namespace (a tmpfs mounted there is gone when
// the script ends, whatever happens): "unshare -rm" (unprivileged) or "unshare -m" (root).
QStringList mountNamespaceRunner(const QString &probeDir)
{
    for (const QStringList &runner : {QStringList{u"unshare"_s, u"-rm"_s}, QStringList{u"unshare"_s, u"-m"_s}}) {
        QProcess p;
        p.start(runner.first(), runner.mid(1) + QStringList{u"sh"_s, u"-c"_s, u"mount -t tmpfs -o size=64k tmpfs \"$0\""_s, probeDir});
        if (p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return runner;
    }
    return {};
}

} // namespace

class TestCliHostile : public QObject, public CliHostileBench
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(test::cliPath()))
            QSKIP("reimburse-cli is not built");
        setUpBench();
    }

    // The writer, in process: a device that fails part-way gives its reason; short writes are
    // continued; a device that gives no reason still fails with a sentence, never "Unknown error".
    void writerChecksEveryWrite_data()
    {
        QTest::addColumn<qint64>("capacity");
        QTest::addColumn<qint64>("chunk");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fails mid-write") << qint64(1000) << qint64(0) << u"No space left on device"_s
                                         << u"No space left on device"_s;
        QTest::newRow("fails at once") << qint64(0) << qint64(0) << u"Input/output error"_s << u"Input/output error"_s;
        QTest::newRow("short writes, then fails") << qint64(3000) << qint64(7) << u"Disk quota exceeded"_s
                                                  << u"Disk quota exceeded"_s;
        QTest::newRow("short writes, all taken") << qint64(1 << 20) << qint64(333) << QString() << QString();
        QTest::newRow("fails without a reason") << qint64(100) << qint64(0) << QString()
                                                << u"the write failed after 100 of 10000 bytes"_s;
    }

    void writerChecksEveryWrite()
    {
        QFETCH(qint64, capacity);
        QFETCH(qint64, chunk);
        QFETCH(QString, reason);
        QFETCH(QString, expected);
        const QByteArray data(10000, 'x');
        FailingDevice device(capacity, reason, chunk);
        QCOMPARE(ra::writeAllChecked(&device, data), expected);
        if (expected.isEmpty())
            QCOMPARE(device.written, data);
    }

    // An output whose producer fails (here: the device it wrote to failed mid-write) leaves the
    // previous file as it was and no temporary file behind.
    void failedProduceLeavesThePreviousFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"out.json"_s);
        QVERIFY(writeFile(target, "PREVIOUS"));
        const QString error = ra::writeOutputFile(target, [](QIODevice *out) {
            out->write(QByteArray(5000, 'n'));
            FailingDevice disk(10, u"No space left on device"_s);
            return ra::writeAllChecked(&disk, QByteArray(100, 'y'));
        });
        QCOMPARE(error, u"No space left on device"_s);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("PREVIOUS"));
        QCOMPARE(leftovers(dir.path()), QStringList());
    }

    // A producer that ignores a failed write cannot make the output succeed: the device keeps
    // the first failure and commit() reports it.
    void ignoredWriteFailureStillFails()
    {
        QTemporaryDir dir;
        QString full = ownDeviceNode(dir.path(), u"full"_s, 7);
        if (full.isEmpty() && !QFileInfo(u"/dev"_s).isWritable())
            full = u"/dev/full"_s; // nobody here can replace /dev entries
        if (full.isEmpty())
            QSKIP("cannot make a device node, and /dev is writable: not writing to the real /dev/full");
        const QString error = ra::writeOutputFile(full, [](QIODevice *out) {
            out->write("ignored");
            return QString();
        });
        QCOMPARE(error, u"No space left on device"_s);
        QCOMPARE(fileType(full), mode_t(S_IFCHR));
    }

    // The atomic file keeps the replaced file's permissions and writes through a symbolic link
    // to the file it names (the link stays a link); a dangling link is created where it points.
    void atomicReplaceKeepsModeAndLinks()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(u"real.json"_s);
        QVERIFY(writeFile(real, "old"));
        QVERIFY(QFile::setPermissions(real, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        QVERIFY(QFile::link(u"real.json"_s, dir.filePath(u"link.json"_s)));
        QCOMPARE(ra::writeOutputFile(dir.filePath(u"link.json"_s),
                                      [](QIODevice *out) { return ra::writeAllChecked(out, "new"); }),
                 QString());
        QVERIFY(QFileInfo(dir.filePath(u"link.json"_s)).isSymLink());
        QFile f(real);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new"));
        struct stat st{};
        QVERIFY(::stat(QFile::encodeName(real).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));

        QVERIFY(QFile::link(u"made.json"_s, dir.filePath(u"dangling.json"_s)));
        QCOMPARE(ra::writeOutputFile(dir.filePath(u"dangling.json"_s),
                                      [](QIODevice *out) { return ra::writeAllChecked(out, "made"); }),
                 QString());
        QVERIFY(QFileInfo(dir.filePath(u"dangling.json"_s)).isSymLink());
        QCOMPARE(fileHash(dir.filePath(u"made.json"_s)), fileHash(dir.filePath(u"dangling.json"_s)));
        QCOMPARE(leftovers(dir.path()), QStringList());
    }

    // A real full disk and a read-only file system, on a small tmpfs in a private mount
    // namespace: each command exits 1 with the system's reason, the previous file is intact
    // and no temporary file is left.
    void fullOrReadOnlyDisk_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("reason");
        const QStringList recognize{u"recognize"_s, u"--format"_s, u"json"_s, u"in.ofd"_s};
        const QStringList render{u"render"_s, u"in.ofd"_s};
        const QStringList exportCsv{u"export"_s, u"trip.claim"_s, u"--format"_s, u"csv"_s};
        const QStringList exportPdf{u"export"_s, u"trip.claim"_s, u"--format"_s, u"pdf"_s, u"--dpi"_s, u"72"_s};
        for (const QString &mode : {u"full"_s, u"ro"_s}) {
            const QString reason = mode == u"full" ? u"No space left on device"_s : u"Read-only file system"_s;
            QTest::addRow("recognize, %s", qPrintable(mode)) << mode << recognize << reason;
            QTest::addRow("render, %s", qPrintable(mode)) << mode << render << reason;
            QTest::addRow("export csv, %s", qPrintable(mode)) << mode << exportCsv << reason;
            QTest::addRow("export pdf, %s", qPrintable(mode)) << mode << exportPdf << reason;
        }
    }

    void fullOrReadOnlyDisk()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, command);
        QFETCH(QString, reason);
        QTemporaryDir mountPoint;
        const QStringList runner = mountNamespaceRunner(mountPoint.path());
        if (runner.isEmpty())
            QSKIP("no private mount namespace here (unshare -rm / -m); the other output tests cover the code");
        // The tmpfs holds the previous output, then is filled (or made read-only), then the
        // command writes over that output. The script says what became of it.
        const QString script = uR"SH(d="$0"; mode="$1"; shift
mount -t tmpfs -o size=256k tmpfs "$d" || exit 97
printf PREVIOUS > "$d/out" || exit 98
if [ "$mode" = full ]; then dd if=/dev/zero of="$d/filler" bs=4096 >/dev/null 2>&1; fi
if [ "$mode" = ro ]; then mount -o remount,ro "$d" || exit 99; fi
"$@" --out "$d/out" >/dev/null
echo "RC=$?"
printf 'CONTENT=%s\n' "$(cat "$d/out")"
printf 'LIST=%s\n' "$(ls -A "$d" | tr '\n' ' ')"
)SH"_s;
        const Run r = runIn(m_work, runner.first(),
                            runner.mid(1) + QStringList{u"sh"_s, u"-c"_s, script, mountPoint.path(), mode, test::cliPath()}
                                + command,
                            m_env);
        QVERIFY2(r.exitCode == 0, qPrintable(u"the script failed (%1): %2"_s.arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        QVERIFY2(r.out.contains("RC=1\n"), r.out.constData());
        QVERIFY2(r.out.contains("CONTENT=PREVIOUS\n"), r.out.constData());
        QVERIFY2(!r.out.contains(".reimburse-cli-"), r.out.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(reason), r.err.constData());
        QVERIFY2(!r.err.contains("Unknown error"), r.err.constData());
    }

    // Failures any machine can produce: each command exits 1, says the system's reason, and
    // the previous target (where there is one) is untouched.
    void unwritableTargets_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("reason");
        const QList<QPair<QString, QStringList>> commands = {
            {u"recognize"_s, {u"recognize"_s, u"--format"_s, u"json"_s, u"in.ofd"_s}},
            {u"render"_s, {u"render"_s, u"in.ofd"_s}},
            {u"export"_s, {u"export"_s, u"trip.claim"_s, u"--format"_s, u"json"_s}},
        };
        for (const auto &[name, args] : commands) {
            QTest::addRow("%s, parent is a file", qPrintable(name)) << args << u"in.ofd/out"_s << u"Not a directory"_s;
            QTest::addRow("%s, no such folder", qPrintable(name)) << args << u"nowhere/out"_s
                                                                  << u"No such file or directory"_s;
            QTest::addRow("%s, a folder", qPrintable(name)) << args << u"scan"_s << u"Is a directory"_s;
        }
    }

    void unwritableTargets()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, out);
        QFETCH(QString, reason);
        const auto before = snapshot();
        const Run r = cli(command + QStringList{u"--out"_s, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(u"cannot write "_s + out + u": "_s + reason), r.err.constData());
        QCOMPARE(snapshot(), before);
        QCOMPARE(leftovers(m_work), QStringList());
    }

    // Standard output that fails (a full device) is an error too, not exit 0.
    void standardOutputFailureIsReported()
    {
        QTemporaryDir dir;
        QString full = ownDeviceNode(dir.path(), u"full"_s, 7);
        if (full.isEmpty())
            full = u"/dev/full"_s; // only opened for writing by the shell, never replaced
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setWorkingDirectory(m_work);
        p.setStandardOutputFile(full);
        p.start(test::cliPath(), {u"recognize"_s, u"--format"_s, u"json"_s, u"in.ofd"_s});
        QVERIFY(p.waitForFinished(-1));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAllStandardError().contains("cannot write standard output: No space left on device"), "reason");
    }

    void specialTargetsAreStreams_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("magic");
        const QList<std::tuple<QString, QStringList, QByteArray>> commands = {
            {u"recognize"_s, {u"recognize"_s, u"--format"_s, u"json"_s, u"in.ofd"_s}, QByteArray("{")},
            {u"render"_s, {u"render"_s, u"in.ofd"_s}, QByteArray("\x89PNG")},
            {u"export"_s, {u"export"_s, u"trip.claim"_s, u"--format"_s, u"csv"_s}, QByteArray("\xEF\xBB\xBF")},
        };
        for (const auto &[name, args, magic] : commands)
            for (const QString &target : {u"null device"_s, u"/dev/stdout"_s, u"/dev/fd/1"_s, u"fifo"_s})
                QTest::addRow("%s, %s", qPrintable(name), qPrintable(target)) << args << target << magic;
    }

    void specialTargetsAreStreams()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, target);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        if (target == u"null device") {
            const QString node = ownDeviceNode(dir.path(), u"null"_s, 3);
            if (node.isEmpty())
                QSKIP("cannot make a device node here (the real /dev/null is never a test target)");
            const Run r = cli(command + QStringList{u"--out"_s, node});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(fileType(node), mode_t(S_IFCHR));
            QCOMPARE(QFileInfo(node).size(), 0);
        } else if (target == u"fifo") {
            const QString fifo = dir.filePath(u"pipe"_s);
            QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
            QProcess reader;
            reader.start(u"cat"_s, {fifo});
            QVERIFY(reader.waitForStarted(-1));
            const Run r = cli(command + QStringList{u"--out"_s, fifo});
            QVERIFY(reader.waitForFinished(-1));
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(reader.readAllStandardOutput().startsWith(magic));
            QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
        } else {
            const Run r = cli(command + QStringList{u"--out"_s, target});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(r.out.startsWith(magic));
            QCOMPARE(fileType(u"/dev/stdout"_s), mode_t(S_IFLNK));
        }
        QCOMPARE(leftovers(dir.path()), QStringList());
        QCOMPARE(leftovers(m_work), QStringList());
    }

    void outputNamingAnInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("recognize, the same path")
            << QStringList{u"recognize"_s, u"--out"_s, u"in.ofd"_s, u"in.ofd"_s} << u"is the input"_s;
        QTest::newRow("recognize, another spelling")
            << QStringList{u"recognize"_s, u"--out"_s, u"./scan/../in.ofd"_s, u"in.ofd"_s} << u"is the input"_s;
        QTest::newRow("recognize, a hard link")
            << QStringList{u"recognize"_s, u"--out"_s, u"hard.ofd"_s, u"in.ofd"_s} << u"is the input"_s;
        QTest::newRow("recognize, a symbolic link")
            << QStringList{u"recognize"_s, u"--out"_s, u"link.ofd"_s, u"in.ofd"_s} << u"is the input"_s;
        QTest::newRow("recognize, a file of a scanned folder")
            << QStringList{u"recognize"_s, u"--out"_s, u"scan/a.ofd"_s, u"scan"_s} << u"is the input"_s;
        QTest::newRow("recognize, the claim (existing)")
            << QStringList{u"recognize"_s, u"--claim"_s, u"claim-link.claim"_s, u"--out"_s, u"trip.claim"_s, u"in.ofd"_s}
            << u"is the claim file"_s;
        QTest::newRow("recognize, the claim (new)")
            << QStringList{u"recognize"_s, u"--claim"_s, u"new.claim"_s, u"--out"_s, u"./new.claim"_s, u"in.ofd"_s}
            << u"is the claim file"_s;
        QTest::newRow("render, the same path")
            << QStringList{u"render"_s, u"in.ofd"_s, u"--out"_s, u"in.ofd"_s} << u"is the input"_s;
        QTest::newRow("render, a symbolic link")
            << QStringList{u"render"_s, u"link.ofd"_s, u"--out"_s, u"hard.ofd"_s} << u"is the input"_s;
        QTest::newRow("export, the claim")
            << QStringList{u"export"_s, u"trip.claim"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"trip.claim"_s}
            << u"is the claim"_s;
        QTest::newRow("export, a link to the claim")
            << QStringList{u"export"_s, u"trip.claim"_s, u"--format"_s, u"json"_s, u"--out"_s, u"claim-link.claim"_s}
            << u"is the claim"_s;
    }

    void outputNamingAnInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const auto before = snapshot();
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QCOMPARE(snapshot(), before);
        QVERIFY(!QFile::exists(m_work + u"/new.claim"_s));
        QCOMPARE(leftovers(m_work), QStringList());
    }
};

QTEST_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
