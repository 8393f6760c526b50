// The claim files of the window: new, open (on a worker), save, recovery of what a crash left,
// imports from dialogs and the clipboard.
#include "mainwindow.h"
#include "threadhandoff.h"

#include "appicon.h"
#include "appsettings.h"
#include "claim/claimdocument.h"
#include "claim/duplicateledger.h"
#include "claim/recentfiles.h"
#include "claimdetailsdialog.h"
#include "claimsession.h"
#include "comparedialog.h"
#include "core/providerregistry.h"
#include "core/providerservices.h"
#include "core/recognitionprovider.h"
#include "documentformat.h"
#include "exportdialog.h"
#include "fieldform.h"
#include "importcontroller.h"
#include "invoicelistmodel.h"
#include "invoicelistpanel.h"
#include "log.h"
#include "pageview.h"
#include "messagebar.h"
#include "providerhost.h"
#include "settingsdialog.h"
#include "thumbnailcache.h"
#include "uilanguage.h"
#include "aboutbox.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QRegularExpression>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra {

void MainWindow::lookForRecoverable()
{
    // Reading every leftover claim is I/O: on a worker; the bar appears when it is done.
    auto *watcher = new QFutureWatcher<QList<RecoverableClaim>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        showRecoverable(watcher->result());
    });
    const QString dir = m_session->untitledDir();
    const QString current = m_claim->filePath();
    watcher->setFuture(QtConcurrent::run(handoff([dir, current] { return ClaimSession::findRecoverable(dir, current); })));
}

void MainWindow::showRecoverable(const QList<RecoverableClaim> &found)
{
    if (found.isEmpty()) {
        m_recoveryBar->hide();
        return;
    }
    const RecoverableClaim &r = found.constFirst();
    const QString when = QLocale().toString(r.lastChanged, QLocale::ShortFormat);
    QStringList parts;
    parts << tr("%n invoice(s)", nullptr, r.invoices);
    if (r.unfinished)
        parts << tr("%n unfinished file(s)", nullptr, r.unfinished);
    if (r.failed)
        parts << tr("%n file(s) not recognised", nullptr, r.failed);
    // QLocale's Chinese list joins with a bare 和 ("20 张发票和4 个…"), which reads as one run:
    // the Chinese sentence lists its counts with the full-width comma instead.
    const QString counts = uilanguage::isChinese() ? parts.join(u"，"_s) : QLocale().createSeparatedList(parts);
    QString text = r.title.isEmpty() ? tr("An unsaved claim from %1 with %2 was left open when the app last stopped.")
                                           .arg(when, counts)
                                     : tr("The unsaved claim “%1” from %2 with %3 was left open when the app last stopped.")
                                           .arg(r.title, when, counts);
    if (found.size() > 1)
        text += u' ' + tr("(%n older one(s) too.)", nullptr, int(found.size() - 1));
    m_recoveryBar->showMessage(text);
    const QString path = r.path;
    m_recoveryBar->addButton(tr("&Recover"), [this, path] {
        // The claim open now (files named on the command line, say) is not asked about: it stays
        // where it is, untitled, and the bar offers it back.
        const bool started = openClaim(path, [this] {
            prepareForImport();
            m_importer->resumeUnfinished();
            lookForRecoverable();   // the claim left behind by this window, or an older one
        }, true);
        if (!started)
            lookForRecoverable();   // not now (recognition running): the offer stays
    });
    m_recoveryBar->addButton(tr("&Discard"), [this, path] {
        const QString where = m_session->discardRecoverable(path);
        if (where.isEmpty())
            m_noticeBar->showMessage(tr("The unsaved claim could not be discarded: %1").arg(m_session->errorString()),
                                     MessageBar::Kind::Warning);
        else
            m_noticeBar->showMessage(tr("The unsaved claim was moved to %1. Open it from there if you need it after all.")
                                         .arg(QDir::toNativeSeparators(where)));
        lookForRecoverable();
    });
}

void MainWindow::offerResume()
{
    int unfinished = 0;
    for (const ClaimIntake &e : m_claim->intake())
        if (e.isUnfinished() && !m_importer->isActive(e.id))
            ++unfinished;
    if (!unfinished)
        return;
    m_noticeBar->showMessage(tr("%n file(s) of this claim were not finished when it was last open.", nullptr, unfinished));
    m_noticeBar->addButton(tr("Res&ume"), [this] {
        prepareForImport();
        m_importer->resumeUnfinished();
    });
}

void MainWindow::onClaimOpened()
{
    m_thumbnails->clear();
    updateTitle();
    updateActions();
    // Reopening a claim brings back the invoice that was being looked at.
    if (const qint64 selection = m_claim->selection(); selection && m_claim->invoice(selection))
        m_list->selectInvoice(selection);
    else if (!m_claim->invoices().isEmpty())
        m_list->selectInvoice(m_claim->invoices().constFirst().id);
    const bool claimHasEmployer = !m_claim->details().companyName.isEmpty() || !m_claim->details().companyTaxId.isEmpty();
    const bool settingsHaveEmployer = !m_settings->companyName().isEmpty() || !m_settings->companyTaxId().isEmpty();
    if (!claimHasEmployer && settingsHaveEmployer && m_session->isUntitled()
        && m_session->isEmpty()) {
        // A blank claim starts with the employer from Settings, so buyer checks work at once.
        ClaimDetails details = m_claim->details();
        details.companyName = m_settings->companyName();
        details.companyTaxId = m_settings->companyTaxId();
        m_claim->setDetails(details);
        m_claim->undoStack()->clear();
        m_claim->markSaved();
    }
}

