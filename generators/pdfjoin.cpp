#include "pdfjoin.h"

#include <QCoreApplication>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <vector>

namespace Fortegnelse {

bool joinPdfs(const QList<QByteArray> &parts, QByteArray *out, QString *error)
{
    if (parts.isEmpty()) {
        *error = QCoreApplication::translate("Fortegnelse::PdfJoin", "There are no pages to join.");
        return false;
    }
    if (parts.size() == 1) {
        *out = parts.first();
        return true;
    }
    try {
        // qpdf reads the parts in place and copies pages from them lazily, when writing:
        // the parts and their QPDF objects stay alive until the joined file is written.
        std::vector<std::unique_ptr<QPDF>> documents;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            auto pdf = std::make_unique<QPDF>();
            pdf->setSuppressWarnings(true);
            const std::string name = "part " + std::to_string(i + 1);
            pdf->processMemoryFile(name.c_str(), parts.at(i).constData(), size_t(parts.at(i).size()));
            documents.push_back(std::move(pdf));
        }
        QPDFPageDocumentHelper joined(*documents.front());
        for (size_t i = 1; i < documents.size(); ++i)
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*documents[i]).getAllPages())
                joined.addPage(page, false);
        QPDFWriter writer(*documents.front());
        writer.setOutputMemory();
        writer.setDecodeLevel(qpdf_dl_none); // the parts' streams are compressed already
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        *out = QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
        return true;
    } catch (const std::exception &e) {
        *error = QCoreApplication::translate("Fortegnelse::PdfJoin", "The parts of the PDF could not be joined: %1")
                     .arg(QString::fromLocal8Bit(e.what()));
        return false;
    }
}

} // namespace Fortegnelse
