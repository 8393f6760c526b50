#pragma once

#include "export/exportoptions.h"
#include "export/exportsource.h"
#include "exportoutcome.h"
#include "exporttarget.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace ra {

class ClaimDocument;
class ExportColumnList;
class ExportRunner;

// File › Export: what to export (several formats at once), where (a folder and one base name
// for every file; the originals go into a folder "<name> originals" beside them), the
// spreadsheet columns, the report layout and resolution, the language and the originals' name
// template. The export runs on a worker thread from a snapshot of the claim, never changes it,
// shows its progress per output and can be cancelled after the current step. The choices are
// remembered (QSettings group "export").
//
// Testable without sub-dialogs: start() and exportFinished(), overwritePolicy, and the virtual
// confirmOverwrite() and exportSource().
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_PROPERTY(OverwritePolicy overwritePolicy READ overwritePolicy WRITE setOverwritePolicy)
public:
    // What start() does when a target file already exists: ask once for all of them, replace
    // them, or export nothing.
    enum class OverwritePolicy { Ask, Overwrite, Refuse };
    Q_ENUM(OverwritePolicy)

    explicit ExportDialog(ClaimDocument *claim, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // "xlsx", "csv", "json", "pdf", "originals": the order of the dialog and of a run.
    static QStringList allFormats();

    // The choices as the widgets show them.
    QStringList formats() const;               // checked, in allFormats() order
    void setFormats(const QStringList &formats);
    QString folder() const;
    void setFolder(const QString &folder);
    QString baseName() const;                  // as typed; targets() makes it a valid file name
    void setBaseName(const QString &name);
    // The claim's file is the desk's untitled one (in the app's data folder): exports then go to
    // the person's Documents folder, named after the claim's title or its invoices' dates.
    void setClaimUntitled(bool untitled);
    QString suggestedBaseName() const;
    ExportOptions options() const;             // columns, language, layout, dpi, name template
    void setOptions(const ExportOptions &options);
    // Where each chosen format goes (absolute paths), in allFormats() order.
    QList<ExportTarget> targets() const;

    OverwritePolicy overwritePolicy() const { return m_overwritePolicy; }
    void setOverwritePolicy(OverwritePolicy policy) { m_overwritePolicy = policy; }

    bool isRunning() const;
    // The last run: its targets and what became of each (empty when start() stopped early).
    QList<ExportTarget> runTargets() const;
    QList<ExportOutcome> outcomes() const;
    QStringList writtenFiles() const;          // every file the last run wrote
    // Why the last start() wrote nothing (a missing choice, an unusable folder, existing files
    // kept); empty after a run.
    QString errorText() const { return m_error; }

public slots:
    // Checks the choices, asks about existing files, remembers the choices and runs the export.
    // exportFinished() follows every call, also when nothing was written.
    void start();
    // Stops after the current step; what is finished stays.
    void cancel();

signals:
    // (Not "finished": QDialog::finished(int) is the dialog closing.)
    void exportFinished(bool success);

protected:
    // Asked once for all existing targets under OverwritePolicy::Ask; true replaces them.
    virtual bool confirmOverwrite(const QStringList &existing);
    // The snapshot a run exports (ClaimDocument::exportSource()).
    virtual ExportSource exportSource() const;

    void reject() override;   // while running: cancels, the dialog stays to show what was written

private:
    enum Page { SetupPage = 0, ProgressPage = 1 };   // m_pages' order

    // How a report language is kept in the settings and in the language combo: "zh" or "en".
    static QString languageKey(ExportOptions::Language language);

    // The dialog's work is spread over files by page: exportdialog.cpp (the choices and the
    // settings they are kept in), exportdialogsetup.cpp (the setup page), exportdialogrun.cpp
    // (the progress page and the run).
    struct ProgressRow
    {
        QLabel *name = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *status = nullptr;
    };

    QWidget *buildSetupPage();
    QWidget *buildProgressPage();
    void loadSettings();
    void saveSettings() const;
    QString defaultFolder() const;
    bool m_untitled = false;
    QString originalsFolderName(const QString &base) const;
    QString formatTitle(const QString &format) const;
    QString validate() const;
    QStringList existingTargets(const QList<ExportTarget> &targets) const;
    void fail(const QString &message);
    void showPage(int page);
    void updateEnabled();
    void updateTargetsPreview();
    void updateTemplatePreview();
    void chooseFolder();
    void openFolder();
    void buildProgressRows();
    void targetStarted(int index);
    void targetProgress(int index, int done, int total);
    void targetFinished(int index);
    void runFinished();
    QString describeFailure(const ExportTarget &target, const QString &error) const;

    QPointer<ClaimDocument> m_claim;
    ExportRunner *m_runner = nullptr;
    OverwritePolicy m_overwritePolicy = OverwritePolicy::Ask;
    QString m_error;
    QString m_runFolder;   // the folder of the last run (the field may change after it)

    QStackedWidget *m_pages = nullptr;
    QList<QCheckBox *> m_formatBoxes;          // allFormats() order
    QGroupBox *m_columnsGroup = nullptr;
    ExportColumnList *m_columns = nullptr;
    QGroupBox *m_reportGroup = nullptr;
    QRadioButton *m_oneUp = nullptr;
    QRadioButton *m_twoUp = nullptr;
    QComboBox *m_dpi = nullptr;
    QGroupBox *m_originalsGroup = nullptr;
    QLineEdit *m_template = nullptr;
    QLabel *m_templatePreview = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_baseName = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_targetsPreview = nullptr;
    QLabel *m_setupError = nullptr;

    QLabel *m_progressHeading = nullptr;
    QGridLayout *m_rowsLayout = nullptr;
    QList<ProgressRow> m_rows;
    QLabel *m_summary = nullptr;
    QListWidget *m_written = nullptr;

    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_cancelRunButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_openFolderButton = nullptr;
};

} // namespace ra
