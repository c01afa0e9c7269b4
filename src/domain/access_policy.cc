#include "domain/access_policy.h"

#include <algorithm>

namespace helder {
namespace {

CaseAccess widest(CaseAccess a, CaseAccess b) { return std::max(a, b); }

CaseAccess access_for(Role role, const Principal& principal, const CaseAccessFacts& facts) {
  bool owner = facts.owner == principal.user_id;
  bool same_team = !facts.team.empty() && facts.team == principal.team;
  switch (role) {
    case Role::manager: return CaseAccess::work;
    case Role::caseworker:
      return owner || same_team || facts.assigned ? CaseAccess::work : CaseAccess::none;
    case Role::table_member: return facts.assigned ? CaseAccess::work : CaseAccess::none;
    // Policy makers and bestuurders work with aggregates; a case's content only when
    // someone assigned them to it, and then to read.
    case Role::policy_maker:
    case Role::executive: return facts.assigned ? CaseAccess::read : CaseAccess::none;
    case Role::administrator: return CaseAccess::none;  // manages accounts, not cases
  }
  return CaseAccess::none;
}

}  // namespace

CaseAccess case_access(const Principal& principal, const CaseAccessFacts& facts) {
  if (facts.organisation != principal.organisation_id) return CaseAccess::none;
  CaseAccess access = CaseAccess::none;
  for (Role role : principal.roles.list()) access = widest(access, access_for(role, principal, facts));
  if (access == CaseAccess::work && principal.read_only) access = CaseAccess::read;
  return access;
}

CaseListScope case_list_scope(const Principal& principal) {
  CaseListScope scope;
  const RoleSet& roles = principal.roles;
  scope.whole_organisation = roles.has(Role::manager);
  scope.owned = roles.has(Role::caseworker);
  scope.team = roles.has(Role::caseworker) && !principal.team.empty();
  scope.assigned = roles.any_of({Role::caseworker, Role::table_member, Role::policy_maker,
                                 Role::executive, Role::manager});
  return scope;
}

}  // namespace helder