bool MainWindow::openClaim(const QString &path, std::function<void()> then, bool keepUntitled)
{
    if (m_claim->hasFile() && QFileInfo(path).absoluteFilePath() == QFileInfo(m_claim->filePath()).absoluteFilePath()) {
        if (then)
            then();
        return true;
    }
    if (m_opening)
        return false;
    if (m_importer->isBusy()) {
        QMessageBox::information(this, tr("Recognition Running"),
                                 tr("Wait for the documents being recognised, or cancel them, before opening another claim."));
        return false;
    }
    if (!keepUntitled && !settleUntitled())
        return false;
    // Reading a claim is I/O (and a big one takes a while): on a worker; the window carries on.
    m_opening = true;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto *watcher = new QFutureWatcher<std::pair<std::optional<ClaimDocument::Loaded>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, then] {
        watcher->deleteLater();
        auto [loaded, error] = watcher->result();
        m_opening = false;
        statusBar()->clearMessage();
        bool ok = loaded && m_session->openLoaded(std::move(*loaded));
        if (!ok) {
            QMessageBox::warning(this, tr("Cannot Open Claim"), loaded ? m_session->errorString() : error);
            m_recent->remove(path);
        } else if (then) {
            then();
        }
        const QStringList queued = std::exchange(m_importAfterOpen, {});
        importFiles(queued);
        if (ok)
            offerResume();
    });
    watcher->setFuture(QtConcurrent::run(handoff([absolute] {
        QString error;
        auto loaded = ClaimDocument::load(absolute, ClaimStore::OpenMode::Existing, &error);
        return std::pair{std::move(loaded), error};
    })));
    return true;
}

bool MainWindow::settleUntitled()
{
    if (!m_session->isUntitled() || m_session->isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Save Claim?"),
                    tr("This claim has not been saved under a name yet. Save it before going on?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("If you discard it, its invoices are removed from the duplicate check too."));
    switch (box.exec()) {
    case QMessageBox::Save: return saveAs();
    case QMessageBox::Discard: m_session->discardUntitled(); return true;
    default: return false;
    }
}

void MainWindow::newClaim()
{
    if (m_importer->isBusy() || !settleUntitled())
        return;
    if (m_session->isUntitled() && m_session->isEmpty())
        return;   // already a blank claim
    if (!m_session->newClaim())
        QMessageBox::critical(this, tr("Cannot start a claim"), m_session->errorString());
}

void MainWindow::openClaimDialog()
{
    const QString start = m_claim->hasFile() && !m_session->isUntitled() ? QFileInfo(m_claim->filePath()).absolutePath()
                                                                         : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Claim"), start,
                                                      tr("Claims (*.claim);;All files (*)"));
    if (!path.isEmpty())
        openClaim(path);
}

void MainWindow::importFilesDialog()
{
    const QString start = m_qsettings->value(u"import/lastDir"_s,
                                                         QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                              .toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Invoices"), start,
        tr("Invoices (*.pdf *.ofd *.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp);;All files (*)"));
    if (files.isEmpty())
        return;
    m_qsettings->setValue(u"import/lastDir"_s, QFileInfo(files.constFirst()).absolutePath());
    importFiles(files);
}

void MainWindow::importFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Invoices"),
                                                          m_qsettings->value(u"import/lastDir"_s).toString());
    if (dir.isEmpty())
        return;
    m_qsettings->setValue(u"import/lastDir"_s, dir);
    importFiles({dir});
}

void MainWindow::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    prepareForImport();
    if (mime->hasUrls()) {
        m_importer->importUrls(mime->urls());
        return;
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (image.isNull())
            return;
        // PNG keeps every pixel of a screenshot; the name says where it came from.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        m_importer->importBytes(png, tr("Pasted image %1.png").arg(QDateTime::currentDateTime().toString(u"HHmmss"_s)));
        return;
    }
    const QUrl url = QUrl::fromUserInput(mime->text().trimmed());
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https" || url.isLocalFile()))
        m_importer->importUrls({url});
    else
        statusBar()->showMessage(tr("The clipboard holds no image, file or address to import."), 6000);
}

bool MainWindow::save()
{
    if (m_session->save()) {
        updateTitle();
        return true;
    }
    return saveAs();
}

bool MainWindow::saveAs()
{
    QString name = m_claim->details().displayName();
    if (name.isEmpty())
        name = tr("Claim %1").arg(QDate::currentDate().toString(u"yyyy-MM-dd"_s));
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    const QString start = QDir(m_claim->hasFile() && !m_session->isUntitled()
                                   ? QFileInfo(m_claim->filePath()).absolutePath()
                                   : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(name + u".claim"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Claim As"), start, tr("Claims (*.claim)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".claim"_s, Qt::CaseInsensitive))
        path += u".claim"_s;
    if (!m_session->saveAs(path)) {
        QMessageBox::warning(this, tr("Cannot Save Claim"), m_session->errorString());
        return false;
    }
    updateTitle();
    return true;
}

void MainWindow::exportClaim()
{
    ExportDialog dialog(m_claim.get(), this);
    dialog.setClaimUntitled(m_session->isUntitled());
    dialog.exec();
}

void MainWindow::editClaimDetails()
{
    ClaimDetailsDialog dialog(m_claim->details(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_claim->setDetails(dialog.details());
}

} // namespace ra
