#include "exportdialog.h"

#include "claim/claimdocument.h"
#include "export/exportcolumn.h"
#include "export/filenametemplate.h"
#include "exportcolumnlist.h"
#include "exportrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

const QString kGroup = u"export"_s;

} // namespace

ExportDialog::ExportDialog(ClaimDocument *claim, QWidget *parent)
    : QDialog(parent), m_claim(claim), m_runner(new ExportRunner(this))
{
    setWindowTitle(tr("Export Claim"));
    setObjectName(u"exportDialog"_s);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSetupPage());
    m_pages->addWidget(buildProgressPage());

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setDefault(true);
    m_backButton = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_openFolderButton = buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolderButton->setObjectName(u"openFolderButton"_s);
    m_cancelRunButton = buttons->addButton(tr("&Stop"), QDialogButtonBox::RejectRole);
    m_cancelRunButton->setObjectName(u"stopButton"_s);
    m_cancelRunButton->setToolTip(tr("Stop after the current step; files already written stay"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_backButton, &QPushButton::clicked, this, [this] { showPage(SetupPage); });
    connect(m_openFolderButton, &QPushButton::clicked, this, &ExportDialog::openFolder);
    connect(m_cancelRunButton, &QPushButton::clicked, this, &ExportDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_runner, &ExportRunner::targetStarted, this, &ExportDialog::targetStarted);
    connect(m_runner, &ExportRunner::targetProgress, this, &ExportDialog::targetProgress);
    connect(m_runner, &ExportRunner::targetFinished, this, &ExportDialog::targetFinished);
    connect(m_runner, &ExportRunner::finished, this, &ExportDialog::runFinished);

    loadSettings();
    showPage(SetupPage);
    resize(std::max(sizeHint().width(), 900), std::max(sizeHint().height(), 640));
}

ExportDialog::~ExportDialog() = default;   // the runner cancels and waits for its worker

QStringList ExportDialog::allFormats()
{
    return {u"xlsx"_s, u"csv"_s, u"json"_s, u"pdf"_s, u"originals"_s};
}

QString ExportDialog::formatTitle(const QString &format) const
{
    if (format == u"xlsx")
        return tr("Spreadsheet (XLSX)");
    if (format == u"csv")
        return tr("CSV");
    if (format == u"json")
        return tr("JSON data");
    if (format == u"pdf")
        return tr("PDF claim report");
    return tr("Original files");
}

QString ExportDialog::languageKey(ExportOptions::Language language)
{
    return language == ExportOptions::Language::English ? u"en"_s : u"zh"_s;
}

// --- choices ---------------------------------------------------------------------------------

QStringList ExportDialog::formats() const
{
    QStringList chosen;
    const QStringList ids = allFormats();
    for (qsizetype i = 0; i < ids.size(); ++i)
        if (m_formatBoxes.at(i)->isChecked())
            chosen.append(ids.at(i));
    return chosen;
}

void ExportDialog::setFormats(const QStringList &formats)
{
    const QStringList ids = allFormats();
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_formatBoxes.at(i)->setChecked(formats.contains(ids.at(i)));
}

QString ExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QString ExportDialog::baseName() const
{
    return m_baseName->text().trimmed();
}

void ExportDialog::setBaseName(const QString &name)
{
    m_baseName->setText(name);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.columns = m_columns->checkedKeys();
    o.language = m_language->currentData().toString() == u"en" ? ExportOptions::Language::English
                                                                : ExportOptions::Language::Chinese;
    o.invoicesPerPage = m_twoUp->isChecked() ? 2 : 1;
    o.printDpi = m_dpi->currentData().toDouble();
    o.nameTemplate = m_template->text().trimmed();
    return o;
}

void ExportDialog::setOptions(const ExportOptions &options)
{
    m_columns->setColumns(options.columns.isEmpty() ? ExportColumn::defaultKeys() : options.columns,
                          m_columns->allKeys());
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageKey(options.language))));
    m_columns->setLanguage(options.language);
    (options.invoicesPerPage == 2 ? m_twoUp : m_oneUp)->setChecked(true);
    const int dpi = qBound(72, qRound(options.printDpi), 600);
    int dpiIndex = m_dpi->findData(dpi);
    if (dpiIndex < 0) {   // a resolution from elsewhere (settings, the CLI's choice): keep it offered
        m_dpi->addItem(tr("%1 dpi").arg(dpi), dpi);
        dpiIndex = m_dpi->count() - 1;
    }
    m_dpi->setCurrentIndex(dpiIndex);
    m_template->setText(options.nameTemplate);
    updateTemplatePreview();
}

QString ExportDialog::originalsFolderName(const QString &base) const
{
    return filenames::sanitize(tr("%1 originals", "folder the renamed original files are copied into").arg(base),
                               u"originals"_s);
}

