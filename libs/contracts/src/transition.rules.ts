import { FORWARD_STAGES, isLive, type Stage } from './stages';

/**
 * Which stage moves are allowed, and which need a reason (the pipeline rules).
 *
 * Decisions beyond the brief, so nobody has to guess:
 * - landed is final: nothing leaves it (a wrong landing is corrected by an admin deleting the target).
 * - a paused target resumes only to the stage it left, without a reason; it may also be given up
 *   (paused → lost) with a reason, since "we stopped talking and then lost them" is common.
 * - a lost target can only be reopened as a fresh lead, with a reason.
 * - a paused target whose left stage is unknown (imported data) may resume to any open stage, with a reason.
 */
export type TransitionRule =
  | 'same_stage'
  | 'landed_is_final'
  | 'reason_required_skip'
  | 'reason_required_backward'
  | 'reason_required_off_track'
  | 'resume_to_left_stage'
  | 'reason_required_resume'
  | 'lost_reopens_to_lead'
  | 'reason_required_reopen';

export interface TransitionRequest {
  from: Stage;
  to: Stage;
  reason?: string | null;
  /** The stage a paused target left (target.pausedFromStage). */
  pausedFromStage?: Stage | null;
}

export type TransitionVerdict = { ok: true; needsReason: boolean } | { ok: false; rule: TransitionRule; message: string; messageZh: string };

const hasReason = (r?: string | null): boolean => typeof r === 'string' && r.trim().length > 0;
const rank = (s: Stage): number => (FORWARD_STAGES as readonly string[]).indexOf(s);

const refuse = (rule: TransitionRule, message: string, messageZh: string): TransitionVerdict => ({ ok: false, rule, message, messageZh });

/** What a move needs, ignoring the reason: null when the move is never allowed. */
function shape(from: Stage, to: Stage, pausedFromStage: Stage | null | undefined): { needsReason: boolean; rule: TransitionRule } | TransitionVerdict {
  if (from === to) return refuse('same_stage', `The target is already in stage ${to}`, '目标已处于该阶段');
  if (from === 'landed') return refuse('landed_is_final', 'A landed target is final and cannot change stage', '已落地的项目不能再变更阶段');
  if (from === 'lost') {
    if (to !== 'lead') return refuse('lost_reopens_to_lead', 'A lost target can only be reopened as a lead', '已流失的项目只能重新作为线索打开');
    return { needsReason: true, rule: 'reason_required_reopen' };
  }
  if (from === 'paused') {
    if (to === 'lost') return { needsReason: true, rule: 'reason_required_off_track' };
    if (pausedFromStage && isLive(pausedFromStage)) {
      if (to !== pausedFromStage) {
        return refuse('resume_to_left_stage', `A paused target resumes only to the stage it left (${pausedFromStage})`, '暂缓的项目只能恢复到暂缓前的阶段');
      }
      return { needsReason: false, rule: 'resume_to_left_stage' };
    }
    if (!isLive(to))
      return refuse('resume_to_left_stage', 'A paused target resumes to an open stage (lead, contact or signed)', '暂缓的项目只能恢复到线索、接洽或签约阶段');
    return { needsReason: true, rule: 'reason_required_resume' };
  }
  // from is an open stage: lead, contact or signed
  if (to === 'paused' || to === 'lost') return { needsReason: true, rule: 'reason_required_off_track' };
  const step = rank(to) - rank(from);
  if (step === 1) return { needsReason: false, rule: 'reason_required_skip' };
  if (step > 1) return { needsReason: true, rule: 'reason_required_skip' };
  return { needsReason: true, rule: 'reason_required_backward' };
}

const reasonMessages: Record<string, [string, string]> = {
  reason_required_skip: ['Skipping a stage needs a reason', '跨阶段推进需要填写原因'],
  reason_required_backward: ['Moving a target back needs a reason', '阶段回退需要填写原因'],
  reason_required_off_track: ['Pausing or losing a target needs a reason', '暂缓或流失需要填写原因'],
  reason_required_reopen: ['Reopening a lost target needs a reason', '重新打开已流失的项目需要填写原因'],
  reason_required_resume: ['Resuming a paused target whose earlier stage is unknown needs a reason', '暂缓前阶段未知，恢复时需要填写原因'],
};

/** Decides whether `from → to` is allowed with the given reason. Pure: the service turns a refusal into a 400. */
export function checkTransition({ from, to, reason, pausedFromStage }: TransitionRequest): TransitionVerdict {
  const s = shape(from, to, pausedFromStage);
  if ('ok' in s) return s;
  if (s.needsReason && !hasReason(reason)) {
    const [message, messageZh] = reasonMessages[s.rule];
    return refuse(s.rule, message, messageZh);
  }
  return { ok: true, needsReason: s.needsReason };
}

/**
 * What a move asks of the user before it can be sent (the board's drop, the card menu): whether it is
 * allowed at all, needs a reason, and needs the signing or landing fields. Same rule as
 * checkTransition, so the backoffice and the API cannot disagree.
 */
export interface MoveNeeds {
  allowed: boolean;
  reason: boolean;
  signing: boolean;
  landing: boolean;
}

