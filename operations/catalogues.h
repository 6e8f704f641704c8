#pragma once

#include "codes.h"
#include "localtext.h"
#include "referencedata.h"
#include "register.h"
#include "step.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Fortegnelse {

class Document;
struct Register;

// Building an activity from inside its editor (issue 14): a new data category, subject or
// party created where it is needed, a shipped catalogue entry taken over, the matrix ticked
// a row or column at a time. Each function is one undoable step through Document, and a
// failed step changes nothing.

/// One entry of the shipped catalogue of security measures (resources/reference/measures.json).
struct MeasureTemplate
{
    QString key;
    MeasureType type = MeasureType::Technical;
    LocalText name;
};
const QList<MeasureTemplate> &securityMeasureCatalogue();

/// The key of the shipped common subject or data category called \a name in any language
/// (case does not matter), or an empty string.
QString commonCategoryKey(EntityKind kind, const QString &name);

/// Adds a data category to the activity's data: the register's category with that common
/// key or name when there is one, else a new one named \a name (in every language when it
/// is a common category, with its kind). Returns its id; empty when nothing was written.
QString addDataCategoryToActivity(Document &doc, const QString &activity, const QString &name);
/// Adds a subject category to the activity's subjects (a row of its matrix, no data ticked
/// yet), created as for data categories. Returns its id.
QString addSubjectToActivity(Document &doc, const QString &activity, const QString &name);
/// Creates the party \a name and makes it a recipient of the activity. Returns its id.
QString addRecipientPartyToActivity(Document &doc, const QString &activity, const QString &name);
/// Adds the catalogue's measure \a key to the activity, creating it in the register's
/// measures when no measure has that name yet. Returns its id.
QString addCatalogueMeasureToActivity(Document &doc, const QString &activity, const QString &key);
/// Adds a retention rule from the shipped rule \a ruleKey (retention.json) for \a data.
bool addRetentionRuleToActivity(Document &doc, const QString &activity, const QString &ruleKey,
                                const QStringList &data);

/// A retention rule for \a data from a shipped rule: its period, event, criterion and law.
RetentionRule retentionRuleFrom(const ReferenceData::RetentionTemplate &rule, const QStringList &data);

/// Chooses or drops a subject category of the activity. Dropping it drops its matrix row.
bool setActivitySubject(Document &doc, const QString &activity, const QString &subject, bool on);
/// Ticks or clears several matrix cells (subject, data) as one step; the subjects stay
/// chosen when their last tick goes. A data category not yet among the activity's data is
/// added to them.
/// Each row it changes is confirmed (MatrixRow::unconfirmed): the officer has looked at it.
bool setMatrixCells(Document &doc, const QString &activity, const QList<QPair<QString, QString>> &cells, bool on);

/// What confirmLinks() confirms of an activity's links an import generated.
enum class LinkScope
{
    Everything, ///< the matrix and every recipient
    Matrix, ///< which data concern whom
    Recipients, ///< what each recipient receives
    Recipient ///< what one recipient receives
};
/// Confirms generated links as they stand (the officer accepts them), as one step. False,
/// changing nothing, when nothing in \a scope is unconfirmed.
bool confirmLinks(Document &doc, const QString &activity, LinkScope scope, int recipient = -1);

/// Builds steps that change one activity and add the items it refers to.
class ActivityStep
{
public:
    ActivityStep(const Register &reg, const QString &activity);
    bool isValid() const { return m_index >= 0; }
    ProcessingActivity &activity() { return m_after; }
    QString language() const { return m_language; }

    /// The id of the subject category with the common key \a key, or named \a name;
    /// created (and remembered for the step) when the register has none.
    QString subject(const QString &key, const LocalText &name);
    QString dataCategory(const QString &key, const LocalText &name);
    QString measure(const LocalText &name, MeasureType type);
    QString party(const QString &name);
    /// Makes \a subject one of the activity's subjects.
    void chooseSubject(const QString &subject);
    void addData(const QString &data);

    Step step() const;

private:
    QString freshId(EntityKind kind) const;

    const Register &m_reg;
    int m_index = -1;
    QString m_language;
    ProcessingActivity m_after;
    QList<SubjectCategory> m_subjects;
    QList<DataCategory> m_data;
    QList<SecurityMeasure> m_measures;
    QList<Party> m_parties;
};

} // namespace Fortegnelse

namespace Fortegnelse {

/// Ticks or clears \a cells (subject, data) in what the activity's recipient number
/// \a recipient receives, as one step. A recipient receives the processed cells of the
/// subjects and data its disclosure names (receives()), so a tick adds the cell's subject
/// and data; clearing one cell or a column removes that data, clearing a row removes that
/// subject, and clearing more than a row and a column removes both. The disclosure is
/// confirmed (Disclosure::unconfirmed).
bool setRecipientCells(Document &doc, const QString &activity, int recipient,
                       const QList<QPair<QString, QString>> &cells, bool on);

} // namespace Fortegnelse
