import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BoardCardRegistry, type CardExtras, type TargetRow } from '@crm/pipeline';
import { thresholdsOf } from './reminder-rule.query';
import { ReminderRulesService } from './reminder-rules.service';
import { daysIdle, staleGrade } from './stale.rules';

/**
 * The board's yellow/red badge: each card graded by the one stale rule with its plan's thresholds,
 * the same grade the stale alerts are raised with. Cards of closed stages get none.
 */
@Injectable()
export class BoardStaleBadges implements OnModuleInit {
  constructor(
    private readonly registry: BoardCardRegistry,
    private readonly rules: ReminderRulesService,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'stale', extras: (em, cards) => this.extras(em, cards) });
  }

  private async extras(em: EntityManager, cards: readonly TargetRow[]): Promise<CardExtras> {
    const now = new Date();
    const byPlan = new Map<number, ReturnType<typeof thresholdsOf>>();
    const out: CardExtras = new Map();
    for (const card of cards) {
      if (!byPlan.has(card.planId)) byPlan.set(card.planId, thresholdsOf(await this.rules.forPlan(em, card.planId)));
      const last = new Date(card.lastActivityAt);
      out.set(card.id, { staleGrade: staleGrade(card.stage, last, now, byPlan.get(card.planId)), daysIdle: daysIdle(last, now) });
    }
    return out;
  }
}
