#pragma once

#include "policydocument.h"
#include "register.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <memory>
#include <optional>

namespace Fortegnelse {

/// Which Article 30 record to write: the controller's (Art. 30(1)), the processor's
/// (Art. 30(2)), or both in one document.
enum class RecordKind
{
    Controller,
    Processor,
    Both
};

/// "controller", "processor" or "both", as the command line spells them.
std::optional<RecordKind> recordKindFromName(const QString &name);

/// Called as work proceeds; \a done runs from 0 to \a total. Return false to cancel.
/// It is called from the thread that generates, which may be a worker thread.
using RecordProgress = std::function<bool(int done, int total)>;

struct RecordOptions
{
    QString language = QStringLiteral("da");
    RecordKind kind = RecordKind::Both;
    /// The date the record is made on, printed on the cover and in the footer. Required:
    /// output never reads the clock, so the same register gives the same record.
    QDate today;
    /// The record's version; empty for the policy version, else one derived from the
    /// latest review date in the register, else none (never the date of making it).
    QString version;
    /// The officer's internal notes on activities and transfers are working notes, not
    /// part of the record an authority is given; include them only when asked.
    bool includeNotes = false;
    /// The register as the record last submitted showed it (the newest Submitted snapshot,
    /// issue 16) and the day it was submitted: the record then ends with an annex of every
    /// change since (generators/recordannex.h). Null: no annex.
    std::shared_ptr<const Register> changesSince;
    QDate changesSinceDate;
};

/// A record ready to be laid out: the document tree, and what every page's header and
/// footer and the PDF's metadata say, all in the record's language.
struct RecordDocument
{
    PolicyDocument body;
    QString organisation;
    QString title; ///< the record's title, for the page header and PDF title
    QString version;
    QString date; ///< options.today in the language's format
    QString subject; ///< PDF subject: the legal basis of the record
    QString header; ///< every page's header: organisation, title and version
    QString pageLabel; ///< "Side %1 af %2"
};

/// Writes the Article 30 record from the register: facts without wording, then the
/// templates in resources/record/<lang>/, then the XHTML subset parsed into a tree.
class RecordGenerator
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::RecordGenerator)

public:
    /// Fails with \a error set on bad options, a template mistake or a leftover marker,
    /// and when \a progress cancels (then \a out is left untouched).
    static bool generate(const Register &reg, const RecordOptions &options, RecordDocument *out,
                         QString *error, const RecordProgress &progress = {});
};

} // namespace Fortegnelse
