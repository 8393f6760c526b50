// Originals export: files copied out byte for byte, named by the template from their invoice,
// names made valid for any file system, collisions numbered, nothing in the folder overwritten.
#include "export/filenametemplate.h"
#include "export/originalsexporter.h"
#include "sampleclaim.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

class TestExportOriginals : public QObject
{
    Q_OBJECT

private slots:
    void expand_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("invoice");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << u"{date}_{seller}_{total}_{number}"_s << 0
                                 << u"2024-05-06_上海强生出租汽车有限公司_23.00_01670989"_s;
        QTest::newRow("missing values collapse") << u"{date}_{code}_{number}"_s << 2
                                                 << u"2024-05-10_24312000000012345678"_s;
        QTest::newRow("date from 年月日, negative total") << u"{date} {total}"_s << 3 << u"2024-05-11 -100.00"_s;
        QTest::newRow("index, type, claimant, file") << u"{index}-{type}-{claimant}-{file}"_s << 1
                                                     << u"002-增值税电子普通发票-张三-dinner"_s;
        QTest::newRow("unknown placeholder stays") << u"{nope}_{number}"_s << 0 << u"{nope}_01670989"_s;
        QTest::newRow("nothing known") << u"{buyer}"_s << 0 << QString();
    }

    void expand()
    {
        QFETCH(QString, pattern);
        QFETCH(int, invoice);
        QFETCH(QString, expected);
        const test::SampleClaim claim = test::sampleClaim();
        QCOMPARE(filenames::expand(pattern, claim.data.invoices.at(invoice), claim.data, invoice + 1), expected);
    }

    void sanitize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"发票_1"_s << u"发票_1"_s;
        QTest::newRow("reserved characters") << u"a/b\\c:d*e?f\"g<h>i|j"_s << u"a_b_c_d_e_f_g_h_i_j"_s;
        QTest::newRow("control characters") << u"a\nb\tc"_s << u"a_b_c"_s;
        QTest::newRow("traversal") << u"../../etc/passwd"_s << u"_.._etc_passwd"_s;
        QTest::newRow("trailing dots and blanks") << u" name. . "_s << u"name"_s;
        QTest::newRow("windows device name") << u"CON"_s << u"_CON"_s;
        QTest::newRow("device name with suffix") << u"nul.txt"_s << u"_nul.txt"_s;
        QTest::newRow("empty falls back") << u"..."_s << u"invoice"_s;
    }

    void sanitize()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(filenames::sanitize(name), expected);
    }

    void longNamesAreCutOnCharacters()
    {
        const QString name = QString(u"发"_s).repeated(100) + u"😀"_s.repeated(10);
        const QString cut = filenames::sanitize(name, u"x"_s, 180);
        QVERIFY(cut.toUtf8().size() <= 180);
        QVERIFY(!cut.isEmpty());
        QVERIFY(!cut.back().isHighSurrogate());
        QCOMPARE(QString::fromUtf8(cut.toUtf8()), cut);
    }

    void unique()
    {
        QSet<QString> taken = {u"a.pdf"_s, u"a (2).pdf"_s};
        QCOMPARE(filenames::unique(u"a"_s, u"pdf"_s, taken), u"a (3).pdf"_s);
        QCOMPARE(filenames::unique(u"b"_s, u"pdf"_s, taken), u"b.pdf"_s);
        QCOMPARE(filenames::unique(u"A"_s, u"PDF"_s, taken), u"A (3).PDF"_s); // case-insensitive
    }

    void copiesOutRenamed()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"out/originals"_s);
        test::SampleClaim claim = test::sampleClaim();
        // Two originals whose invoices give the same name, and a file already in the way.
        claim.data.invoices[1].invoice = claim.data.invoices[0].invoice;
        QVERIFY(QDir().mkpath(folder));
        const QString existing = u"2024-05-06_上海强生出租汽车有限公司_23.00_01670989.pdf"_s;
        QFile blocker(folder + u'/' + existing);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not ours");
        blocker.close();

        OriginalsExporter exporter;
        QVERIFY2(exporter.exportTo(claim.source(), ExportOptions(), folder), qPrintable(exporter.errorString()));
        const QStringList written = exporter.writtenFiles();
        QCOMPARE(written.size(), 3); // hotel.pdf carries two invoices: copied once
        QCOMPARE(QFileInfo(written.at(0)).fileName(), u"2024-05-06_上海强生出租汽车有限公司_23.00_01670989 (2).pdf"_s);
        QCOMPARE(QFileInfo(written.at(1)).fileName(), u"2024-05-06_上海强生出租汽车有限公司_23.00_01670989 (3).pdf"_s);
        QCOMPARE(QFileInfo(written.at(2)).fileName(), u"2024-05-10_=SUM(A1) 酒店_1000.00_24312000000012345678.pdf"_s);
        QFile check(folder + u'/' + existing);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("not ours"));
        for (int i = 0; i < 3; ++i) {
            QFile f(written.at(i));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
            QCOMPARE(sha, claim.data.originals.at(i).sha256);
        }
    }

    void missingBytesFail()
    {
        QTemporaryDir dir;
        ExportSource source = test::sampleClaim().source();
        source.originalBytes = [](const QString &) { return QByteArray(); };
        OriginalsExporter exporter;
        QVERIFY(!exporter.exportTo(source, ExportOptions(), dir.path()));
        QVERIFY(exporter.errorString().contains(u"missing"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportOriginals)
#include "tst_exportoriginals.moc"
