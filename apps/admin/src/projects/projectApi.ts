import { HttpError } from 'react-admin';
import { apiJson, query } from '../providers/http';

export const MILESTONE_KINDS = ['registered', 'settled', 'producing', 'full_output'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export type Light = 'done' | 'unplanned' | 'green' | 'yellow' | 'red';

export interface Milestone {
  id: number;
  kind: MilestoneKind;
  plannedOn: string | null;
  actualOn: string | null;
  light: Light;
  daysLate: number;
  version: number;
}
export interface Fund {
  id: number;
  arrivedOn: string;
  amount: number;
  source: string;
  note: string | null;
  createdByName: string | null;
  version: number;
}
export interface ProjectYear {
  id: number;
  year: number;
  output: number | null;
  tax: number | null;
  jobs: number | null;
  version: number;
}
export interface Project {
  targetId: number;
  signed: boolean;
  signedAt: string | null;
  signedInvestment: number | null;
  signedOutput: number | null;
  signedJobs: number | null;
  landing: { carrierName: string; area: number; landedOn: string } | null;
  thresholds: { yellowDays: number; redDays: number };
  milestones: Milestone[];
  funds: Fund[];
  fundsArrived: number;
  fundsRate: number | null;
  years: ProjectYear[];
}
export interface Instruction {
  id: number;
  targetId: number;
  firmName: string;
  authorId: number;
  authorName: string;
  assigneeId: number;
  assigneeName: string;
  body: string;
  dueAt: string;
  state: 'open' | 'closed';
  overdue: boolean;
  closedAt: string | null;
  closedByName: string | null;
  closingNote: string | null;
  version: number;
  replies?: { id: number; authorName: string; body: string; createdAt: string }[];
}
export interface Rates {
  signed: number;
  keeping: number;
  started: number;
  producing: number;
  signedInvestment: number;
  fundsArrived: number;
  fulfilmentRate: number | null;
  startRate: number | null;
  productionRate: number | null;
  fundsRate: number | null;
}
export type RateKey = 'fulfilmentRate' | 'startRate' | 'productionRate' | 'fundsRate';
export const RATE_KEYS: readonly RateKey[] = ['fulfilmentRate', 'startRate', 'productionRate', 'fundsRate'];
export interface RatesAnswer {
  definitions: Record<RateKey, { zh: string; en: string }>;
  asOf: string;
  total: Rates;
  rows: ({ key: number; label: string } & Rates)[];
}
export interface KeyProject {
  targetId: number;
  firmName: string;
  chainName: string;
  ownerName: string;
  reason: 'milestone' | 'instruction';
  milestoneKind?: MilestoneKind;
  plannedOn?: string;
  daysLate?: number;
  light?: Light;
  instructionId?: number;
  instructionBody?: string;
  assigneeName?: string;
  dueAt?: string;
  overdue?: boolean;
}

const base = (targetId: number) => `/targets/${targetId}/project`;

export const projectApi = {
  get: (targetId: number) => apiJson<Project>(base(targetId)),
  milestone: (targetId: number, kind: MilestoneKind, body: { plannedOn?: string | null; actualOn?: string | null; version: number }) =>
    apiJson<Project>(`${base(targetId)}/milestones/${kind}`, { method: 'PUT', body }),
  addFund: (targetId: number, body: Record<string, unknown>) => apiJson<Project>(`${base(targetId)}/funds`, { method: 'POST', body }),
  updateFund: (targetId: number, fundId: number, body: Record<string, unknown>) =>
    apiJson<Project>(`${base(targetId)}/funds/${fundId}`, { method: 'PUT', body }),
  removeFund: (targetId: number, fund: Fund) => apiJson<Project>(`${base(targetId)}/funds/${fund.id}?version=${fund.version}`, { method: 'DELETE' }),
  year: (targetId: number, year: number, body: Record<string, unknown>) => apiJson<Project>(`${base(targetId)}/years/${year}`, { method: 'PUT', body }),
  instructions: (filter: Record<string, unknown>) =>
    apiJson<Instruction[]>(`/instructions${query({ filter: JSON.stringify(filter), range: JSON.stringify([0, 99]), sort: JSON.stringify(['dueAt', 'ASC']) })}`),
  instruction: (id: number) => apiJson<Instruction>(`/instructions/${id}`),
  createInstruction: (body: Record<string, unknown>) => apiJson<Instruction>('/instructions', { method: 'POST', body }),
  reply: (id: number, body: string) => apiJson<Instruction>(`/instructions/${id}/replies`, { method: 'POST', body: { body } }),
  close: (id: number, version: number, note: string | null) => apiJson<Instruction>(`/instructions/${id}/close`, { method: 'POST', body: { version, note } }),
  rates: (by: string) => apiJson<RatesAnswer>(`/cockpit/project-rates?by=${by}`),
  keyProjects: () => apiJson<KeyProject[]>('/cockpit/key-projects'),
};

/** For react-admin forms: the API's per-field messages (already in the reader's language), or rethrow. */
export function fieldErrors(e: unknown): Record<string, unknown> {
  if (e instanceof HttpError && e.body && typeof e.body === 'object' && 'errors' in e.body) return (e.body as { errors: Record<string, unknown> }).errors;
  throw e;
}

export const projectKey = (targetId: number) => ['project', targetId];
export const instructionsKey = (targetId: number) => ['instructions', 'target', targetId];
