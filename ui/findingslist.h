#pragma once

#include "invoice.h"

#include <QListWidget>

namespace ra {

// The field form's findings, first because they are what needs a person: each one as tall as
// its wrapped text, the list as tall as all of them up to a cap the form sets (half its height),
// so nothing hides behind a scroll bar while there is room; past the cap the list scrolls.
// Clicking a finding announces its first field.
class FindingsList : public QListWidget
{
    Q_OBJECT
public:
    explicit FindingsList(QWidget *parent = nullptr);

    // Shows the invoice's findings in the UI language; hides the list when there are none.
    void setFindings(const QList<Finding> &findings);
    void setHeightCap(int pixels);
    int heightCap() const { return m_cap; }
    // The height all findings need at the current width (frame included).
    int contentHeight() const;

signals:
    void findingActivated(const QString &fieldKey);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();
    void onItem(QListWidgetItem *item);

    int m_cap = 200;
    int m_fittedWidth = -1;
};

} // namespace ra
