// What the front end shows by role (the Dutch role names of the sessions API). Only for
// what is on screen: the server decides what each role may do (src/api/access_rules.cc).
import type { User } from '../api/types';

export type RoleName = 'uitvoerder' | 'maatwerktafel' | 'manager' | 'beleidsmaker' | 'bestuurder' | 'beheerder';

export const hasRole = (user: User, role: RoleName): boolean => user.rollen.includes(role);

// The Consistentie page: decisions that depart without a reason, for team leads.
export const seesConsistencyOverview = (user: User): boolean => hasRole(user, 'manager');
