/** Pipeline stages in order (线索 → 接洽 → 签约 → 落地), plus the off-track ones (暂缓, 流失). */
export const OPEN_STAGES = ['lead', 'contact', 'signed'] as const;
export const FORWARD_STAGES = ['lead', 'contact', 'signed', 'landed'] as const;
export const STAGES = ['lead', 'contact', 'signed', 'landed', 'paused', 'lost'] as const;
export type Stage = (typeof STAGES)[number];
export type ForwardStage = (typeof FORWARD_STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  lead: '线索',
  contact: '接洽',
  signed: '签约',
  landed: '落地',
  paused: '暂缓',
  lost: '流失',
};

/** The same names in English, for texts written on the server (reminders) that a reader may read in English. */
export const STAGE_LABELS_EN: Record<Stage, string> = {
  lead: 'Lead',
  contact: 'Contact',
  signed: 'Signed',
  landed: 'Landed',
  paused: 'Paused',
  lost: 'Lost',
};

/** Default win probability per stage (%), used when a target enters a stage. */
export const STAGE_PROBABILITY: Record<Stage, number> = {
  lead: 10,
  contact: 30,
  signed: 80,
  landed: 100,
  paused: 5,
  lost: 0,
};

export const RECRUITMENT_METHODS = ['平台招商', '生态招商', '基金招商', '以商招商', '中介招商', '会展招商', '其他'] as const;
export type RecruitmentMethod = (typeof RECRUITMENT_METHODS)[number];

export const CONTACT_KINDS = ['visit', 'call', 'meeting', 'event', 'email', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  visit: '走访',
  call: '电话',
  meeting: '会谈',
  event: '活动',
  email: '邮件',
  other: '其他',
};

/** A target is live (counts against gaps, gets reminders) while it is in an open stage. */
export const isLive = (stage: Stage): boolean => (OPEN_STAGES as readonly string[]).includes(stage);
