#include "commands.h"
#include "exitcodes.h"
#include "core/inputfile.h"
#include "output.h"
#include "outputfile.h"
#include "safetext.h"

#include "claim/claimdocument.h"
#include "claim/duplicateledger.h"
#include "inputcollector.h"
#include "local/localrecognizer.h"
#include "log.h"
#include "core/documentinput.h"
#include "core/localprovider.h"
#include "core/providerservices.h"
#include "core/recognitionprovider.h"
#include "core/recognitionqueue.h"
#include "documentvalidation.h"
#include "runduplicates.h"

#include <QEventLoop>
#include <QThread>

#include <QCommandLineParser>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include "worker/workerpool.h"

#include <cstdio>
#include <functional>

namespace ra::cli {
namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "reimburse-cli: %s\n", qPrintable(terminalSafe(message)));
}

const QStringList &cloudProviders()
{
    static const QStringList ids = {QStringLiteral("tencent-vat"), QStringLiteral("tencent-ofd"),
                                    QStringLiteral("qiniu"), QStringLiteral("ekuaibao"),
                                    QStringLiteral("deepfinch")};
    return ids;
}

// Adds the documents recognised without error, with their original bytes, to the claim file at
// `path` (created if missing). Invoices already claimed elsewhere are flagged through the
// duplicate ledger. Returns an error message, empty on success.
QString addToClaim(const QString &path, const QList<RecognizedDocument> &docs, const ValidationContext &context,
                   const QStringList &remote)
{
    DuplicateLedger ledger;
    const bool haveLedger = ledger.open();
    if (!haveLedger)
        printError(QStringLiteral("%1; invoices claimed before are not checked").arg(ledger.errorString()));
    ClaimDocument claim;
    if (haveLedger)
        claim.setLedger(&ledger);
    if (!claim.open(path, ClaimStore::OpenMode::CreateIfMissing))
        return claim.errorString();
    ClaimDetails details = claim.details();
    if (!context.companyName.isEmpty())
        details.companyName = context.companyName;
    if (!context.companyTaxId.isEmpty())
        details.companyTaxId = context.companyTaxId;
    claim.setDetails(details);
    int added = 0;
    int already = 0;
    int invoices = 0;
    int notDownloaded = 0;
    for (const RecognizedDocument &doc : docs) {
        if (doc.error)
            continue;
        // A claim keeps every document's original bytes; a URL's were never downloaded.
        if (remote.contains(doc.file)) {
            ++notDownloaded;
            continue;
        }
        // Read again the way it was read for recognition (regular file, size cap, no blocking).
        const InputBytes input = readInputFile(doc.file, defaultMaxInputBytes());
        if (input.error)
            return QStringLiteral("%1: %2").arg(doc.file, input.error->message);
        switch (claim.addDocument(input.bytes, doc)) {
        case ClaimDocument::AddResult::Added:
            ++added;
            invoices += int(doc.invoices.size());
            break;
        case ClaimDocument::AddResult::AlreadyInClaim:
            ++already;
            break;
        case ClaimDocument::AddResult::Failed:
            return QStringLiteral("%1: %2").arg(doc.file, claim.errorString());
        }
    }
    // The claim file is written on a thread of its own: nothing is reported done before it is.
    claim.flush();
    if (claim.writeFailed())
        return QStringLiteral("%1: %2").arg(path, claim.errorString());
    std::fprintf(stderr, "reimburse-cli: %s: %d documents added (%d invoices), %d already in the claim\n",
                 qPrintable(terminalSafe(path)), added, invoices, already);
    if (notDownloaded > 0)
        std::fprintf(stderr, "reimburse-cli: %s: %d documents given by URL not added (a claim keeps the "
                             "original files; download them and add the files)\n",
                     qPrintable(terminalSafe(path)), notDownloaded);
    return {};
}

QString credentialVariables(const QString &provider)
{
    if (provider.startsWith(u"tencent"))
        return QStringLiteral("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY");
    if (provider == u"qiniu")
        return QStringLiteral("QINIU_ACCESS_KEY, QINIU_SECRET_KEY, QINIU_BUCKET and QINIU_BUCKET_DOMAIN");
    if (provider == u"ekuaibao")
        return QStringLiteral("EKUAIBAO_APP_KEY and EKUAIBAO_APP_SECURITY");
    return QStringLiteral("DEEPFINCH_API_ID and DEEPFINCH_API_SECRET");
}

