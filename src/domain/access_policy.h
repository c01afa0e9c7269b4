// Who may see and change which case: the rules of the accounts work in one place, with no
// I/O. Another organisation's case is never visible; within the organisation it depends
// on the caller's roles, team and assignments. The API answers 404 for an invisible case,
// so that its existence does not leak.
#pragma once

#include <string>

#include "domain/organisation.h"

namespace helder {

// What the access rules need to know about one case.
struct CaseAccessFacts {
  OrganisationId organisation = 0;
  UserId owner = 0;
  std::string team;       // the case's team; empty when none
  bool assigned = false;  // the caller is assigned to the case (e.g. for the maatwerktafel)
};

enum class CaseAccess {
  none,  // not visible
  read,  // may read its content
  work,  // may read and change it
};

// The widest access any of the principal's roles gives.
CaseAccess case_access(const Principal& principal, const CaseAccessFacts& facts);

// Which cases appear in the principal's case list: the whole organisation (managers), or
// the cases the principal owns, shares a team with, or is assigned to.
struct CaseListScope {
  bool whole_organisation = false;
  bool owned = false;     // cases owned by the principal
  bool team = false;      // cases of the principal's team
  bool assigned = false;  // cases the principal is assigned to
  bool nothing() const { return !whole_organisation && !owned && !team && !assigned; }
};

CaseListScope case_list_scope(const Principal& principal);

}  // namespace helder
