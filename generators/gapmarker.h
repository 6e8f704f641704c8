#pragma once

#include <QString>

namespace Fortegnelse {

/// What a document could not state because the register does not record it.
enum class Gap
{
    ThirdCountry, ///< a transfer without its country (Art. 13(1)(f), 30(1)(e))
    Mechanism, ///< a third-country recipient with no recorded transfer mechanism
    Transfers, ///< whether data leaves the EU/EEA at all
    Dpia, ///< whether a DPIA is required (Art. 35)
    Automated, ///< whether automated decisions are made (Art. 13(2)(f))
    Provision, ///< whether the data must be provided (Art. 13(2)(e))
    Agreement, ///< a processor's data processing agreement (Art. 28(3))
    Retention, ///< how long a data category is kept (Art. 13(2)(a), 30(1)(f))
    ClientController, ///< the controller we process for as processor (Art. 30(2)(a))
    ClientList, ///< where a class of clients is listed (Art. 30(2)(a))
    LegalBasis, ///< a purpose without its Art. 6 basis (Art. 13(1)(c))
    Links ///< which data concern whom, or what a recipient receives: generated, not confirmed
};

/// The marker both documents print where the register is silent, e.g. "[ikke angivet:
/// tredjeland]". Defined here only, so the policy and the record always agree and a test
/// can find every gap; templates print it in bold. \a language is da, nb, sv or en.
QString gapMarker(Gap gap, const QString &language);

} // namespace Fortegnelse
