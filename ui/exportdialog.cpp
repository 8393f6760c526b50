#include "exportdialog.h"

#include "claim/claimdocument.h"
#include "export/exportcolumn.h"
#include "export/filenametemplate.h"
#include "export/originalsexporter.h"
#include "exportcolumnlist.h"
#include "exportrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

enum Page { SetupPage = 0, ProgressPage = 1 };

const QString kGroup = u"export"_s;

QString languageKey(ExportOptions::Language language)
{
    return language == ExportOptions::Language::English ? u"en"_s : u"zh"_s;
}

// A label for secondary text: smaller and muted, wrapping.
QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A form row whose label's mnemonic focuses `buddy` (addRow(QString, QLayout *) would show the "&").
void addRow(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *field)
{
    auto *label = new QLabel(text, form->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, field);
}

void setErrorStyle(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xB0, 0x1E, 0x1E));
    label->setPalette(p);
    label->setForegroundRole(QPalette::WindowText);
}

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

QWidget *ExportDialog::buildSetupPage()
{
    auto *page = new QWidget(this);

    // What to export.
    auto *what = new QGroupBox(tr("Export"), page);
    auto *whatLayout = new QVBoxLayout(what);
    const QList<QPair<QString, QString>> formatTexts = {
        {tr("&Spreadsheet (XLSX)"),
         tr("One row per invoice with totals, and a sheet of subtotals per invoice type. Opens in Excel and "
            "LibreOffice.")},
        {tr("&CSV"), tr("The same columns as plain text (UTF-8), for other programs.")},
        {tr("&JSON data"), tr("Every field with where it came from, and the findings. For other programs.")},
        {tr("&PDF claim report"),
         tr("A summary sheet to sign, then the invoices laid out for printing.")},
        {tr("&Original files, renamed"), tr("A copy of every original invoice file, named by the template below.")},
    };
    const QStringList ids = allFormats();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto *box = new QCheckBox(formatTexts.at(i).first, what);
        box->setObjectName(u"format_"_s + ids.at(i));
        box->setToolTip(formatTexts.at(i).second);
        whatLayout->addWidget(box);
        m_formatBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            updateTargetsPreview();
        });
    }
    whatLayout->addStretch(1);

    // Where.
    auto *where = new QGroupBox(tr("Save To"), page);
    auto *whereLayout = new QFormLayout(where);
    m_folder = new QLineEdit(where);
    m_folder->setObjectName(u"folderEdit"_s);
    m_folder->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("C&hoose…"), where);
    browse->setObjectName(u"chooseFolderButton"_s);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    addRow(whereLayout, tr("&Folder:"), m_folder, folderRow);
    m_baseName = new QLineEdit(where);
    m_baseName->setObjectName(u"baseNameEdit"_s);
    m_baseName->setToolTip(tr("Every exported file is called this, with its own suffix"));
    whereLayout->addRow(tr("File &name:"), m_baseName);
    m_language = new QComboBox(where);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("Chinese"), languageKey(ExportOptions::Language::Chinese));
    m_language->addItem(tr("English"), languageKey(ExportOptions::Language::English));
    m_language->setToolTip(tr("The language of the column titles and of the report"));
    whereLayout->addRow(tr("&Language:"), m_language);
    m_targetsPreview = noteLabel(where);
    m_targetsPreview->setObjectName(u"targetsPreview"_s);
    whereLayout->addRow(m_targetsPreview);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateTargetsPreview);
    connect(m_baseName, &QLineEdit::textChanged, this, &ExportDialog::updateTargetsPreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_columns->setLanguage(options().language);
    });

    // Spreadsheet columns.
    m_columnsGroup = new QGroupBox(tr("Spreadsheet Columns (XLSX, CSV)"), page);
    auto *columnsLayout = new QVBoxLayout(m_columnsGroup);
    m_columns = new ExportColumnList(m_columnsGroup);
    m_columns->setObjectName(u"exportColumns"_s);
    auto *columnsNote = noteLabel(m_columnsGroup);
    columnsNote->setText(tr("Tick the columns to export; drag them or use the buttons to order them."));
    columnsLayout->addWidget(columnsNote);
    columnsLayout->addWidget(m_columns, 1);
    connect(m_columns, &ExportColumnList::columnsChanged, this, &ExportDialog::updateEnabled);

    // PDF report.
    m_reportGroup = new QGroupBox(tr("PDF Claim Report"), page);
    auto *reportLayout = new QFormLayout(m_reportGroup);
    m_oneUp = new QRadioButton(tr("One invoice per page"), m_reportGroup);
    m_oneUp->setObjectName(u"layoutOneUp"_s);
    m_twoUp = new QRadioButton(tr("Two invoices per page, with a cut line"), m_reportGroup);
    m_twoUp->setObjectName(u"layoutTwoUp"_s);
    auto *layoutBox = new QVBoxLayout;
    layoutBox->addWidget(m_oneUp);
    layoutBox->addWidget(m_twoUp);
    reportLayout->addRow(tr("Layout:"), layoutBox);
    m_dpi = new QComboBox(m_reportGroup);
    m_dpi->setObjectName(u"dpiCombo"_s);
    m_dpi->addItem(tr("150 dpi (smaller file, faster)"), 150);
    m_dpi->addItem(tr("300 dpi (sharp print)"), 300);
    reportLayout->addRow(tr("Print &quality:"), m_dpi);

    // Originals.
    m_originalsGroup = new QGroupBox(tr("Original Files"), page);
    auto *originalsLayout = new QFormLayout(m_originalsGroup);
    m_template = new QLineEdit(m_originalsGroup);
    m_template->setObjectName(u"templateEdit"_s);
    m_template->setMinimumWidth(220);
    m_template->setToolTip(tr("Placeholders: {date} {seller} {buyer} {total} {number} {code} {type} {index} "
                              "{file} {claimant}"));
    auto *resetTemplate = new QToolButton(m_originalsGroup);
    resetTemplate->setText(tr("Default"));
    resetTemplate->setToolTip(tr("Use the usual template, %1").arg(ExportOptions().nameTemplate));
    connect(resetTemplate, &QToolButton::clicked, this, [this] { m_template->setText(ExportOptions().nameTemplate); });
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(resetTemplate);
    addRow(originalsLayout, tr("Name &template:"), m_template, templateRow);
    auto *placeholders = noteLabel(m_originalsGroup);
    placeholders->setText(tr("Placeholders: {date} {seller} {buyer} {total} {number} {code} {type} {index} {file} "
                             "{claimant}"));
    originalsLayout->addRow(placeholders);
    m_templatePreview = new QLabel(m_originalsGroup);
    m_templatePreview->setObjectName(u"templatePreview"_s);
    m_templatePreview->setWordWrap(true);
    m_templatePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    originalsLayout->addRow(tr("First file:"), m_templatePreview);
    connect(m_template, &QLineEdit::textChanged, this, [this] {
        updateTemplatePreview();
        updateEnabled();
    });

    m_setupError = new QLabel(page);
    m_setupError->setObjectName(u"setupError"_s);
    m_setupError->setWordWrap(true);
    setErrorStyle(m_setupError);
    m_setupError->hide();

    auto *left = new QVBoxLayout;
    left->addWidget(what);
    left->addWidget(m_reportGroup);
    left->addWidget(m_originalsGroup);
    left->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addWidget(m_columnsGroup, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top, 1);
    layout->addWidget(where);
    layout->addWidget(m_setupError);
    return page;
}

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

