#pragma once

#include "claimchange.h"
#include "claimdata.h"
#include "claimdelta.h"
#include "originalbundle.h"
#include "claimstore.h"
#include "claimwriter.h"
#include "duplicateindex.h"
#include "export/exportsource.h"
#include "validation/validationcontext.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUndoStack>
#include <functional>
#include <memory>

namespace ra {

class DuplicateLedger;

// A claim being worked on: owns the claim's data and a QUndoStack. Every edit is a command
// (claim/commands/) that changes the data through this class, re-runs validation, commits the
// change to the claim file in one transaction as it happens and emits changed() once per thing
// changed. Views and item models only listen to changed(); they never mutate the data.
//
// A document without a file keeps everything in memory until saveAs(). "Modified" is the undo
// stack's clean state: the work is on disk already, markSaved() only clears the mark.
//
// Writing is asynchronous: a change is applied in memory and announced at once, and its durable
// commit is queued to a ClaimWriter on a thread of its own, so the GUI thread never waits for
// an fsync. A commit that fails is reported through storeFailed() (once; nothing after it is
// written). Bytes not yet committed are served from memory until the writer confirms them.
class ClaimDocument : public QObject
{
    Q_OBJECT
public:
    enum class AddResult { Added, AlreadyInClaim, Failed };

    explicit ClaimDocument(QObject *parent = nullptr);
    ~ClaimDocument() override;

    // Opens a claim file, replacing what this document held (the undo stack is cleared).
    // A newer or foreign file is refused untouched; errorString() says why.
    bool open(const QString &path, ClaimStore::OpenMode mode = ClaimStore::OpenMode::Existing);

    // Opening in two halves, so the reading can run on a worker: load() on any thread, adopt() on
    // the document's thread with what it returned.
    struct Loaded
    {
        QString path;
        ClaimData data;
        qint64 selection = 0;
    };
    static std::optional<Loaded> load(const QString &path, ClaimStore::OpenMode mode, QString *error);
    bool adopt(Loaded loaded);
    // Waits until every change so far is in the file (tests, Save As, quitting).
    void flush();
    // A change the file refused (after flush(): any so far); errorString() says why.
    bool writeFailed() const { return m_storeBroken || (m_writer && m_writer->hasFailed()); }
    // Writes the whole claim to `path` (atomically) and carries on there.
    bool saveAs(const QString &path);
    void markSaved();
    bool hasFile() const { return m_writer != nullptr; }
    QString filePath() const;
    bool isModified() const;
    QString errorString() const { return m_error; }
    // The claim's display name, else the file's base name, else "Untitled".
    QString displayName() const;

    // Not owned; null disables the cross-claim check. Set it before open().
    void setLedger(DuplicateLedger *ledger);
    // The date the `date_future` rule compares with; invalid = today (tests pin it).
    void setValidationDate(const QDate &today);
    ValidationContext validationContext() const;

    QUndoStack *undoStack() { return &m_undoStack; }
    const ClaimData &data() const { return m_data; }
    const ClaimDetails &details() const { return m_data.details; }
    const QList<ClaimInvoice> &invoices() const { return m_data.invoices; }
    const ClaimInvoice *invoice(qint64 id) const { return m_data.invoice(id); }
    QList<FieldEdit> history(qint64 invoiceId) const;
    QByteArray originalBytes(const QString &sha256);
    // A snapshot for an export, usable on any thread: the data as it is now, and original bytes
    // read through a connection of the export's own (or from memory for an unsaved claim).
    ExportSource exportSource() const;
    // Reads an original's bytes on any thread (its own read-only connection, or a copy of the
    // in-memory bytes): page views and thumbnails fetch pages off the GUI thread with it.
    std::function<QByteArray(const QString &sha256)> originalReader() const;

    // The selected invoice travels with the file (not an edit: no undo, no modified mark).
    qint64 selection() const { return m_selection; }
    void setSelection(qint64 invoiceId);

    // Edits. Each pushes one command; false when there is nothing to do.
    bool setDetails(const ClaimDetails &details);
    bool editField(qint64 invoiceId, const QString &key, const QString &value);
    // Where a field's value is on the page, marked by a person (a box drawn on the page): the
    // value is kept; a field not read yet enters the record as an empty value of the person's.
    bool setFieldPolygon(qint64 invoiceId, const QString &key, const QPolygonF &polygon, int page);
    bool setInvoiceType(qint64 invoiceId, InvoiceType type);
    bool setReviewed(qint64 invoiceId, bool reviewed);
    bool removeInvoice(qint64 invoiceId);
    bool removeInvoices(const QList<qint64> &invoiceIds);  // one undo step
    // Adds an original with what a provider made of it. The same bytes already in the claim are
    // not added again. A document that was waiting as intake entry `intakeId` (0: none) takes
    // the entry out in the same commit.
    AddResult addDocument(const QByteArray &bytes, const RecognizedDocument &document, const QString &name = {},
                          qint64 intakeId = 0);
    // An invoice entered by hand on an original already in the claim (one undo step): of `type`,
    // on `page` (1-based), with no field yet; its fields are then edited as any other. Returns
    // the new invoice's id, 0 when the original is not in the claim.
    qint64 addManualInvoice(const QString &sha256, InvoiceType type, int page = 1);
    // The same for a file that was never recognised (a failed or cancelled intake entry): its
    // bytes become the original, with one blank invoice of `type`, and the entry leaves the
    // claim in the same step. The bytes are read by the caller (I/O: on a worker).
    qint64 addManualDocument(qint64 intakeId, const QByteArray &bytes, InvoiceType type);
    // Takes an original out with its results and invoices (one undo step).
    bool removeDocument(const QString &sha256);
    // Keeps another provider's result for an original already in the claim (audit, cache);
    // the invoices are not changed. Not an edit.
    bool recordRecognition(const RecognizedDocument &document);

