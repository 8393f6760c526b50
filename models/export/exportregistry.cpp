#include "export/exportregistry.h"

#include "export/csvexporter.h"
#include "export/jsonexporter.h"
#include "export/pdfreportexporter.h"
#include "export/xlsxexporter.h"

#include <QSaveFile>

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (!writer.write(source, options, &file)) {
        file.cancelWriting();
        return writer.errorString();
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace ra::exports
