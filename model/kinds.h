#pragma once

#include "entitykind.h"

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
};

/// The row of \a kind in the table.
const KindInfo &kindInfo(EntityKind kind);

} // namespace Fortegnelse
