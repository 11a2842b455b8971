import { HttpError } from 'react-admin';
import type {
  InstructionRecord as Instruction,
  KeyProject,
  MilestoneKind,
  ProjectFundRecord as Fund,
  ProjectRatesAnswer as RatesAnswer,
  ProjectRecord as Project,
} from '@crm/contracts';
import { apiJson, query } from '../providers/http';

/* The project, instruction and rate shapes are the API's contract (libs/contracts/src/responses/projects.ts). */
export { MILESTONE_KINDS, RATE_KEYS } from '@crm/contracts';
export type {
  InstructionRecord as Instruction,
  KeyProject,
  MilestoneKind,
  MilestoneLight as Light,
  ProjectFundRecord as Fund,
  ProjectMilestone as Milestone,
  ProjectRates as Rates,
  ProjectRatesAnswer as RatesAnswer,
  ProjectRecord as Project,
  ProjectYearRecord as ProjectYear,
  RateKey,
} from '@crm/contracts';

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
