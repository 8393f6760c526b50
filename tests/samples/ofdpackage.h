#pragma once

#include "sampleinvoice.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ra::samples {

// An OFD (GB/T 33190) e-invoice package laid out like the ones the tax system issues:
// OFD.xml with CustomData, Doc_0/Document.xml, PublicRes/DocumentRes, a template page with the
// printed labels and frame, the page with the values as TextObjects and the QR code as an
// ImageObject, Attachs/original_invoice.xml, and Tags linking invoice fields to TextObject IDs.
class OfdPackage
{
public:
    explicit OfdPackage(const SampleInvoice &invoice);

    // Entry name → bytes, in the order they are zipped.
    QList<QPair<QString, QByteArray>> entries() const;
    bool write(const QString &path, QString *error) const;

private:
    const SampleInvoice &m_invoice;
};

} // namespace ra::samples