// --- setup page ------------------------------------------------------------------------------

void ExportDialog::updateEnabled()
{
    const QStringList chosen = formats();
    m_columnsGroup->setEnabled(chosen.contains(u"xlsx"_s) || chosen.contains(u"csv"_s));
    m_reportGroup->setEnabled(chosen.contains(u"pdf"_s));
    m_originalsGroup->setEnabled(chosen.contains(u"originals"_s));
    m_exportButton->setEnabled(!chosen.isEmpty());
}

void ExportDialog::updateTargetsPreview()
{
    const QList<ExportTarget> list = targets();
    if (list.isEmpty()) {
        m_targetsPreview->setText(formats().isEmpty() ? tr("Choose what to export above.")
                                                      : tr("Choose a folder and a file name."));
        return;
    }
    QStringList names;
    for (const ExportTarget &t : list)
        names.append(t.isFolder() ? tr("the folder “%1” for the originals").arg(QFileInfo(t.path).fileName())
                                  : QFileInfo(t.path).fileName());
    m_targetsPreview->setText(tr("Writes %1.").arg(QLocale().createSeparatedList(names)));
}

void ExportDialog::updateTemplatePreview()
{
    if (!m_claim || m_claim->invoices().isEmpty()) {
        m_templatePreview->setText(tr("(the claim has no invoices yet)"));
        return;
    }
    ExportOptions o = options();
    if (o.nameTemplate.isEmpty())
        o.nameTemplate = ExportOptions().nameTemplate;
    // Only the first invoice is named: a claim of hundreds stays quick to type in.
    ClaimData first;
    first.details = m_claim->details();
    first.invoices = {m_claim->invoices().constFirst()};
    if (const ClaimOriginal *original = m_claim->data().original(first.invoices.constFirst().sha256))
        first.originals = {*original};
    m_templatePreview->setText(OriginalsExporter::fileNames(first, o).value(0));
}

void ExportDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

QString ExportDialog::validate() const
{
    const QStringList chosen = formats();
    if (!m_claim)
        return tr("The claim is no longer open.");
    if (chosen.isEmpty())
        return tr("Choose at least one thing to export.");
    if (folder().isEmpty())
        return tr("Choose the folder to export to.");
    if (baseName().isEmpty())
        return tr("Enter a name for the exported files.");
    if ((chosen.contains(u"xlsx"_s) || chosen.contains(u"csv"_s)) && m_columns->checkedKeys().isEmpty())
        return tr("Tick at least one spreadsheet column.");
    if (chosen.contains(u"originals"_s) && m_template->text().trimmed().isEmpty())
        return tr("Enter a name template for the original files, or press Default.");
    return {};
}

QStringList ExportDialog::existingTargets(const QList<ExportTarget> &list) const
{
    QStringList existing;
    for (const ExportTarget &t : list) {
        if (!t.isFolder()) {
            if (QFileInfo::exists(t.path))
                existing.append(t.path);
            continue;
        }
        // The originals: only the names this export would write count.
        const QDir dir(t.path);
        if (!dir.exists())
            continue;
        QHash<QString, QString> present;   // lower case → as on disk
        for (const QString &entry : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
            present.insert(entry.toLower(), entry);
        for (const QString &name : OriginalsExporter::fileNames(m_claim->data(), options()))
            if (present.contains(name.toLower()))
                existing.append(dir.absoluteFilePath(present.value(name.toLower())));
    }
    return existing;
}

bool ExportDialog::confirmOverwrite(const QStringList &existing)
{
    QStringList shown;
    for (const QString &path : existing.mid(0, 6))
        shown.append(u"• "_s + QDir::toNativeSeparators(path));
    QString text = tr("%n file(s) of this export already exist:", nullptr, int(existing.size())) + u"\n\n"_s
        + shown.join(u'\n');
    if (existing.size() > shown.size())
        text += u'\n' + tr("…and %n more.", nullptr, int(existing.size() - shown.size()));
    QMessageBox box(QMessageBox::Question, tr("Replace Existing Files?"), text, QMessageBox::NoButton, this);
    box.setInformativeText(tr("Replace them with the new export?"));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == replace;
}

ExportSource ExportDialog::exportSource() const
{
    return m_claim ? m_claim->exportSource() : ExportSource{};
}

void ExportDialog::fail(const QString &message)
{
    m_error = message;
    m_setupError->setText(message);
    m_setupError->setVisible(!message.isEmpty());
    showPage(SetupPage);
    emit exportFinished(false);
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
        setErrorStyle(row.status);
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
