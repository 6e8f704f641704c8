#include "gapmarker.h"

#include <array>

namespace Fortegnelse {

namespace {

struct Words
{
    const char *language;
    const char *pattern; ///< %1: what is missing
    std::array<const char *, 12> topics; ///< in the order of Gap
};

// The brackets make the marker unmistakable in every format, plain text included.
constexpr std::array<Words, 4> words{{
    {"da", "[ikke angivet: %1]", {"tredjeland", "overførselsgrundlag", "overførsler til tredjelande", "konsekvensanalyse", "automatiske afgørelser", "pligt til at give oplysningerne", "databehandleraftale", "opbevaringsperiode", "dataansvarlig", "liste over kunderne", "retsgrundlag", "hvilke oplysninger der vedrører hvem"}},
    {"nb", "[ikke oppgitt: %1]", {"tredjeland", "overføringsgrunnlag", "overføringer til tredjeland", "personvernkonsekvensvurdering", "automatiserte avgjørelser", "plikt til å gi opplysningene", "databehandleravtale", "lagringstid", "behandlingsansvarlig", "liste over kundene", "behandlingsgrunnlag", "hvilke opplysninger som gjelder hvem"}},
    {"sv", "[ej angivet: %1]", {"tredjeland", "grund för överföring", "överföringar till tredjeland", "konsekvensbedömning", "automatiserade beslut", "skyldighet att lämna uppgifterna", "personuppgiftsbiträdesavtal", "lagringstid", "personuppgiftsansvarig", "förteckning över kunderna", "rättslig grund", "vilka uppgifter som gäller vem"}},
    {"en", "[not recorded: %1]", {"third country", "transfer mechanism", "transfers to third countries", "data protection impact assessment", "automated decisions", "obligation to provide the data", "data processing agreement", "retention period", "controller", "list of clients", "legal basis", "which data concern whom"}},
}};

} // namespace

QString gapMarker(Gap gap, const QString &language)
{
    const Words *w = &words.back();
    for (const Words &candidate : words)
        if (language == QLatin1String(candidate.language))
            w = &candidate;
    return QString::fromUtf8(w->pattern).arg(QString::fromUtf8(w->topics.at(std::size_t(gap))));
}

} // namespace Fortegnelse
