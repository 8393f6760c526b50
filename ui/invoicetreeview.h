#pragma once

#include <QTreeView>

namespace ra {

// The invoice list's view: while it has no rows it says, in its middle, what to do (drop files
// or import; or, when filters hide every row, that nothing matches).
class InvoiceTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit InvoiceTreeView(QWidget *parent = nullptr);

    void setEmptyHint(const QString &hint);
    QString emptyHint() const { return m_hint; }
    // Whether the hint is painted now: the view has no rows.
    bool isEmptyHintShown() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_hint;
};

} // namespace ra
