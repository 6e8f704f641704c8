#include "importfields.h"

#include "readersupport.h"

#include <QHash>
#include <QRegularExpression>

namespace Fortegnelse::Tables {

namespace {

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *title;
    /// Synonyms in da, nb, sv, en and fr, already folded.
    QStringList synonyms;
};

const QList<FieldInfo> &fieldInfos()
{
    static const QList<FieldInfo> infos = [] {
        const auto list = [](std::initializer_list<const char *> words) {
            QStringList out;
            for (const char *word : words)
                out.append(foldHeader(QString::fromUtf8(word)));
            return out;
        };
        return QList<FieldInfo>{
            {ImportField::Name, "name", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Activity"),
             list({"behandlingsaktivitet", "behandlingsaktiviteter", "behandling", "behandlingen", "navn på behandlingen",
                   "navn på behandling", "aktivitet", "behandlingens navn", "behandlingsaktivitetens navn",
                   "personuppgiftsbehandling", "benämning", "processing activity", "activity", "name of processing",
                   "name of the processing", "processing operation", "traitement", "nom du traitement",
                   "activité de traitement", "intitulé du traitement", "nom"})},
            {ImportField::Description, "description", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Description"),
             list({"beskrivelse", "beskrivelse af behandlingen", "beskrivning", "description", "description du traitement"})},
            {ImportField::Department, "department", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Department"),
             list({"afdeling", "forvaltning", "ansvarlig enhed", "ansvarlig afdeling", "avdeling", "enhet", "avdelning",
                   "förvaltning", "ansvarig enhet", "business function", "department", "service", "direction",
                   "service responsable"})},
            {ImportField::Purpose, "purpose", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Purposes"),
             list({"formål", "formålet med behandlingen", "formål med behandlingen", "formålene med behandlingen",
                   "ändamål", "ändamålet med behandlingen", "ändamål med behandlingen", "purpose", "purposes",
                   "purpose of processing", "purpose of the processing", "purposes of the processing", "finalité",
                   "finalités", "finalité principale", "finalités du traitement"})},
            {ImportField::LegalBasis, "legalBasis", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Legal basis"),
             list({"behandlingsgrundlag", "retsgrundlag", "hjemmel", "lovligt grundlag", "retligt grundlag",
                   "behandlingsgrunnlag", "rettslig grunnlag", "rettsgrunnlag", "rättslig grund", "laglig grund",
                   "rättslig grund för behandlingen", "lawful basis", "legal basis", "article 6 lawful basis",
                   "lawful basis for processing", "base légale", "base juridique", "fondement juridique",
                   "base légale du traitement", "artikel 6", "artikkel 6", "article 6"})},
            {ImportField::SpecialCondition, "specialCondition",
             QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Condition for special categories"),
             list({"artikel 9", "artikkel 9", "article 9", "article 9 basis", "article 9 condition",
                   "betingelse for følsomme oplysninger", "grundlag for følsomme oplysninger",
                   "special category condition", "condition for processing special category data",
                   "undtagelse efter artikel 9"})},
            {ImportField::Subjects, "subjects", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Categories of data subjects"),
             list({"kategorier af registrerede", "registrerede", "de registrerede", "kategorier av registrerte",
                   "registrerte", "kategorier av registrerade", "registrerade", "categories of individuals",
                   "categories of data subjects", "data subjects", "individuals", "catégories de personnes concernées",
                   "personnes concernées"})},
            {ImportField::Data, "data", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Categories of personal data"),
             list({"kategorier af personoplysninger", "personoplysninger", "oplysningstyper", "typer af oplysninger",
                   "kategorier av personopplysninger", "personopplysninger", "kategorier av personuppgifter",
                   "personuppgifter", "categories of personal data", "personal data", "catégories de données",
                   "catégories de données personnelles", "données personnelles", "données traitées"})},
            {ImportField::Recipients, "recipients", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Recipients"),
             list({"modtagere", "kategorier af modtagere", "modtagere af oplysningerne", "mottakere",
                   "kategorier av mottakere", "mottagare", "kategorier av mottagare", "recipients",
                   "categories of recipients", "destinataires", "catégories de destinataires"})},
            {ImportField::ThirdCountries, "thirdCountries", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Third countries"),
             list({"tredjelande", "overførsel til tredjelande", "overførsler til tredjelande", "tredjeland",
                   "overføring til tredjeland", "overføringer til tredjeland", "tredje land", "överföring till tredjeland",
                   "third countries", "transfers to third countries", "names of third countries", "transfers",
                   "pays tiers", "transferts", "transferts hors ue", "transferts de données hors ue"})},
            {ImportField::Safeguards, "safeguards", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Transfer safeguards"),
             list({"garantier", "overførselsgrundlag", "grundlag for overførsel", "garantier ved overføring",
                   "skyddsåtgärder", "safeguards", "transfer mechanism", "garanties", "garanties appropriées"})},
            {ImportField::Retention, "retention", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Retention"),
             list({"tidsfrister for sletning", "slettefrist", "slettefrister", "sletning", "opbevaringsperiode",
                   "opbevaring", "tidsfrister for sletting", "lagringstid", "sletting", "oppbevaringstid",
                   "gallringsfrist", "gallring", "tidsfrister för radering", "lagringstid", "retention", "retention period",
                   "retention schedule", "time limits for erasure", "durée de conservation", "durées de conservation"})},
            {ImportField::Measures, "measures", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Security measures"),
             list({"tekniske og organisatoriske sikkerhedsforanstaltninger", "sikkerhedsforanstaltninger",
                   "tekniske og organisatoriske sikkerhetstiltak", "sikkerhetstiltak",
                   "tekniska och organisatoriska säkerhetsåtgärder", "säkerhetsåtgärder",
                   "technical and organisational security measures", "technical and organizational security measures",
                   "security measures", "mesures de sécurité", "mesures de sécurité techniques et organisationnelles"})},
            {ImportField::Systems, "systems", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Systems"),
             list({"systemer", "it systemer", "it system", "system", "systems", "it systems", "logiciels", "applications"})},
            {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Notes"),
             list({"bemærkninger", "noter", "kommentarer", "merknader", "anmärkningar", "kommentar", "notes", "comments",
                   "remarques", "observations"})},
        };
    }();
    return infos;
}

} // namespace

