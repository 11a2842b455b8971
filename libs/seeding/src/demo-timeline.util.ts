import type { ContactKind, Stage } from '@crm/pipeline';
import { DAY_MS, HOUR_MS, shanghaiDate, shanghaiDayBounds } from '@crm/time';
import type { DemoStep } from '@seeds/demo/types';

const ORDER: Stage[] = ['lead', 'contact', 'signed', 'landed'];
const OPEN: Stage[] = ['lead', 'contact', 'signed'];

export interface TimelineInput {
  firm: string;
  chain: string; // chain name, for the log texts
  history: DemoStep[];
  followUpInDays?: number;
  carrier?: string; // landing carrier name
  /** Varies the hour of day between targets (0..n). */
  seed: number;
}

export interface DemoStageChange {
  fromStage: Stage | null;
  toStage: Stage;
  at: Date;
  reason: string | null;
}

export interface DemoContactLog {
  kind: ContactKind;
  at: Date;
  summary: string;
  outcome: string;
  nextFollowUpAt: Date | null;
}

export interface Timeline {
  stage: Stage;
  stageEnteredAt: Date;
  pausedFromStage: Stage | null;
  changes: DemoStageChange[];
  logs: DemoContactLog[];
  nextFollowUpAt: Date | null;
  lastActivityAt: Date;
  createdAt: Date;
  signedAt: Date | null;
  landedOn: string | null; // YYYY-MM-DD, Asia/Shanghai
}

/** `daysAgo` days before `now`, at `hour`:00 Shanghai time on that Shanghai calendar day. */
export function shanghaiDayAt(now: Date, daysAgo: number, hour: number): Date {
  return new Date(shanghaiDayBounds(now).start.getTime() - daysAgo * DAY_MS + hour * HOUR_MS);
}

/** Office hours in Shanghai a demo follow-up is set for (a call or a visit), varied by target. */
const FOLLOW_UP_TIMES = [9.5, 10, 11, 14, 14.5, 15.5, 16, 10.5];
const DAY_END_HOUR = 18;

/**
 * When a demo follow-up is due, in Shanghai office hours whatever the time the seed runs: whole
 * days from the seed's Shanghai day at one of FOLLOW_UP_TIMES (negative: overdue); a fraction of a
 * day means later today — the next whole hour, not before 09:00 — or, once the office day is over,
 * tomorrow at 09:00.
 */
export function followUpAt(now: Date, inDays: number, seed: number): Date {
  if (Number.isInteger(inDays)) return shanghaiDayAt(now, -inDays, FOLLOW_UP_TIMES[seed % FOLLOW_UP_TIMES.length]);
  const nextHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS;
  const at = Math.max(nextHour, shanghaiDayAt(now, 0, 9).getTime());
  return at <= shanghaiDayAt(now, 0, DAY_END_HOUR).getTime() ? new Date(at) : shanghaiDayAt(now, -1, 9);
}

/** Refuses a demo history the pipeline rules would not allow, so the demo never shows one. */
export function checkHistory(history: DemoStep[]): void {
  if (history.length === 0 || history[0][0] !== 'lead') throw new Error('a demo history starts with lead');
  for (let i = 1; i < history.length; i++) {
    const [prev, prevDays] = history[i - 1];
    const [next, days, reason] = history[i];
    if (!(days < prevDays)) throw new Error(`demo history steps must move forward in time (${prev} ${prevDays}d → ${next} ${days}d)`);
    if (days < 1) throw new Error('a demo step happens at least one day before the seed');
    if (next === 'paused' || next === 'lost') {
      if (!OPEN.includes(prev)) throw new Error(`cannot go from ${prev} to ${next}`);
      if (!reason) throw new Error(`${next} needs a reason`);
    } else if (prev === 'paused') {
      if (next !== history[i - 2][0]) throw new Error('a paused target resumes to the stage it left');
    } else {
      const jump = ORDER.indexOf(next) - ORDER.indexOf(prev);
      if (jump <= 0 || ORDER.indexOf(prev) < 0) throw new Error(`cannot go from ${prev} to ${next}`);
      if (jump > 1 && !reason) throw new Error(`skipping from ${prev} to ${next} needs a reason`);
    }
  }
}