// The local provider: each file read by the command line's own reader (the checks every
// command shares: regular files only, non-blocking open, the size cap), then recognised in a
// reimburse-worker process, `jobs` at once (docs/worker-process.md). Files are read only as a
// slot comes free, so a large batch is never all in memory.
QList<RecognizedDocument> recognizeLocally(const QStringList &files, const LocalRecognizer::Options &options,
                                           int jobs)
{
    const bool progress = stderrIsTerminal();
    const int total = int(files.size());
    QList<RecognizedDocument> docs(total);
    WorkerPool pool(WorkerPoolOptions::fromEnvironment(jobs));
    QEventLoop loop;
    int nextFile = 0;
    int done = 0;
    bool feeding = false;
    std::function<void()> feed;
    const auto finishOne = [&](int index, RecognizedDocument doc) {
        docs[index] = std::move(doc);
        ++done;
        if (progress)
            std::fprintf(stderr, "\r[%d/%d] recognised", done, total);
        if (done == total)
            loop.quit();
        else if (!feeding)
            feed();
    };
    feed = [&]() {
        feeding = true;
        while (nextFile < total && pool.queued() + pool.running() < jobs) {
            const int index = nextFile++;
            const QString &path = files.at(index);
            const InputBytes input = readInputFile(path, options.maxFileBytes);
            if (input.error) {
                RecognizedDocument failed;
                failed.file = path;
                failed.provider = QStringLiteral("local");
                failed.error = input.error;
                finishOne(index, failed);
                continue;
            }
            WorkerRequest *r = pool.recognize(input.bytes, path, options.validation, options.decodeQr);
            QObject::connect(r, &WorkerRequest::finished, &pool,
                             [&finishOne, index](WorkerRequest *req) { finishOne(index, req->document()); });
        }
        feeding = false;
    };
    if (total > 0) {
        feed();
        if (done < total)
            loop.exec();
    }
    pool.shutdown();
    if (progress && total > 0)
        std::fputc('\n', stderr);
    return docs;
}

// Cloud and auto providers: the recognition queue (rate limits, retries, cache) on this
// thread's event loop, `jobs` documents in flight.
QList<RecognizedDocument> recognizeWithProvider(RecognitionProvider *provider, const QStringList &files,
                                                const QStringList &urls, int jobs, bool noCache)
{
    RecognitionQueue queue;
    queue.setMaxInFlight(jobs);
    for (const QString &path : files) {
        InputBytes read = readInputFile(path, defaultMaxInputBytes());
        if (!read.error && read.bytes.isEmpty())
            read.error = DocumentError{QString::fromLatin1(ErrorCode::Empty), QStringLiteral("The file is empty.")};
        if (read.error) {
            RecognizedDocument failed;
            failed.file = path;
            failed.provider = provider->id();
            failed.error = read.error;
            queue.addFinished(failed);
            continue;
        }
        DocumentInput input = DocumentInput::fromBytes(read.bytes, path);
        input.noCache = noCache;
        queue.add(provider, input);
    }
    // Remote documents: the vendor fetches them; nothing is downloaded here.
    for (const QString &url : urls) {
        if (auto input = DocumentInput::fromUrl(url)) {
            input->noCache = noCache;
            queue.add(provider, *input);
        }
    }
    const bool progress = stderrIsTerminal();
    QObject::connect(&queue, &RecognitionQueue::progress, &queue, [progress](int done, int total) {
        if (progress)
            std::fprintf(stderr, "\r[%d/%d] recognised", done, total);
    });
    QEventLoop loop;
    QObject::connect(&queue, &RecognitionQueue::finished, &loop, &QEventLoop::quit);
    queue.start();
    if (queue.isRunning())
        loop.exec();
    if (progress && queue.total() > 0)
        std::fputc('\n', stderr);
    return queue.results();
}

} // namespace

