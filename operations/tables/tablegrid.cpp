#include "tablegrid.h"

#include <QCoreApplication>

namespace Fortegnelse::Tables {

int TableSheet::columnCount() const
{
    qsizetype columns = 0;
    for (const QList<TableCell> &row : rows)
        columns = std::max(columns, row.size());
    return int(columns);
}

const TableCell &TableSheet::cell(int row, int column) const
{
    static const TableCell empty;
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return empty;
    return rows.at(row).at(column);
}

bool TableSheet::isBlankRow(int row) const
{
    if (row < 0 || row >= rows.size())
        return true;
    for (const TableCell &c : rows.at(row)) {
        if (!c.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString cellName(int row, int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters + QString::number(row + 1);
}

QString cellReference(const TableSheet &sheet, int row, int column)
{
    return QCoreApplication::translate("Fortegnelse::Tables", "%1, %2")
        .arg(sheet.name, cellName(row, column));
}

int columnFromLetters(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int column = 0;
    for (QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        column = column * 26 + (u - u'A' + 1);
    }
    return column - 1;
}

} // namespace Fortegnelse::Tables
