// How similar cases and consistency read for a caseworker: a score as a percentage, factors
// grouped by kind (heaviest first), an outcome in words, and what a consistency check or a
// stored decision says. Pure functions; the screens in case/ and consistency/ use them.
import { dictionaries, type Key, type Translate } from '../i18n/i18n';
import {
  FACTOR_KINDS,
  type CommonOutcome,
  type ConsistencyCheck,
  type DecisionConsistency,
  type Factor,
  type Outcome,
} from '../api/types';

// Below this many comparable decided cases the server does not judge (contract of issue 6).
export const MIN_COMPARABLES = 3;

// 0..1 as a whole percentage, clamped (a score is never shown as 101% or -3%).
export function scorePercent(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

export interface FactorGroup {
  soort: string;
  factors: Factor[];
}

// Factors per kind, in the order of FACTOR_KINDS (unknown kinds after, as they come); within
// a kind the heaviest first, then alphabetically.
export function groupFactors(factors: readonly Factor[]): FactorGroup[] {
  const groups = new Map<string, Factor[]>();
  for (const factor of factors) {
    const list = groups.get(factor.soort);
    if (list) list.push(factor);
    else groups.set(factor.soort, [factor]);
  }
  const known = FACTOR_KINDS as readonly string[];
  const rank = (soort: string) => (known.includes(soort) ? known.indexOf(soort) : known.length);
  return [...groups.entries()]
    .map(([soort, list]) => ({
      soort,
      factors: [...list].sort((a, b) => b.gewicht - a.gewicht || a.omschrijving.localeCompare(b.omschrijving, 'nl')),
    }))
    .sort((a, b) => rank(a.soort) - rank(b.soort));
}

// The interface text for `key` when there is one, else `fallback` (codes the front end does
// not know yet are shown as they are, never as a key name).
export function labelOr(t: Translate, key: string, fallback: string): string {
  return key in dictionaries.nl ? t(key as Key) : fallback;
}

export const factorKindLabel = (t: Translate, soort: string) => labelOr(t, `factorKind.${soort}`, soort);
export const serviceTypeLabel = (t: Translate, type: string) => labelOr(t, `serviceType.${type}`, type);
export const optionKindLabel = (t: Translate, kind: string) => labelOr(t, `optionKind.${kind}`, kind);
export const basisLabel = (t: Translate, basis: string) => labelOr(t, `basis.${basis}`, basis);

// One line: the service type, and the legal basis when there is one.
export function outcomeSummary(t: Translate, outcome: Pick<Outcome, 'dienstverleningstype' | 'grondslag'>): string {
  const type = serviceTypeLabel(t, outcome.dienstverleningstype);
  return outcome.grondslag ? t('outcome.withBasis', { type, basis: basisLabel(t, outcome.grondslag) }) : type;
}

export const commonOutcomeSummary = (t: Translate, common: CommonOutcome) =>
  t('outcome.common', { outcome: serviceTypeLabel(t, common.dienstverleningstype), count: common.aantal });

export type CheckState = 'departs' | 'too-few' | 'in-line';

// What the check on a chosen option means for the form: a notice with a reason field, a quiet
// "too few to compare", or a quiet "in line".
export function checkState(check: ConsistencyCheck): CheckState {
  if (check.wijktAf) return 'departs';
  if (check.vergelijkbaar.length < MIN_COMPARABLES) return 'too-few';
  return 'in-line';
}

export type DecisionConsistencyState = 'departs-with-reason' | 'departs-without-reason' | 'too-few' | 'in-line';

export function decisionConsistencyState(consistency: DecisionConsistency): DecisionConsistencyState {
  if (consistency.wijktAf) {
    return consistency.redenOntbreekt || !consistency.reden?.trim() ? 'departs-without-reason' : 'departs-with-reason';
  }
  if (consistency.vergelijkbareCasussen.length < MIN_COMPARABLES) return 'too-few';
  return 'in-line';
}

// The reason as the API takes it: trimmed, and only when the reason field is shown and filled.
export function reasonForBody(reason: string, shown: boolean): { verschilMetVergelijkbareCasussen?: string } {
  const text = reason.trim();
  return shown && text ? { verschilMetVergelijkbareCasussen: text } : {};
}
