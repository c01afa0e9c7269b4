// The cards as data and the regulations: they change rarely, so they are cached long.
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Catalog, Regulation } from './types';

export type CatalogName = 'signalen' | 'argumenten' | 'vragen' | 'lessen';

export const getCatalog = (name: CatalogName) => api.get<Catalog>(`/api/v1/catalogus/${name}`);
export const getRegulations = async () =>
  (await api.get<{ _embedded: { regelingen: Regulation[] } }>('/api/v1/regelingen'))._embedded.regelingen;

export function useCatalog(name: CatalogName) {
  return useQuery({ queryKey: ['catalog', name], queryFn: () => getCatalog(name), staleTime: 3_600_000 });
}

export function useRegulations() {
  return useQuery({ queryKey: ['regulations'], queryFn: getRegulations, staleTime: 3_600_000 });
}
