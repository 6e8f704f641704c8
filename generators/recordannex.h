#pragma once

// The record's last annex (issue 16): what changed since the record last submitted to the
// authority, item by item and field by field (model/registerdiff.h), in the record's
// language, so the officer can send the record with the changes the authority has not seen.

#include "recordgenerator.h"
#include "registerdiff.h"

#include <QJsonObject>

#include <functional>

#include <kainjow/mustache.hpp>

namespace Fortegnelse::RecordAnnex {

/// The differences the annex lists: every item added or removed and every field changed
/// from \a base to \a reg, of the kinds the record shows. The policy's own settings and the
/// cookies are not in the record, so their changes are not either; nor are changes of the
/// officer's notes unless \a includeNotes (the record leaves the notes out otherwise).
QList<Difference> differences(const Register &base, const Register &reg, bool includeNotes);

/// The template data of the annex, {{#changes}} in record.mustache: false without
/// options.changesSince; else {{date}} (the day submitted), {{#none}} when nothing
/// changed, and {{#kinds}} with their {{title}} and {{#items}}, each with its {{name}},
/// its {{state}} (added, removed) and its {{#lines}}{{text}}. The annex's own words come
/// from language.json (\a strings, "changes"); field names, kinds and codes are the UI's,
/// read from the UI translation of the record's language without installing it. False
/// with *error when that translation is not in the program. An activity is named with its
/// number in the record (\a numbers, by id: "3.1"), so the authority finds its section.
bool data(const Register &reg, const RecordOptions &options, const QJsonObject &strings,
          const std::function<QString(const QString &id)> &numbers, kainjow::mustache::data *out, QString *error);

} // namespace Fortegnelse::RecordAnnex
