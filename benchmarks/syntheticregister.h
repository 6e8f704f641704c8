#pragma once

#include "register.h"

namespace Fortegnelse::Bench {

/// A register the shape of a municipality's: \a activities processing activities over
/// 20 subject categories, 60 data categories (special, criminal-offence and national-id
/// among them) and 40 measures; activities / 5 parties with sub-processor chains up to
/// three deep, some outside the EEA with their transfers (Art. 45 to certified US
/// parties, Art. 46(2)(c) elsewhere, a few missing on purpose); and in each activity
/// 1-3 purposes, 3-8 data categories, 1-3 matrix rows, recipients and retention rules.
///
/// Deterministic: the same size gives the same register on every machine.
Register syntheticRegister(int activities);

/// A filter term that matches the activity list on exactly 1% of its rows (a KLE number
/// in the activity names, the way municipalities classify their work).
QString onePercentFilterTerm();

/// The day the benchmark pretends it is: checks and the record never read the clock.
QDate benchmarkToday();

} // namespace Fortegnelse::Bench