QString foldHeader(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            folded += c;
        else if (!folded.endsWith(u' ') && !folded.isEmpty())
            folded += u' ';
    }
    return folded.trimmed();
}

const QList<ImportField> &importFields()
{
    static const QList<ImportField> fields = [] {
        QList<ImportField> out;
        for (const FieldInfo &info : fieldInfos())
            out.append(info.field);
        return out;
    }();
    return fields;
}

QString fieldKey(ImportField field)
{
    for (const FieldInfo &info : fieldInfos()) {
        if (info.field == field)
            return QString::fromLatin1(info.key);
    }
    return QStringLiteral("none");
}

ImportField fieldFromKey(const QString &key)
{
    for (const FieldInfo &info : fieldInfos()) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return ImportField::None;
}

QString fieldTitle(ImportField field)
{
    for (const FieldInfo &info : fieldInfos()) {
        if (info.field == field)
            return trTables(info.title);
    }
    return trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "(not imported)"));
}

HeaderMatch matchHeader(const QString &header)
{
    struct Synonym
    {
        ImportField field;
        QString exact; ///< "formål"
        QString prefix; ///< "formål "
        QString padded; ///< " formål "
    };
    // Made once, so matching a cell allocates nothing but its folded text.
    static const QList<Synonym> synonyms = [] {
        QList<Synonym> out;
        for (const FieldInfo &info : fieldInfos()) {
            for (const QString &synonym : info.synonyms)
                out.append({info.field, synonym, synonym + u' ', u' ' + synonym + u' '});
        }
        return out;
    }();
    HeaderMatch best;
    if (header.size() > 200 || header.contains(u'\n')) // no header is a paragraph or a list
        return best;
    const QString folded = foldHeader(header);
    if (folded.isEmpty())
        return best;
    const QString padded = u' ' + folded + u' ';
    for (const Synonym &synonym : synonyms) {
        int score = 0;
        if (folded.size() == synonym.exact.size()) {
            if (folded == synonym.exact)
                score = HeaderMatch::Exact + int(synonym.exact.size());
        } else if (folded.size() > synonym.exact.size()) {
            if (folded.startsWith(synonym.prefix))
                score = HeaderMatch::Prefix + int(synonym.exact.size());
            else if (padded.contains(synonym.padded))
                score = HeaderMatch::Contains + int(synonym.exact.size());
        }
        if (score > best.score)
            best = {synonym.field, score};
    }
    return best;
}

HeaderBlockField matchHeaderBlockLabel(const QString &label)
{
    static const QList<std::pair<HeaderBlockField, QStringList>> labels = {
        {HeaderBlockField::Organisation,
         {QStringLiteral("organisation"), QStringLiteral("organization"), QStringLiteral("virksomhed"),
          QStringLiteral("dataansvarlig"), QStringLiteral("den dataansvarlige"), QStringLiteral("navn på dataansvarlig"),
          QStringLiteral("behandlingsansvarlig"), QStringLiteral("virksomhet"), QStringLiteral("personuppgiftsansvarig"),
          QStringLiteral("organisation name"), QStringLiteral("name of controller"), QStringLiteral("controller"),
          QStringLiteral("responsable du traitement"), QStringLiteral("organisme")}},
        {HeaderBlockField::Dpo,
         {QStringLiteral("dpo"), QStringLiteral("databeskyttelsesrådgiver"), QStringLiteral("personvernombud"),
          QStringLiteral("dataskyddsombud"), QStringLiteral("data protection officer"),
          QStringLiteral("délégué à la protection des données")}},
        {HeaderBlockField::Representative,
         {QStringLiteral("repræsentant"), QStringLiteral("representant"), QStringLiteral("representative"),
          QStringLiteral("représentant")}},
    };
    const QString folded = foldHeader(label);
    for (const auto &[field, words] : labels) {
        for (const QString &word : words) {
            if (folded == foldHeader(word) || folded.startsWith(foldHeader(word) + u' '))
                return field;
        }
    }
    return HeaderBlockField::None;
}

} // namespace Fortegnelse::Tables
