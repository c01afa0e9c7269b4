// What validation needs to know from the catalogs: the theme and side of a card argument,
// and the investigation step a card question belongs to. Shared by the API and the seeder.
#pragma once

#include "catalog/catalog.h"
#include "domain/argument.h"
#include "domain/investigation.h"

namespace helder::api {

ArgumentLookup argument_lookup(const catalog::CatalogSet& catalogs);
QuestionStep question_step(const catalog::CatalogSet& catalogs);

}  // namespace helder::api
