import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { returnCarrierArea, takeCarrierArea } from '@crm/carriers';
import { inTransaction } from '@crm/database';
import { IdempotencyService } from '@crm/idempotency';
import { AppError, badRequest, fieldError, ruleBroken, staleVersion } from '@crm/http';
import { Landing } from './landing.entity';
import { PipelineHooksRegistry } from './pipeline-hooks';
import { shanghaiDate, TIME_ZONE } from '@crm/time';
import { STAGE_PROBABILITY, type Stage } from './stage';
import { StageChange } from './stage-change.entity';
import type { TransitionDto } from './target.dto';
import { writableTarget } from './target-guard';
import { Target } from './target.entity';
import { TargetsService, type TargetDetail } from './targets.service';
import { checkStageFields, checkTransition, checkUndo, pausedFromAfter, unexpectedStageFields } from './transition.rules';

/**
 * The only way a target's stage changes. Target row, history entry, landing, the carrier's space
 * and every registered hook commit together or not at all.
 */
@Injectable()
export class TransitionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
    private readonly hooks: PipelineHooksRegistry,
    private readonly targets: TargetsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async transition(user: AuthUser, id: number, dto: TransitionDto, idempotencyKey?: string): Promise<TargetDetail> {
    const idem = idempotencyKey ? { key: idempotencyKey, scope: `target.transition:${id}`, body: dto, status: 201 } : undefined;
    return inTransaction(this.db, (em) => this.idempotency.run(em, user.id, idem, () => this.apply(em, user, id, dto)));
  }

  private async apply(em: EntityManager, user: AuthUser, id: number, dto: TransitionDto): Promise<TargetDetail> {
    const ctx = await this.access.load(user, em);
    const { target } = await writableTarget(em, ctx, id);
    if (target.version !== dto.version) throw staleVersion('target', '招商目标');

    if (dto.undo) return this.undo(em, user, target, dto);
    const verdict = checkTransition({ from: target.stage, to: dto.to, reason: dto.reason, pausedFromStage: target.pausedFromStage });
    if (!verdict.ok) throw ruleBroken(verdict.rule, verdict.message, verdict.messageZh, verdict.rule.startsWith('reason_required') ? 'reason' : 'to');
    const extra = unexpectedStageFields(dto.to, dto as unknown as Record<string, unknown>);
    if (extra.length) {
      const fields = extra.map((f) => fieldError(f, 'rule', `${f} is recorded only when signing or landing`, `${f} 仅在签约或落地时填写`));
      throw badRequest(`Not recorded when moving to ${dto.to}: ${extra.join(', ')}`, `该阶段不填写：${extra.join('、')}`, fields, 'stage_field_not_expected');
    }
    const missing = checkStageFields(dto.to, dto, target.stage);
    if (missing.length) {
      throw new AppError(
        400,
        missing[0].rule,
        missing.map((m) => m.message).join('; '),
        missing.map((m) => m.messageZh).join('；'),
        missing.map((m) => fieldError(m.field, 'rule', m.message, m.messageZh)),
      );
    }

    const signing = dto.to === 'signed' || (dto.to === 'landed' && dto.signedInvestment !== undefined);
    // The version guard is in the UPDATE itself: a concurrent change between the read above and here → 0 rows → 409.
    const res = await em
      .createQueryBuilder()
      .update(Target)
      .set({
        stage: dto.to,
        stageEnteredAt: () => 'now()',
        lastActivityAt: () => 'now()',
        pausedFromStage: pausedFromAfter(target.stage, dto.to),
        probability: STAGE_PROBABILITY[dto.to],
        ...(signing
          ? {
              signedInvestment: dto.signedInvestment,
              signedOutput: dto.signedOutput ?? null,
              signedJobs: dto.signedJobs ?? null,
              signedSpace: dto.signedSpace ?? null,
              signedAt: () => (dto.signedOn ? `(CAST(:signedOn AS date)::timestamp AT TIME ZONE '${TIME_ZONE}')` : 'now()'),
            }
          : {}),
      })
      .where('id = :id AND version = :version AND stage = :from', { id, version: dto.version, from: target.stage, signedOn: dto.signedOn ?? null })
      .execute();
    if (!res.affected) throw staleVersion('target', '招商目标');

    if (dto.to === 'landed') await this.land(em, id, dto.carrierId!, dto.area!, dto.landedOn ?? shanghaiDate());
    return this.record(em, user, id, target.stage, dto.to, dto.reason?.trim() || null);
  }

  /** The history row and the hooks of a move already applied to the target row. */
  private async record(em: EntityManager, user: AuthUser, id: number, from: Stage, to: Stage, reason: string | null): Promise<TargetDetail> {
    const updated = await em.findOneByOrFail(Target, { id });
    const change = await em.save(
      StageChange,
      em.create(StageChange, { targetId: id, fromStage: from, toStage: to, byUserId: user.id, at: updated.stageEnteredAt, reason }),
    );
    await this.hooks.stageChanged(em, updated, change);
    await this.hooks.activity(em, updated);
    return this.targets.get(user, id, em);
  }

  /**
   * 撤销: the reverse of the caller's latest move (checkUndo), recorded like any other. Undoing a
   * signing clears the signing figures; undoing a landing gives the area back to the carrier.
   */
  private async undo(em: EntityManager, user: AuthUser, target: Target, dto: TransitionDto): Promise<TargetDetail> {
    const last = await em.findOne(StageChange, { where: { targetId: target.id }, order: { at: 'DESC', id: 'DESC' } });
    const [{ now }] = await em.query('SELECT now() AS now');
    const verdict = checkUndo({ to: dto.to, currentStage: target.stage, last, userId: user.id, now: new Date(now) });
    if (!verdict.ok) throw ruleBroken(verdict.rule, verdict.message, verdict.messageZh, 'undo');
    const unsign = target.stage === 'signed' && (dto.to === 'lead' || dto.to === 'contact');
    const res = await em
      .createQueryBuilder()
      .update(Target)
      .set({
        stage: dto.to,
        stageEnteredAt: () => 'now()',
        lastActivityAt: () => 'now()',
        pausedFromStage: pausedFromAfter(target.stage, dto.to),
        probability: STAGE_PROBABILITY[dto.to],
        ...(unsign ? { signedInvestment: null, signedOutput: null, signedJobs: null, signedSpace: null, signedAt: null } : {}),
      })
      .where('id = :id AND version = :version AND stage = :from', { id: target.id, version: dto.version, from: target.stage })
      .execute();
    if (!res.affected) throw staleVersion('target', '招商目标');
    if (target.stage === 'landed') await this.unland(em, target.id);
    return this.record(em, user, target.id, target.stage, dto.to, dto.reason?.trim() || '撤销');
  }

  /** A landing taken back: its area returns to the carrier and the landing row goes. */
  private async unland(em: EntityManager, targetId: number): Promise<void> {
    const landing = await em.findOneBy(Landing, { targetId });
    if (!landing) return;
    await returnCarrierArea(em, landing.carrierId, landing.area);
    await em.delete(Landing, { targetId });
  }

  /**
   * Takes the area from the carrier with one conditional UPDATE, so two landings at once cannot
   * allocate more than is free (the second finds too little and fails), then records the landing.
   */
  private async land(em: EntityManager, targetId: number, carrierId: number, area: number, landedOn: string): Promise<void> {
    await takeCarrierArea(em, carrierId, area);
    await em.insert(Landing, { targetId, carrierId, area, landedOn });
  }
}
