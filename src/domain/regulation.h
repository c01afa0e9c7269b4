// A regulation (law or scheme) that a case can fall under, with the two facts the
// deliberation needs: may it be deviated from in hardship, and does it prescribe an order
// for the investigation (as the Wmo 2015 does).
#pragma once

#include <string>

#include "domain/retention.h"

namespace helder {

struct Regulation {
  std::string id;          // stable id from catalog/regelingen.json, e.g. "wmo-2015"
  std::string name;        // "Wet maatschappelijke ondersteuning 2015"
  std::string short_name;  // "Wmo 2015"
  bool has_hardship_clause = false;
  bool prescribes_investigation_order = false;
  int version = 1;
  RetentionRule retention;
};

}  // namespace helder
