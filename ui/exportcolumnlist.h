#pragma once

#include "export/exportoptions.h"

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace ra {

// The columns of the spreadsheet exports (XLSX and CSV) as a person picks them: every
// ExportColumn with a check box, in the order the checked ones will appear. Entries move by
// drag and drop or with Move Up / Move Down; Defaults brings back ExportColumn::defaultKeys().
class ExportColumnList : public QWidget
{
    Q_OBJECT
public:
    explicit ExportColumnList(QWidget *parent = nullptr);

    // Shows `checked` first, in that order and checked, then the other columns in the order of
    // `order` (the rest in their usual order). Keys that are not columns are dropped.
    void setColumns(const QStringList &checked, const QStringList &order = {});
    void resetToDefaults();
    QStringList checkedKeys() const;   // the columns of the export, in order
    QStringList allKeys() const;       // every entry, in the order shown

    // The titles are those the export will write, in its language.
    void setLanguage(ExportOptions::Language language);

    // Checks or unchecks a column; false for a key that is not listed.
    bool setChecked(const QString &key, bool checked);
    // Moves a column to `row` (clamped); false for a key that is not listed.
    bool moveTo(const QString &key, int row);

    QListWidget *listWidget() const { return m_list; }

signals:
    void columnsChanged();

private:
    void moveCurrent(int delta);
    void updateButtons();
    void updateTitles();
    int rowOf(const QString &key) const;

    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_defaults = nullptr;
    ExportOptions::Language m_language = ExportOptions::Language::Chinese;
};

} // namespace ra
