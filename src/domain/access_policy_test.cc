#include "domain/access_policy.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

Principal user(UserId id, RoleSet roles, std::string team = "", OrganisationId org = 1) {
  Principal p;
  p.user_id = id;
  p.organisation_id = org;
  p.roles = roles;
  p.team = std::move(team);
  return p;
}

CaseAccessFacts owned_by(UserId owner, std::string team = "", bool assigned = false) {
  return {1, owner, std::move(team), assigned};
}

TEST(CaseAccess, CaseworkerSeesOwnAndTeamCasesOnly) {
  auto caseworker = user(7, {Role::caseworker}, "wijkteam-noord");
  EXPECT_EQ(case_access(caseworker, owned_by(7)), CaseAccess::work);
  EXPECT_EQ(case_access(caseworker, owned_by(8, "wijkteam-noord")), CaseAccess::work);
  EXPECT_EQ(case_access(caseworker, owned_by(8, "wijkteam-zuid")), CaseAccess::none);
  EXPECT_EQ(case_access(caseworker, owned_by(8)), CaseAccess::none);
  EXPECT_EQ(case_access(caseworker, owned_by(8, "", true)), CaseAccess::work);
}

TEST(CaseAccess, CaseworkerWithoutTeamDoesNotMatchCasesWithoutTeam) {
  EXPECT_EQ(case_access(user(7, {Role::caseworker}), owned_by(8)), CaseAccess::none);
}

TEST(CaseAccess, ManagerSeesWholeOrganisationButNoOtherOrganisation) {
  auto manager = user(9, {Role::manager}, "", 1);
  EXPECT_EQ(case_access(manager, owned_by(8)), CaseAccess::work);
  EXPECT_EQ(case_access(manager, {2, 8, "", false}), CaseAccess::none);
  EXPECT_EQ(case_access(manager, {2, 9, "", true}), CaseAccess::none);
}

TEST(CaseAccess, PolicyMakerAndExecutiveReadOnlyWhenAssigned) {
  for (Role role : {Role::policy_maker, Role::executive}) {
    auto p = user(5, {role});
    EXPECT_EQ(case_access(p, owned_by(8)), CaseAccess::none);
    EXPECT_EQ(case_access(p, owned_by(8, "", true)), CaseAccess::read);
  }
}

TEST(CaseAccess, TableMemberWorksOnAssignedCases) {
  auto member = user(4, {Role::table_member});
  EXPECT_EQ(case_access(member, owned_by(8)), CaseAccess::none);
  EXPECT_EQ(case_access(member, owned_by(8, "", true)), CaseAccess::work);
}

TEST(CaseAccess, AdministratorReadsNoCaseContent) {
  auto admin = user(1, {Role::administrator});
  EXPECT_EQ(case_access(admin, owned_by(1)), CaseAccess::none);
  EXPECT_EQ(case_access(admin, owned_by(8, "", true)), CaseAccess::none);
}

TEST(CaseAccess, RolesCombineToTheWidestAndReadOnlyTokensNeverWrite) {
  auto both = user(5, {Role::policy_maker, Role::caseworker});
  EXPECT_EQ(case_access(both, owned_by(5)), CaseAccess::work);
  both.read_only = true;
  EXPECT_EQ(case_access(both, owned_by(5)), CaseAccess::read);
}

TEST(CaseListScope, FollowsTheRoles) {
  EXPECT_TRUE(case_list_scope(user(1, {Role::manager})).whole_organisation);
  auto caseworker = case_list_scope(user(1, {Role::caseworker}, "noord"));
  EXPECT_TRUE(caseworker.owned && caseworker.team && caseworker.assigned);
  EXPECT_FALSE(caseworker.whole_organisation);
  EXPECT_TRUE(case_list_scope(user(1, {Role::administrator})).nothing());
  auto policy = case_list_scope(user(1, {Role::policy_maker}));
  EXPECT_TRUE(policy.assigned && !policy.owned);
}

}  // namespace
}  // namespace helder