const LOG_TEXT: Record<Stage, (i: TimelineInput) => { kind: ContactKind; summary: string; outcome: string }> = {
  lead: (i) => ({
    kind: 'call',
    summary: `（演示数据）首次电话接洽${i.firm}，介绍${i.chain}产业政策与可用载体`,
    outcome: '（演示数据）对方愿意进一步了解，已发送政策资料',
  }),
  contact: (i) => ({
    kind: 'visit',
    summary: `（演示数据）走访${i.firm}，了解其西南区域布局与用房需求`,
    outcome: '（演示数据）对方有设立区域总部意向，待报决策层',
  }),
  signed: (i) => ({
    kind: 'meeting',
    summary: `（演示数据）与${i.firm}举行投资协议签约会谈`,
    outcome: '（演示数据）确认投资额、产值与用房面积，协议已签署',
  }),
  landed: (i) => ({
    kind: 'visit',
    summary: `（演示数据）陪同${i.firm}实地查看${i.carrier ?? '载体'}并办理入驻`,
    outcome: '（演示数据）企业已入驻，后续跟进装修与人员到位',
  }),
  paused: (i) => ({
    kind: 'call',
    summary: `（演示数据）电话回访${i.firm}，对方表示项目暂缓`,
    outcome: '（演示数据）保持季度联系',
  }),
  lost: (i) => ({
    kind: 'other',
    summary: `（演示数据）获悉${i.firm}已选择其他地区落户`,
    outcome: '（演示数据）项目流失，记录原因备查',
  }),
};

/**
 * Turns a demo story into the rows the pipeline would have written: stage history (from null →
 * lead first), one contact log an hour after each stage change, a follow-up call for open targets, and the target's
 * derived fields. Deterministic for a given `now`.
 */
export function buildTimeline(input: TimelineInput, now: Date): Timeline {
  checkHistory(input.history);
  const hour = 9 + (input.seed % 7); // 09:00–15:00 Shanghai
  const changes: DemoStageChange[] = [];
  const logs: DemoContactLog[] = [];
  let prev: Stage | null = null;
  for (const [stage, daysAgo, reason] of input.history) {
    const at = shanghaiDayAt(now, daysAgo, hour);
    changes.push({ fromStage: prev, toStage: stage, at, reason: reason ?? null });
    logs.push({ ...LOG_TEXT[stage](input), at: new Date(at.getTime() + HOUR_MS), nextFollowUpAt: null });
    prev = stage;
  }
  const last = input.history[input.history.length - 1];
  const stage = last[0];
  const stageEnteredAt = changes[changes.length - 1].at;
  const open = OPEN.includes(stage);
  if (input.followUpInDays !== undefined && !open) throw new Error(`${input.firm}: only open targets have a follow-up`);

  let nextFollowUpAt: Date | null = null;
  if (input.followUpInDays !== undefined) {
    nextFollowUpAt = followUpAt(now, input.followUpInDays, input.seed);
    // The call that set the follow-up: halfway between entering the stage and the seed, and
    // always before the follow-up it set.
    const callAt = new Date(Math.min(stageEnteredAt.getTime() + (now.getTime() - stageEnteredAt.getTime()) / 2, nextFollowUpAt.getTime() - HOUR_MS));
    if (callAt.getTime() <= stageEnteredAt.getTime() + HOUR_MS) throw new Error(`${input.firm}: the follow-up is due before the stage was entered`);
    logs.push({
      kind: 'call',
      at: callAt,
      summary: `（演示数据）电话跟进${input.firm}，沟通项目进展`,
      outcome: '（演示数据）约定下次沟通时间',
      nextFollowUpAt,
    });
  }
  const lastActivityAt = new Date(Math.max(...changes.map((c) => c.at.getTime()), ...logs.map((l) => l.at.getTime())));
  const signed = changes.find((c) => c.toStage === 'signed');
  const landed = changes.find((c) => c.toStage === 'landed');
  return {
    stage,
    stageEnteredAt,
    pausedFromStage: stage === 'paused' ? input.history[input.history.length - 2][0] : null,
    changes,
    logs,
    nextFollowUpAt,
    lastActivityAt,
    createdAt: changes[0].at,
    signedAt: signed?.at ?? null,
    landedOn: landed ? shanghaiDate(landed.at) : null,
  };
}
