import { STAGE_LABELS, STAGE_LABELS_EN, type Stage } from '@crm/contracts';
import { shanghaiDateTime } from '@crm/time';
import type { StaleGrade } from './stale.rules';

/**
 * What a reminder says, rendered once, when the reminder is created: in Chinese (the office's
 * language, and what e-mail and robot channels send) and in English (what the backoffice shows a
 * reader who chose English). Times are written one way everywhere: `YYYY-MM-DD HH:mm`, Asia/Shanghai.
 */
export interface ReminderText {
  title: string;
  body: string;
  titleEn: string;
  bodyEn: string;
  link: string | null;
}

/** A time as the office reads it: Asia/Shanghai, e.g. `2026-11-22 08:30` (libs/time). */
export const shanghaiTime = (at: Date): string => shanghaiDateTime(at);

export const targetLink = (targetId: number): string => `#/targets/${targetId}/show`;

export interface TargetFacts {
  targetId: number;
  firmName: string;
  stage: Stage;
  ownerName: string;
}

export function followUpText(kind: 'pre_due' | 'due' | 'escalation', t: TargetFacts, dueAt: Date): ReminderText {
  const when = shanghaiTime(dueAt);
  const where = `${t.firmName}（${STAGE_LABELS[t.stage]}）`;
  const whereEn = `${t.firmName} (${STAGE_LABELS_EN[t.stage]})`;
  const link = targetLink(t.targetId);
  switch (kind) {
    case 'pre_due':
      return {
        title: `跟进提醒：${t.firmName}`,
        body: `${where}的跟进将于 ${when} 到期。`,
        titleEn: `Follow-up reminder: ${t.firmName}`,
        bodyEn: `The follow-up of ${whereEn} is due at ${when}.`,
        link,
      };
    case 'due':
      return {
        title: `跟进到期：${t.firmName}`,
        body: `${where}的跟进已于 ${when} 到期，请及时跟进并填写走访/接洽记录。`,
        titleEn: `Follow-up due: ${t.firmName}`,
        bodyEn: `The follow-up of ${whereEn} fell due at ${when}. Please follow up and log the visit or call.`,
        link,
      };
    case 'escalation':
      return {
        title: `跟进逾期：${t.firmName}`,
        body: `${t.ownerName} 负责的${where}跟进已逾期（应于 ${when} 完成），请督促跟进。`,
        titleEn: `Follow-up overdue: ${t.firmName}`,
        bodyEn: `${t.ownerName}'s follow-up of ${whereEn} is overdue (due at ${when}). Please see that it is done.`,
        link,
      };
  }
}

export function staleText(grade: Exclude<StaleGrade, 'green'>, t: TargetFacts, days: number, threshold: number): ReminderText {
  const colour = grade === 'red' ? '红色' : '黄色';
  const colourEn = grade === 'red' ? 'Red' : 'Yellow';
  return {
    title: `项目停滞${colour}预警：${t.firmName}`,
    body: `${t.firmName} 在「${STAGE_LABELS[t.stage]}」阶段已 ${days} 天没有跟进记录（${colour}阈值 ${threshold} 天），负责人：${t.ownerName}。`,
    titleEn: `${colourEn} stale alert: ${t.firmName}`,
    bodyEn: `${t.firmName} has had no log for ${days} days at stage "${STAGE_LABELS_EN[t.stage]}" (${colourEn.toLowerCase()} threshold ${threshold} days). Owner: ${t.ownerName}.`,
    link: targetLink(t.targetId),
  };
}

export interface DigestCounts {
  dueToday: number;
  overdue: number;
  yellow: number;
  red: number;
}

export function digestText(day: string, c: DigestCounts): ReminderText {
  const lines = [`今日到期跟进 ${c.dueToday} 项`, `已逾期跟进 ${c.overdue} 项`, `停滞预警：黄色 ${c.yellow} 个、红色 ${c.red} 个`];
  const linesEn = [`${c.dueToday} follow-ups due today`, `${c.overdue} overdue`, `stale alerts: ${c.yellow} yellow, ${c.red} red`];
  return {
    title: `每日跟进摘要（${day}）`,
    body: lines.join('；') + '。',
    titleEn: `Daily follow-up digest (${day})`,
    bodyEn: linesEn.join('; ') + '.',
    link: '#/targets',
  };
}

/** A digest is worth sending only when there is something to act on. */
export const digestHasNews = (c: DigestCounts): boolean => c.dueToday + c.overdue + c.yellow + c.red > 0;
