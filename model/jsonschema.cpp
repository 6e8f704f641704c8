#include "jsonschema.h"
#include "kinds.h"

#include "historyjson.h"
#include "jsoncodec.h"
#include "referencedata.h"
#include "register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fortegnelse::Json {

namespace {

QJsonObject stringOf(const QString &description)
{
    return {{QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("description"), description}};
}

QString kindDescription(EntityKind kind)
{
    return kindInfo(kind).singleton ? QString() : QStringLiteral("id of a %1").arg(QLatin1String(kindInfo(kind).name));
}

class SchemaWriter
{
public:
    QJsonObject properties;
    QJsonArray required;

    void id(QString &)
    {
        properties.insert(QStringLiteral("id"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                      {QStringLiteral("minLength"), 1},
                                      {QStringLiteral("maxLength"), 200}});
        required.append(QStringLiteral("id"));
    }
    void ref(const char *key, QString &, EntityKind kind)
    {
        properties.insert(QLatin1String(key), stringOf(kindDescription(kind)));
    }
    void ref(const char *key, QStringList &, EntityKind kind)
    {
        properties.insert(QLatin1String(key),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                      {QStringLiteral("items"), stringOf(kindDescription(kind))}});
    }
    void code(const char *key, QString &, CodeList list)
    {
        QJsonObject o = stringOf(ReferenceData::listName(list));
        const QStringList codes = ReferenceData::instance().codes(list);
        if (list == CodeList::Country || list == CodeList::Destination)
            o.insert(QStringLiteral("pattern"), list == CodeList::Country ? QStringLiteral("^[A-Z]{2}$") : QStringLiteral("^([A-Z]{2}|INTL:[A-Z]+)$"));
        else
            o.insert(QStringLiteral("enum"), QJsonArray::fromStringList(codes));
        properties.insert(QLatin1String(key), o);
    }
    template <class T> void operator()(const char *key, T &value)
    {
        properties.insert(QLatin1String(key), schemaOf(value));
    }

    template <class T> static QJsonObject objectSchema(T &value)
    {
        SchemaWriter w;
        value.describe(w);
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("object")},
                      {QStringLiteral("additionalProperties"), false},
                      {QStringLiteral("properties"), w.properties}};
        if (!w.required.isEmpty())
            o.insert(QStringLiteral("required"), w.required);
        return o;
    }

private:
    static QJsonObject schemaOf(QString &) { return {{QStringLiteral("type"), QStringLiteral("string")}}; }
    static QJsonObject schemaOf(bool &)
    {
        return {{QStringLiteral("type"), QStringLiteral("boolean")},
                {QStringLiteral("default"), false}};
    }
    static QJsonObject schemaOf(int &)
    {
        return {{QStringLiteral("type"), QStringLiteral("integer")},
                {QStringLiteral("minimum"), 0},
                {QStringLiteral("maximum"), 1000000},
                {QStringLiteral("default"), 0}};
    }
    static QJsonObject schemaOf(QDate &)
    {
        return {{QStringLiteral("type"), QStringLiteral("string")},
                {QStringLiteral("format"), QStringLiteral("date")}};
    }
    static QJsonObject schemaOf(QDateTime &)
    {
        return {{QStringLiteral("type"), QStringLiteral("string")},
                {QStringLiteral("format"), QStringLiteral("date-time")}};
    }
    static QJsonObject schemaOf(QStringList &)
    {
        return {{QStringLiteral("type"), QStringLiteral("array")},
                {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}};
    }
    static QJsonObject schemaOf(LocalText &)
    {
        return {{QStringLiteral("$ref"), QStringLiteral("#/$defs/text")}};
    }
    template <class E>
    requires std::is_enum_v<E>
    static QJsonObject schemaOf(E &)
    {
        QJsonArray codes;
        for (const auto &entry : EnumCodes<E>::table)
            codes.append(QLatin1String(entry.second));
        return {{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("enum"), codes}};
    }
    template <class T> static QJsonObject schemaOf(QList<T> &)
    {
        T item;
        return {{QStringLiteral("type"), QStringLiteral("array")},
                {QStringLiteral("items"), objectSchema(item)}};
    }
    template <class T>
    requires std::is_class_v<T>
    static QJsonObject schemaOf(T &value)
    {
        return objectSchema(value);
    }
};

template <class T> QJsonObject listSchema()
{
    T item;
    return {{QStringLiteral("type"), QStringLiteral("array")},
            {QStringLiteral("items"), SchemaWriter::objectSchema(item)}};
}

} // namespace

QByteArray schema()
{
    Organisation organisation;
    PolicySettings policy;
    const QJsonObject text{
        {QStringLiteral("description"),
         QStringLiteral("Text the officer writes: a string in the register's language, or the "
                        "text by language")},
        {QStringLiteral("oneOf"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                {QStringLiteral("additionalProperties"), false},
                                {QStringLiteral("properties"),
                                 QJsonObject{{QStringLiteral("da"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                             {QStringLiteral("nb"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                             {QStringLiteral("sv"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                             {QStringLiteral("en"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}}}}};
    const QJsonObject root{
        {QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema")},
        {QStringLiteral("$id"), QStringLiteral("https://fortegnelse.invalid/register.schema.json")},
        {QStringLiteral("title"), QStringLiteral("Fortegnelse register")},
        {QStringLiteral("description"),
         QStringLiteral("A GDPR Article 30 record of processing activities with what its privacy "
                        "policy is generated from. See docs/register-format.md.")},
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("format"), QStringLiteral("formatVersion")}},
        {QStringLiteral("$defs"), QJsonObject{{QStringLiteral("text"), text}}},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("format"), QJsonObject{{QStringLiteral("const"), QLatin1String(formatName)}}},
             {QStringLiteral("formatVersion"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                          {QStringLiteral("minimum"), 1},
                          {QStringLiteral("maximum"), historyFormatVersion}}},
             // The journal and snapshots (format 3, historyjson.h); checked by the reader.
             {QStringLiteral("history"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("description"),
                           QStringLiteral("The journal and the snapshots (format 3). See docs/register-format.md, section 1.10.")},
                          {QStringLiteral("additionalProperties"), false},
                          {QStringLiteral("properties"),
                           QJsonObject{{QStringLiteral("journal"),
                                        QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                    {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}},
                                       {QStringLiteral("snapshots"),
                                        QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                    {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}}}}},
             {QStringLiteral("organisation"), SchemaWriter::objectSchema(organisation)},
             {QStringLiteral("policy"), SchemaWriter::objectSchema(policy)},
             {QStringLiteral("subjectCategories"), listSchema<SubjectCategory>()},
             {QStringLiteral("dataCategories"), listSchema<DataCategory>()},
             {QStringLiteral("measures"), listSchema<SecurityMeasure>()},
             {QStringLiteral("parties"), listSchema<Party>()},
             {QStringLiteral("activities"), listSchema<ProcessingActivity>()},
             {QStringLiteral("transfers"), listSchema<Transfer>()},
             {QStringLiteral("cookies"), listSchema<Cookie>()}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Fortegnelse::Json
