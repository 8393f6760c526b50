// reimburse-cli against hostile text and inputs (issue #13, the command-line part): CSV cells
// are formula-safe and table cells never carry raw control characters, error messages are
// escaped, --dpi takes only finite numbers in range, render reads its input with recognize's
// checks, and folder entries whose names are not UTF-8 are reported. Hostile targets:
// tst_clihostile. docs/security.md, "Command line: outputs and inputs".
//
// The text helpers of app/cli are compiled in here for the in-process tests (app/cli is an
// executable, not a library). The fixture: tests/support/clihostilebench.*.
#include "../../app/cli/safetext.cpp"

#include "clihostilebench.h"
#include "invoicejson.h"
#include "local/localrecognizer.h"
#include "testpaths.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ra;
using namespace ra::test;
using Run = ra::test::CliRun;

namespace {

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

} // namespace

class TestCliHostileText : public QObject, public CliHostileBench
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(test::cliPath()))
            QSKIP("reimburse-cli is not built");
        setUpBench();
    }

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

QTEST_MAIN(TestCliHostileText)
#include "tst_clihostiletext.moc"
