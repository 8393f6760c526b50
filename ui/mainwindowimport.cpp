// The window's side of importing: which provider recognises what, files opened from the
// command line or dropped on the window, and the progress of a batch in the status bar.
#include "mainwindow.h"

#include "appsettings.h"
#include "core/providerregistry.h"
#include "core/providerservices.h"
#include "core/recognitionprovider.h"
#include "documentformat.h"
#include "importcontroller.h"
#include "providerhost.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

// A claim file is recognised by its content (SQLite with application id RAC1), not its name.
bool looksLikeClaim(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(72);
    return head.startsWith("SQLite format 3") && head.size() >= 72 && head.mid(68, 4) == "RAC1";
}

constexpr auto kByType = "";

} // namespace

void MainWindow::fillProviderChooser()
{
    const QString current = m_provider->count() ? m_provider->currentData().toString() : m_qsettings->value(u"desk/provider"_s).toString();
    const QSignalBlocker block(m_provider);
    m_provider->clear();
    m_provider->addItem(tr("By file type (Settings)"), QString::fromLatin1(kByType));
    ProviderServices *services = m_host->services();
    for (RecognitionProvider *p : services->registry()->providers()) {
        // Until the keychain is opened, whether a cloud account is set up is not known.
        const bool known = m_host->keychainTried() || p->capabilities().testFlag(ProviderCapability::Offline);
        const QString name = !known || p->isConfigured() ? p->displayName() : tr("%1 — not set up").arg(p->displayName());
        m_provider->addItem(name, p->id());
        m_provider->setItemData(m_provider->count() - 1, p->note().isEmpty() ? p->displayName() : p->note(),
                                Qt::ToolTipRole);
    }
    if (RecognitionProvider *autoProvider = services->provider(u"auto"_s)) {
        m_provider->addItem(tr("Automatic (best configured)"), autoProvider->id());
    }
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(current)));
}

QString MainWindow::providerFor(int format, bool isUrl) const
{
    const QString chosen = m_provider->currentData().toString();
    if (!chosen.isEmpty())
        return chosen;
    if (isUrl)
        return u"auto"_s;
    return m_settings->defaultProvider(DocumentFormat(format));
}

void MainWindow::onImportProgress(int done, int total, const QString &current)
{
    const bool running = total > 0 && done < total;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (!running) {
        m_progressLabel->clear();
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    if (!current.isEmpty())
        m_progressLabel->setText(tr("Recognising %1…").arg(current));
}

void MainWindow::onImportFinished(int added, int failed)
{
    m_progress->hide();
    m_cancel->hide();
    m_progressLabel->clear();
    if (failed == 0)
        statusBar()->showMessage(tr("%n document(s) added.", nullptr, added), 8000);
    else
        statusBar()->showMessage(tr("%1 added, %2 could not be added: see the rows marked Error.").arg(added).arg(failed),
                                 15000);
}

void MainWindow::openArguments(const QStringList &arguments)
{
    QStringList imports;
    QString claim;
    for (const QString &arg : arguments) {
        if (claim.isEmpty() && looksLikeClaim(arg))
            claim = arg;
        else
            imports << arg;
    }
    if (!claim.isEmpty())
        openClaim(claim);
    importFiles(imports);   // into the claim just opened, once it is
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_opening) {
        // They belong in the claim being opened, not the one it replaces.
        m_importAfterOpen += paths;
        return;
    }
    prepareForImport();
    m_importer->importPaths(paths);
}

bool MainWindow::mayUseCloud() const
{
    const QString chosen = m_provider->currentData().toString();
    if (!chosen.isEmpty())
        return chosen != u"local";
    for (DocumentFormat f : {DocumentFormat::Pdf, DocumentFormat::Ofd, DocumentFormat::Jpeg, DocumentFormat::Png})
        if (m_settings->defaultProvider(f) != u"local")
            return true;
    return false;
}

void MainWindow::prepareForImport()
{
    if (!m_host->keychainTried() && mayUseCloud()) {
        m_host->ensureKeychain();
        fillProviderChooser();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() || mime->hasImage())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        QList<QUrl> urls = mime->urls();
        // A claim file dropped on the window opens it; the rest is imported.
        for (auto it = urls.begin(); it != urls.end();) {
            if (it->isLocalFile() && looksLikeClaim(it->toLocalFile())) {
                openClaim(it->toLocalFile());
                it = urls.erase(it);
            } else {
                ++it;
            }
        }
        if (!urls.isEmpty()) {
            prepareForImport();
            m_importer->importUrls(urls);
        }
        event->acceptProposedAction();
        return;
    }
    if (mime->hasImage()) {
        paste();
        event->acceptProposedAction();
    }
}

} // namespace ra
