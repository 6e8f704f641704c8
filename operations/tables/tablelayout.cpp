#include "tablelayout.h"

#include "cnillayout.h"
#include "readersupport.h"

#include <QSet>

namespace Fortegnelse::Tables {

namespace {

constexpr int HeaderRowsSearched = 40;
constexpr int LabelColumnsSearched = 6;
constexpr int LabelRowsSearched = 400; ///< a form is shorter; a long table needs no more to tell
constexpr int MinimumFields = 3;

struct RowCandidate
{
    int sheet = -1;
    int row = -1;
    int fields = 0;
};

/// The distinct fields a row's cells name.
int fieldsInRow(const TableSheet &sheet, int row)
{
    QSet<ImportField> fields;
    for (int column = 0; column < sheet.rows.at(row).size(); ++column) {
        const HeaderMatch match = matchHeader(sheet.text(row, column));
        if (match.score > 0)
            fields.insert(match.field);
    }
    return int(fields.size());
}

/// The distinct fields the labels of \a column name, by exact or leading synonym.
int fieldsInColumn(const TableSheet &sheet, int column)
{
    QSet<ImportField> fields;
    for (int row = 0; row < std::min(sheet.rowCount(), LabelRowsSearched); ++row) {
        const TableCell &cell = sheet.cell(row, column);
        if (cell.merged && column > 0)
            continue;
        const HeaderMatch match = matchHeader(cell.text);
        if (match.score >= HeaderMatch::Prefix)
            fields.insert(match.field);
    }
    return int(fields.size());
}

RowCandidate bestHeaderRow(const TableWorkbook &book, const QList<int> &sheets)
{
    RowCandidate best;
    for (int index : sheets) {
        const TableSheet &sheet = book.sheets.at(index);
        for (int row = 0; row < std::min(sheet.rowCount(), HeaderRowsSearched); ++row) {
            const int fields = fieldsInRow(sheet, row);
            if (fields > best.fields)
                best = {index, row, fields};
        }
    }
    return best;
}

void mapColumns(const TableSheet &sheet, TableLayout *layout)
{
    layout->columns.clear();
    QHash<ImportField, int> bestScore;
    QHash<ImportField, int> bestColumn;
    const QList<TableCell> &header = sheet.rows.at(layout->headerRow);
    for (int column = 0; column < header.size(); ++column) {
        const QString text = header.at(column).text;
        if (text.trimmed().isEmpty() || (header.at(column).merged && column > 0 && header.at(column - 1).text == text))
            continue;
        const HeaderMatch match = matchHeader(text);
        layout->columns.append({column, text.simplified(), ImportField::None});
        if (match.score > bestScore.value(match.field, 0)) {
            bestScore.insert(match.field, match.score);
            bestColumn.insert(match.field, column);
        }
    }
    for (ColumnMapping &mapping : layout->columns) {
        for (auto it = bestColumn.cbegin(); it != bestColumn.cend(); ++it) {
            if (it.value() == mapping.column)
                mapping.field = it.key();
        }
    }
}

QString join(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a
                                         : a + u'\n' + b;
}

void readHeaderBlock(const TableSheet &sheet, int lastRow, HeaderBlock *block)
{
    for (int row = 0; row < std::min(lastRow, sheet.rowCount()); ++row) {
        const QList<TableCell> &cells = sheet.rows.at(row);
        for (int column = 0; column + 1 < cells.size(); ++column) {
            const HeaderBlockField field = matchHeaderBlockLabel(cells.at(column).text);
            if (field == HeaderBlockField::None)
                continue;
            int valueColumn = column + 1;
            while (valueColumn < cells.size()
                   && (cells.at(valueColumn).text.trimmed().isEmpty() || cells.at(valueColumn).text == cells.at(column).text))
                ++valueColumn;
            if (valueColumn >= cells.size())
                continue;
            SourceValue value{cells.at(valueColumn).text.trimmed(), cellReference(sheet, row, valueColumn)};
            SourceValue *target = field == HeaderBlockField::Organisation ? &block->organisation
                : field == HeaderBlockField::Dpo                          ? &block->dpo
                                                                          : &block->representative;
            if (target->text.isEmpty())
                *target = value;
            break;
        }
    }
}

QList<RawActivity> horizontalActivities(const TableSheet &sheet, const TableLayout &layout)
{
    QList<RawActivity> activities;
    int nameColumn = -1;
    for (const ColumnMapping &mapping : layout.columns) {
        if (mapping.field == ImportField::Name)
            nameColumn = mapping.column;
    }
    for (int row = layout.headerRow + 1; row < sheet.rowCount(); ++row) {
        RawActivity activity;
        activity.place = cellReference(sheet, row, 0);
        for (const ColumnMapping &mapping : layout.columns) {
            const QString text = sheet.text(row, mapping.column).trimmed();
            if (mapping.field != ImportField::None && !text.isEmpty())
                activity.values.insert(mapping.field, {text, cellReference(sheet, row, mapping.column)});
        }
        if (activity.values.isEmpty())
            continue; // a blank row, or one whose cells no column maps
        // A row whose activity name is merged down from the row above continues that
        // activity: its own cells (not the merged copies) add to the lists above.
        const TableCell &name = sheet.cell(row, nameColumn);
        if (name.merged && !activities.isEmpty()
            && activities.last().values.value(ImportField::Name).text == name.text.trimmed()) {
            RawActivity &previous = activities.last();
            for (const ColumnMapping &mapping : layout.columns) {
                const TableCell &cell = sheet.cell(row, mapping.column);
                if (mapping.field == ImportField::None || cell.merged || cell.text.trimmed().isEmpty())
                    continue;
                SourceValue &value = previous.values[mapping.field];
                if (value.place.isEmpty())
                    value.place = cellReference(sheet, row, mapping.column);
                value.text = join(value.text, cell.text.trimmed());
            }
            continue;
        }
        activities.append(activity);
    }
    return activities;
}

QList<RawActivity> verticalActivities(const TableSheet &sheet, int labelColumn)
{
    QList<RawActivity> activities;
    RawActivity current;
    current.place = sheet.name;
    for (int row = 0; row < sheet.rowCount(); ++row) {
        const QList<TableCell> &cells = sheet.rows.at(row);
        if (labelColumn >= cells.size())
            continue;
        const HeaderMatch match = matchHeader(cells.at(labelColumn).text);
        if (match.score < HeaderMatch::Contains)
            continue;
        int valueColumn = labelColumn + 1;
        while (valueColumn < cells.size()
               && (cells.at(valueColumn).text.trimmed().isEmpty()
                   || (cells.at(valueColumn).merged && cells.at(valueColumn).text == cells.at(labelColumn).text)))
            ++valueColumn;
        if (valueColumn >= cells.size())
            continue;
        if (match.field == ImportField::Name && current.values.contains(ImportField::Name)) {
            activities.append(current);
            current = RawActivity{};
            current.place = cellReference(sheet, row, labelColumn);
        }
        SourceValue &value = current.values[match.field];
        value.text = join(value.text, cells.at(valueColumn).text.trimmed());
        if (value.place.isEmpty())
            value.place = cellReference(sheet, row, valueColumn);
    }
    if (!current.values.isEmpty()) {
        if (!current.values.contains(ImportField::Name))
            current.values.insert(ImportField::Name, {sheet.name, sheet.name});
        activities.append(current);
    }
    return activities;
}

} // namespace

QString layoutKey(LayoutKind kind)
{
    switch (kind) {
    case LayoutKind::Auto: return QStringLiteral("auto");
    case LayoutKind::Horizontal: return QStringLiteral("horizontal");
    case LayoutKind::Vertical: return QStringLiteral("vertical");
    case LayoutKind::Ico: return QStringLiteral("ico");
    case LayoutKind::Fortegnelse: return QStringLiteral("fortegnelse");
    case LayoutKind::Cnil: return QStringLiteral("cnil");
    }
    return {};
}

std::optional<LayoutKind> layoutFromKey(const QString &key)
{
    for (LayoutKind kind : {LayoutKind::Auto, LayoutKind::Horizontal, LayoutKind::Vertical, LayoutKind::Ico,
                            LayoutKind::Fortegnelse, LayoutKind::Cnil}) {
        if (layoutKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

bool detectLayout(const TableWorkbook &book, LayoutKind requested, const QString &sheetName, TableLayout *layout,
                  QString *error)
{
    *layout = TableLayout{};
    QList<int> sheets;
    for (int index = 0; index < book.sheets.size(); ++index) {
        if (sheetName.isEmpty() || book.sheets.at(index).name == sheetName)
            sheets.append(index);
    }
    if (sheets.isEmpty()) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: There is no sheet named \"%2\".")).arg(book.fileName, sheetName);
        return false;
    }

    // Fortegnelse's own export: its first sheet "Activities" from "Processing activity" in A1.
    if (requested == LayoutKind::Auto || requested == LayoutKind::Fortegnelse) {
        for (int index : sheets) {
            const TableSheet &sheet = book.sheets.at(index);
            if ((sheet.name == u"Activities" || book.format == u"csv") && sheet.text(0, 0) == u"Processing activity"
                && sheet.text(0, 4) == u"Legal basis") {
                *layout = TableLayout{LayoutKind::Fortegnelse, {index}, 0, -1, {}, {}};
                mapColumns(sheet, layout);
                return true;
            }
        }
        if (requested == LayoutKind::Fortegnelse) {
            *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: No sheet is Fortegnelse's own export (a sheet \"Activities\" with "
                                                                       "\"Processing activity\" in A1)."))
                         .arg(book.fileName);
            return false;
        }
    }

    // The ICO's controller template: sheet "Template", the headers in row 9 from "Business function".
    if (requested == LayoutKind::Auto || requested == LayoutKind::Ico) {
        for (int index : sheets) {
            const TableSheet &sheet = book.sheets.at(index);
            if (sheet.name == u"Template" && foldHeader(sheet.text(8, 0)) == u"business function") {
                *layout = TableLayout{LayoutKind::Ico, {index}, 8, -1, {}, {}};
                mapColumns(sheet, layout);
                return true;
            }
        }
        if (requested == LayoutKind::Ico) {
            *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: No sheet is laid out as the ICO's template (a sheet \"Template\" with "
                                                                       "\"Business function\" in A9)."))
                         .arg(book.fileName);
            return false;
        }
    }

    // The CNIL's simplified register: its fiches, one per activity, found by their labels.
    if (requested == LayoutKind::Auto || requested == LayoutKind::Cnil) {
        if (const QList<int> fiches = cnilFiches(book, sheets); !fiches.isEmpty()) {
            *layout = TableLayout{LayoutKind::Cnil, fiches, -1, 0, {}, {}};
            return true;
        }
        if (requested == LayoutKind::Cnil) {
            *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: No sheet is a filled-in fiche of the CNIL's register (a "
                                                                       "sheet with \"Finalité principale\" and \"Catégories de données "
                                                                       "personnelles concernées\" in column A)."))
                         .arg(book.fileName);
            return false;
        }
    }

    const RowCandidate row = bestHeaderRow(book, sheets);
    int bestColumnFields = 0;
    int labelColumn = -1;
    QList<int> formSheets;
    for (int column = 0; column < LabelColumnsSearched; ++column) {
        QList<int> withLabels;
        int most = 0;
        for (int index : sheets) {
            const int fields = fieldsInColumn(book.sheets.at(index), column);
            if (fields >= MinimumFields)
                withLabels.append(index);
            most = std::max(most, fields);
        }
        if (most > bestColumnFields) {
            bestColumnFields = most;
            labelColumn = column;
            formSheets = withLabels;
        }
    }

    const bool horizontal = requested == LayoutKind::Horizontal
        || (requested == LayoutKind::Auto && row.fields >= bestColumnFields);
    if (horizontal) {
        if (row.fields < MinimumFields) {
            *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: No row names at least %2 fields of the record (such as \"Formål\", "
                                                                       "\"Kategorier af registrerede\", \"Modtagere\")."))
                         .arg(book.fileName)
                         .arg(MinimumFields);
            return false;
        }
        *layout = TableLayout{LayoutKind::Horizontal, {row.sheet}, row.row, -1, {}, {}};
        mapColumns(book.sheets.at(row.sheet), layout);
        return true;
    }
    if (bestColumnFields < MinimumFields) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: No sheet or table has a column of at least %2 labels of the record (such as "
                                                                   "\"Formål\", \"Kategorier af registrerede\", \"Modtagere\")."))
                     .arg(book.fileName)
                     .arg(MinimumFields);
        return false;
    }
    *layout = TableLayout{LayoutKind::Vertical, formSheets, -1, labelColumn, {}, {}};
    return true;
}

