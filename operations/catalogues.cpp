#include "catalogues.h"

#include "document.h"
#include "itemoperations.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace Fortegnelse {

namespace {

LocalText localText(const QJsonValue &value)
{
    LocalText text;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        text.set(it.key(), it.value().toString());
    return text;
}

bool sameName(const LocalText &a, const LocalText &b)
{
    for (auto it = b.texts().begin(); it != b.texts().end(); ++it)
        if (!it.value().isEmpty() && a.text(it.key()).compare(it.value(), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

const ReferenceData::CommonCategory *commonCategory(EntityKind kind, const QString &key)
{
    const auto &list = kind == EntityKind::DataCategory ? ReferenceData::instance().commonData()
                                                        : ReferenceData::instance().commonSubjects();
    for (const auto &c : list)
        if (c.key == key)
            return &c;
    return nullptr;
}

QString undoText(const char *text, const QString &name, const Register &reg, const QString &activity)
{
    return QCoreApplication::translate("Undo Commands", text).arg(name, displayName(reg, EntityKind::Activity, activity));
}

} // namespace

const QList<MeasureTemplate> &securityMeasureCatalogue()
{
    static const QList<MeasureTemplate> catalogue = [] {
        QList<MeasureTemplate> out;
        QFile file(QStringLiteral(":/catalogues/measures.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("measures")).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            MeasureTemplate m;
            m.key = o.value(QLatin1String("key")).toString();
            m.type = fromCode<MeasureType>(o.value(QLatin1String("type")).toString()).value_or(MeasureType::Technical);
            m.name = localText(o.value(QLatin1String("name")));
            out.append(m);
        }
        return out;
    }();
    return catalogue;
}

QString commonCategoryKey(EntityKind kind, const QString &name)
{
    const QString n = name.trimmed();
    const auto &list = kind == EntityKind::DataCategory ? ReferenceData::instance().commonData()
                                                        : ReferenceData::instance().commonSubjects();
    for (const auto &c : list)
        for (const QString &lang : ReferenceData::languages())
            if (c.label.text(lang).compare(n, Qt::CaseInsensitive) == 0)
                return c.key;
    return {};
}

ActivityStep::ActivityStep(const Register &reg, const QString &activity)
    : m_reg(reg)
    , m_index(reg.activities.indexOf(activity))
    , m_language(reg.organisation.language.isEmpty() ? QStringLiteral("da") : reg.organisation.language)
{
    if (m_index >= 0)
        m_after = reg.activities.at(m_index);
}

QString ActivityStep::freshId(EntityKind kind) const
{
    const QString prefix = idPrefix(kind) + QLatin1Char('-');
    QStringList taken;
    withList(m_reg, kind, [&](const auto &list) {
        for (const auto &item : list)
            taken.append(item.id);
    });
    for (const auto &s : m_subjects)
        taken.append(s.id);
    for (const auto &d : m_data)
        taken.append(d.id);
    for (const auto &m : m_measures)
        taken.append(m.id);
    for (const auto &p : m_parties)
        taken.append(p.id);
    for (qsizetype n = taken.size() + 1;; ++n)
        if (const QString id = prefix + QString::number(n); !taken.contains(id))
            return id;
}

QString ActivityStep::subject(const QString &key, const LocalText &name)
{
    const auto matches = [&](const SubjectCategory &s) { return key.isEmpty() ? sameName(s.name, name) : s.ref == key; };
    for (const auto &s : m_reg.subjectCategories)
        if (matches(s))
            return s.id;
    for (const auto &s : std::as_const(m_subjects))
        if (matches(s))
            return s.id;
    SubjectCategory s;
    s.id = freshId(EntityKind::SubjectCategory);
    s.ref = key;
    s.name = name;
    if (const auto *common = key.isEmpty() ? nullptr : commonCategory(EntityKind::SubjectCategory, key))
        s.name = common->label;
    s.children = key == u"children";
    m_subjects.append(s);
    return s.id;
}

QString ActivityStep::dataCategory(const QString &key, const LocalText &name)
{
    const auto matches = [&](const DataCategory &d) { return key.isEmpty() ? sameName(d.name, name) : d.ref == key; };
    for (const auto &d : m_reg.dataCategories)
        if (matches(d))
            return d.id;
    for (const auto &d : std::as_const(m_data))
        if (matches(d))
            return d.id;
    DataCategory d;
    d.id = freshId(EntityKind::DataCategory);
    d.ref = key;
    d.name = name;
    if (const auto *common = key.isEmpty() ? nullptr : commonCategory(EntityKind::DataCategory, key)) {
        d.name = common->label;
        d.dataKind = dataKindOfCommonCategory(common->kind);
    }
    m_data.append(d);
    return d.id;
}

QString ActivityStep::measure(const LocalText &name, MeasureType type)
{
    for (const auto &m : m_reg.measures)
        if (sameName(m.name, name))
            return m.id;
    for (const auto &m : std::as_const(m_measures))
        if (sameName(m.name, name))
            return m.id;
    SecurityMeasure m;
    m.id = freshId(EntityKind::Measure);
    m.name = name;
    m.type = type;
    m_measures.append(m);
    return m.id;
}

QString ActivityStep::party(const QString &name)
{
    Party p;
    p.id = freshId(EntityKind::Party);
    p.name = name.trimmed();
    m_parties.append(p);
    return p.id;
}

void ActivityStep::chooseSubject(const QString &subject)
{
    for (const MatrixRow &row : std::as_const(m_after.matrix))
        if (row.subject == subject)
            return;
    m_after.matrix.append({subject, {}});
}

void ActivityStep::addData(const QString &data)
{
    if (!m_after.data.contains(data))
        m_after.data.append(data);
}

Step ActivityStep::step() const
{
    Step step;
    if (m_index < 0)
        return step;
    const auto inserts = [&step](const auto &items, const auto &list) {
        qint64 position = list.nextPosition();
        for (const auto &item : items)
            step.append(ItemChange::insert(item, position++));
    };
    inserts(m_subjects, m_reg.subjectCategories);
    inserts(m_data, m_reg.dataCategories);
    inserts(m_measures, m_reg.measures);
    inserts(m_parties, m_reg.parties);
    const ProcessingActivity &before = m_reg.activities.at(m_index);
    if (!(before == m_after))
        step.append(ItemChange::replace(before, m_after, m_reg.activities.positionAt(m_index)));
    return step;
}

QString addDataCategoryToActivity(Document &doc, const QString &activity, const QString &name)
{
    if (name.trimmed().isEmpty())
        return {};
    ActivityStep build(doc.reg(), activity);
    if (!build.isValid())
        return {};
    const QString id = build.dataCategory(commonCategoryKey(EntityKind::DataCategory, name),
                                          LocalText(build.language(), name.trimmed()));
    build.addData(id);
    const bool ok = doc.performStep(build.step(), undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add data category “%1” to “%2”"), name.trimmed(), doc.reg(), activity));
    return ok ? id : QString();
}

QString addSubjectToActivity(Document &doc, const QString &activity, const QString &name)
{
    if (name.trimmed().isEmpty())
        return {};
    ActivityStep build(doc.reg(), activity);
    if (!build.isValid())
        return {};
    const QString id = build.subject(commonCategoryKey(EntityKind::SubjectCategory, name),
                                     LocalText(build.language(), name.trimmed()));
    build.chooseSubject(id);
    const bool ok = doc.performStep(build.step(), undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add subject category “%1” to “%2”"), name.trimmed(), doc.reg(), activity));
    return ok ? id : QString();
}

QString addRecipientPartyToActivity(Document &doc, const QString &activity, const QString &name)
{
    if (name.trimmed().isEmpty())
        return {};
    ActivityStep build(doc.reg(), activity);
    if (!build.isValid())
        return {};
    const QString id = build.party(name);
    Disclosure recipient;
    recipient.party = id;
    build.activity().recipients.append(recipient);
    const bool ok = doc.performStep(build.step(), undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add recipient “%1” to “%2”"), name.trimmed(), doc.reg(), activity));
    return ok ? id : QString();
}

QString addCatalogueMeasureToActivity(Document &doc, const QString &activity, const QString &key)
{
    for (const MeasureTemplate &m : securityMeasureCatalogue()) {
        if (m.key != key)
            continue;
        ActivityStep build(doc.reg(), activity);
        if (!build.isValid())
            return {};
        const QString id = build.measure(m.name, m.type);
        if (!build.activity().measures.contains(id))
            build.activity().measures.append(id);
        const QString name = m.name.resolve(build.language(), QStringLiteral("en"));
        const bool ok = doc.performStep(build.step(), undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add measure “%1” to “%2”"), name, doc.reg(), activity));
        return ok ? id : QString();
    }
    return {};
}

RetentionRule retentionRuleFrom(const ReferenceData::RetentionTemplate &t, const QStringList &data)
{
    RetentionRule rule;
    rule.data = data;
    rule.amount = t.amount;
    rule.unit = fromCode<PeriodUnit>(t.unit).value_or(PeriodUnit::Years);
    rule.trigger = t.trigger;
    rule.criterion = t.criterion;
    if (!t.legalReference.isEmpty())
        rule.lawReferences.append(t.legalReference);
    return rule;
}

bool addRetentionRuleToActivity(Document &doc, const QString &activity, const QString &ruleKey, const QStringList &data)
{
    for (const auto &t : ReferenceData::instance().retentionTemplates()) {
        if (t.key != ruleKey)
            continue;
        ActivityStep build(doc.reg(), activity);
        if (!build.isValid())
            return false;
        build.activity().retention.append(retentionRuleFrom(t, data));
        return doc.performStep(build.step(), undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add retention rule “%1” to “%2”"), t.label.resolve(build.language(), QStringLiteral("en")), doc.reg(), activity));
    }
    return false;
}

bool setActivitySubject(Document &doc, const QString &activity, const QString &subject, bool on)
{
    ActivityStep build(doc.reg(), activity);
    if (!build.isValid() || !doc.reg().subjectCategories.contains(subject))
        return false;
    if (on) {
        build.chooseSubject(subject);
    } else {
        auto &matrix = build.activity().matrix;
        matrix.removeIf([&](const MatrixRow &row) { return row.subject == subject; });
        for (Disclosure &d : build.activity().recipients)
            d.subjects.removeAll(subject);
    }
    const QString name = displayName(doc.reg(), EntityKind::SubjectCategory, subject);
    return doc.performStep(build.step(), on ? undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add subject category “%1” to “%2”"), name, doc.reg(), activity) : undoText(QT_TRANSLATE_NOOP("Undo Commands", "Remove subject category “%1” from “%2”"), name, doc.reg(), activity));
}

bool setMatrixCells(Document &doc, const QString &activity, const QList<QPair<QString, QString>> &cells, bool on)
{
    ActivityStep build(doc.reg(), activity);
    if (!build.isValid())
        return false;
    for (const auto &[subject, data] : cells) {
        build.chooseSubject(subject);
        if (on)
            build.addData(data);
        for (MatrixRow &row : build.activity().matrix) {
            if (row.subject != subject)
                continue;
            row.unconfirmed = false;
            if (on && !row.data.contains(data))
                row.data.append(data);
            else if (!on)
                row.data.removeAll(data);
        }
    }
    const QString name = displayName(doc.reg(), EntityKind::Activity, activity);
    return doc.performStep(build.step(), on ? QCoreApplication::translate("Undo Commands", "Tick %n matrix cell(s) in “%1”", nullptr, int(cells.size())).arg(name) : QCoreApplication::translate("Undo Commands", "Clear %n matrix cell(s) in “%1”", nullptr, int(cells.size())).arg(name));
}

bool confirmLinks(Document &doc, const QString &activity, LinkScope scope, int recipient)
{
    ActivityStep build(doc.reg(), activity);
    if (!build.isValid())
        return false;
    ProcessingActivity &a = build.activity();
    int confirmed = 0;
    if (scope == LinkScope::Everything || scope == LinkScope::Matrix)
        for (MatrixRow &row : a.matrix)
            confirmed += std::exchange(row.unconfirmed, false) ? 1 : 0;
    for (qsizetype i = 0; i < a.recipients.size(); ++i)
        if (scope == LinkScope::Everything || scope == LinkScope::Recipients
            || (scope == LinkScope::Recipient && i == recipient))
            confirmed += std::exchange(a.recipients[i].unconfirmed, false) ? 1 : 0;
    if (confirmed == 0)
        return false;
    const QString name = displayName(doc.reg(), EntityKind::Activity, activity);
    return doc.performStep(build.step(), QCoreApplication::translate("Undo Commands", "Confirm %n imported link(s) in “%1”", nullptr, confirmed).arg(name));
}

} // namespace Fortegnelse

namespace Fortegnelse {

namespace {

bool setRecipientScope(Document &doc, const QString &activity, int recipient, const QStringList &subjects,
                       const QStringList &data, bool on)
{
    ActivityStep build(doc.reg(), activity);
    if (!build.isValid() || recipient < 0 || recipient >= build.activity().recipients.size())
        return false;
    Disclosure &d = build.activity().recipients[recipient];
    const auto apply = [on](QStringList &list, const QStringList &values) {
        for (const QString &value : values) {
            if (on && !list.contains(value))
                list.append(value);
            else if (!on)
                list.removeAll(value);
        }
    };
    apply(d.subjects, subjects);
    apply(d.data, data);
    d.unconfirmed = false;
    const QString name = d.party.isEmpty() ? d.recipientCategory.resolve(build.language(), QStringLiteral("en"))
                                           : displayName(doc.reg(), EntityKind::Party, d.party);
    return doc.performStep(build.step(), undoText(QT_TRANSLATE_NOOP("Undo Commands", "Change what “%1” receives in “%2”"), name, doc.reg(), activity));
}

} // namespace

bool setRecipientCells(Document &doc, const QString &activity, int recipient,
                       const QList<QPair<QString, QString>> &cells, bool on)
{
    QStringList subjects, data;
    for (const auto &[subject, item] : cells) {
        if (!subjects.contains(subject))
            subjects.append(subject);
        if (!data.contains(item))
            data.append(item);
    }
    if (on)
        return setRecipientScope(doc, activity, recipient, subjects, data, true);
    const bool row = subjects.size() == 1 && data.size() > 1;
    const bool column = data.size() == 1;
    return setRecipientScope(doc, activity, recipient, row || !column ? subjects : QStringList{},
                             column || !row ? data : QStringList{}, false);
}

} // namespace Fortegnelse
