import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inTransaction } from '@crm/database';
import type { Stage } from '@crm/pipeline';
import { TARGET_ROWS_SQL } from '@crm/pipeline/reads';
import { staleText } from './reminder-messages';
import { RULE_FOR_PLAN_SQL } from './reminder-rule.query';
import { NewReminder, ReminderWriter } from './reminder-writer';
import { daysIdle, staleGrade, type StaleGrade, type StaleThresholds } from './stale.rules';

export interface StaleTarget {
  targetId: number;
  firmName: string;
  stage: Stage;
  ownerId: number;
  ownerName: string;
  leaderId: number | null;
  lastActivityAt: Date;
  daysIdle: number;
  grade: StaleGrade;
  thresholds: StaleThresholds[keyof StaleThresholds];
}

interface Row {
  id: number;
  stage: Stage;
  last_activity_at: Date;
  owner_id: number;
  owner_name: string;
  leader_id: number | null;
  firm_name: string;
  lead_yellow_days: number;
  lead_red_days: number;
  contact_yellow_days: number;
  contact_red_days: number;
  signed_yellow_days: number;
  signed_red_days: number;
}

/** Live targets with their plan's thresholds (or the defaults), idle at least the smallest yellow threshold. */
const CANDIDATES = `
  SELECT t.id, t.stage, t.last_activity_at, t.owner_id, u.display_name AS owner_name, tm.leader_id, f.name AS firm_name,
         r.lead_yellow_days, r.lead_red_days, r.contact_yellow_days, r.contact_red_days, r.signed_yellow_days, r.signed_red_days
    FROM ${TARGET_ROWS_SQL} t
    JOIN chain c ON c.id = t.chain_id
    JOIN firm f ON f.id = t.firm_id
    JOIN app_user u ON u.id = t.owner_id
    LEFT JOIN team tm ON tm.id = u.team_id
    JOIN LATERAL ${RULE_FOR_PLAN_SQL('c.plan_id')} r ON TRUE
   WHERE t.stage IN ('lead', 'contact', 'signed')
     AND t.last_activity_at <= $1::timestamptz - make_interval(days => LEAST(r.lead_yellow_days, r.contact_yellow_days, r.signed_yellow_days))
     AND ($2::int IS NULL OR t.owner_id = $2)
   ORDER BY t.id`;

/**
 * Grades idle targets (the pure staleGrade rule) and raises one alert per grade per idle stretch:
 * yellow to the owner, red to the owner and their team leader. New activity starts a new stretch
 * (the dedupe key holds the last activity time), so a target that goes quiet again alerts again.
 */
@Injectable()
export class StaleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly writer: ReminderWriter,
  ) {}

  /** Targets that are yellow or red now, optionally only one owner's. */
  async staleTargets(now = new Date(), ownerId: number | null = null): Promise<StaleTarget[]> {
    const rows: Row[] = await this.db.query(CANDIDATES, [now, ownerId]);
    return rows.flatMap((r) => {
      const thresholds: StaleThresholds = {
        lead: { yellow: r.lead_yellow_days, red: r.lead_red_days },
        contact: { yellow: r.contact_yellow_days, red: r.contact_red_days },
        signed: { yellow: r.signed_yellow_days, red: r.signed_red_days },
      };
      const last = new Date(r.last_activity_at);
      const grade = staleGrade(r.stage, last, now, thresholds);
      if (!grade || grade === 'green') return [];
      return [
        {
          targetId: r.id,
          firmName: r.firm_name,
          stage: r.stage,
          ownerId: r.owner_id,
          ownerName: r.owner_name,
          leaderId: r.leader_id,
          lastActivityAt: last,
          daysIdle: daysIdle(last, now),
          grade,
          thresholds: thresholds[r.stage as keyof StaleThresholds],
        },
      ];
    });
  }

  /** Raises the alerts not raised yet, graded as of `now`, due at once; returns how many reminders were new. */
  async run(now = new Date()): Promise<number> {
    const stale = await this.staleTargets(now);
    const dueAt = new Date();
    const reminders: NewReminder[] = stale.flatMap((s) => {
      const grade = s.grade as 'yellow' | 'red';
      const kind = grade === 'red' ? 'stale_red' : 'stale_yellow';
      const text = staleText(grade, s, s.daysIdle, s.thresholds[grade]);
      const recipients = grade === 'red' && s.leaderId && s.leaderId !== s.ownerId ? [s.ownerId, s.leaderId] : [s.ownerId];
      return recipients.map((recipientId) => ({
        kind,
        targetId: s.targetId,
        followUpId: null,
        recipientId,
        dueAt,
        dedupeKey: `${kind}-t${s.targetId}-u${recipientId}-a${s.lastActivityAt.getTime()}`,
        ...text,
      }));
    });
    let created = 0;
    for (let i = 0; i < reminders.length; i += 500) {
      const batch = reminders.slice(i, i + 500);
      created += (await inTransaction(this.db, (em) => this.writer.create(em, batch))).length;
    }
    return created;
  }
}