    // Files accepted and not recognised yet (not edits: no undo, no modified mark). addIntake
    // gives the entry its id and time and returns the id; `bytes` are kept with it when the
    // file cannot be read again (pasted, downloaded). addIntakes adds many in one commit.
    qint64 addIntake(ClaimIntake entry, const QByteArray &bytes = {});
    QList<qint64> addIntakes(const QList<ClaimIntake> &entries);
    // `bytes`, when given, are kept with the entry from now on (a download's).
    bool updateIntake(const ClaimIntake &entry, const QByteArray &bytes = {});
    bool removeIntake(qint64 id);
    bool removeIntakes(const QList<qint64> &ids);
    const QList<ClaimIntake> &intake() const { return m_data.intake; }
    // The bytes kept with an entry (empty when none are); any thread may call the reader.
    QByteArray intakeBytes(qint64 id) const;
    std::function<QByteArray(qint64 id)> intakeReader() const;


signals:
    void changed(const ra::ClaimChange &change);
    void modifiedChanged(bool modified);
    void fileChanged(const QString &path);
    void storeFailed(const QString &message);

private:
    friend class AddDocumentCommand;
    friend class AddInvoiceCommand;
    friend class EditFieldCommand;
    friend class RemoveDocumentCommand;
    friend class RemoveInvoiceCommand;
    friend class SetDetailsCommand;
    friend class SetInvoiceTypeCommand;
    friend class SetReviewedCommand;

    // What a command changes, collected before anything is committed.
    struct Pending
    {
        ClaimData next;
        ClaimDelta delta;
        QList<ClaimChange> changes;
        QSet<qint64> revalidate;   // invoices whose single-invoice rules run again
        QSet<qint64> written;      // invoices to write (findings refresh adds to it)
        bool revalidateAll = false;
        bool skipFindings = false;   // the change touches no invoice (intake states)
    };

    // Runs `mutate` on a copy of the data, refreshes findings, commits the delta to the file and
    // only then replaces the data and emits. False (nothing changed) when the file refused it.
    bool commit(const std::function<bool(Pending &)> &mutate);
    void refreshFindings(Pending &p);
    void syncLedger(const Pending &p);
    void syncLedgerAll();
    QString ledgerName() const;

    // Used by the commands.
    bool applyDetails(const ClaimDetails &details);
    bool applyField(qint64 invoiceId, const QString &key, const Field &field, bool undo);
    bool applyType(qint64 invoiceId, InvoiceType type, const QString &typeSource, bool typeInferred, bool undo);
    bool applyReviewed(qint64 invoiceId, bool reviewed);
    bool applyRemoveInvoice(qint64 invoiceId);
    bool applyInsertInvoice(const ClaimInvoice &invoice);
    bool applyAddDocument(const OriginalBundle &bundle);
    bool applyRemoveDocument(const QString &sha256, const std::optional<ClaimIntake> &restoreIntake = {},
                             const QByteArray &restoreBytes = {});
    void writeDelta(const ClaimDelta &delta);
    qint64 stageIntake(Pending &p, ClaimIntake entry, const QByteArray &bytes, const QDateTime &now);
    void onCommitted(quint64 sequence);
    void startWriter();

    qint64 nextInvoiceId();
    qint64 nextRecognitionId();
    qint64 nextEditId();
    qint64 nextIntakeId();
    void resetIds();

    QUndoStack m_undoStack;
    ClaimData m_data;
    std::unique_ptr<ClaimWriter> m_writer;
    QHash<QString, QByteArray> m_memoryBytes;        // originals while there is no file
    // Bytes queued to the writer and not yet confirmed, with the sequence that writes them:
    // readers get them from here until the file has them.
    QHash<QString, QPair<quint64, QByteArray>> m_unwrittenOriginals;
    QHash<qint64, QPair<quint64, QByteArray>> m_unwrittenIntake;
    QHash<qint64, QByteArray> m_memoryIntakeBytes;   // intake bytes while there is no file
    bool m_storeBroken = false;
    quint64 m_writerGeneration = 0;
    DuplicateLedger *m_ledger = nullptr;
    QHash<QString, QList<QPair<QString, QString>>> m_historyHits; // identity → (claim name, path)
    DuplicateIndex m_duplicates;   // of m_data's invoices, kept by refreshFindings()
    QDate m_today;
    qint64 m_selection = 0;
    qint64 m_lastInvoiceId = 0;
    qint64 m_lastRecognitionId = 0;
    qint64 m_lastEditId = 0;
    qint64 m_lastIntakeId = 0;
    QString m_error;
};

} // namespace ra
