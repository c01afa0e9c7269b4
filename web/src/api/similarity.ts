// Similar cases and consistency: the cases that resemble this one and what they got, how a
// chosen option compares with comparable decisions, and the managers' overview.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from './client';
import type { ConsistencyCheck, ConsistencyOverview, SimilarCases } from './types';

const base = (ref: string) => `/api/v1/casussen/${encodeURIComponent(ref)}`;

export interface SimilarCasesQuery {
  // 1..50; the server's default is 10.
  aantal?: number;
  // Only cases with a decision.
  alleenBesloten?: boolean;
}

export const similarCasesPath = (ref: string, { aantal, alleenBesloten }: SimilarCasesQuery = {}) =>
  `${base(ref)}/vergelijkbare-casussen${query({ aantal, alleenBesloten: alleenBesloten ? 'true' : undefined })}`;
export const getSimilarCases = (ref: string, options: SimilarCasesQuery = {}) =>
  api.get<SimilarCases>(similarCasesPath(ref, options));
export const useSimilarCases = (ref: string, options: SimilarCasesQuery) =>
  useQuery({
    queryKey: ['case', ref, 'similar', options],
    queryFn: () => getSimilarCases(ref, options),
    // The list stays while another filter loads, so the page does not jump.
    placeholderData: keepPreviousData,
  });

export const getConsistency = (ref: string, option: number) =>
  api.get<ConsistencyCheck>(`${base(ref)}/consistentie${query({ optie: option })}`);
// Only asks when an option is chosen.
export const useConsistency = (ref: string, option: number | null) =>
  useQuery({
    queryKey: ['case', ref, 'consistency', option],
    queryFn: () => getConsistency(ref, option ?? 0),
    enabled: option !== null,
  });

export const getConsistencyOverview = () => api.get<ConsistencyOverview>('/api/v1/consistentie');
export const useConsistencyOverview = (enabled: boolean) =>
  useQuery({ queryKey: ['consistency-overview'], queryFn: getConsistencyOverview, enabled });