void applyOverrides(TableLayout *layout)
{
    for (auto it = layout->overrides.cbegin(); it != layout->overrides.cend(); ++it) {
        for (ColumnMapping &mapping : layout->columns) {
            if (mapping.column == it.key())
                mapping.field = it.value();
            else if (it.value() != ImportField::None && mapping.field == it.value()
                     && !layout->overrides.contains(mapping.column))
                mapping.field = ImportField::None;
        }
    }
}

namespace {

/// Fortegnelse's export carries the matrix and the recipients' cells on its "Links"
/// sheet (activity, subject, data, recipient, confirmed): each activity gets its rows.
void readLinks(const TableWorkbook &book, QList<RawActivity> *activities)
{
    const TableSheet *links = nullptr;
    for (const TableSheet &sheet : book.sheets)
        if (sheet.name == u"Links" && sheet.text(0, 0).trimmed() == u"Processing activity")
            links = &sheet;
    if (!links)
        return;
    QHash<QString, RawActivity *> byName;
    for (RawActivity &activity : *activities) {
        activity.hasLinks = true;
        byName.insert(activity.values.value(ImportField::Name).text, &activity);
    }
    static const QStringList no{QStringLiteral("no"), QStringLiteral("nej"), QStringLiteral("nei"), QStringLiteral("non")};
    for (int row = 1; row < links->rowCount(); ++row) {
        RawActivity *activity = byName.value(links->text(row, 0).trimmed());
        if (!activity)
            continue;
        activity->links.append({links->text(row, 1).trimmed(), links->text(row, 2).trimmed(), links->text(row, 3).trimmed(),
                                !no.contains(links->text(row, 4).trimmed().toLower()), cellReference(*links, row, 0)});
    }
}

} // namespace

QList<RawActivity> extractActivities(const TableWorkbook &book, const TableLayout &layout, HeaderBlock *block)
{
    QList<RawActivity> activities;
    *block = HeaderBlock{};
    for (int index : layout.sheets) {
        const TableSheet &sheet = book.sheets.at(index);
        if (layout.kind == LayoutKind::Cnil) {
            readHeaderBlock(sheet, sheet.rowCount(), block);
            activities.append(cnilActivity(sheet));
        } else if (layout.kind == LayoutKind::Vertical) {
            readHeaderBlock(sheet, sheet.rowCount(), block);
            activities += verticalActivities(sheet, layout.labelColumn);
        } else {
            readHeaderBlock(sheet, layout.headerRow, block);
            activities += horizontalActivities(sheet, layout);
        }
    }
    if (layout.kind == LayoutKind::Fortegnelse)
        readLinks(book, &activities);
    return activities;
}

} // namespace Fortegnelse::Tables
