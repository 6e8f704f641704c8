// CSV as officers' spreadsheets save it: ";" (Nordic Excel), "," or tab between cells,
// UTF-8 with or without a byte order mark, UTF-16 with one ("Unicode text"), or
// Windows-1252 (Excel's "CSV" on a Western Windows), fields quoted as RFC 4180 says.

#include "readersupport.h"
#include "tablereaders.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>

namespace Fortegnelse::Tables {

namespace {

/// Windows-1252's characters for 0x80-0x9F; 0 where it has none.
constexpr std::array<char16_t, 32> Cp1252High = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

/// Decodes \a bytes; false with the 1-based line of the first byte that is neither UTF-8
/// nor Windows-1252.
bool decode(const QByteArray &bytes, QString *text, QString *encoding, int *badLine)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        *text = decoder.decode(bytes.mid(2));
        *encoding = QStringLiteral("UTF-16");
        *badLine = 1;
        return !decoder.hasError();
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    *text = utf8.decode(bom ? bytes.mid(3) : bytes);
    if (!utf8.hasError()) {
        *encoding = bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8");
        return true;
    }
    if (bom) { // a file that says it is UTF-8 and is not is damaged, not Windows-1252
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        for (qsizetype line = 0; line < lines.size(); ++line) {
            QStringDecoder probe(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            const QString decoded = probe.decode(lines.at(line));
            if (probe.hasError()) {
                *badLine = int(line + 1);
                break;
            }
        }
        return false;
    }
    text->clear();
    text->reserve(bytes.size());
    int line = 1;
    for (char byte : bytes) {
        const uchar b = uchar(byte);
        if (b == '\n')
            ++line;
        if (b >= 0x80 && b <= 0x9F) {
            const char16_t c = Cp1252High.at(b - 0x80);
            if (c == 0) {
                *badLine = line;
                return false;
            }
            text->append(QChar(c));
        } else {
            text->append(QChar(char16_t(b)));
        }
    }
    *encoding = QStringLiteral("Windows-1252");
    return true;
}

/// The separator most lines agree on among ";", tab and ",".
QChar detectDelimiter(QStringView text)
{
    const std::array<QChar, 3> candidates = {u';', u'\t', u','};
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current = {0, 0, 0};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 50; ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'\n') {
            if (current != std::array<int, 3>{0, 0, 0}) {
                for (int k = 0; k < 3; ++k)
                    counts[k].append(current[k]);
                ++lines;
            }
            current = {0, 0, 0};
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k)
                current[k] += c == candidates[k];
        }
    }
    if (current != std::array<int, 3>{0, 0, 0}) {
        for (int k = 0; k < 3; ++k)
            counts[k].append(current[k]);
    }
    int best = 0;
    int bestScore = -1;
    for (int k = 0; k < 3; ++k) {
        if (counts[k].isEmpty() || counts[k].first() == 0)
            continue;
        const int score = int(std::count(counts[k].cbegin(), counts[k].cend(), counts[k].first()));
        if (score > bestScore) {
            best = k;
            bestScore = score;
        }
    }
    return candidates[best];
}

} // namespace

bool readCsv(const QString &path, const ReadLimits &limits, TableWorkbook *out, QString *error)
{
    out->format = QStringLiteral("csv");
    QFile file(path);
    if (file.size() > limits.maxFileBytes) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file is larger than %2 MB, more than any record needs."))
                     .arg(out->fileName)
                     .arg(limits.maxFileBytes >> 20);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file cannot be read: %2")).arg(out->fileName, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (bytes.size() > limits.maxFileBytes) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file is larger than %2 MB, more than any record needs."))
                     .arg(out->fileName)
                     .arg(limits.maxFileBytes >> 20);
        return false;
    }
    QString text;
    int badLine = 0;
    if (!decode(bytes, &text, &out->encoding, &badLine)) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: line %2: the text is neither UTF-8 nor Windows-1252; save the file as "
                                                                   "\"CSV UTF-8\" and import it again."))
                     .arg(out->fileName)
                     .arg(badLine);
        return false;
    }
    if (text.contains(QChar(0))) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file holds NUL characters; it is not a CSV file.")).arg(out->fileName);
        return false;
    }
    qsizetype start = 0;
    QChar delimiter;
    if (text.startsWith(QStringLiteral("sep=")) && text.size() > 4) { // Excel's own hint
        delimiter = text.at(4);
        start = text.indexOf(u'\n');
        start = start < 0 ? text.size() : start + 1;
    } else {
        delimiter = detectDelimiter(text);
    }
    out->sheets.append(TableSheet{QFileInfo(path).completeBaseName(), {}});
    TableSheet &sheet = out->sheets.last();
    CellSink sink(limits);
    int row = 0;
    int column = 0;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    const auto endField = [&] {
        TableCell cell{wasQuoted ? field : field.trimmed(), CellKind::Text, false, false};
        field.clear();
        wasQuoted = false;
        if (column >= 16384) {
            *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: line %2 has more than 16,384 cells.")).arg(out->fileName).arg(row + 1);
            return false;
        }
        if (sink.put(sheet, row, column++, std::move(cell), error))
            return true;
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: %2")).arg(out->fileName, *error);
        return false;
    };
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = wasQuoted = true;
            field.clear();
        } else if (c == delimiter) {
            if (!endField())
                return false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (!endField())
                return false;
            ++row;
            column = 0;
        } else {
            field += c;
        }
        if (field.size() > limits.maxCellChars) {
            *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: %2 holds more than %3 characters, more than a spreadsheet cell can."))
                         .arg(out->fileName, cellReference(sheet, row, column))
                         .arg(limits.maxCellChars);
            return false;
        }
    }
    if (quoted) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: %2: a quoted cell is never closed.")).arg(out->fileName, cellReference(sheet, row, column));
        return false;
    }
    return endField();
}

} // namespace Fortegnelse::Tables
