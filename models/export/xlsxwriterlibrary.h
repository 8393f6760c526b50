#pragma once

#include <QString>
#include <xlsxwriter.h>

namespace ra {

// libxlsxwriter, loaded on first use into a link-map namespace of its own (glibc dlmopen).
// Why: libxlsxwriter packs the workbook with the system minizip, and QuaZip (which the OFD
// reader uses) exports the same zipOpen/zipClose/... symbols with different meanings; linked
// into one process, whichever comes first serves both, and the other crashes. In its own
// namespace libxlsxwriter binds to its own minizip. Only the functions the exporter uses are
// resolved; memory never crosses the boundary (the workbook is created, filled and freed by the
// library, our strings are only read). Elsewhere it is an ordinary local dlopen (macOS and
// Windows bind symbols per library anyway).
class XlsxWriterLibrary
{
public:
    // The loaded library, or null with `error` saying why (not installed, a symbol missing).
    static const XlsxWriterLibrary *instance(QString *error = nullptr);

    decltype(&::workbook_new_opt) workbookNewOpt = nullptr;
    decltype(&::workbook_add_worksheet) workbookAddWorksheet = nullptr;
    decltype(&::workbook_add_format) workbookAddFormat = nullptr;
    decltype(&::workbook_close) workbookClose = nullptr;
    decltype(&::format_set_bold) formatSetBold = nullptr;
    decltype(&::format_set_bg_color) formatSetBgColor = nullptr;
    decltype(&::format_set_border) formatSetBorder = nullptr;
    decltype(&::format_set_top) formatSetTop = nullptr;
    decltype(&::format_set_text_wrap) formatSetTextWrap = nullptr;
    decltype(&::format_set_align) formatSetAlign = nullptr;
    decltype(&::format_set_num_format) formatSetNumFormat = nullptr;
    decltype(&::worksheet_set_column) worksheetSetColumn = nullptr;
    decltype(&::worksheet_write_string) worksheetWriteString = nullptr;
    decltype(&::worksheet_write_number) worksheetWriteNumber = nullptr;
    decltype(&::worksheet_write_datetime) worksheetWriteDatetime = nullptr;
    decltype(&::worksheet_write_formula_num) worksheetWriteFormulaNum = nullptr;
    decltype(&::worksheet_write_blank) worksheetWriteBlank = nullptr;
    decltype(&::worksheet_freeze_panes) worksheetFreezePanes = nullptr;
    decltype(&::worksheet_autofilter) worksheetAutofilter = nullptr;
    decltype(&::lxw_strerror) strerror = nullptr;

    // Call on the thread that is about to use the library, before any other call. The C library
    // of the namespace sets up its per-thread character tables (isalnum() and the like) only for
    // the thread that loaded it: on any other thread they are null and libxlsxwriter crashes
    // (in workbook_add_worksheet() on a Chinese sheet name, say). Cheap; a no-op elsewhere.
    void prepareThread() const
    {
        if (m_ctypeInit)
            m_ctypeInit();
    }

private:
    void (*m_ctypeInit)() = nullptr;   // the namespace's glibc __ctype_init

    XlsxWriterLibrary() = default;
    bool load(QString *error);
};

} // namespace ra