export function moveNeeds(from: Stage, to: Stage, pausedFromStage: Stage | null = null): MoveNeeds {
  const s = shape(from, to, pausedFromStage);
  const allowed = !('ok' in s);
  return { allowed, reason: allowed && !('ok' in s) && s.needsReason, signing: allowed && to === 'signed', landing: allowed && to === 'landed' };
}

/** The target's pausedFromStage after the move: the stage left when pausing, cleared otherwise. */
export function pausedFromAfter(from: Stage, to: Stage): Stage | null {
  return to === 'paused' ? from : null;
}

export interface StageFields {
  signedInvestment?: number | null;
  carrierId?: number | null;
  area?: number | null;
}

export type StageFieldProblem = { field: string; rule: string; message: string; messageZh: string };

/**
 * Entering signed needs the agreed investment; entering landed needs the carrier and the area
 * taken, and — when the target skips 签约 (from lead or contact) — the agreed investment too, so a
 * landing never leaves its signing figures blank.
 */
export function checkStageFields(to: Stage, f: StageFields, from?: Stage): StageFieldProblem[] {
  const problems: StageFieldProblem[] = [];
  const hasInvestment = typeof f.signedInvestment === 'number' && f.signedInvestment > 0;
  if (to === 'signed' && !hasInvestment) {
    problems.push({
      field: 'signedInvestment',
      rule: 'signing_needs_investment',
      message: 'Signing needs the agreed investment (万元, > 0)',
      messageZh: '签约需要填写签约投资额（万元，大于 0）',
    });
  }
  if (to === 'landed' && from !== undefined && from !== 'signed' && !hasInvestment) {
    problems.push({
      field: 'signedInvestment',
      rule: 'landing_needs_investment',
      message: 'Landing without signing first needs the agreed investment (万元, > 0)',
      messageZh: '未经签约直接落地，需要填写签约投资额（万元，大于 0）',
    });
  }
  if (to === 'landed') {
    if (!(typeof f.carrierId === 'number' && f.carrierId > 0)) {
      problems.push({
        field: 'carrierId',
        rule: 'landing_needs_carrier',
        message: 'Landing needs the carrier (building or park)',
        messageZh: '落地需要选择载体（楼宇/园区）',
      });
    }
    if (!(typeof f.area === 'number' && f.area > 0)) {
      problems.push({
        field: 'area',
        rule: 'landing_needs_area',
        message: 'Landing needs the area taken (m², > 0)',
        messageZh: '落地需要填写占用面积（平方米，大于 0）',
      });
    }
  }
  return problems;
}

const SIGNING_FIELDS = ['signedInvestment', 'signedOutput', 'signedJobs', 'signedSpace', 'signedOn'] as const;
const LANDING_FIELDS = ['carrierId', 'area', 'landedOn'] as const;

/** Stage fields sent for a move that does not record them (signing data only when signing or landing; landing data only when landing). */
export function unexpectedStageFields(to: Stage, sent: Record<string, unknown>): string[] {
  const allowed = new Set<string>([...(to === 'signed' || to === 'landed' ? SIGNING_FIELDS : []), ...(to === 'landed' ? LANDING_FIELDS : [])]);
  return [...SIGNING_FIELDS, ...LANDING_FIELDS].filter((f) => sent[f] !== undefined && sent[f] !== null && !allowed.has(f));
}
/** How long after a move its author may take it back (撤销): the board offers it for 10 s; this allows for a slow network. */
export const UNDO_WINDOW_MS = 60_000;

export type UndoRule = 'undo_nothing' | 'undo_not_yours' | 'undo_expired' | 'undo_wrong_stage';

export interface UndoRequest {
  /** The stage asked for: must be the one the latest move left. */
  to: Stage;
  currentStage: Stage;
  /** The target's latest stage change. */
  last: { fromStage: Stage | null; toStage: Stage; byUserId: number | null; at: Date } | null;
  userId: number;
  now: Date;
}

/**
 * 撤销 takes back the caller's own latest move, within UNDO_WINDOW_MS, by a reverse move to the
 * stage it left — whatever the usual rules say about that direction (undoing a loss or a landing
 * is a correction, not a reopening). It is recorded like any other move.
 */
export function checkUndo({
  to,
  currentStage,
  last,
  userId,
  now,
}: UndoRequest): { ok: true } | { ok: false; rule: UndoRule; message: string; messageZh: string } {
  if (!last || !last.fromStage || last.toStage !== currentStage)
    return { ok: false, rule: 'undo_nothing', message: 'There is no move to take back', messageZh: '没有可撤销的阶段变更' };
  if (last.byUserId !== userId)
    return { ok: false, rule: 'undo_not_yours', message: 'Only the person who made the move can take it back', messageZh: '只能撤销自己刚才的阶段变更' };
  if (now.getTime() - last.at.getTime() > UNDO_WINDOW_MS)
    return {
      ok: false,
      rule: 'undo_expired',
      message: 'The move is too old to take back; move the target with a reason instead',
      messageZh: '已超过撤销时限，请填写原因变更阶段',
    };
  if (to !== last.fromStage)
    return {
      ok: false,
      rule: 'undo_wrong_stage',
      message: `Taking back the move returns the target to ${last.fromStage}`,
      messageZh: '撤销只能回到变更前的阶段',
    };
  return { ok: true };
}
