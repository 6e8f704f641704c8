#pragma once

#include "entitykind.h"

#include <array>

namespace Fortegnelse {

/// What the code needs to know about a kind of item, in one table (issue 18: metadata, not
/// switches). Strings are plain C strings: the English names of the JSON format's messages,
/// and source texts that kindTitle() and newItemName() translate.
struct KindInfo
{
    EntityKind kind;
    bool singleton; ///< the organisation and the policy: one each, no list
    const char *listKey; ///< the key in the JSON format: "activities", "organisation"
    const char *name; ///< English, for messages about the format: "processing activity"
    const char *title; ///< the plural title in the UI ("Fortegnelse::Kinds" context)
    const char *newName; ///< what a new item is called ("Fortegnelse::ListPage" context); "" for none
    const char *firstField; ///< the field an editor focuses on when the item is new
    const char *idPrefix; ///< new ids ("activity-3"), change paths, page and problem names
    const char *label; ///< singular, in undo texts ("Undo Commands" context): "Delete %1"
    const char *table; ///< the table a register keeps these items in (model/store.h tableName())
    /// Its items are checked one at a time (checkItem() has a rule set for the kind); the
    /// other kinds' items are checked in the register-wide pass of the policy.
    bool checkedAlone;
    /// The names, kinds and flags of these items feed the checks of every activity that
    /// uses them: a change to one is checked again across the register.
    bool feedsEveryActivity;
};

/// The row of \a kind in the table.
const KindInfo &kindInfo(EntityKind kind);

/// Every kind, in the order of EntityKind.
const std::array<EntityKind, 9> &allKinds();

} // namespace Fortegnelse
