import { STAGE_LABELS, type Stage } from '@crm/pipeline';
import { TIME_ZONE } from '@crm/time';
import type { StaleGrade } from './stale.rules';

/** What a reminder says, in Chinese (the office's language); rendered once, when the reminder is created. */
export interface ReminderText {
  title: string;
  body: string;
  link: string | null;
}

const fmt = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A time as the office reads it: Asia/Shanghai, e.g. 2026/11/22 08:30. */
export const shanghaiTime = (at: Date): string => fmt.format(at);

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
  const link = targetLink(t.targetId);
  switch (kind) {
    case 'pre_due':
      return { title: `跟进提醒：${t.firmName}`, body: `${where}的跟进将于 ${when} 到期。`, link };
    case 'due':
      return { title: `跟进到期：${t.firmName}`, body: `${where}的跟进已于 ${when} 到期，请及时跟进并填写走访/接洽记录。`, link };
    case 'escalation':
      return { title: `跟进逾期：${t.firmName}`, body: `${t.ownerName} 负责的${where}跟进已逾期（应于 ${when} 完成），请督促跟进。`, link };
  }
}

export function staleText(grade: Exclude<StaleGrade, 'green'>, t: TargetFacts, days: number, threshold: number): ReminderText {
  const colour = grade === 'red' ? '红色' : '黄色';
  return {
    title: `项目停滞${colour}预警：${t.firmName}`,
    body: `${t.firmName} 在「${STAGE_LABELS[t.stage]}」阶段已 ${days} 天没有跟进记录（${colour}阈值 ${threshold} 天），负责人：${t.ownerName}。`,
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
  return { title: `每日跟进摘要（${day}）`, body: lines.join('；') + '。', link: '#/targets' };
}

/** A digest is worth sending only when there is something to act on. */
export const digestHasNews = (c: DigestCounts): boolean => c.dueToday + c.overdue + c.yellow + c.red > 0;
