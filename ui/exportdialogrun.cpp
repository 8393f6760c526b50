#include "exportdialog.h"

// The progress page and the run it shows: one row per output, then what was written.

#include "claim/claimdocument.h"
#include "exportdialogwidgets.h"
#include "exportrunner.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {

QWidget *ExportDialog::buildProgressPage()
{
    auto *page = new QWidget(this);
    m_progressHeading = new QLabel(page);
    QFont headingFont = m_progressHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_progressHeading->setFont(headingFont);

    auto *rows = new QWidget(page);
    m_rowsLayout = new QGridLayout(rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setColumnStretch(1, 1);
    m_rowsLayout->setColumnStretch(2, 2);
    m_rowsLayout->setHorizontalSpacing(12);
    m_rowsLayout->setVerticalSpacing(10);

    m_summary = new QLabel(page);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_written = new QListWidget(page);
    m_written->setObjectName(u"writtenList"_s);
    m_written->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressHeading);
    layout->addSpacing(6);
    layout->addWidget(rows);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addWidget(m_written, 1);
    layout->addStretch(0);   // keeps the rows at the top while the list is hidden
    return page;
}

// --- running ---------------------------------------------------------------------------------

bool ExportDialog::isRunning() const
{
    return m_runner->isRunning();
}

QList<ExportTarget> ExportDialog::runTargets() const
{
    return m_runner->targets();
}

QList<ExportOutcome> ExportDialog::outcomes() const
{
    return m_runner->outcomes();
}

QStringList ExportDialog::writtenFiles() const
{
    QStringList files;
    for (const ExportOutcome &o : m_runner->outcomes())
        files += o.files;
    return files;
}

void ExportDialog::start()
{
    if (isRunning())
        return;
    m_error.clear();
    m_setupError->hide();
    if (const QString problem = validate(); !problem.isEmpty())
        return fail(problem);

    const QString dirPath = QDir(folder()).absolutePath();
    const QString shownDir = QDir::toNativeSeparators(dirPath);
    if (QFileInfo(dirPath).exists() && !QFileInfo(dirPath).isDir())
        return fail(tr("“%1” is a file, not a folder. Choose a folder to export to.").arg(shownDir));
    if (!QDir().mkpath(dirPath))
        return fail(tr("The folder “%1” cannot be created. Choose another folder.").arg(shownDir));
    if (!QFileInfo(dirPath).isWritable())
        return fail(tr("You cannot save files in “%1”. Choose another folder.").arg(shownDir));

    const QList<ExportTarget> list = targets();
    for (const ExportTarget &t : list) {
        const QFileInfo info(t.path);
        if (!t.isFolder() && info.isDir())
            return fail(tr("There is a folder called “%1” where the file should go. Choose another file name.")
                            .arg(info.fileName()));
        if (t.isFolder() && info.exists() && !info.isDir())
            return fail(tr("There is a file called “%1” where the folder of originals should go. Choose another "
                           "file name.")
                            .arg(info.fileName()));
    }

    bool replace = false;
    if (const QStringList existing = existingTargets(list); !existing.isEmpty()) {
        switch (m_overwritePolicy) {
        case OverwritePolicy::Overwrite:
            replace = true;
            break;
        case OverwritePolicy::Ask:
            replace = confirmOverwrite(existing);
            break;
        case OverwritePolicy::Refuse:
            break;
        }
        if (!replace)
            return fail(tr("Nothing was exported: %n file(s) already exist. Choose another file name or folder, "
                           "or replace them.",
                           nullptr, int(existing.size())));
    }

    saveSettings();
    m_runFolder = dirPath;
    const ExportSource source = exportSource();
    if (!m_runner->start(source, options(), list, replace))
        return fail(tr("An export is still running."));
    buildProgressRows();
    showPage(ProgressPage);
}

void ExportDialog::cancel()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_cancelRunButton->setEnabled(false);
    m_progressHeading->setText(tr("Stopping after the current step…"));
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::buildProgressRows()
{
    for (const ProgressRow &row : std::as_const(m_rows)) {
        delete row.name;
        delete row.bar;
        delete row.status;
    }
    m_rows.clear();
    QWidget *parent = m_rowsLayout->parentWidget();
    const QList<ExportTarget> list = m_runner->targets();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ExportTarget &t = list.at(i);
        ProgressRow row;
        row.name = new QLabel(u"<b>%1</b><br>%2"_s.arg(formatTitle(t.format).toHtmlEscaped(),
                                                         QFileInfo(t.path).fileName().toHtmlEscaped()),
                              parent);
        row.name->setToolTip(QDir::toNativeSeparators(t.path));
        row.bar = new QProgressBar(parent);
        row.bar->setRange(0, 1);
        row.bar->setValue(0);
        row.bar->setTextVisible(false);
        row.bar->setMinimumWidth(180);
        row.status = new QLabel(tr("Waiting"), parent);
        row.status->setWordWrap(true);
        row.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.status->setObjectName(u"status_"_s + t.format);
        m_rowsLayout->addWidget(row.name, int(i), 0, Qt::AlignTop);
        m_rowsLayout->addWidget(row.bar, int(i), 1, Qt::AlignTop);
        // No item alignment: a wrapping label only gets its height for its width without one.
        row.status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_rowsLayout->addWidget(row.status, int(i), 2);
        m_rows.append(row);
    }
    m_progressHeading->setText(tr("Exporting “%1”…").arg(m_claim ? m_claim->displayName() : QString()));
    m_summary->clear();
    m_summary->hide();
    m_written->clear();
    m_written->hide();
}