int runRecognize(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Recognise invoices in files and folders."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Files and folders (recursively); http(s) URLs for providers that "
                                                "accept \"url\" (the vendor fetches them)."),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption providerOpt(QStringLiteral("provider"),
                                         QStringLiteral("local (default) | tencent-vat | tencent-ofd | qiniu | "
                                                        "ekuaibao | deepfinch | auto"),
                                         QStringLiteral("ID"), QStringLiteral("local"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("table | json | csv"),
                                       QStringLiteral("FMT"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Write there instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption claimOpt(QStringLiteral("claim"), QStringLiteral("Also add the results to this claim."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption noCacheOpt(QStringLiteral("no-cache"), QStringLiteral("Ignore cached vendor responses."));
    const QCommandLineOption companyNameOpt(QStringLiteral("company-name"),
                                            QStringLiteral("The employer's name, checked against each buyer."),
                                            QStringLiteral("N"));
    const QCommandLineOption companyTaxIdOpt(QStringLiteral("company-tax-id"),
                                             QStringLiteral("The employer's tax id, likewise."), QStringLiteral("T"));
    const QCommandLineOption jobsOpt(QStringLiteral("jobs"), QStringLiteral("Documents in flight at once."),
                                     QStringLiteral("N"));
    parser.addOptions({providerOpt, formatOpt, outOpt, claimOpt, noCacheOpt, companyNameOpt, companyTaxIdOpt, jobsOpt});
    if (!parser.parse(QStringList{QStringLiteral("reimburse-cli recognize")} + args)) {
        printError(parser.errorText());
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kExitOk;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        printError(QStringLiteral("recognize needs at least one file or folder"));
        return kExitUsage;
    }
    const QString provider = parser.value(providerOpt);
    if (provider != u"local" && provider != u"auto" && !cloudProviders().contains(provider)) {
        printError(QStringLiteral("unknown provider '%1' (see reimburse-cli providers)").arg(provider));
        return kExitUsage;
    }
    QString format = parser.value(formatOpt);
    if (format.isEmpty())
        format = stdoutIsTerminal() && !parser.isSet(outOpt) ? QStringLiteral("table") : QStringLiteral("json");
    if (format != u"table" && format != u"json" && format != u"csv") {
        printError(QStringLiteral("unknown format '%1' (table, json or csv)").arg(format));
        return kExitUsage;
    }
    int jobs = QThread::idealThreadCount();
    if (parser.isSet(jobsOpt)) {
        bool ok = false;
        jobs = parser.value(jobsOpt).toInt(&ok);
        if (!ok || jobs < 1 || jobs > 64) {
            printError(QStringLiteral("--jobs takes a number from 1 to 64"));
            return kExitUsage;
        }
    }

    LocalRecognizer::Options options;
    options.validation.companyName = parser.value(companyNameOpt);
    options.validation.companyTaxId = parser.value(companyTaxIdOpt);

    // Names that are not valid UTF-8 come back as failures too: reported, not lost.
    CollectedInputs inputs = collectInputs(paths, true);
    // --out must not replace a document of the run or the claim: refused before anything is
    // read or written (a hard link or a symbolic link to the same file counts).
    if (parser.isSet(outOpt)) {
        const QString out = parser.value(outOpt);
        if (const QString input = sameFileAsInput(out, inputs.files); !input.isEmpty()) {
            printError(QStringLiteral("--out %1 is the input %2: write the output to another file").arg(out, input));
            return kExitUsage;
        }
        const QString claim = parser.value(claimOpt);
        if (parser.isSet(claimOpt)
            && (!sameFileAsInput(out, {claim}).isEmpty()
                || QDir::cleanPath(QFileInfo(out).absoluteFilePath())
                       == QDir::cleanPath(QFileInfo(claim).absoluteFilePath()))) {
            printError(QStringLiteral("--out %1 is the claim file: write the output to another file").arg(out));
            return kExitUsage;
        }
    }
    QList<RecognizedDocument> docs;
    if (provider == u"local") {
        docs = recognizeLocally(inputs.files, options, jobs);
        for (const QString &url : inputs.urls) {
            RecognizedDocument refused;
            refused.file = url;
            refused.provider = provider;
            refused.error = LocalProvider::urlRefused();
            docs.append(refused);
        }
    } else {
        auto services = ProviderServices::forCommandLine(parser.isSet(noCacheOpt));
        RecognitionProvider *p = services->provider(provider);
        if (!p) {
            printError(QStringLiteral("the %1 provider is not available in this build").arg(provider));
            return kExitConfig;
        }
        if (provider != u"auto") {
            const QString vendor = provider.section(QLatin1Char('-'), 0, 0);
            if (const QString problem = services->endpointProblem(vendor); !problem.isEmpty()) {
                printError(QStringLiteral("%1 endpoint: %2").arg(provider, problem));
                return kExitConfig;
            }
            if (!p->isConfigured()) {
                printError(QStringLiteral("the %1 provider has no credentials: set %2 (see reimburse-cli providers)")
                               .arg(provider, credentialVariables(provider)));
                return kExitConfig;
            }
        }
        docs = recognizeWithProvider(p, inputs.files, inputs.urls, jobs, parser.isSet(noCacheOpt));
        for (RecognizedDocument &doc : docs)
            if (doc.provider != u"local")
                validateDocument(doc, options.validation);
    }
    docs.append(inputs.failures);
    markRunDuplicates(docs);

    // A claim that cannot take the results fails the run, but the output of what was
    // recognised is still written: the other documents are not lost with it (issue #13).
    bool claimFailed = false;
    if (parser.isSet(claimOpt)) {
        if (const QString err = addToClaim(parser.value(claimOpt), docs, options.validation, inputs.urls);
            !err.isEmpty()) {
            printError(err);
            claimFailed = true;
        }
    }

    QByteArray data;
    if (format == u"json")
        data = documentsAsJson(docs);
    else if (format == u"csv")
        data = documentsAsCsv(docs);
    else
        data = documentsAsTable(docs);
    if (const QString err = writeOutput(data, parser.value(outOpt)); !err.isEmpty()) {
        printError(QStringLiteral("cannot write %1: %2")
                       .arg(parser.value(outOpt).isEmpty() ? QStringLiteral("standard output") : parser.value(outOpt), err));
        return kExitSomeFailed;
    }
    if (claimFailed)
        return kExitSomeFailed;
    for (const RecognizedDocument &doc : std::as_const(docs))
        if (doc.error)
            return kExitSomeFailed;
    return kExitOk;
}

} // namespace ra::cli
