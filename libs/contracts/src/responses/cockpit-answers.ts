import type { ConversionStep, Period, TimeInStage, Velocity } from './cockpit';

/* The cockpit's single-figure routes, as they answer (each with the period it covers). `D` is Date on the server, string in JSON. */

/** GET /api/cockpit/conversion. */
export interface ConversionAnswer<D = string> {
  period: Period<D>;
  steps: ConversionStep[];
}

/** GET /api/cockpit/time-in-stage. */
export interface TimeInStageAnswer<D = string> {
  period: Period<D>;
  stages: TimeInStage[];
}

/** GET /api/cockpit/velocity: the four terms, their product and the closings behind the win rate. */
export interface VelocityAnswer<D = string> extends Velocity {
  period: Period<D>;
  closedLanded: number;
  closedLost: number;
  /** The unit of velocityPerDay: 万元/天. */
  unit: string;
}
