#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "testfiles.h"

#include <sys/types.h>

namespace ra::test {

// What the hostile command-line tests share (tst_clihostile, tst_clihostiletext).

// One run of a program: its exit code (-1 when it crashed), standard output and error.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The environment with no vendor keys or REIMBURSE_* settings, data and cache under `home`,
// and a UTF-8 C locale.
QProcessEnvironment quietEnvironment(const QString &home);
CliRun runIn(const QString &workDir, const QString &program, const QStringList &args, const QProcessEnvironment &env);
// SHA-256 of a file's bytes in hex, "missing" when it cannot be read.
QByteArray fileHash(const QString &path);
// A file whose name is raw bytes (Qt cannot create a name that is not UTF-8).
bool writeRawNamed(const QByteArray &path, const QByteArray &bytes);
// The file type bits of `path` itself (a link is a link); 0 when it does not exist.
mode_t fileType(const QString &path);
// The temporary files reimburse-cli left in `dir`.
QStringList leftovers(const QString &dir);

// A working directory of inputs (in.ofd, its hard link hard.ofd and symbolic link link.ofd,
// scan/a.ofd, the sample claim trip.claim and claim-link.claim) and a home of its own; a test
// class derives from it next to QObject and calls setUpBench() from initTestCase().
class CliHostileBench
{
protected:
    void setUpBench(); // fails the calling test (QVERIFY) when the inputs cannot be made

    // reimburse-cli with `args`, in `workDir` (the inputs' directory by default).
    CliRun cli(const QStringList &args, const QString &workDir = {});
    // The files a test must not change, by hash.
    QMap<QString, QByteArray> snapshot() const;
    static QByteArray sampleOfd();
    // An invoice OFD whose seller and buyer names are `seller` and `buyer` (original_invoice.xml
    // and the page text alike).
    static QByteArray ofdWithNames(const QString &seller, const QString &buyer);

    QTemporaryDir m_dir;
    QString m_work;
    QString m_home;
    QString m_claim;
    QProcessEnvironment m_env;
};

} // namespace ra::test
