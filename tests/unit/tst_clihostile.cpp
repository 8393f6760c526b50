// reimburse-cli against hostile files and hostile targets (issue #13, the command-line part):
// outputs that fail (full disk, read-only file system, a parent that is a file) leave the
// previous file and say the system's reason; devices, FIFOs and /dev/stdout are written as
// streams and never replaced; --out naming an input is refused before anything is written;
// CSV cells are formula-safe and table cells never carry raw control characters; --dpi takes
// only finite numbers in range; render reads its input with recognize's checks; folder entries
// whose names are not UTF-8 are reported. docs/security.md, "Command line: outputs and inputs".
//
// The text helpers of app/cli are compiled in here for the in-process tests (app/cli is an
// executable, not a library); the writer is models/outputfile.
#include "../../app/cli/safetext.cpp"
#include "outputfile.h"

#include "claim/claimdocument.h"
#include "ofdbuilder.h"
#include "recognizeddocument.h"
#include "invoicejson.h"
#include "local/localrecognizer.h"
#include "sampleclaim.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment quietEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys())
        if (k.startsWith(u"TENCENTCLOUD_") || k.startsWith(u"REIMBURSE_"))
            env.remove(k);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

Run runIn(const QString &workDir, const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    p.start(program, args);
    p.waitForFinished(-1);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
                                       : QByteArray("missing");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A file whose name is raw bytes (Qt cannot create a name that is not UTF-8).
bool writeRawNamed(const QByteArray &path, const QByteArray &bytes)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
    return ::close(fd) == 0 && ok;
}

mode_t fileType(const QString &path)
{
    struct stat st{};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({u".reimburse-cli-*"_s}, QDir::Files | QDir::Hidden | QDir::System);
}

// Cells of RFC 4180 CSV text (CRLF or LF rows).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        any = true;
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            inQuotes = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
        }
    }
    if (any) {
        row << cell;
        rows << row;
    }
    return rows;
}

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

class TestCliHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_work;      // inputs: in.ofd, hard.ofd, link.ofd, scan/, trip.claim
    QString m_home;
    QString m_claim;
    QProcessEnvironment m_env;

    Run cli(const QStringList &args, const QString &workDir = {})
    {
        return runIn(workDir.isEmpty() ? m_work : workDir, test::cliPath(), args, m_env);
    }

    // The files a test must not change, by hash.
    QMap<QString, QByteArray> snapshot() const
    {
        QMap<QString, QByteArray> hashes;
        QDirIterator it(m_work, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.endsWith(u"-wal") && !f.endsWith(u"-shm")) // SQLite's own, beside a claim opened read-only
                hashes.insert(f, fileHash(f));
        }
        return hashes;
    }

    static QByteArray sampleOfd() { return test::OfdBuilder::sampleInvoice().build(); }

    // An invoice OFD whose seller and buyer names are `seller` and `buyer` (original_invoice.xml
    // and the page text alike).
    static QByteArray ofdWithNames(const QString &seller, const QString &buyer)
    {
        test::OfdBuilder b = test::OfdBuilder::sampleInvoice();
        QMap<QString, QByteArray> files = b.files();
        QByteArray xml = files.value(u"Doc_0/Attachs/original_invoice.xml"_s);
        const auto escaped = [](const QString &s) { return s.toHtmlEscaped().toUtf8(); };
        xml.replace(QStringLiteral("示例销售有限公司").toUtf8(), escaped(seller));
        xml.replace(QStringLiteral("示例采购有限公司").toUtf8(), escaped(buyer));
        b.setFile(u"Doc_0/Attachs/original_invoice.xml"_s, xml);
        return b.build();
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(test::cliPath()))
            QSKIP("reimburse-cli is not built");
        QVERIFY(m_dir.isValid());
        m_work = m_dir.filePath(u"work"_s);
        m_home = m_dir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(m_work + u"/scan"_s));
        QVERIFY(QDir().mkpath(m_home));
        m_env = quietEnvironment(m_home);
        QVERIFY(writeFile(m_work + u"/in.ofd"_s, sampleOfd()));
        QVERIFY(QFile::link(u"in.ofd"_s, m_work + u"/link.ofd"_s));
        QVERIFY(::link(QFile::encodeName(m_work + u"/in.ofd"_s).constData(),
                       QFile::encodeName(m_work + u"/hard.ofd"_s).constData()) == 0);
        QVERIFY(writeFile(m_work + u"/scan/a.ofd"_s, sampleOfd()));

        m_claim = m_work + u"/trip.claim"_s;
        ClaimDocument doc;
        QVERIFY(doc.open(m_claim, ClaimStore::OpenMode::CreateIfMissing));
        const test::SampleClaim sample = test::sampleClaim(true);
        for (const ClaimOriginal &o : sample.data.originals) {
            QList<Invoice> invoices;
            for (const ClaimInvoice &ci : sample.data.invoices)
                if (ci.sha256 == o.sha256)
                    invoices << ci.invoice;
            QCOMPARE(doc.addDocument(sample.bytes.value(o.sha256), test::recognized(sample.bytes.value(o.sha256), o.name, invoices)),
                     ClaimDocument::AddResult::Added);
        }
        QVERIFY(QFile::link(u"trip.claim"_s, m_work + u"/claim-link.claim"_s));

        // The sample is recognised as it is: the baseline the hostile variants are compared to.
        const Run r = cli({u"recognize"_s, u"--format"_s, u"json"_s, u"in.ofd"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // ---- 1. Failing writes -------------------------------------------------------------------

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

    // ---- 2. Special targets and --out naming an input ------------------------------------------

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

    // ---- 3. CSV cells --------------------------------------------------------------------------

    void csvCellsAreFormulaSafe_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        // A file name is the `file` cell (run from inside the folder, so it starts the cell).
        QTest::newRow("file =") << u"file"_s << u"=1+1.ofd"_s << u"'=1+1.ofd"_s;
        QTest::newRow("file +") << u"file"_s << u"+SUM(A1).ofd"_s << u"'+SUM(A1).ofd"_s;
        QTest::newRow("file -") << u"file"_s << u"-2+3.ofd"_s << u"'-2+3.ofd"_s;
        QTest::newRow("file @") << u"file"_s << u"@cmd.ofd"_s << u"'@cmd.ofd"_s;
        QTest::newRow("file tab") << u"file"_s << u"\t=1.ofd"_s << u"'\t=1.ofd"_s;
        QTest::newRow("file CR") << u"file"_s << u"\r=1.ofd"_s << u"'\r=1.ofd"_s;
        QTest::newRow("file plain") << u"file"_s << u"plain,name.ofd"_s << u"plain,name.ofd"_s;
        // Names inside the document.
        QTest::newRow("seller =HYPERLINK") << u"seller_name"_s << u"=HYPERLINK(\"http://x.example\",\"a\")"_s
                                           << u"'=HYPERLINK(\"http://x.example\",\"a\")"_s;
        QTest::newRow("buyer @") << u"buyer_name"_s << u"@SUM(1+1)*cmd|' /C calc'!A0"_s
                                 << u"'@SUM(1+1)*cmd|' /C calc'!A0"_s;
        QTest::newRow("seller +") << u"seller_name"_s << u"+1-1"_s << u"'+1-1"_s;
    }

    void csvCellsAreFormulaSafe()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString name = u"doc.ofd"_s;
        if (column == u"file") {
            name = value;
            QVERIFY(writeFile(dir.filePath(name), sampleOfd()));
        } else {
            QVERIFY(writeFile(dir.filePath(name), column == u"seller_name" ? ofdWithNames(value, u"示例采购有限公司"_s)
                                                                           : ofdWithNames(u"示例销售有限公司"_s, value)));
        }
        const Run r = cli({u"recognize"_s, u"--format"_s, u"csv"_s, u"--"_s, name}, dir.path());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(r.out));
        QCOMPARE(rows.size(), 2);
        const int at = int(rows.first().indexOf(column));
        QVERIFY(at >= 0);
        QCOMPARE(rows.at(1).value(at), expected);
        // No cell of the row starts like a formula, whatever column it is in.
        for (const QString &cell : rows.at(1))
            if (!cell.isEmpty() && !QRegularExpression(u"^-?[0-9]+(\\.[0-9]+)?$"_s).match(cell).hasMatch())
                QVERIFY2(!QStringView(u"=+-@\t\r").contains(cell.front()), qPrintable(cell));
    }

    // The same rule in process, with the exceptions the exporter makes (plain numbers).
    void formulaSafeCell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("negative amount") << u"-12.50"_s << u"-12.50"_s;
        QTest::newRow("integer") << u"3"_s << u"3"_s;
        QTest::newRow("minus formula") << u"-1+2"_s << u"'-1+2"_s;
        QTest::newRow("equals with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
        QTest::newRow("quote") << u"a\"b"_s << u"\"a\"\"b\""_s;
        QTest::newRow("newline inside") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("chinese") << u"上海示例科技有限公司"_s << u"上海示例科技有限公司"_s;
    }

    void formulaSafeCell()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(cli::formulaSafeCsvCell(text), cell);
    }

    // ---- 4. Table output -----------------------------------------------------------------------

    void tableEscapesControlCharacters_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("file ESC") << u"file"_s << u"a\x1b[2J\x1b]0;pwned\x07.ofd"_s << u"a\\x1b[2J\\x1b]0;pwned\\x07.ofd"_s;
        QTest::newRow("file newline") << u"file"_s << u"a\nFAKE  1  row.ofd"_s << u"a\\nFAKE  1  row.ofd"_s;
        QTest::newRow("file CR") << u"file"_s << u"evil\rgood.ofd"_s << u"evil\\rgood.ofd"_s;
        QTest::newRow("file tab") << u"file"_s << u"a\tb.ofd"_s << u"a\\tb.ofd"_s;
        QTest::newRow("file DEL") << u"file"_s << u"a\x7f.ofd"_s << u"a\\x7f.ofd"_s;
        QTest::newRow("file C1 CSI") << u"file"_s << u"a\u009b31m.ofd"_s << u"a\\x9b31m.ofd"_s;
        QTest::newRow("file bidi override") << u"file"_s << u"invoice\u202efdp.exe.ofd"_s
                                            << u"invoice\\u202efdp.exe.ofd"_s;
        QTest::newRow("seller C1 CSI") << u"seller_name"_s << u"Acme\u009b2J Ltd"_s << u"Acme\\x9b2J Ltd"_s;
        QTest::newRow("seller bidi isolate") << u"seller_name"_s << u"Acme\u2067Ltd\u2069"_s
                                             << u"Acme\\u2067Ltd\\u2069"_s;
        QTest::newRow("seller bidi override") << u"seller_name"_s << u"Acme\u202eLtd"_s << u"Acme\\u202eLtd"_s;
    }

    void tableEscapesControlCharacters()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        QString name = u"doc.ofd"_s;
        if (column == u"file") {
            name = value;
            QVERIFY(writeFile(dir.filePath(name), sampleOfd()));
        } else {
            QVERIFY(writeFile(dir.filePath(name), ofdWithNames(value, u"示例采购有限公司"_s)));
        }
        const Run r = cli({u"recognize"_s, u"--format"_s, u"table"_s, u"--"_s, name}, dir.path());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(shown), qPrintable(text));
        // Header, one row, the summary: three lines, and no control character but their ends.
        QCOMPARE(r.out.count('\n'), 3);
        for (const QChar c : text)
            QVERIFY2(c == u'\n' || !cli::needsEscape(c.unicode()), qPrintable(u"U+%1"_s.arg(uint(c.unicode()), 4, 16, QLatin1Char('0'))));
        // JSON keeps the exact value.
        const Run json = cli({u"recognize"_s, u"--format"_s, u"json"_s, u"--"_s, name}, dir.path());
        const auto docs = documentsFromJson(json.out, nullptr);
        QVERIFY(docs && docs->size() == 1);
        if (column == u"file")
            QCOMPARE(docs->first().file, value);
        else
            QCOMPARE(docs->first().invoices.value(0).value(u"seller_name"_s), value);
    }

    void terminalSafeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"上海 A-1 (x)"_s << u"上海 A-1 (x)"_s;
        QTest::newRow("NUL") << QString(QChar(0)) << u"\\x00"_s;
        QTest::newRow("ESC") << u"\x1b"_s << u"\\x1b"_s;
        QTest::newRow("C1 NEL") << u"\u0085"_s << u"\\x85"_s;
        QTest::newRow("ALM") << u"\u061c"_s << u"\\u061c"_s;
        QTest::newRow("RLM") << u"\u200f"_s << u"\\u200f"_s;
        QTest::newRow("paragraph separator") << u"\u2029"_s << u"\\u2029"_s;
        QTest::newRow("zero width space kept") << u"a\u200bb"_s << u"a\u200bb"_s;
    }

    void terminalSafeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(cli::terminalSafe(text), shown);
    }

    // Messages on standard error name files too: escaped the same way.
    void errorMessagesAreEscaped()
    {
        const Run r = cli({u"render"_s, u"no\x1b[2Jsuch.ofd"_s, u"--out"_s, u"x.png"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.contains('\x1b'));
        QVERIFY2(r.err.contains("no\\x1b[2Jsuch.ofd"), r.err.constData());
    }

    // ---- 5. --dpi --------------------------------------------------------------------------------

    void dpiMustBeAFiniteNumberInRange_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("dpi");
        for (const QString &command : {u"render"_s, u"export"_s})
            for (const QString &dpi : {u"nan"_s, u"NaN"_s, u"-nan"_s, u"inf"_s, u"-inf"_s, u"infinity"_s, u"-150"_s,
                                       u"0"_s, u"1e9"_s, u"1e308"_s, u"1e999"_s, u"9.99"_s, u"1200.5"_s, u"abc"_s,
                                       u"150dpi"_s, u"0x96"_s, QString()})
                QTest::addRow("%s %s", qPrintable(command), dpi.isEmpty() ? "(empty)" : qPrintable(dpi))
                    << command << dpi;
        QTest::newRow("export 71") << u"export"_s << u"71"_s;
        QTest::newRow("export 601") << u"export"_s << u"601"_s;
    }

    void dpiMustBeAFiniteNumberInRange()
    {
        QFETCH(QString, command);
        QFETCH(QString, dpi);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out"_s);
        const QStringList args = command == u"render"
                                     ? QStringList{u"render"_s, u"in.ofd"_s, u"--dpi"_s, dpi, u"--out"_s, out}
                                     : QStringList{u"export"_s, u"trip.claim"_s, u"--format"_s, u"pdf"_s, u"--dpi"_s,
                                                   dpi, u"--out"_s, out};
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--dpi takes a resolution from"), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void dpiInRangeIsAccepted()
    {
        QTemporaryDir dir;
        const Run r = cli({u"render"_s, u"in.ofd"_s, u"--dpi"_s, u" 10 "_s, u"--out"_s, dir.filePath(u"a.png"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QImage(dir.filePath(u"a.png"_s)).isNull());
    }

    // ---- 6. Hostile inputs: render reads as recognize does ---------------------------------------

    void hostileInputsAreRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        for (const QString &command : {u"render"_s, u"recognize local"_s, u"recognize tencent-vat"_s}) {
            QTest::addRow("%s, /dev/zero", qPrintable(command)) << command << u"/dev/zero"_s << u"unreadable"_s;
            QTest::addRow("%s, /dev/urandom", qPrintable(command)) << command << u"/dev/urandom"_s << u"unreadable"_s;
            QTest::addRow("%s, FIFO without a writer", qPrintable(command)) << command << u"fifo"_s << u"unreadable"_s;
            QTest::addRow("%s, FIFO held open", qPrintable(command)) << command << u"fifo held"_s << u"unreadable"_s;
            QTest::addRow("%s, a socket", qPrintable(command)) << command << u"socket"_s << u"unreadable"_s;
            QTest::addRow("%s, over the size cap", qPrintable(command)) << command << u"huge"_s << u"file_too_large"_s;
            QTest::addRow("%s, missing", qPrintable(command)) << command << u"missing"_s << u"unreadable"_s;
            QTest::addRow("%s, a link to /dev/zero", qPrintable(command)) << command << u"zero link"_s << u"unreadable"_s;
        }
        QTest::newRow("render, a folder") << u"render"_s << u"folder"_s << u"unreadable"_s;
        QTest::newRow("recognize tencent-vat, empty") << u"recognize tencent-vat"_s << u"empty"_s << u"empty_file"_s;
    }

    void hostileInputsAreRefused()
    {
        QFETCH(QString, command);
        QFETCH(QString, input);
        QFETCH(QString, code);
        QTemporaryDir dir;
        QString path = input;
        int heldFd = -1;
        const auto closeHeld = qScopeGuard([&heldFd] {
            if (heldFd >= 0)
                ::close(heldFd);
        });
        if (input == u"fifo" || input == u"fifo held") {
            path = dir.filePath(u"pipe.pdf"_s);
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
            if (input == u"fifo held") // a writer that never writes nor closes
                QVERIFY((heldFd = ::open(QFile::encodeName(path).constData(), O_RDWR)) >= 0);
        } else if (input == u"socket") {
            path = dir.filePath(u"sock.pdf"_s);
            if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
                QSKIP("python3 is needed to make a Unix socket node");
            QCOMPARE(QProcess::execute(u"python3"_s, {u"-c"_s, u"import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])"_s, path}), 0);
        } else if (input == u"huge") {
            path = dir.filePath(u"huge.pdf"_s);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("%PDF-1.7\n") > 0);
            QVERIFY(f.resize(LocalRecognizer::Options().maxFileBytes + 1)); // sparse: nothing to write
        } else if (input == u"missing") {
            path = dir.filePath(u"missing.pdf"_s);
        } else if (input == u"zero link") {
            path = dir.filePath(u"zero.pdf"_s);
            QVERIFY(QFile::link(u"/dev/zero"_s, path));
        } else if (input == u"folder") {
            path = dir.filePath(u"folder.pdf"_s);
            QVERIFY(QDir().mkpath(path));
        } else if (input == u"empty") {
            path = dir.filePath(u"empty.pdf"_s);
            QVERIFY(writeFile(path, {}));
        }
        const QString out = dir.filePath(u"out"_s);
        if (command == u"render") {
            const Run r = cli({u"render"_s, path, u"--out"_s, out});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"(%1)"_s.arg(code).toUtf8()), r.err.constData());
            QVERIFY(!QFile::exists(out));
            return;
        }
        QProcessEnvironment env = m_env;
        QStringList args{u"recognize"_s, u"--format"_s, u"json"_s};
        if (command == u"recognize tencent-vat") {
            // Never reached: every document here is refused before a request is made.
            env.insert(u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDhostileFAKE"_s);
            env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"hostileFAKE"_s);
            env.insert(u"REIMBURSE_TENCENT_ENDPOINT"_s, u"http://127.0.0.1:9"_s);
            args << u"--provider"_s << u"tencent-vat"_s;
        }
        // Locally with a good document beside it (the run goes on); the vendor gets nothing.
        const bool local = command == u"recognize local";
        const Run r = runIn(m_work, test::cliPath(), args + QStringList{path} + (local ? QStringList{u"in.ofd"_s} : QStringList{}),
                            env);
        QCOMPARE(r.exitCode, 1);
        const auto docs = documentsFromJson(r.out, nullptr);
        QVERIFY2(docs && docs->size() == (local ? 2 : 1), r.out.constData());
        bool seen = false;
        for (const RecognizedDocument &d : *docs)
            if (d.file == path) {
                seen = true;
                QVERIFY(d.error);
                QCOMPARE(d.error->code, code);
            }
        QVERIFY(seen);
    }

    // ---- 7. Names that are not UTF-8 -------------------------------------------------------------

    void undecodableNamesAreReported_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("folder");
        QTest::addColumn<QString>("shown");
        QTest::newRow("invalid bytes") << QByteArray("bad\xff\xfe.ofd") << false << u"bad\\xff\\xfe.ofd"_s;
        QTest::newRow("truncated sequence") << QByteArray("\xe4\xb8.ofd") << false << u"\\xe4\\xb8.ofd"_s;
        QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf.ofd") << false << u"a\\xc0\\xaf.ofd"_s;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80.ofd") << false << u"\\xed\\xa0\\x80.ofd"_s;
        QTest::newRow("latin-1 with chinese") << QByteArray("发票-caf\xe9.ofd") << false << u"发票-caf\\xe9.ofd"_s;
        QTest::newRow("folder") << QByteArray("dir\xff") << true << u"dir\\xff"_s;
    }

    void undecodableNamesAreReported()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, folder);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        // QTemporaryDir cannot name what it would have to remove.
        const auto cleanUp = qScopeGuard([&dir] { QProcess::execute(u"rm"_s, {u"-rf"_s, dir.path()}); });
        const QString root = dir.filePath(u"scan"_s);
        QVERIFY(QDir().mkpath(root + u"/sub"_s));
        QVERIFY(writeFile(root + u"/good.ofd"_s, sampleOfd()));
        const QByteArray nativeSub = QFile::encodeName(root + u"/sub/"_s);
        if (folder) {
            QVERIFY(::mkdir(QByteArray(nativeSub + name).constData(), 0755) == 0);
            QVERIFY(writeRawNamed(nativeSub + name + "/inside.ofd", sampleOfd()));
        } else {
            QVERIFY(writeRawNamed(nativeSub + name, sampleOfd()));
        }
        for (const QString &format : {u"json"_s, u"table"_s}) {
            const Run r = cli({u"recognize"_s, u"--format"_s, format, root});
            QCOMPARE(r.exitCode, 1);
            if (format == u"table") {
                QVERIFY2(QString::fromUtf8(r.out).contains(shown), r.out.constData());
                QVERIFY(r.out.contains("2 document(s), 1 invoice(s), 1 failed"));
                continue;
            }
            const auto docs = documentsFromJson(r.out, nullptr);
            QVERIFY2(docs && docs->size() == 2, r.out.constData());
            QMap<QString, QString> codes;
            for (const RecognizedDocument &d : *docs)
                codes.insert(d.file, d.error ? d.error->code : u"ok"_s);
            QCOMPARE(codes.value(root + u"/good.ofd"_s), u"ok"_s);
            QCOMPARE(codes.value(root + u"/sub/"_s + shown), u"unreadable"_s);
        }
    }
};

QTEST_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