void ExportDialog::targetStarted(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows.at(index).bar->setRange(0, 0);   // busy until the writer reports steps
    m_rows.at(index).status->setText(tr("Writing…"));
}

void ExportDialog::targetProgress(int index, int done, int total)
{
    if (index < 0 || index >= m_rows.size() || total <= 0)
        return;
    const ProgressRow &row = m_rows.at(index);
    row.bar->setRange(0, total);
    row.bar->setValue(done);
    const ExportTarget &t = m_runner->targets().at(index);
    row.status->setText(t.isFolder() ? tr("%1 of %2 files copied").arg(done).arg(total)
                                     : tr("%1 of %2 invoices drawn").arg(done).arg(total));
}

QString ExportDialog::describeFailure(const ExportTarget &target, const QString &error) const
{
    const QString name = QFileInfo(target.path).fileName();
    if (error.contains(u"libxlsxwriter"_s))
        return tr("The spreadsheet library (libxlsxwriter) is not installed, so no XLSX could be written. "
                  "Install it, or export CSV instead.");
    // The writer's own words, for whoever helps; paths may break at their separators.
    QString detail = error;
    detail.replace(u'/', u"/\u200B"_s);
    detail.replace(u'\\', u"\\\u200B"_s);
    const QString reason = tr("Reason: %1").arg(detail);
    if (target.isFolder())
        return tr("The originals could not all be copied into “%1”. Check that the folder can be written to and "
                  "that the disk is not full, then export again.")
                   .arg(name)
            + u'\n' + reason;
    return tr("“%1” could not be written. Check that the file is not open in another program, that the folder can "
              "be written to and that the disk is not full, then export again. A file of that name from before "
              "is unchanged.")
               .arg(name)
        + u'\n' + reason;
}

void ExportDialog::targetFinished(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const ProgressRow &row = m_rows.at(index);
    const ExportTarget &t = m_runner->targets().at(index);
    const ExportOutcome o = m_runner->outcomes().at(index);
    QPalette palette = row.status->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    row.status->setPalette(palette);
    switch (o.status) {
    case ExportOutcome::Status::Written:
        row.bar->setRange(0, 1);
        row.bar->setValue(1);
        row.status->setText(t.isFolder() ? tr("Done: %n file(s) copied", nullptr, int(o.files.size())) : tr("Done"));
        break;
    case ExportOutcome::Status::Failed:
        row.bar->setRange(0, 1);
        row.bar->setValue(0);
        row.status->setText(describeFailure(t, o.error));
        row.status->setToolTip(o.error);
        exportui::setErrorStyle(row.status);
        break;
    case ExportOutcome::Status::Cancelled:
        row.bar->setRange(0, 1);
        row.bar->setValue(0);
        if (!o.files.isEmpty())
            row.status->setText(tr("Stopped after %n file(s); those are complete", nullptr, int(o.files.size())));
        else if (t.isFolder())
            row.status->setText(tr("Stopped; nothing copied"));
        else
            row.status->setText(tr("Stopped; not written"));
        break;
    case ExportOutcome::Status::Pending:
    case ExportOutcome::Status::Running:
        break;
    }
}

void ExportDialog::runFinished()
{
    const QList<ExportOutcome> list = m_runner->outcomes();
    int written = 0;
    int failed = 0;
    int cancelled = 0;
    for (const ExportOutcome &o : list) {
        written += o.status == ExportOutcome::Status::Written;
        failed += o.status == ExportOutcome::Status::Failed;
        cancelled += o.status == ExportOutcome::Status::Cancelled;
    }
    const QStringList files = writtenFiles();
    const QString where = QDir::toNativeSeparators(m_runFolder);
    if (failed == 0 && cancelled == 0) {
        m_progressHeading->setText(tr("Export complete"));
        m_summary->setText(tr("%n file(s) written to “%1”:", nullptr, int(files.size())).arg(where));
    } else if (failed > 0) {
        m_progressHeading->setText(tr("Export finished with problems"));
        m_summary->setText(files.isEmpty() ? tr("Nothing was written. See above for what went wrong.")
                                           : tr("See above for what went wrong. These %n file(s) were written and are "
                                                "complete:",
                                                nullptr, int(files.size())));
    } else {
        m_progressHeading->setText(tr("Export stopped"));
        m_summary->setText(files.isEmpty() ? tr("Nothing was written.")
                                           : tr("These %n file(s) were written before it stopped and are complete:",
                                                nullptr, int(files.size())));
    }
    m_summary->show();
    const QDir base(m_runFolder);
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(base.relativeFilePath(file)), m_written);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    m_written->setVisible(!files.isEmpty());
    showPage(ProgressPage);
    emit exportFinished(failed == 0 && cancelled == 0);
}

void ExportDialog::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_runFolder));
}


} // namespace ra
