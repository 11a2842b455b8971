import type { Stage } from '../stages';
import type { TargetCard } from './board';
import type { SourceRef } from './reference';

/* A target as GET/POST/PUT/DELETE /api/targets answer it. `D` is Date on the server, string in JSON. */

/** A list row: the target and the names it points at (the card without the board's derived figures), with its plan source. */
export interface TargetRecord<D = string> extends Omit<TargetCard<D>, 'investment' | 'investmentKind' | 'daysInStage' | 'staleGrade' | 'daysIdle'> {
  /** The plan passage naming this target (专栏2 …), when it comes from a plan. */
  source: SourceRef | null;
}

/** Seconds spent in each stage, from the stage history. */
export type StageDurations = Record<Stage, number>;

/** Where a landed target settled (落地). */
export interface TargetLanding<D = string> {
  id: number;
  targetId: number;
  carrierId: number;
  carrierName: string;
  /** m² */
  area: number;
  landedOn: string;
  createdAt: D;
}

/** One target (GET /api/targets/:id and every write): the row, its time in each stage and its landing. */
export interface TargetDetailRecord<D = string> extends TargetRecord<D> {
  stageDurations: StageDurations;
  landing: TargetLanding<D> | null;
}
