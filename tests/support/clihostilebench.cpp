#include "clihostilebench.h"

#include "claim/claimdocument.h"
#include "ofdbuilder.h"
#include "recognizeddocument.h"
#include "sampleclaim.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ra::test {

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

CliRun runIn(const QString &workDir, const QString &program, const QStringList &args, const QProcessEnvironment &env)
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

void CliHostileBench::setUpBench()
{
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
    QVERIFY(test::addSampleTo(sample, doc));
    QVERIFY(QFile::link(u"trip.claim"_s, m_work + u"/claim-link.claim"_s));

    // The sample is recognised as it is: the baseline the hostile variants are compared to.
    const CliRun r = cli({u"recognize"_s, u"--format"_s, u"json"_s, u"in.ofd"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

CliRun CliHostileBench::cli(const QStringList &args, const QString &workDir)
{
    return runIn(workDir.isEmpty() ? m_work : workDir, cliPath(), args, m_env);
}

QMap<QString, QByteArray> CliHostileBench::snapshot() const
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

QByteArray CliHostileBench::sampleOfd()
{
    return OfdBuilder::sampleInvoice().build();
}

QByteArray CliHostileBench::ofdWithNames(const QString &seller, const QString &buyer)
{
    OfdBuilder b = OfdBuilder::sampleInvoice();
    QMap<QString, QByteArray> files = b.files();
    QByteArray xml = files.value(u"Doc_0/Attachs/original_invoice.xml"_s);
    const auto escaped = [](const QString &s) { return s.toHtmlEscaped().toUtf8(); };
    xml.replace(QStringLiteral("示例销售有限公司").toUtf8(), escaped(seller));
    xml.replace(QStringLiteral("示例采购有限公司").toUtf8(), escaped(buyer));
    b.setFile(u"Doc_0/Attachs/original_invoice.xml"_s, xml);
    return b.build();
}

} // namespace ra::test
