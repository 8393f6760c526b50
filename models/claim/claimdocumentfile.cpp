// ClaimDocument: the claim file: opening (read anywhere, adopted here), the writer thread,
// Save As, and reading originals and pages on any thread.
#include "claim/claimdocument.h"

#include "claim/claimstore.h"
#include "log.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <filesystem>
#include <limits>

using namespace Qt::StringLiterals;

namespace ra {


bool ClaimDocument::open(const QString &path, ClaimStore::OpenMode mode)
{
    std::optional<Loaded> loaded = load(path, mode, &m_error);
    return loaded && adopt(std::move(*loaded));
}

std::optional<ClaimDocument::Loaded> ClaimDocument::load(const QString &path, ClaimStore::OpenMode mode, QString *error)
{
    ClaimStore store;
    if (!store.open(path, mode)) {
        *error = store.errorString();
        return std::nullopt;
    }
    auto data = store.load();
    if (!data) {
        *error = store.errorString();
        return std::nullopt;
    }
    Loaded loaded;
    loaded.path = store.path();
    loaded.data = std::move(*data);
    loaded.selection = store.meta(u"selection"_s).toLongLong();
    return loaded;
}

void ClaimDocument::startWriter()
{
    m_writer = std::make_unique<ClaimWriter>();
    m_storeBroken = false;
    m_unwrittenOriginals.clear();
    m_unwrittenIntake.clear();
    // The callbacks run on the writer's thread: hand over to this one. A late word from the
    // writer of a file this document has left (its sequence numbers start again at 1) is not
    // about the current file: the generation tells them apart.
    const quint64 generation = ++m_writerGeneration;
    m_writer->setOnCommitted([this, generation](quint64 sequence) {
        QMetaObject::invokeMethod(this, [this, generation, sequence] {
            if (generation == m_writerGeneration)
                onCommitted(sequence);
        }, Qt::QueuedConnection);
    });
    m_writer->setOnFailure([this, generation](const QString &message) {
        QMetaObject::invokeMethod(this, [this, generation, message] {
            if (generation != m_writerGeneration)
                return;
            m_storeBroken = true;
            m_error = message;
            emit storeFailed(message);
        }, Qt::QueuedConnection);
    });
}

bool ClaimDocument::adopt(Loaded loaded)
{
    // The file was opened (and migrated) by load(); the writer's own connection opens it again.
    auto previous = std::move(m_writer);
    const quint64 previousGeneration = m_writerGeneration;
    startWriter();
    QString why;
    if (!m_writer->open(loaded.path, ClaimStore::OpenMode::Existing, &why)) {
        m_writer = std::move(previous);
        m_writerGeneration = previousGeneration;
        m_error = why;
        return false;
    }
    previous.reset();   // writes what the old file still had queued
    m_writer->markCurrent();
    m_undoStack.clear();
    m_data = std::move(loaded.data);
    m_memoryBytes.clear();
    m_memoryIntakeBytes.clear();
    m_historyHits.clear();
    m_selection = loaded.selection;
    resetIds();
    syncLedgerAll();
    // Findings can have changed while the file was closed: rules improve, today moves on and
    // other claims take the same invoices. Re-run them and keep the result; the views are reset
    // afterwards, so the single changes are not announced.
    {
        QSignalBlocker quiet(this);
        commit([](Pending &p) {
            p.revalidateAll = true;
            return true;
        });
    }
    m_undoStack.setClean();
    m_error.clear();
    emit changed(ClaimChange{ClaimChange::Kind::Reset, 0, {}, {}});
    emit fileChanged(m_writer->path());
    return true;
}

void ClaimDocument::flush()
{
    if (m_writer)
        m_writer->flush();
    QCoreApplication::sendPostedEvents(this);   // the writer's confirmations
}

void ClaimDocument::onCommitted(quint64 sequence)
{
    using Originals = QHash<QString, QPair<quint64, QByteArray>>;
    using Intake = QHash<qint64, QPair<quint64, QByteArray>>;
    m_unwrittenOriginals.removeIf([sequence](Originals::iterator it) { return it.value().first <= sequence; });
    m_unwrittenIntake.removeIf([sequence](Intake::iterator it) { return it.value().first <= sequence; });
}

void ClaimDocument::writeDelta(const ClaimDelta &delta)
{
    if (!m_writer || delta.isEmpty())
        return;
    // After a failure nothing more is written, but the bytes stay here for Save As.
    const quint64 sequence = m_storeBroken ? std::numeric_limits<quint64>::max() : m_writer->apply(delta);
    for (auto it = delta.originalBytes.cbegin(); it != delta.originalBytes.cend(); ++it)
        m_unwrittenOriginals.insert(it.key(), {sequence, it.value()});
    for (auto it = delta.intakeBytes.cbegin(); it != delta.intakeBytes.cend(); ++it)
        m_unwrittenIntake.insert(it.key(), {sequence, it.value()});
}

bool ClaimDocument::saveAs(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (m_writer && target == m_writer->path() && !m_storeBroken) {
        markSaved();
        return true;
    }
    if (m_writer && !m_storeBroken) {
        // Everything queued first, then a consistent copy made by the writer's own connection.
        if (!m_writer->runAndWait([target](ClaimStore &store, QString *why) {
                if (store.copyTo(target))
                    return true;
                *why = store.errorString();
                return false;
            }, &m_error))
            return false;
    } else {
        // No file yet, or one that stopped taking changes: write what is in memory, beside the
        // target, and rename it into place: never a half-written claim.
        const QString tmp = QFileInfo(target).absolutePath() + u"/."_s + QFileInfo(target).fileName() + u"."_s
            + QUuid::createUuid().toString(QUuid::Id128) + u".tmp"_s;
        const auto reader = originalReader();
        ClaimDelta all;
        all.details = m_data.details;
        all.originalsAdded = m_data.originals;
        for (const ClaimOriginal &o : std::as_const(m_data.originals))
            all.originalBytes.insert(o.sha256, reader(o.sha256));
        all.recognitionsAdded = m_data.recognitions;
        all.invoicesWritten = m_data.invoices;
        all.editsAdded = m_data.history;
        all.intakeWritten = m_data.intake;
        for (const ClaimIntake &e : std::as_const(m_data.intake))
            if (e.hasBytes)
                all.intakeBytes.insert(e.id, intakeBytes(e.id));
        bool ok = false;
        {
            ClaimStore fresh;
            ok = fresh.open(tmp, ClaimStore::OpenMode::CreateIfMissing)
                && fresh.setMeta(u"claim_id"_s, m_data.claimId) && fresh.apply(all);
            if (ok && m_selection)
                fresh.setMeta(u"selection"_s, QString::number(m_selection));
            m_error = fresh.errorString();
        }
        std::error_code ec;
        if (ok)
            std::filesystem::rename(std::filesystem::path(tmp.toStdU16String()),
                                    std::filesystem::path(target.toStdU16String()), ec);
        if (!ok || ec) {
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(tmp + suffix);
            if (ec)
                m_error = u"Cannot write “%1”: %2"_s.arg(path, QString::fromStdString(ec.message()));
            return false;
        }
    }
    auto previous = std::move(m_writer);
    const quint64 previousGeneration = m_writerGeneration;
    startWriter();
    QString why;
    if (!m_writer->open(target, ClaimStore::OpenMode::Existing, &why)) {
        m_writer = std::move(previous);
        m_writerGeneration = previousGeneration;
        m_error = why;
        return false;
    }
    previous.reset();
    m_writer->markCurrent();
    m_memoryBytes.clear();
    m_memoryIntakeBytes.clear();
    syncLedgerAll();
    m_undoStack.setClean();
    m_error.clear();
    emit fileChanged(m_writer->path());
    return true;
}

void ClaimDocument::markSaved()
{
    m_undoStack.setClean();
}

QList<FieldEdit> ClaimDocument::history(qint64 invoiceId) const
{
    QList<FieldEdit> out;
    for (const FieldEdit &e : m_data.history)
        if (e.invoiceId == invoiceId)
            out.append(e);
    return out;
}

QByteArray ClaimDocument::originalBytes(const QString &sha256)
{
    return originalReader()(sha256);
}

void ClaimDocument::setSelection(qint64 invoiceId)
{
    if (m_selection == invoiceId)
        return;
    m_selection = invoiceId;
    if (m_writer && !m_storeBroken)
        m_writer->setMeta(u"selection"_s, QString::number(invoiceId));
}


ExportSource ClaimDocument::exportSource() const
{
    ExportSource source;
    source.data = m_data;
    source.originalBytes = originalReader();
    if (m_writer) {
        const QString path = m_writer->path();
        source.verify = [path] {
            ClaimStore store;
            if (!store.open(path, ClaimStore::OpenMode::ReadOnly, ClaimStore::Check::None))
                return store.errorString();
            return store.verifyForExport();
        };
    }
    return source;
}

std::function<QByteArray(const QString &sha256)> ClaimDocument::originalReader() const
{
    if (m_writer) {
        // A connection per call: the reader may run on any thread, and SQLite connections
        // belong to the thread that opened them. Bytes the writer has not committed yet come
        // from memory.
        const QString path = m_writer->path();
        QHash<QString, QByteArray> unwritten;
        for (auto it = m_unwrittenOriginals.cbegin(); it != m_unwrittenOriginals.cend(); ++it)
            unwritten.insert(it.key(), it.value().second);
        return [path, unwritten](const QString &sha256) {
            if (const auto it = unwritten.constFind(sha256); it != unwritten.cend())
                return it.value();
            // Not checked again: the file was checked when it was opened, and a reader per page
            // or original must not read the whole file each time.
            ClaimStore store;
            return store.open(path, ClaimStore::OpenMode::ReadOnly, ClaimStore::Check::None)
                ? store.originalBytes(sha256)
                : QByteArray();
        };
    }
    const QHash<QString, QByteArray> bytes = m_memoryBytes;
    return [bytes](const QString &sha256) { return bytes.value(sha256); };
}

} // namespace ra
