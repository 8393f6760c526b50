#include "export/exportregistry.h"

#include "export/csvexporter.h"
#include "export/jsonexporter.h"
#include "export/pdfreportexporter.h"
#include "export/xlsxexporter.h"

#include "outputfile.h"

using namespace Qt::StringLiterals;

namespace ra::exports {

QStringList formats()
{
    return {u"xlsx"_s, u"csv"_s, u"json"_s, u"pdf"_s};
}

std::unique_ptr<ExportWriter> create(const QString &format)
{
    if (format == u"xlsx")
        return std::make_unique<XlsxExporter>();
    if (format == u"csv")
        return std::make_unique<CsvExporter>();
    if (format == u"json")
        return std::make_unique<JsonExporter>();
    if (format == u"pdf")
        return std::make_unique<PdfReportExporter>();
    return nullptr;
}

QString saveToFile(ExportWriter &writer, const ExportSource &source, const ExportOptions &options, const QString &path)
{
    // As reimburse-cli writes --out: a temporary file beside the target, every write checked,
    // fsync()ed, renamed over it; the previous file untouched on any failure, and the system's
    // own reason ("No space left on device") returned. A device or FIFO is written as a stream.
    return writeOutputFile(path, [&](QIODevice *device) {
        if (writer.write(source, options, device))
            return QString();
        return writer.errorString().isEmpty() ? u"the export failed"_s : writer.errorString();
    });
}

} // namespace ra::exports
