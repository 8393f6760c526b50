#include "exportdialog.h"

// The setup page: what to export, where, and how; its previews and the checks before a run.

#include "claim/claimdocument.h"
#include "export/originalsexporter.h"
#include "exportcolumnlist.h"
#include "exportdialogwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {

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
    exportui::addRow(whereLayout, tr("&Folder:"), m_folder, folderRow);
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
    m_targetsPreview = exportui::noteLabel(where);
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
    auto *columnsNote = exportui::noteLabel(m_columnsGroup);
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
    exportui::addRow(originalsLayout, tr("Name &template:"), m_template, templateRow);
    auto *placeholders = exportui::noteLabel(m_originalsGroup);
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
    exportui::setErrorStyle(m_setupError);
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


} // namespace ra
