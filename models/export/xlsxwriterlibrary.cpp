#include "export/xlsxwriterlibrary.h"

#include "log.h"

#include <dlfcn.h>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

void *openIsolated(const char *name)
{
#if defined(__GLIBC__)
    return dlmopen(LM_ID_NEWLM, name, RTLD_NOW | RTLD_LOCAL);
#else
    return dlopen(name, RTLD_NOW | RTLD_LOCAL);
#endif
}

template<typename F>
bool resolve(void *handle, const char *symbol, F &out, QString *missing)
{
    out = reinterpret_cast<F>(dlsym(handle, symbol));
    if (!out && missing->isEmpty())
        *missing = QString::fromLatin1(symbol);
    return out != nullptr;
}

} // namespace

bool XlsxWriterLibrary::load(QString *error)
{
    void *handle = nullptr;
    QString tried;
    // The library the build was configured with first, then the usual names.
    for (const char *name : {RA_XLSXWRITER_LIBRARY, "libxlsxwriter.so.4", "libxlsxwriter.so", "libxlsxwriter.dylib"}) {
        handle = openIsolated(name);
        if (handle)
            break;
        tried += QString::fromLocal8Bit(dlerror()) + u"; "_s;
    }
    if (!handle) {
        *error = u"libxlsxwriter cannot be loaded (%1)"_s.arg(tried);
        return false;
    }
    // Never unloaded: the namespace lives as long as the process.
    QString missing;
    resolve(handle, "workbook_new_opt", workbookNewOpt, &missing);
    resolve(handle, "workbook_add_worksheet", workbookAddWorksheet, &missing);
    resolve(handle, "workbook_add_format", workbookAddFormat, &missing);
    resolve(handle, "workbook_close", workbookClose, &missing);
    resolve(handle, "format_set_bold", formatSetBold, &missing);
    resolve(handle, "format_set_bg_color", formatSetBgColor, &missing);
    resolve(handle, "format_set_border", formatSetBorder, &missing);
    resolve(handle, "format_set_top", formatSetTop, &missing);
    resolve(handle, "format_set_text_wrap", formatSetTextWrap, &missing);
    resolve(handle, "format_set_align", formatSetAlign, &missing);
    resolve(handle, "format_set_num_format", formatSetNumFormat, &missing);
    resolve(handle, "worksheet_set_column", worksheetSetColumn, &missing);
    resolve(handle, "worksheet_write_string", worksheetWriteString, &missing);
    resolve(handle, "worksheet_write_number", worksheetWriteNumber, &missing);
    resolve(handle, "worksheet_write_datetime", worksheetWriteDatetime, &missing);
    resolve(handle, "worksheet_write_formula_num", worksheetWriteFormulaNum, &missing);
    resolve(handle, "worksheet_write_blank", worksheetWriteBlank, &missing);
    resolve(handle, "worksheet_freeze_panes", worksheetFreezePanes, &missing);
    resolve(handle, "worksheet_autofilter", worksheetAutofilter, &missing);
    resolve(handle, "lxw_strerror", strerror, &missing);
#if defined(__GLIBC__)
    // Not an error when absent: a future glibc may set the tables up itself.
    m_ctypeInit = reinterpret_cast<void (*)()>(dlsym(handle, "__ctype_init"));
#endif
    if (!missing.isEmpty()) {
        *error = u"libxlsxwriter lacks %1"_s.arg(missing);
        return false;
    }
    return true;
}

const XlsxWriterLibrary *XlsxWriterLibrary::instance(QString *error)
{
    static XlsxWriterLibrary library;
    static QString loadError;
    static const bool ok = [] {
        const bool loaded = library.load(&loadError);
        if (!loaded)
            log::get("models.export")->warn("{}", loadError.toStdString());
        return loaded;
    }();
    if (!ok && error)
        *error = loadError;
    return ok ? &library : nullptr;
}

} // namespace ra
