#pragma once

#include "localtext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Fortegnelse {

class Document;

/// A shipped activity template (resources/templates/activities.json): a Danish activity
/// as a typical controller records it, each value true to the law it cites.
struct ActivityTemplate
{
    QString key;
    LocalText name;
    LocalText description;
    QJsonObject body; ///< purposes, subjects, data, retention and recipients
};

const QList<ActivityTemplate> &activityTemplates();
const ActivityTemplate *activityTemplate(const QString &key);

/// Fills the activity \a activity from the template \a key, as one undoable step: its name
/// and description when it has none yet (or the name a new activity starts with), the
/// template's purposes and bases, subjects and data categories (the register's own common
/// categories, or new ones), every subject ticked against every data category of the
/// template, the shipped retention rules and the typical recipients. What the activity
/// already holds stays. Returns false when nothing could be written.
bool applyActivityTemplate(Document &doc, const QString &activity, const QString &key);

} // namespace Fortegnelse