QList<ExportTarget> ExportDialog::targets() const
{
    QList<ExportTarget> list;
    const QString name = baseName();
    if (folder().isEmpty() || name.isEmpty())
        return list;
    const QDir dir(QDir(folder()).absolutePath());
    const QString base = filenames::sanitize(name, tr("claim"));
    for (const QString &format : formats()) {
        const QString path = format == u"originals" ? dir.absoluteFilePath(originalsFolderName(base))
                                                    : dir.absoluteFilePath(base + u'.' + format);
        list.append({format, QDir::cleanPath(path)});
    }
    return list;
}

// --- settings --------------------------------------------------------------------------------

void ExportDialog::setClaimUntitled(bool untitled)
{
    if (m_untitled == untitled)
        return;
    m_untitled = untitled;
    setFolder(defaultFolder());
    setBaseName(suggestedBaseName());
}

QString ExportDialog::suggestedBaseName() const
{
    if (!m_claim)
        return tr("claim");
    if (const QString title = m_claim->details().displayName(); !title.isEmpty())
        return filenames::sanitize(title, tr("claim"));
    if (m_claim->hasFile() && !m_untitled)
        return filenames::sanitize(QFileInfo(m_claim->filePath()).completeBaseName(), tr("claim"));
    // An untitled claim's file has an internal name: name the export after the invoices' dates.
    QDate first;
    QDate last;
    for (const ClaimInvoice &ci : m_claim->invoices()) {
        const QDate d = QDate::fromString(ci.invoice.value(u"date"_s), Qt::ISODate);
        if (!d.isValid())
            continue;
        if (!first.isValid() || d < first)
            first = d;
        if (!last.isValid() || d > last)
            last = d;
    }
    if (!first.isValid())
        return filenames::sanitize(tr("Claim %1").arg(QDate::currentDate().toString(Qt::ISODate)), tr("claim"));
    if (first == last)
        return filenames::sanitize(tr("Claim %1").arg(first.toString(Qt::ISODate)), tr("claim"));
    return filenames::sanitize(tr("Claim %1 to %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)),
                               tr("claim"));
}

QString ExportDialog::defaultFolder() const
{
    // A saved claim exports beside its file; an untitled one's file is in a hidden folder of the
    // app's, which is no place for a person's exports.
    if (m_claim && m_claim->hasFile() && !m_untitled)
        return QFileInfo(m_claim->filePath()).absolutePath();
    QSettings settings;
    const QString last = settings.value(kGroup + u"/folder"_s).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void ExportDialog::loadSettings()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const QStringList known = allFormats();
    QStringList chosen;
    for (const QString &f : settings.value(u"formats"_s, QStringList{u"xlsx"_s, u"pdf"_s}).toStringList())
        if (known.contains(f))
            chosen.append(f);
    setFormats(chosen);

    ExportOptions o;
    QStringList columns;
    for (const QString &key : settings.value(u"columns"_s).toStringList())
        if (ExportColumn::forKey(key))
            columns.append(key);
    const QStringList order = settings.value(u"columnOrder"_s).toStringList();
    o.columns = settings.contains(u"columns"_s) && !columns.isEmpty() ? columns : ExportColumn::defaultKeys();
    o.language = settings.value(u"language"_s).toString() == u"en" ? ExportOptions::Language::English
                                                                   : ExportOptions::Language::Chinese;
    o.invoicesPerPage = settings.value(u"invoicesPerPage"_s, 1).toInt() == 2 ? 2 : 1;
    o.printDpi = settings.value(u"printDpi"_s, o.printDpi).toDouble();
    const QString savedTemplate = settings.value(u"nameTemplate"_s).toString().trimmed();
    if (!savedTemplate.isEmpty())
        o.nameTemplate = savedTemplate;
    settings.endGroup();

    setOptions(o);
    m_columns->setColumns(o.columns, order);
    setFolder(defaultFolder());
    setBaseName(suggestedBaseName());
    updateEnabled();
    updateTargetsPreview();
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const ExportOptions o = options();
    settings.setValue(u"formats"_s, formats());
    settings.setValue(u"folder"_s, QDir(folder()).absolutePath());
    settings.setValue(u"columns"_s, o.columns);
    settings.setValue(u"columnOrder"_s, m_columns->allKeys());
    settings.setValue(u"language"_s, languageKey(o.language));
    settings.setValue(u"invoicesPerPage"_s, o.invoicesPerPage);
    settings.setValue(u"printDpi"_s, o.printDpi);
    settings.setValue(u"nameTemplate"_s, o.nameTemplate);
    settings.endGroup();
}

void ExportDialog::showPage(int page)
{
    m_pages->setCurrentIndex(page);
    const bool running = isRunning();
    const bool setup = page == SetupPage;
    m_exportButton->setVisible(setup);
    m_exportButton->setDefault(setup);
    m_backButton->setVisible(!setup && !running);
    m_openFolderButton->setVisible(!setup && !running && !writtenFiles().isEmpty());
    m_cancelRunButton->setVisible(running);
    m_cancelRunButton->setEnabled(running && !m_runner->isCancelling());
    m_closeButton->setVisible(!running);
    if (setup)
        updateEnabled();
}

} // namespace ra
