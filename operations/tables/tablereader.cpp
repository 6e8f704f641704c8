#include "tablereader.h"

#include "readersupport.h"
#include "tablereaders.h"
#include "zipsource.h"

#include <QFile>
#include <QFileInfo>

namespace Fortegnelse::Tables {

namespace {

bool dispatch(const QString &path, const ReadLimits &limits, TableWorkbook *out, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file does not exist.")).arg(out->fileName);
        return false;
    }
    if (!info.isFile()) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: This is not an ordinary file.")).arg(out->fileName);
        return false;
    }
    const QString suffix = info.suffix().toLower();
    if (looksLikeZip(path)) {
        ZipSource zip(path, limits);
        if (!zip.open(error))
            return false;
        if (zip.contains(QStringLiteral("xl/workbook.xml")))
            return readXlsx(path, limits, out, error);
        if (zip.contains(QStringLiteral("word/document.xml")))
            return readDocx(path, limits, out, error);
        if (zip.contains(QStringLiteral("mimetype")) && zip.contains(QStringLiteral("content.xml")))
            return readOdf(path, limits, out, error);
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The ZIP archive is not a spreadsheet or a document with tables.")).arg(out->fileName);
        return false;
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("\xD0\xCF\x11\xE0")) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file is in Office's old binary format (.xls or .doc); save it as .xlsx, "
                                                                   ".docx or .ods and import that."))
                     .arg(out->fileName);
        return false;
    }
    if (QStringList{QStringLiteral("xlsx"), QStringLiteral("ods"), QStringLiteral("docx"), QStringLiteral("odt")}
            .contains(suffix)) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file is named .%2 but is not a ZIP archive, as such a file is."))
                     .arg(out->fileName, suffix);
        return false;
    }
    return readCsv(path, limits, out, error);
}

} // namespace

bool readTableFile(const QString &path, TableWorkbook *out, QString *error, const ReadLimits &limits)
{
    *out = TableWorkbook{};
    out->fileName = QFileInfo(path).fileName();
    if (dispatch(path, limits, out, error))
        return true;
    const QString fileName = out->fileName;
    *out = TableWorkbook{};
    out->fileName = fileName;
    return false;
}

} // namespace Fortegnelse::Tables
