import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TARGET_ROWS_SQL } from '@crm/pipeline/reads';
import { inTransaction } from '@crm/database';
import { shanghaiDate, shanghaiDayBounds } from '@crm/time';
import { DigestCounts, digestHasNews, digestText } from './reminder-messages';
import { NewReminder, ReminderWriter } from './reminder-writer';
import { StaleService } from './stale.service';

/** Each active promoter's daily digest (unless they turned it off in 我的账户): follow-ups due today and overdue, stale targets by grade. One per person per day. */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stale: StaleService,
    private readonly writer: ReminderWriter,
  ) {}

  async counts(now: Date): Promise<Map<number, DigestCounts>> {
    const { end } = shanghaiDayBounds(now);
    const rows: { id: number; due_today: string; overdue: string }[] = await this.db.query(
      `SELECT u.id,
              count(fu.id) FILTER (WHERE fu.due_at >= $1 AND fu.due_at < $2) AS due_today,
              count(fu.id) FILTER (WHERE fu.due_at < $1) AS overdue
         FROM app_user u
         LEFT JOIN ${TARGET_ROWS_SQL} t ON t.owner_id = u.id AND t.stage IN ('lead', 'contact', 'signed')
         LEFT JOIN follow_up fu ON fu.target_id = t.id AND fu.state = 'open'
        WHERE u.role = 'promoter' AND u.active AND u.daily_digest
        GROUP BY u.id`,
      [now, end],
    );
    const out = new Map<number, DigestCounts>(rows.map((r) => [r.id, { dueToday: Number(r.due_today), overdue: Number(r.overdue), yellow: 0, red: 0 }]));
    for (const s of await this.stale.staleTargets(now)) {
      const c = out.get(s.ownerId);
      if (c) c[s.grade as 'yellow' | 'red'] += 1;
    }
    return out;
  }

  /** Writes today's digests not written yet; returns how many were new. */
  async run(now = new Date()): Promise<number> {
    const day = shanghaiDate(now);
    const reminders: NewReminder[] = [...(await this.counts(now))]
      .filter(([, c]) => digestHasNews(c))
      .map(([userId, c]) => ({
        kind: 'digest',
        targetId: null,
        followUpId: null,
        recipientId: userId,
        dueAt: now,
        dedupeKey: `digest-u${userId}-${day}`,
        ...digestText(day, c),
      }));
    return (await inTransaction(this.db, (em) => this.writer.create(em, reminders))).length;
  }
}
