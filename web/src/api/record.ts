// Everything recorded on one case: signals, investigation, options and arguments, the
// decision, the motivation, follow-up and the history. One function per API call, and a
// hook for each read; writes go through useCaseMutation (cases.ts) so the page refreshes.
import { useQuery } from '@tanstack/react-query';
import { api, query } from './client';
import type {
  Argument,
  CaseEvent,
  Decision,
  Evaluation,
  Investigation,
  InvestigationStep,
  Lesson,
  LessonScope,
  Motivation,
  MotivationVersion,
  NewArgument,
  NewDecision,
  NewOption,
  NewSignal,
  Option,
  ResidentWishes,
  Signal,
  Weighing,
} from './types';

const base = (ref: string) => `/api/v1/casussen/${encodeURIComponent(ref)}`;

// Signals
export const listSignals = async (ref: string) =>
  (await api.get<{ _embedded: { signalen: Signal[] } }>(`${base(ref)}/signalen`))._embedded.signalen;
export const addSignal = (ref: string, body: NewSignal) => api.post<Signal>(`${base(ref)}/signalen`, body);
export const removeSignal = (ref: string, id: number) => api.del(`${base(ref)}/signalen/${id}`);
export const useSignals = (ref: string) => useQuery({ queryKey: ['case', ref, 'signals'], queryFn: () => listSignals(ref) });

// Investigation
export const getInvestigation = (ref: string) => api.get<Investigation>(`${base(ref)}/onderzoek`);
export const addAnswer = (ref: string, body: { onderzoeksstap: InvestigationStep; vraag?: string; antwoord: string }) =>
  api.post<unknown>(`${base(ref)}/onderzoek/antwoorden`, body);
export const removeAnswer = (ref: string, id: number) => api.del(`${base(ref)}/onderzoek/antwoorden/${id}`);
export const putWishes = (ref: string, body: ResidentWishes) => api.put<unknown>(`${base(ref)}/onderzoek/wensen-inwoner`, body);
export const putOrderStep = (ref: string, step: number, body: { inhoud: string; afgerondOp?: string }) =>
  api.put<unknown>(`${base(ref)}/onderzoek/stappenplan/${step}`, body);
export const useInvestigation = (ref: string) =>
  useQuery({ queryKey: ['case', ref, 'investigation'], queryFn: () => getInvestigation(ref) });

// Options, arguments, the weighing
export const addOption = (ref: string, body: NewOption) => api.post<Option>(`${base(ref)}/opties`, body);
export const removeOption = (ref: string, id: number) => api.del(`${base(ref)}/opties/${id}`);
export const addArgument = (ref: string, option: number, body: NewArgument) =>
  api.post<Argument>(`${base(ref)}/opties/${option}/argumenten`, body);
export const changeArgument = (ref: string, option: number, id: number, body: { gewicht?: number | null; toelichting?: string }) =>
  api.patch<Argument>(`${base(ref)}/opties/${option}/argumenten/${id}`, body);
export const removeArgument = (ref: string, option: number, id: number) =>
  api.del(`${base(ref)}/opties/${option}/argumenten/${id}`);
export const getWeighing = (ref: string) => api.get<Weighing>(`${base(ref)}/afweging`);
export const useWeighing = (ref: string) => useQuery({ queryKey: ['case', ref, 'weighing'], queryFn: () => getWeighing(ref) });

// Decision
export const listDecisions = async (ref: string) =>
  (await api.get<{ _embedded: { besluiten: Decision[] } }>(`${base(ref)}/besluiten`))._embedded.besluiten;
export const decide = (ref: string, body: NewDecision) => api.post<Decision>(`${base(ref)}/besluiten`, body);
export const useDecisions = (ref: string) => useQuery({ queryKey: ['case', ref, 'decisions'], queryFn: () => listDecisions(ref) });

// Motivation
export const motivationPath = (ref: string, version: MotivationVersion) => `${base(ref)}/motivering${query({ versie: version })}`;
export const motivationPdfPath = (ref: string, version: MotivationVersion) =>
  `${base(ref)}/motivering.pdf${query({ versie: version })}`;
export const getMotivation = (ref: string, version: MotivationVersion) => api.get<Motivation>(motivationPath(ref, version));
export const useMotivation = (ref: string, version: MotivationVersion) =>
  useQuery({ queryKey: ['case', ref, 'motivation', version], queryFn: () => getMotivation(ref, version) });

// Follow-up and lessons
export const listEvaluations = async (ref: string) =>
  (await api.get<{ _embedded: { evaluaties: Evaluation[] } }>(`${base(ref)}/evaluaties`))._embedded.evaluaties;
export const addEvaluation = (ref: string, body: { datum: string; waargenomenEffect: string; volgendeStap?: string }) =>
  api.post<Evaluation>(`${base(ref)}/evaluaties`, body);
export const listLessons = async (ref: string) =>
  (await api.get<{ _embedded: { lessen: Lesson[] } }>(`${base(ref)}/lessen`))._embedded.lessen;
export const addLesson = (ref: string, body: { les: string; reikwijdte: LessonScope; structureel?: boolean; regeling?: string }) =>
  api.post<Lesson>(`${base(ref)}/lessen`, body);
export const useEvaluations = (ref: string) =>
  useQuery({ queryKey: ['case', ref, 'evaluations'], queryFn: () => listEvaluations(ref) });
export const useLessons = (ref: string) => useQuery({ queryKey: ['case', ref, 'lessons'], queryFn: () => listLessons(ref) });

// History
export const listEvents = async (ref: string) =>
  (await api.get<{ _embedded: { gebeurtenissen: CaseEvent[] } }>(`${base(ref)}/gebeurtenissen`))._embedded.gebeurtenissen;
export const useEvents = (ref: string) => useQuery({ queryKey: ['case', ref, 'events'], queryFn: () => listEvents(ref) });
