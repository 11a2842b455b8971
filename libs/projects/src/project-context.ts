import type { EntityManager } from 'typeorm';
import { type TargetAudience, targetAudiences } from '@crm/pipeline/reads';

/** Who hears about a target's project, and whose reminder rule applies (through its chain's plan). */
export type ProjectContext = TargetAudience;

export async function projectContext(em: EntityManager, targetId: number): Promise<ProjectContext> {
  const [r] = await targetAudiences(em, [targetId]);
  if (!r) throw new Error(`target ${targetId} vanished inside its own transaction`);
  return r;
}

/** Each id once, in order, without nulls. */
export const distinct = (ids: readonly (number | null | undefined)[]): number[] => [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
