// The weighing half of a generated case (generator.h): the options weighed (the standard
// route, tailoring within the rules and, where the family has a rule for it, a deviation)
// with their arguments and weights; and once the case reached "besluit", the decision with
// its motivation, which usually (85%) takes the family's usual route, and sometimes a lesson.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/generator_family.h"
#include "app/generator_random.h"
#include "domain/argument.h"

namespace helder::app {

// Adds the options, the answers that go with them and, when `decided_at` is set, the
// decision (and perhaps a lesson) to `result`.
void add_weighing(const catalog::CatalogSet& catalogs, const ArgumentLookup& arguments,
                  GeneratorRandom& random, const Family& family, Timestamp weighed_at,
                  std::optional<Timestamp> decided_at,
                  std::optional<std::string_view> own_circumstance, ImportedCase& result);

// The title of the family's option of this kind.
std::string option_title(const Family& family, OptionKind kind);

}  // namespace helder::app
