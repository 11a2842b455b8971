import type { SourceRef } from './reference';

/** A recruitment method (招商方式) the plan names, with its source. */
export interface PlanRecruitmentMethod {
  name: string;
  source: SourceRef;
}

/** One source plan (规划/行动计划) of one jurisdiction. `D` is Date on the server, string in JSON. */
export interface PlanRecord<D = string> {
  id: number;
  code: string;
  region: string;
  title: string;
  period: string;
  startYear: number;
  endYear: number;
  baseYear: number | null;
  issuer: string | null;
  issuedOn: string | null;
  /** Source document file name under shared/sources. */
  document: string;
  recruitmentMethods: PlanRecruitmentMethod[];
  createdAt: D;
}
