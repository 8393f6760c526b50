// The review desk's field form: an empty state without an invoice, the type and reviewed mark
// edit the claim, selecting a row announces the field (for the page's polygon), alternatives
// apply with one click, findings lead to their field, keyboard review (Tab/Enter, typing to
// edit, next finding wrapping) and refused input that leaves the claim as it was.
#include "claim/claimdocument.h"
#include "fieldform.h"
#include "fieldlayout.h"
#include "findingslist.h"
#include "fieldtablemodel.h"
#include "local/localrecognizer.h"
#include "ocrmodelstatus.h"
#include "sampleclaim.h"
#include "testpaths.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

namespace {

// Pre-tax 100 + tax 6 = 106, but the total says 160: total_mismatch names the three amounts.
// The QR code read another check code: source_conflict names check_code.
Invoice reviewInvoice()
{
    Invoice inv = test::testInvoice(InvoiceType::VatElectronicNormal, u"031001900111"_s, u"12345678"_s,
                                    u"2024-05-08"_s, u"100.00"_s, u"6.00"_s, u"160.00"_s, u"上海餐饮有限公司"_s);
    inv.set(u"check_code"_s, makeField(u"12345678901234567890"_s, u"pdf:text"_s));
    inv.alternatives.insert(u"check_code"_s, {makeField(u"12345678901234567899"_s, u"qr:check_code"_s)});
    inv.alternatives.insert(u"total"_s, {makeField(u"106.00"_s, u"qr:total"_s)});
    inv.candidates.insert(u"number"_s, {u"12345679"_s});
    FieldMap item;
    item.insert(u"name"_s, makeField(u"*餐饮服务*餐费"_s, u"test"_s));
    item.insert(u"amount"_s, makeField(u"100.00"_s, u"test"_s));
    item.insert(u"tax_rate"_s, makeField(u"6%"_s, u"test"_s));
    item.insert(u"tax_amount"_s, makeField(u"6.00"_s, u"test"_s));
    inv.items << item;
    return inv;
}

qint64 addInvoice(ClaimDocument &doc, const Invoice &inv, const QByteArray &bytes = "%PDF-1.4 review")
{
    if (doc.addDocument(bytes, test::recognized(bytes, u"review.pdf"_s, {inv})) != ClaimDocument::AddResult::Added)
        return 0;
    return doc.invoices().constLast().id;
}

QModelIndex valueIndex(FieldForm &form, const QString &key)
{
    FieldTableModel *m = form.fieldModel();
    return m->index(m->rowOfKey(key), FieldTableModel::ValueColumn);
}

void typeText(const QString &text)
{
    for (QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
}

// RA_FORM_SCREENSHOT=dir/form.png keeps pictures of the panel for a person to look at.
void keepPicture(QWidget *w, const QString &what)
{
    const QString out = qEnvironmentVariable("RA_FORM_SCREENSHOT");
    if (out.isEmpty())
        return;
    QTest::qWait(50); // let the layout settle as it would on screen
    QString name = out;
    name.replace(u".png"_s, u"-%1.png"_s.arg(what));
    QVERIFY(w->grab().save(name));
}

QList<QPushButton *> alternativeButtons(FieldForm &form)
{
    QList<QPushButton *> out;
    for (QPushButton *b : form.findChildren<QPushButton *>(u"alternativeButton"_s))
        if (b->isVisible())
            out << b;
    return out;
}

} // namespace

class TestFieldForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ClaimChange>();
        uilanguage::setCurrent(u"en"_s);
    }

    void init()
    {
        m_doc = std::make_unique<ClaimDocument>();
        m_doc->setValidationDate(QDate(2024, 6, 1));
        m_id = addInvoice(*m_doc, reviewInvoice());
        QVERIFY(m_id);
        m_form = std::make_unique<FieldForm>(m_doc.get());
        m_form->resize(420, 800);
        m_form->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    }

    void cleanup()
    {
        m_form.reset();
        m_doc.reset();
        uilanguage::setCurrent(u"en"_s);
    }

    // An invoice read from its QR code alone while the offline OCR models are missing: its
    // finding says why the printed text went unread and what to install; with the models there
    // it says only what the QR code lacks.
    void qrOnlyFindingSaysWhenTheOcrModelsAreMissing()
    {
        QTemporaryDir empty;
        qputenv("REIMBURSE_OCR_MODELS", empty.path().toUtf8());
        const auto restore = qScopeGuard([] {
            qunsetenv("REIMBURSE_OCR_MODELS");
            OcrModelStatus::check().waitForFinished();
        });
        OcrModelStatus::check().waitForFinished(); // as the desk does at start, off the GUI thread
        Finding qrOnly{u"qr_only_missing"_s, Severity::Warning,
                       u"Read from the QR code only, which does not carry the seller: enter it from the invoice."_s,
                       u"仅从二维码读取，二维码不含销售方名称：请按发票填写。"_s, {u"seller_name"_s}};
        const Finding other{u"tax_id_invalid"_s, Severity::Error, u"The seller's tax id fails its check."_s,
                            u"销售方纳税人识别号校验不通过。"_s, {u"seller_tax_id"_s}};
        FindingsList list;
        list.setFindings({qrOnly, other});
        QCOMPARE(list.count(), 2);
        QVERIFY2(list.item(0)->text().contains(u"install-ocr-models.sh"_s), qPrintable(list.item(0)->text()));
        QVERIFY(list.item(0)->text().startsWith(qrOnly.message) || list.item(0)->text().startsWith(qrOnly.messageZh));
        QVERIFY(!list.item(1)->text().contains(u"install-ocr-models.sh"_s));
        // the worker already said it (the command line's finding): not twice
        qrOnly.message += u" Install them with scripts/install-ocr-models.sh."_s;
        qrOnly.messageZh += u" 请用 scripts/install-ocr-models.sh 安装。"_s;
        list.setFindings({qrOnly});
        QCOMPARE(list.item(0)->text().count(u"install-ocr-models.sh"_s), 1);
    }

    void emptyStateWithoutAnInvoice()
    {
        auto *empty = m_form->findChild<QLabel *>(u"emptyState"_s);
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), u"Select an invoice"_s);
        QCOMPARE(m_form->invoiceId(), 0);

        m_form->setInvoice(m_id);
        QCOMPARE(m_form->invoiceId(), m_id);
        QVERIFY(!empty->isVisible());
        QVERIFY(m_form->fieldView()->isVisible());
        QCOMPARE(m_form->fieldModel()->keys().mid(0, 3), (QStringList{u"title"_s, u"code"_s, u"number"_s}));
        QVERIFY(m_form->currentField().isEmpty());

        // The invoice goes away (and comes back on undo).
        QVERIFY(m_doc->removeInvoice(m_id));
        QVERIFY(empty->isVisible());
        m_doc->undoStack()->undo();
        QVERIFY(!empty->isVisible());

        m_form->setInvoice(0);
        QVERIFY(empty->isVisible());
    }

    void selectingARowEmitsFieldSelected()
    {
        m_form->setInvoice(m_id);
        QSignalSpy spy(m_form.get(), &FieldForm::fieldSelected);
        QTableView *view = m_form->fieldView();
        // A click on the label selects the field (and makes its value current, for typing).
        const QModelIndex label = valueIndex(*m_form, u"total"_s).siblingAtColumn(FieldTableModel::FieldColumn);
        view->scrollTo(label);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(label).center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), m_id);
        QCOMPARE(spy.at(0).at(1).toString(), u"total"_s);
        QCOMPARE(m_form->currentField(), u"total"_s);
        QCOMPARE(view->currentIndex().column(), int(FieldTableModel::ValueColumn));

        // Selecting the selected field again says nothing.
        m_form->selectField(u"total"_s);
        QCOMPARE(spy.size(), 1);
        m_form->selectField(u"date"_s);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(1).toString(), u"date"_s);
        QCOMPARE(view->currentIndex().row(), m_form->fieldModel()->rowOfKey(u"date"_s));
        m_form->selectField(u"no_such_field"_s);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(m_form->currentField(), u"date"_s);

        // An undo that keeps the field does not announce it again.
        QVERIFY(m_doc->editField(m_id, u"date"_s, u"2024-05-09"_s));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->setInvoiceType(m_id, InvoiceType::DigitalNormal)); // other rows, date still there
        QCOMPARE(m_form->currentField(), u"date"_s);
        QCOMPARE(view->currentIndex().row(), m_form->fieldModel()->rowOfKey(u"date"_s));
        QCOMPARE(spy.size(), 2);
    }

    void clickingAnAlternativeAppliesIt()
    {
        m_form->setInvoice(m_id);
        m_form->selectField(u"total"_s);
        QList<QPushButton *> buttons = alternativeButtons(*m_form);
        QCOMPARE(buttons.size(), 1);
        QVERIFY2(buttons.at(0)->text().contains(u"106.00"_s), qPrintable(buttons.at(0)->text()));
        QVERIFY2(buttons.at(0)->text().contains(u"QR code"_s), qPrintable(buttons.at(0)->text()));
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        const Field total = m_doc->invoice(m_id)->invoice.fields.value(u"total"_s);
        QCOMPARE(total.value, u"106.00"_s);
        QVERIFY(total.edited);
        QCOMPARE(total.machineValue, u"160.00"_s);
        // Now what was read is the alternative (to go back with one click).
        QTRY_COMPARE(alternativeButtons(*m_form).size(), 1);
        QVERIFY(alternativeButtons(*m_form).at(0)->text().contains(u"160.00"_s));
        auto *provenance = m_form->findChild<QLabel *>(u"provenance"_s);
        QVERIFY(provenance->text().contains(u"160.00 → 106.00"_s));
        keepPicture(m_form.get(), u"alternative-applied"_s);

        // A vendor's candidate is offered the same way.
        m_form->selectField(u"number"_s);
        buttons = alternativeButtons(*m_form);
        QCOMPARE(buttons.size(), 1);
        QVERIFY(buttons.at(0)->text().contains(u"12345679"_s));
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QCOMPARE(m_doc->invoice(m_id)->invoice.value(u"number"_s), u"12345679"_s);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->invoice(m_id)->invoice.value(u"number"_s), u"12345678"_s);
    }

    void clickingAFindingSelectsItsField()
    {
        m_form->setInvoice(m_id);
        auto *list = m_form->findChild<QListWidget *>(u"findingList"_s);
        QVERIFY(list && list->isVisible());
        int at = -1;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().contains(u"but the total says"_s))
                at = i;
        QVERIFY2(at >= 0, "total_mismatch is listed in English");
        QSignalSpy spy(m_form.get(), &FieldForm::fieldSelected);
        list->scrollToItem(list->item(at));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(at)).center());
        QCOMPARE(m_form->currentField(), u"pretax_amount"_s); // the finding's first field
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(1).toString(), u"pretax_amount"_s);
    }

    void findingsInTheUiLanguage()
    {
        uilanguage::setCurrent(u"zh_CN"_s);
        FieldForm form(m_doc.get());
        form.setInvoice(m_id);
        auto *list = form.findChild<QListWidget *>(u"findingList"_s);
        bool chinese = false;
        for (int i = 0; i < list->count(); ++i)
            chinese = chinese || list->item(i)->text().contains(u"价税合计"_s);
        QVERIFY(chinese);
        auto *type = form.findChild<QComboBox *>(u"typeCombo"_s);
        QCOMPARE(type->currentText(), invoiceTypeNameZh(InvoiceType::VatElectronicNormal));
    }

    void nextFindingWraps()
    {
        m_form->setInvoice(m_id);
        FieldTableModel *m = m_form->fieldModel();
        QList<int> expected;
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, 0).data(FieldTableModel::HasFindingRole).toBool())
                expected << row;
        QVERIFY2(expected.size() >= 3, "amounts and the check code have findings");
        QList<int> visited;
        for (int i = 0; i < expected.size() + 1; ++i) {
            m_form->nextFinding();
            visited << m->rowOfKey(m_form->currentField());
        }
        QCOMPARE(visited.mid(0, expected.size()), expected);
        QCOMPARE(visited.last(), expected.first()); // wrapped
    }

    void nextAndPreviousField()
    {
        m_form->setInvoice(m_id);
        m_form->nextField();
        QCOMPARE(m_form->currentField(), u"title"_s);
        m_form->nextField();
        QCOMPARE(m_form->currentField(), u"code"_s);
        m_form->previousField();
        m_form->previousField(); // stays at the first
        QCOMPARE(m_form->currentField(), u"title"_s);
        const QString last = m_form->fieldModel()->keys().constLast();
        m_form->selectField(last);
        m_form->nextField();
        QCOMPARE(m_form->currentField(), last);
    }

    void typeAndReviewedEditTheClaim()
    {
        m_form->setInvoice(m_id);
        auto *type = m_form->findChild<QComboBox *>(u"typeCombo"_s);
        auto *reviewed = m_form->findChild<QCheckBox *>(u"reviewedCheck"_s);
        QVERIFY(type && reviewed);
        QCOMPARE(type->currentText(), invoiceTypeNameEn(InvoiceType::VatElectronicNormal));
        const int taxi = type->findData(int(InvoiceType::Taxi));
        type->setCurrentIndex(taxi);
        emit type->activated(taxi); // what a person's choice in the popup does
        QCOMPARE(m_doc->invoice(m_id)->invoice.type, InvoiceType::Taxi);
        QCOMPARE(m_form->fieldModel()->keys().mid(0, 8), FieldLayout::keys(InvoiceType::Taxi));
        m_doc->undoStack()->undo();
        QCOMPARE(type->currentText(), invoiceTypeNameEn(InvoiceType::VatElectronicNormal));

        QVERIFY(!reviewed->isChecked());
        QTest::mouseClick(reviewed, Qt::LeftButton);
        QVERIFY(m_doc->invoice(m_id)->invoice.reviewed);
        m_doc->undoStack()->undo();
        QVERIFY(!reviewed->isChecked());
    }

    void inferredTypeIsMarked()
    {
        Invoice inv = reviewInvoice();
        inv.typeInferred = true;
        inv.typeSource = u"inferred:code"_s;
        const qint64 id = addInvoice(*m_doc, inv, "%PDF-1.4 inferred");
        auto *mark = m_form->findChild<QLabel *>(u"inferredMark"_s);
        m_form->setInvoice(id);
        QVERIFY(mark->isVisible());
        QVERIFY(mark->toolTip().contains(u"invoice code"_s));
        m_form->setInvoice(m_id);
        QVERIFY(!mark->isVisible());
    }

    void lineItemsAreShown()
    {
        m_form->setInvoice(m_id);
        auto *items = m_form->findChild<QTableView *>(u"itemTable"_s);
        QVERIFY(items);
        QCOMPARE(items->model()->rowCount(), 1);
        QCOMPARE(items->model()->index(0, 0).data().toString(), u"*餐饮服务*餐费"_s);
        QVERIFY(items->isVisible());
        auto *tabs = m_form->findChild<QTabWidget *>(u"lineLists"_s);
        QVERIFY(tabs->isTabVisible(0));
        QVERIFY(!tabs->isTabVisible(1)); // no flights
        // Columns nobody filled are hidden in the narrow panel.
        const int spec = FieldLayout::itemKeys().indexOf(u"spec"_s);
        QVERIFY(items->isColumnHidden(spec));
        QVERIFY(!items->isColumnHidden(0));
    }

    void keyboardEditing()
    {
        m_form->setInvoice(m_id);
        QApplication::setActiveWindow(m_form.get());
        if (!QTest::qWaitForWindowActive(m_form.get()))
            QSKIP("this platform does not activate windows without a window manager");
        QTableView *view = m_form->fieldView();
        m_form->selectField(u"pretax_amount"_s);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());

        // Tab and Enter go to the next field's value.
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(m_form->currentField(), u"tax_amount"_s);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_form->currentField(), u"total"_s);
        QCOMPARE(view->currentIndex().column(), int(FieldTableModel::ValueColumn));

        // Typing edits; a bad amount keeps the editor open and changes nothing.
        QSignalSpy refused(m_form.get(), &FieldForm::inputRefused);
        typeText(u"12x"_s);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"12x"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(m_doc->invoice(m_id)->invoice.value(u"total"_s), u"160.00"_s);
        auto *message = m_form->findChild<QLabel *>(u"refusedMessage"_s);
        QVERIFY(message->isVisible());

        // Fixed and confirmed: the value is stored and the cursor moves on.
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(m_doc->invoice(m_id)->invoice.value(u"total"_s), u"12.00"_s);
        QCOMPARE(m_form->currentField(), u"total_in_words"_s);
        QCOMPARE(QApplication::focusWidget(), view); // the editor closed

        // F2 edits too, Escape leaves the value.
        m_form->selectField(u"seller_name"_s);
        QTest::keyClick(view, Qt::Key_F2);
        auto *seller = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(seller);
        QCOMPARE(seller->text(), u"上海餐饮有限公司"_s);
        QTest::keyClick(seller, Qt::Key_Escape);
        QCOMPARE(m_doc->invoice(m_id)->invoice.value(u"seller_name"_s), u"上海餐饮有限公司"_s);

        // editCurrentField() opens the editor from the keyboard shortcut of the window.
        m_form->editCurrentField();
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    }

    void badInputThroughTheModelIsRefused()
    {
        m_form->setInvoice(m_id);
        QSignalSpy refused(m_form.get(), &FieldForm::inputRefused);
        const int commands = m_doc->undoStack()->count();
        QVERIFY(!m_form->fieldModel()->setData(valueIndex(*m_form, u"date"_s), u"2024-02-30"_s));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(u"2024-02-30"_s));
        QCOMPARE(m_doc->undoStack()->count(), commands);
        QCOMPARE(m_doc->invoice(m_id)->invoice.value(u"date"_s), u"2024-05-08"_s);
    }

    // A real recognition of a generated sample in the panel's usual size: labels are not cut,
    // values fit. RA_FORM_SCREENSHOT=file.png keeps a picture of it for a person to look at.
    void recognisedSampleFits_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::newRow("electronic-normal.pdf en") << u"electronic-normal.pdf"_s << u"en"_s;
        QTest::newRow("electronic-normal.pdf zh") << u"electronic-normal.pdf"_s << u"zh_CN"_s;
        QTest::newRow("digital-special.pdf en") << u"digital-special.pdf"_s << u"en"_s;
        QTest::newRow("digital-normal.ofd en") << u"digital-normal.ofd"_s << u"en"_s;
    }

    void recognisedSampleFits()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        if (!QFileInfo::exists(test::samplesGeneratorPath()))
            QSKIP("reimburse-samples is not built");
        if (m_samples.isEmpty()) {
            QVERIFY(m_samplesDir.isValid());
            QProcess gen;
            gen.start(test::samplesGeneratorPath(), {m_samplesDir.path()});
            QVERIFY(gen.waitForFinished(120000));
            QCOMPARE(gen.exitCode(), 0);
            m_samples = m_samplesDir.path();
        }
        QFile f(m_samples + u'/' + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        LocalRecognizer::Options options;
        options.validation.today = QDate(2024, 6, 1);
        const RecognizedDocument recognized = LocalRecognizer::recognizeBytes(bytes, file, options);
        QVERIFY(!recognized.invoices.isEmpty());
        QCOMPARE(m_doc->addDocument(bytes, recognized), ClaimDocument::AddResult::Added);
        const qint64 id = m_doc->invoices().constLast().id;

        uilanguage::setCurrent(language);
        FieldForm form(m_doc.get());
        form.resize(420, 800);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.setInvoice(id);
        form.selectField(u"total"_s);
        QTableView *view = form.fieldView();
        FieldTableModel *m = form.fieldModel();
        QVERIFY(m->rowCount() > 8);
        QTest::qWait(50); // let the layout settle as it would on screen
        QVERIFY(!form.grab().isNull());
        keepPicture(&form, u"%1-%2"_s.arg(QFileInfo(file).completeBaseName(), language));

        // Every label and source fits its column (none is cut); the value column is wide enough for
        // an amount and a company name.
        const QFontMetrics fm = view->fontMetrics();
        const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize);
        for (int row = 0; row < m->rowCount(); ++row) {
            const QString label = m->index(row, FieldTableModel::FieldColumn).data().toString();
            QVERIFY2(fm.horizontalAdvance(label) + icon + 8 <= view->columnWidth(FieldTableModel::FieldColumn),
                     qPrintable(label));
            const QModelIndex sourceIndex = m->index(row, FieldTableModel::SourceColumn);
            const QString source = sourceIndex.data().toString();
            const QFontMetrics sfm(sourceIndex.data(Qt::FontRole).value<QFont>());
            QVERIFY2(sfm.horizontalAdvance(source) + 8 <= view->columnWidth(FieldTableModel::SourceColumn),
                     qPrintable(source));
        }
        QVERIFY(view->columnWidth(FieldTableModel::ValueColumn) >= fm.horizontalAdvance(u"上海示例科技有限公司"_s));
        for (const QString &key : {u"number"_s, u"code"_s, u"check_code"_s, u"date"_s, u"total"_s, u"seller_tax_id"_s}) {
            const QString value = m->index(m->rowOfKey(key), FieldTableModel::ValueColumn).data().toString();
            QVERIFY2(fm.horizontalAdvance(value) + 8 <= view->columnWidth(FieldTableModel::ValueColumn), qPrintable(value));
        }
        QVERIFY(view->horizontalHeader()->length() <= view->viewport()->width() + 1); // no sideways scrolling

    }

private:
    QTemporaryDir m_samplesDir;
    QString m_samples;
    std::unique_ptr<ClaimDocument> m_doc;
    std::unique_ptr<FieldForm> m_form;
    qint64 m_id = 0;
};

QTEST_MAIN(TestFieldForm)
#include "tst_fieldform.moc"
