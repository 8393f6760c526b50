#include "hostiledocuments.h"
#include "pdfbytes.h"

namespace ra::test {

QByteArray cyclicPageTreePdf()
{
    return buildPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"});
}

QByteArray manyPagePdf(int pages)
{
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(i + 3) + " 0 R ";
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>",
                              "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>"};
    for (int i = 0; i < pages; ++i)
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    return buildPdf(objects);
}

QByteArray workerHook(const char *action)
{
    return QByteArray("%RA-WORKER-TEST ") + action + '\n';
}

} // namespace ra::test
