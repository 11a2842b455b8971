/**
 * The business lists the backoffice shows, in one place: stages, labels, colours, recruitment
 * methods, contact kinds, roles, link actions, coverage. Components read these; they never spell
 * a stage or a colour themselves. The codes come from libs/contracts, which the API uses too.
 */
import { CONTACT_KINDS, COVERAGE_LEVELS, type Coverage, LINK_ACTIONS, LINK_POSITIONS, RECRUITMENT_METHODS, ROLES, STAGES, type Stage } from '@crm/contracts';

export {
  CONTACT_KINDS,
  FORWARD_STAGES,
  LINK_ACTIONS,
  LINK_POSITIONS,
  OPEN_STAGES,
  RECRUITMENT_METHODS,
  ROLES,
  STAGES,
  type ContactKind,
  type Coverage,
  type LinkAction,
  type RecruitmentMethod,
  type Role,
  type Stage,
} from '@crm/contracts';

export interface Choice<T extends string = string> {
  id: T;
  /** Translation key; the zh-CN and English texts live in the message files. */
  name: string;
}

/** The kanban's main columns, left to right, are FORWARD_STAGES; the off-track ones are drawn aside. */
export const ASIDE_STAGES = ['paused', 'lost'] as const satisfies readonly Stage[];

export const STAGE_COLORS: Record<Stage, string> = {
  lead: '#90a4ae',
  contact: '#1e88e5',
  signed: '#8e24aa',
  landed: '#2e7d32',
  paused: '#f9a825',
  lost: '#c62828',
};

export const COVERAGES = COVERAGE_LEVELS;
/** Landed and local both count as covered (green shades); in progress amber; only uncontacted leads (still a gap) light red; a gap red. */
export const COVERAGE_COLORS: Record<Coverage, string> = {
  landed: '#2e7d32',
  local: '#66bb6a',
  in_progress: '#ffa000',
  lead_only: '#e57373',
  gap: '#d32f2f',
};

export const FIRM_TAGS = ['世界500强', '中国500强', '上市', '专精特新', '小巨人', '高新技术企业', '链主', '龙头'] as const;
export const CARRIER_TYPES = ['building', 'park', 'platform'] as const;
export const AREA_UNITS = ['m2', '亩', '万方'] as const;

export const TIMELINE_KINDS = ['stage_change', 'contact_log', 'reminder'] as const;

/** Reminders and their deliveries; codes mirror libs/reminders/src/entities. */
export const REMINDER_KINDS = ['pre_due', 'due', 'escalation', 'stale_yellow', 'stale_red', 'digest'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export const REMINDER_STATES = ['scheduled', 'delivered', 'failed', 'cancelled'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];
export const CHANNELS = ['in_app', 'email', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];
export const DELIVERY_STATES = ['pending', 'awaiting', 'sent', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
/** What one try of a delivery came to: accepted (ok true), failed (false), handed over but unconfirmed (null). */
export const ATTEMPT_OUTCOMES = ['accepted', 'failed', 'unconfirmed'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

/** MUI chip colours: waiting neutral, done green, failed red, unknown amber. */
export const REMINDER_STATE_COLORS = { scheduled: 'default', delivered: 'success', failed: 'error', cancelled: 'default' } as const satisfies Record<
  ReminderState,
  string
>;
export const DELIVERY_STATE_COLORS = { pending: 'default', awaiting: 'warning', sent: 'success', failed: 'error' } as const satisfies Record<
  DeliveryState,
  string
>;
export const ATTEMPT_OUTCOME_COLORS = { accepted: 'success', failed: 'error', unconfirmed: 'warning' } as const satisfies Record<AttemptOutcome, string>;

/** Choices for SelectInput/SelectField, labels translated by react-admin (translateChoice). */
export const choices = <T extends string>(ids: readonly T[], prefix: string): Choice<T>[] => ids.map((id) => ({ id, name: `${prefix}.${id}` }));

/** Lists whose codes are already the Chinese words the plans use (methods, actions, tags). */
export const literalChoices = <T extends string>(ids: readonly T[]): Choice<T>[] => ids.map((id) => ({ id, name: id }));

export const stageChoices = choices(STAGES, 'crm.stage');
export const contactKindChoices = choices(CONTACT_KINDS, 'crm.contact_kind');
export const roleChoices = choices(ROLES, 'crm.role');
export const positionChoices = choices(LINK_POSITIONS, 'crm.position');
export const carrierTypeChoices = choices(CARRIER_TYPES, 'crm.carrier_type');
export const coverageChoices = choices(COVERAGES, 'crm.coverage');
/** The plans' own words (平台招商, 补链, 链主, 亩 …) are the codes; their labels follow the reader's language. */
export const methodChoices = choices(RECRUITMENT_METHODS, 'chainkpi.method');
export const actionChoices = choices(LINK_ACTIONS, 'chainkpi.action');
export const tagChoices = choices(FIRM_TAGS, 'chainkpi.tag');
export const areaUnitChoices = choices(AREA_UNITS, 'chainkpi.unit');
export const reminderKindChoices = choices(REMINDER_KINDS, 'crm.reminder_kind');
export const reminderStateChoices = choices(REMINDER_STATES, 'crm.reminder_state');

/** How often the app bar asks for the unread count. */
export const UNREAD_POLL_MS = 30_000;
/** Cards per kanban column page ("load more" fetches the next page). */
export const BOARD_PAGE = 30;
