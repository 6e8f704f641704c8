// The import's report as the dry run prints it: the layout found, the column mapping, and
// each activity as ok, warning or invalid with the reason and the cell.

#include "readersupport.h"
#include "tableimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fortegnelse::Tables {

namespace {

QString statusTitle(RowStatus status)
{
    switch (status) {
    case RowStatus::Ok: return trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "ok"));
    case RowStatus::Warning: return trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "warning"));
    case RowStatus::Invalid: return trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "invalid"));
    }
    return {};
}

QString layoutTitle(LayoutKind kind)
{
    switch (kind) {
    case LayoutKind::Horizontal: return trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "a table with one row per activity"));
    case LayoutKind::Vertical: return trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "forms with a label and a value per line, one per activity"));
    case LayoutKind::Ico: return trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "the ICO's controller template"));
    case LayoutKind::Fortegnelse: return trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Fortegnelse's own export"));
    case LayoutKind::Cnil: return trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "the CNIL's simplified register, one fiche per activity"));
    case LayoutKind::Auto: break;
    }
    return {};
}

} // namespace

QString rowStatusKey(RowStatus status)
{
    switch (status) {
    case RowStatus::Ok: return QStringLiteral("ok");
    case RowStatus::Warning: return QStringLiteral("warning");
    case RowStatus::Invalid: return QStringLiteral("invalid");
    }
    return {};
}

RowStatus ImportReport::worst() const
{
    RowStatus worst = RowStatus::Ok;
    for (const RowReport &row : rows)
        worst = std::max(worst, row.status);
    return worst;
}

int ImportReport::count(RowStatus status) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [status](const RowReport &row) { return row.status == status; }));
}

QString reportText(const ImportReport &report)
{
    QStringList lines;
    QString headline = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1 (%2): %3")).arg(report.fileName, report.format, layoutTitle(report.layout.kind));
    if (!report.encoding.isEmpty())
        headline += trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", ", read as %1")).arg(report.encoding);
    lines.append(headline);
    if (report.layout.kind == LayoutKind::Vertical || report.layout.kind == LayoutKind::Cnil) {
        lines.append(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Forms: %1; labels in column %2."))
                         .arg(report.sheet, cellName(0, report.layout.labelColumn).chopped(1)));
    } else {
        lines.append(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Sheet \"%1\", headers in row %2.")).arg(report.sheet).arg(report.layout.headerRow + 1));
        lines.append(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Columns:")));
        for (const ColumnMapping &mapping : report.layout.columns)
            lines.append(QStringLiteral("  %1 \"%2\" -> %3")
                             .arg(cellName(0, mapping.column).chopped(1), mapping.header, fieldTitle(mapping.field)));
    }
    const std::initializer_list<std::pair<const char *, const SourceValue *>> block = {
        {QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Organisation"), &report.block.organisation},
        {QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Data protection officer"), &report.block.dpo},
        {QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Representative"), &report.block.representative}};
    for (const auto &[title, value] : block) {
        if (!value->text.isEmpty())
            lines.append(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: %2 (%3)")).arg(trTables(title), value->text, value->place));
    }
    lines.append(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Activities:")));
    for (const RowReport &row : report.rows) {
        lines.append(QStringLiteral("  %1  %2  %3").arg(statusTitle(row.status), -8).arg(row.place, row.name));
        for (const QString &message : row.messages)
            lines.append(QStringLiteral("      ") + message);
    }
    for (const QString &notice : report.notices)
        lines.append(notice);
    lines.append(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1 activities: %2 ok, %3 with warnings, %4 invalid."))
                     .arg(report.rows.size())
                     .arg(report.count(RowStatus::Ok))
                     .arg(report.count(RowStatus::Warning))
                     .arg(report.count(RowStatus::Invalid)));
    return lines.join(u'\n');
}

QByteArray reportJson(const ImportReport &report)
{
    QJsonArray columns;
    for (const ColumnMapping &mapping : report.layout.columns)
        columns.append(QJsonObject{{QStringLiteral("column"), cellName(0, mapping.column).chopped(1)},
                                   {QStringLiteral("header"), mapping.header},
                                   {QStringLiteral("field"), fieldKey(mapping.field)}});
    QJsonArray rows;
    for (const RowReport &row : report.rows)
        rows.append(QJsonObject{{QStringLiteral("place"), row.place},
                                {QStringLiteral("name"), row.name},
                                {QStringLiteral("status"), rowStatusKey(row.status)},
                                {QStringLiteral("messages"), QJsonArray::fromStringList(row.messages)}});
    const auto value = [](const SourceValue &v) {
        return v.text.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject{{QStringLiteral("text"), v.text}, {QStringLiteral("place"), v.place}});
    };
    QJsonObject root{{QStringLiteral("file"), report.fileName},
                     {QStringLiteral("format"), report.format},
                     {QStringLiteral("layout"), layoutKey(report.layout.kind)},
                     {QStringLiteral("sheet"), report.sheet},
                     {QStringLiteral("columns"), columns},
                     {QStringLiteral("organisation"), value(report.block.organisation)},
                     {QStringLiteral("dpo"), value(report.block.dpo)},
                     {QStringLiteral("representative"), value(report.block.representative)},
                     {QStringLiteral("activities"), rows},
                     {QStringLiteral("notices"), QJsonArray::fromStringList(report.notices)},
                     {QStringLiteral("status"), rowStatusKey(report.worst())}};
    if (!report.encoding.isEmpty())
        root.insert(QStringLiteral("encoding"), report.encoding);
    if (report.layout.kind != LayoutKind::Vertical && report.layout.kind != LayoutKind::Cnil)
        root.insert(QStringLiteral("headerRow"), report.layout.headerRow + 1);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Fortegnelse::Tables
