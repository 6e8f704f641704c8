#pragma once

// The words the synthetic registers are made of: Danish, the language a Danish
// municipality keeps its register in. Only syntheticregister.cpp includes this.

namespace Fortegnelse::Bench::Words {

inline const char *const subjectNames[] = {
    "Borgere", "Medarbejdere", "Jobansøgere", "Børn i dagtilbud", "Elever",
    "Forældremyndighedsindehavere", "Pårørende", "Leverandørers kontaktpersoner",
    "Borgere med handicap", "Ældre i hjemmeplejen", "Patienter i genoptræning", "Pensionister",
    "Frivillige", "Lejere", "Grundejere", "Virksomheders kontaktpersoner",
    "Kommunalbestyrelsesmedlemmer", "Klagere", "Besøgende på rådhuset", "Praktikanter"};
// Subject categories that include children (index into subjectNames).
inline constexpr int childSubjects[] = {3, 4};

inline const char *const ordinaryData[] = {
    "Navn", "Adresse", "Telefonnummer", "E-mailadresse", "Fødselsdato", "Bankkonto",
    "Indkomstoplysninger", "Skatteoplysninger", "Boligforhold", "Familieforhold",
    "Uddannelse", "Ansættelsesforhold", "Løn og pension", "Fravær", "Sagsakter",
    "Korrespondance", "Fotografier", "Videooptagelser", "Lokationsdata", "IP-adresse",
    "Loginoplysninger", "Brugerlog", "Økonomiske forhold", "Gældsforhold", "Formue",
    "Sociale forhold", "Bevillinger", "Ydelser", "Betalingsoplysninger", "Kørselsoplysninger",
    "Nummerplade", "Ejendomsoplysninger", "Byggesagsoplysninger", "Tilladelser",
    "Ansøgningsmateriale", "Referencer", "Kompetencer", "Kursusdeltagelse",
    "Medarbejderudviklingssamtaler", "Arbejdstid", "Kørebog", "Nærmeste pårørende",
    "Sprog", "Statsborgerskab"};
inline const char *const specialData[] = {
    "Helbredsoplysninger", "Race eller etnisk oprindelse", "Religiøs overbevisning",
    "Fagforeningsmæssigt tilhørsforhold", "Seksuel orientering", "Biometriske data",
    "Genetiske data", "Politisk overbevisning"};
inline const char *const criminalData[] = {"Straffedomme", "Børneattester", "Lovovertrædelser",
                                           "Straffeattester"};
inline const char *const nationalIdData[] = {"CPR-nummer", "Personnummer (Sverige)",
                                             "Fødselsnummer (Norge)", "Skatteidentifikationsnummer"};

inline const char *const measureNames[] = {
    "Adgangsstyring", "Kryptering af bærbare enheder", "Kryptering i transit",
    "Logning af opslag", "To-faktor-login", "Backup", "Patchstyring", "Antivirus",
    "Netværkssegmentering", "Fysisk adgangskontrol", "Databehandleraftaler",
    "Instruks for medarbejdere", "Awareness-træning", "Tavshedserklæringer",
    "Sletterutiner", "Beredskabsplan", "Risikovurdering", "Leverandørtilsyn",
    "Rettighedsgennemgang", "Clean desk-politik"};

inline const char *const departments[] = {
    "Borgerservice", "Jobcenter", "Ydelsescenter", "Børn og Familie", "Dagtilbud",
    "Skoleområdet", "Ældre og Sundhed", "Hjemmeplejen", "Handicap og Psykiatri",
    "Teknik og Miljø", "Byggeri", "Vej og Park", "Kultur og Fritid", "Økonomi",
    "HR og Løn", "IT og Digitalisering", "Sekretariatet", "Borgmesterens Afdeling",
    "Beskæftigelse", "Integration", "Sundhedsplejen", "Tandplejen", "Bibliotekerne",
    "Genoptræning", "Forsyning"};

inline const char *const objects[] = {
    "Sagsbehandling af boligstøtte", "Visitation til plejebolig", "Udbetaling af kontanthjælp",
    "Behandling af byggeansøgninger", "Optagelse i dagtilbud", "Indskrivning i skole",
    "Rekruttering", "Lønudbetaling", "Sygefraværsopfølgning", "Hjælpemidler",
    "Parkeringstilladelser", "Affaldsordninger", "Klagesager", "Aktindsigt",
    "Borgerhenvendelser", "Tilsyn med plejehjem", "Underretninger", "Familiebehandling",
    "Tandpleje for børn", "Sundhedsplejebesøg", "Genoptræningsforløb", "Befordring",
    "Biblioteksudlån", "Foreningstilskud", "Ejendomsskat", "Opkrævning af restancer",
    "Videoovervågning af rådhuset", "Adgangskort", "Nyhedsbrev", "Borgerpanel",
    "Integrationsprogram", "Danskuddannelse", "Ledighedsydelse", "Fleksjob",
    "Førtidspension", "Personlig hjælper", "Bostøtte", "Misbrugsbehandling",
    "Frivilligformidling", "Valg og afstemninger"};
inline const char *const phases[] = {"ansøgning", "afgørelse", "opfølgning", "tilsyn",
                                     "udbetaling", "klage", "arkivering", "statistik"};
inline const char *const systems[] = {"ESDH-system", "Omsorgssystem", "Lønsystem", "Økonomisystem",
                                      "Ydelsessystem", "Skoleplatform", "Pladsanvisning",
                                      "Byggesagssystem", "Borgerportal", "CRM", "Regneark"};

inline const char *const namePrefixes[] = {"Nord", "Syd", "Data", "Cloud", "Digi", "Tek",
                                           "Kom", "Net", "Info", "Sikker", "Blå", "Øst"};
inline const char *const nameSuffixes[] = {"data", "IT", "service", "systemer", "hosting",
                                           "løn", "print", "mail", "arkiv", "drift"};

struct Place
{
    const char *country;
    const char *legalForm;
    int weight;
};
// Where parties are established: mostly Denmark and the EEA, some in third countries.
inline const Place places[] = {
    {"DK", "A/S", 45}, {"DK", "ApS", 15}, {"SE", "AB", 6}, {"DE", "GmbH", 5}, {"NL", "B.V.", 4}, {"IE", "Ltd", 4}, {"FI", "Oy", 3}, {"US", "Inc.", 9}, {"GB", "Ltd", 4}, {"IN", "Pvt Ltd", 2}, {"CH", "AG", 2}, {"JP", "K.K.", 1}};

} // namespace Fortegnelse::Bench::Words
