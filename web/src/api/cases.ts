// Cases: the list with filters, one case, opening one, and moving it to another phase.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from './client';
import type { Case, CasesPage, NewCase, Phase } from './types';

export interface CaseFilters {
  fase?: Phase | '';
  regeling?: string;
  eigenaar?: string;
  zoek?: string;
  pagina?: number;
}

export const listCases = (filters: CaseFilters) =>
  api.get<CasesPage>(`/api/v1/casussen${query({ ...filters, paginaGrootte: 20 })}`);
export const getCase = (ref: string) => api.get<Case>(`/api/v1/casussen/${encodeURIComponent(ref)}`);
export const createCase = (body: NewCase) => api.post<Case>('/api/v1/casussen', body);
export const moveCase = (ref: string, naar: Phase, toelichting: string) =>
  api.post<{ casus: Case }>(`/api/v1/casussen/${encodeURIComponent(ref)}/faseovergangen`, {
    naar,
    ...(toelichting ? { toelichting } : {}),
  });

export function useCases(filters: CaseFilters) {
  return useQuery({ queryKey: ['cases', filters], queryFn: () => listCases(filters), placeholderData: keepPreviousData });
}

export function useCase(ref: string) {
  return useQuery({ queryKey: ['case', ref], queryFn: () => getCase(ref) });
}

export function useCreateCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: () => client.invalidateQueries({ queryKey: ['cases'] }),
  });
}

// After any change to a case: everything about it, and the lists, are fetched again.
export function useCaseMutation<A, R>(ref: string, fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Not awaited: the form clears at once, and the page refreshes when the data is in.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['case', ref] });
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

export function useMoveCase(ref: string) {
  return useCaseMutation(ref, (args: { naar: Phase; toelichting: string }) => moveCase(ref, args.naar, args.toelichting));
}
