#include "cnillayout.h"

#include "importfields.h"

namespace Fortegnelse::Tables {

namespace {

enum class Section
{
    None,
    Data,
    Sensitive,
    Persons,
    Recipients,
    Measures,
    Transfers
};

/// The section a label in column A opens, matched on the words the template uses.
Section sectionOf(const QString &folded)
{
    if (folded.startsWith(u"catégories de données personnelles concernées"))
        return Section::Data;
    if (folded == u"données sensibles")
        return Section::Sensitive;
    if (folded.startsWith(u"catégories de personnes concernées"))
        return Section::Persons;
    if (folded == u"destinataires")
        return Section::Recipients;
    if (folded.startsWith(u"mesures de sécurité"))
        return Section::Measures;
    if (folded.startsWith(u"transferts hors ue") || folded.startsWith(u"transferts des données hors ue"))
        return Section::Transfers;
    return Section::None;
}

/// A label that ends a section without opening one: the single fields above the tables.
bool isFieldLabel(const QString &folded)
{
    return folded == u"nom du traitement" || folded == u"finalité principale" || folded.startsWith(u"sous finalité")
        || folded.startsWith(u"finalité s du traitement") || folded == u"acteurs" || folded == u"description du traitement";
}

/// The column of the header cell of \a row whose folded text starts with one of \a names.
int columnOf(const TableSheet &sheet, int row, std::initializer_list<const char16_t *> names)
{
    const int columns = int(sheet.rows.value(row).size());
    for (int column = 1; column < columns; ++column) {
        const QString folded = foldHeader(sheet.text(row, column));
        for (const char16_t *name : names)
            if (folded.startsWith(QStringView(name)))
                return column;
    }
    return -1;
}

/// The first cell right of column A that holds something, as the value of a label.
SourceValue valueRightOf(const TableSheet &sheet, int row)
{
    const int columns = int(sheet.rows.value(row).size());
    for (int column = 1; column < columns; ++column) {
        const QString text = sheet.text(row, column).trimmed();
        if (!text.isEmpty())
            return {text, cellReference(sheet, row, column)};
    }
    return {};
}

SourceValue valueAt(const TableSheet &sheet, int row, int column)
{
    if (column < 0)
        return {};
    const QString text = sheet.text(row, column).trimmed();
    return text.isEmpty() ? SourceValue{} : SourceValue{text, cellReference(sheet, row, column)};
}

/// "Vie personnelle (habitudes de vie, …)" names the category "Vie personnelle": the
/// examples in brackets are the template's, not the officer's.
QString categoryName(const QString &label)
{
    QString name = label;
    if (const qsizetype bracket = name.indexOf(u" ("); bracket > 0)
        name.truncate(bracket);
    return name.simplified();
}

QString sensitiveKind(const QString &folded)
{
    if (folded.contains(u"condamnations pénales") || folded.contains(u"infractions"))
        return QStringLiteral("criminal");
    return QStringLiteral("special");
}

void append(SourceValue *to, const SourceValue &value)
{
    if (value.text.isEmpty())
        return;
    if (to->text.isEmpty())
        *to = value;
    else
        to->text += u'\n' + value.text;
}

} // namespace

QList<int> cnilFiches(const TableWorkbook &book, const QList<int> &sheets)
{
    QList<int> fiches;
    for (int index : sheets) {
        const TableSheet &sheet = book.sheets.at(index);
        if (sheet.name.contains(u"exemple", Qt::CaseInsensitive))
            continue; // the CNIL's own worked example, "Gestion de la paie"
        bool purpose = false, data = false, filled = false;
        for (int row = 0; row < sheet.rowCount(); ++row) {
            const QString folded = foldHeader(sheet.text(row, 0));
            purpose |= folded == u"finalité principale";
            data |= sectionOf(folded) == Section::Data;
            // A model left blank is not an activity: a fiche names it or its purpose.
            if (folded == u"nom du traitement" || folded == u"finalité principale" || folded.startsWith(u"sous finalité"))
                filled |= !valueRightOf(sheet, row).text.isEmpty();
        }
        if (purpose && data && filled)
            fiches.append(index);
    }
    return fiches;
}

RawActivity cnilActivity(const TableSheet &sheet)
{
    RawActivity activity;
    activity.place = sheet.name;
    Section section = Section::None;
    int description = -1, retention = -1, details = -1, country = -1, safeguards = -1;
    for (int row = 0; row < sheet.rowCount(); ++row) {
        const QString label = sheet.text(row, 0).trimmed();
        const QString folded = foldHeader(label);
        if (const Section opened = sectionOf(folded); opened != Section::None) {
            // The header row of a table names its columns.
            section = opened;
            description = columnOf(sheet, row, {u"description", u"type", u"destinataire"});
            retention = columnOf(sheet, row, {u"durée de conservation"});
            details = columnOf(sheet, row, {u"précisions"});
            country = columnOf(sheet, row, {u"pays"});
            safeguards = columnOf(sheet, row, {u"garanties", u"type de garanties"});
            continue;
        }
        if (isFieldLabel(folded)) {
            section = Section::None;
            const SourceValue value = valueRightOf(sheet, row);
            if (folded == u"nom du traitement" && !value.text.isEmpty())
                activity.values.insert(ImportField::Name, value);
            else if (folded == u"finalité principale" || folded.startsWith(u"sous finalité"))
                append(&activity.values[ImportField::Purpose], value);
            if (activity.values.value(ImportField::Purpose).text.isEmpty())
                activity.values.remove(ImportField::Purpose);
            continue;
        }
        if (label.isEmpty())
            continue;
        const SourceValue first = valueAt(sheet, row, description);
        const SourceValue more = valueAt(sheet, row, details);
        switch (section) {
        case Section::Data:
        case Section::Sensitive: {
            // A category is the officer's when its row says something: a description or a
            // retention period. Its name is the template's label.
            const SourceValue kept = valueAt(sheet, row, retention);
            if (first.text.isEmpty() && kept.text.isEmpty())
                break;
            RawData data{{categoryName(label), cellReference(sheet, row, 0)}, {}, kept};
            if (section == Section::Sensitive)
                data.kind = sensitiveKind(folded);
            else if (folded.contains(u"sécurité sociale") || folded.contains(u"nir"))
                data.kind = QStringLiteral("national-id");
            activity.dataRows.append(data);
            break;
        }
        case Section::Persons:
        case Section::Recipients:
        case Section::Measures: {
            // "Catégorie 1 | Clients | …", "Destinataire 1 | Sous-traitants | hébergeur":
            // the officer's precision names it where there is one, else the type chosen.
            const bool other = foldHeader(first.text).startsWith(u"autre");
            const SourceValue name = !more.text.isEmpty() && (other || section != Section::Persons) ? more : first;
            const ImportField field = section == Section::Persons ? ImportField::Subjects
                : section == Section::Recipients                  ? ImportField::Recipients
                                                                  : ImportField::Measures;
            append(&activity.values[field], name);
            if (activity.values.value(field).text.isEmpty())
                activity.values.remove(field);
            break;
        }
        case Section::Transfers: {
            const SourceValue where = valueAt(sheet, row, country);
            if (!where.text.isEmpty())
                activity.transferRows.append({where, valueAt(sheet, row, safeguards)});
            break;
        }
        case Section::None: break;
        }
    }
    return activity;
}

} // namespace Fortegnelse::Tables
