import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type BreakdownRow,
  type ChainView,
  type ChainViewLink,
  type CockpitOverview,
  type ConversionAnswer,
  type ConversionStep,
  type Coverage,
  COVERAGE_LEVELS,
  type FunnelStep,
  type KpiPlanHead,
  type KpiPlanProgress,
  type KpiPlanYear,
  type KpiYearItem,
  type OverdueList,
  type Period,
  type Rates,
  type Stage,
  STAGES,
  type StaleThresholdsView,
  type StalledList,
  type TimeInStage,
  type TimeInStageAnswer,
  type Velocity,
  type VelocityAnswer,
  type YearTotals,
} from '@crm/contracts';

/* The cockpit routes' answers for the OpenAPI document; each root class implements its shape in libs/contracts (generated from those shapes: keep in step). */
export class FunnelStepView implements FunnelStep {
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty() label: string;
  @ApiProperty() count: number;
  @ApiProperty({ description: 'Σ 预计投资额 of the targets now in the stage, 万元' }) expectedInvestment: number;
}

export class PeriodView implements Period<Date> {
  @ApiProperty() from: Date;
  @ApiProperty() to: Date;
}

export class ConversionStepView implements ConversionStep {
  @ApiProperty({ enum: STAGES }) from: Stage;
  @ApiProperty({ enum: STAGES }) to: Stage;
  @ApiProperty({ description: 'Targets that entered `from` within the period (each counted once).' }) entered: number;
  @ApiProperty({ description: 'Of those, the ones that later reached `to` or a stage beyond it (a skipped stage counts as passed).' }) advanced: number;
  @ApiProperty({ nullable: true, type: Number }) rate: number | null;
}

export class ConversionAnswerView implements ConversionAnswer<Date> {
  @ApiProperty({ type: () => PeriodView }) period: PeriodView;
  @ApiProperty({ type: [ConversionStepView] }) steps: ConversionStepView[];
}

export class TimeInStageView implements TimeInStage {
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'Completed stays in the stage that ended within the period.' }) stays: number;
  @ApiProperty({ nullable: true, type: Number }) medianDays: number | null;
  @ApiProperty({ nullable: true, type: Number }) p90Days: number | null;
}

export class TimeInStageAnswerView implements TimeInStageAnswer<Date> {
  @ApiProperty({ type: () => PeriodView }) period: PeriodView;
  @ApiProperty({ type: [TimeInStageView] }) stages: TimeInStageView[];
}

export class VelocityAnswerView implements VelocityAnswer<Date> {
  @ApiProperty({ type: () => PeriodView }) period: PeriodView;
  @ApiProperty() closedLanded: number;
  @ApiProperty() closedLost: number;
  @ApiProperty({ description: 'The unit of velocityPerDay: 万元/天.' }) unit: string;
  @ApiProperty() liveTargets: number;
  @ApiProperty({ nullable: true, type: Number }) averageInvestment: number | null;
  @ApiProperty({ nullable: true, type: Number }) winRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) averageCycleDays: number | null;
  @ApiProperty({ nullable: true, type: Number }) velocityPerDay: number | null;
}

export class BreakdownRowView implements BreakdownRow {
  @ApiProperty({ nullable: true, oneOf: [{ type: 'integer' }, { type: 'string' }], description: 'The chain or owner id, or the method' }) key:
    number | string | null;
  @ApiProperty() label: string;
  @ApiProperty() total: number;
  @ApiProperty() live: number;
  @ApiProperty() lead: number;
  @ApiProperty() contact: number;
  @ApiProperty() signed: number;
  @ApiProperty() landed: number;
  @ApiProperty() offTrack: number;
  @ApiProperty() liveInvestment: number;
  @ApiProperty() signedInvestment: number;
}

export class OverdueListByOwnerView {
  @ApiProperty() ownerId: number;
  @ApiProperty() owner: string;
  @ApiProperty() count: number;
}

export class OverdueListItemsView {
  @ApiProperty() id: number;
  @ApiProperty() firm: string;
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty() stageLabel: string;
  @ApiProperty() chainId: number;
  @ApiProperty() chain: string;
  @ApiProperty() ownerId: number;
  @ApiProperty() owner: string;
  @ApiProperty({ nullable: true, type: Date }) nextFollowUpAt: Date | null;
  @ApiProperty() lastActivityAt: Date;
  @ApiProperty({ nullable: true, type: Number }) expectedInvestment: number | null;
  @ApiProperty() daysOverdue: number;
}

export class OverdueListView implements OverdueList<Date> {
  @ApiProperty() total: number;
  @ApiProperty({ type: [OverdueListByOwnerView] }) byOwner: OverdueListByOwnerView[];
  @ApiProperty({ type: [OverdueListItemsView] }) items: OverdueListItemsView[];
}

export class StaleThresholdLeadView {
  @ApiProperty() yellow: number;
  @ApiProperty() red: number;
}

export class StaleThresholdContactView {
  @ApiProperty() yellow: number;
  @ApiProperty() red: number;
}

export class StaleThresholdSignedView {
  @ApiProperty() yellow: number;
  @ApiProperty() red: number;
}

export class StaleThresholdsAnswerView implements StaleThresholdsView {
  @ApiProperty({ type: () => StaleThresholdLeadView }) lead: StaleThresholdLeadView;
  @ApiProperty({ type: () => StaleThresholdContactView }) contact: StaleThresholdContactView;
  @ApiProperty({ type: () => StaleThresholdSignedView }) signed: StaleThresholdSignedView;
}

export class StalledListItemsThresholdsView {
  @ApiProperty() yellow: number;
  @ApiProperty() red: number;
}

export class StalledListItemsView {
  @ApiProperty() id: number;
  @ApiProperty() firm: string;
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty() stageLabel: string;
  @ApiProperty() chainId: number;
  @ApiProperty() chain: string;
  @ApiProperty() ownerId: number;
  @ApiProperty() owner: string;
  @ApiProperty({ nullable: true, type: Date }) nextFollowUpAt: Date | null;
  @ApiProperty() lastActivityAt: Date;
  @ApiProperty({ nullable: true, type: Number }) expectedInvestment: number | null;
  @ApiProperty() idleDays: number;
  @ApiProperty({ type: () => StalledListItemsThresholdsView }) thresholds: StalledListItemsThresholdsView;
  @ApiProperty({ enum: ['red', 'yellow'] }) level: 'red' | 'yellow';
}

export class StalledListView implements StalledList<Date> {
  @ApiProperty({ type: () => StaleThresholdsAnswerView }) thresholds: StaleThresholdsAnswerView;
  @ApiProperty() red: number;
  @ApiProperty() yellow: number;
  @ApiProperty({ type: [StalledListItemsView] }) items: StalledListItemsView[];
}

export class VelocityView implements Velocity {
  @ApiProperty() liveTargets: number;
  @ApiProperty({ nullable: true, type: Number }) averageInvestment: number | null;
  @ApiProperty({ nullable: true, type: Number }) winRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) averageCycleDays: number | null;
  @ApiProperty({ nullable: true, type: Number }) velocityPerDay: number | null;
}

export class RatesView implements Rates {
  @ApiProperty() contacted: number;
  @ApiProperty() signed: number;
  @ApiProperty() landed: number;
  @ApiProperty({ nullable: true, type: Number }) signingRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) landingRate: number | null;
}

export class YearTotalsSignedView {
  @ApiProperty() count: number;
  @ApiProperty() investment: number;
  @ApiProperty() jobs: number;
}

export class YearTotalsLandedView {
  @ApiProperty() count: number;
  @ApiProperty() investment: number;
  @ApiProperty() jobs: number;
  @ApiProperty() output: number;
}

export class YearTotalsView implements YearTotals {
  @ApiProperty() year: number;
  @ApiProperty({ type: () => YearTotalsSignedView }) signed: YearTotalsSignedView;
  @ApiProperty({ type: () => YearTotalsLandedView }) landed: YearTotalsLandedView;
}

export class CockpitOverviewView implements CockpitOverview<Date> {
  @ApiProperty({ type: () => PeriodView }) period: PeriodView;
  @ApiProperty() role: string;
  @ApiProperty({ type: [FunnelStepView] }) funnel: FunnelStepView[];
  @ApiProperty({ type: [ConversionStepView] }) conversion: ConversionStepView[];
  @ApiProperty({ type: [TimeInStageView] }) timeInStage: TimeInStageView[];
  @ApiProperty({ type: () => VelocityView }) velocity: VelocityView;
  @ApiProperty({ type: () => RatesView }) rates: RatesView;
  @ApiProperty({ type: () => YearTotalsView }) thisYear: YearTotalsView;
  @ApiProperty({ type: () => OverdueListView }) overdue: OverdueListView;
  @ApiProperty({ type: () => StalledListView }) stalled: StalledListView;
}

export class ChainCockpitChainView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() code: string;
  @ApiProperty() kind: string;
  @ApiProperty({ nullable: true, type: String }) action: string | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() planId: number;
  @ApiProperty() plan: string;
}

export class ChainCockpitLinkLiveTargetsView {
  @ApiProperty() id: number;
  @ApiProperty() firm: string;
  @ApiProperty({ enum: ['landed', 'lead', 'contact', 'signed', 'paused', 'lost'] }) stage: 'landed' | 'lead' | 'contact' | 'signed' | 'paused' | 'lost';
  @ApiProperty() stageLabel: string;
  @ApiProperty() owner: string;
  @ApiProperty({ nullable: true, type: Number }) expectedInvestment: number | null;
  @ApiProperty({ nullable: true, type: Date }) nextFollowUpAt: Date | null;
}

export class ChainCockpitLinkView implements ChainViewLink<Date> {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() position: string;
  @ApiProperty({ nullable: true, type: String }) action: string | null;
  @ApiProperty({ type: [String] }) localFirms: string[];
  @ApiProperty() landedTargets: number;
  @ApiProperty({ enum: COVERAGE_LEVELS }) coverage: Coverage;
  @ApiProperty() liveTargetsTotal: number;
  @ApiProperty({ type: [ChainCockpitLinkLiveTargetsView] }) liveTargets: ChainCockpitLinkLiveTargetsView[];
}

export class ChainCockpitTotalsView {
  @ApiProperty() links: number;
  @ApiProperty() covered: number;
  @ApiProperty() inProgress: number;
  @ApiProperty() leadOnly: number;
  @ApiProperty() gaps: number;
  @ApiProperty({ nullable: true, type: Number }) coveragePercent: number | null;
}

export class ChainCockpitGapsView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) action: string | null;
  @ApiProperty({ enum: COVERAGE_LEVELS }) coverage: Coverage;
}

export class ChainCockpitInProgressLiveTargetsView {
  @ApiProperty() id: number;
  @ApiProperty() firm: string;
  @ApiProperty({ enum: ['landed', 'lead', 'contact', 'signed', 'paused', 'lost'] }) stage: 'landed' | 'lead' | 'contact' | 'signed' | 'paused' | 'lost';
  @ApiProperty() stageLabel: string;
  @ApiProperty() owner: string;
  @ApiProperty({ nullable: true, type: Number }) expectedInvestment: number | null;
  @ApiProperty({ nullable: true, type: Date }) nextFollowUpAt: Date | null;
}

export class ChainCockpitInProgressView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) action: string | null;
  @ApiProperty({ type: [ChainCockpitInProgressLiveTargetsView] }) liveTargets: ChainCockpitInProgressLiveTargetsView[];
  @ApiProperty() liveTargetsTotal: number;
}

export class ChainCockpitChainOwnersView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() isLocal: boolean;
}

export class ChainCockpitCoverageHistoryView {
  @ApiProperty() date: string;
  @ApiProperty() covered: number;
  @ApiProperty() links: number;
  @ApiProperty({ nullable: true, type: Number }) coveragePercent: number | null;
}

export class ChainCockpitView implements ChainView<Date> {
  @ApiProperty({ type: () => ChainCockpitChainView }) chain: ChainCockpitChainView;
  @ApiProperty({ type: [ChainCockpitLinkView] }) links: ChainCockpitLinkView[];
  @ApiProperty({ type: () => ChainCockpitTotalsView }) totals: ChainCockpitTotalsView;
  @ApiProperty({ type: [ChainCockpitGapsView] }) gaps: ChainCockpitGapsView[];
  @ApiProperty({ type: [ChainCockpitInProgressView] }) inProgress: ChainCockpitInProgressView[];
  @ApiProperty({ type: [ChainCockpitChainOwnersView] }) chainOwners: ChainCockpitChainOwnersView[];
  @ApiProperty({ type: [ChainCockpitCoverageHistoryView] }) coverageHistory: ChainCockpitCoverageHistoryView[];
}

export class KpiPlanHeadView implements KpiPlanHead {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() region: string;
  @ApiProperty({ nullable: true, type: Number }) baseYear: number | null;
  @ApiProperty({ nullable: true, type: Number }) startYear: number | null;
  @ApiProperty({ nullable: true, type: Number }) endYear: number | null;
}

export class KpiYearItemView implements KpiYearItem {
  @ApiProperty() id: number;
  @ApiProperty() metric: string;
  @ApiProperty({ nullable: true, type: String }) category: string | null;
  @ApiProperty() unit: string;
  @ApiProperty({ nullable: true, type: Number }) chainId: number | null;
  @ApiProperty({ nullable: true, type: String }) chain: string | null;
  @ApiProperty() year: number;
  @ApiProperty() target: number;
  @ApiProperty({ nullable: true, type: Number }) baseYear: number | null;
  @ApiProperty({ nullable: true, type: Number }) baseValue: number | null;
  @ApiProperty() tracked: boolean;
  @ApiProperty({ nullable: true, type: Number }) landedSinceBaseYear: number | null;
  @ApiProperty({ nullable: true, type: Number }) actual: number | null;
  @ApiProperty({ nullable: true, type: Number }) baseline: number | null;
  @ApiProperty() isBaseline: boolean;
  @ApiProperty({ nullable: true, type: Number }) delivered: number | null;
  @ApiProperty({ nullable: true, type: Number }) asked: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '新增完成率 in %, one decimal.' }) increaseRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) percentOfTarget: number | null;
  @ApiPropertyOptional() note?: string;
  @ApiPropertyOptional() noteZh?: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Where the figure comes from in the plan' }) source: unknown;
}

export class KpiPlanYearView implements KpiPlanYear {
  @ApiProperty({ type: () => KpiPlanHeadView }) plan: KpiPlanHeadView;
  @ApiProperty() year: number;
  @ApiProperty({ type: [KpiYearItemView] }) items: KpiYearItemView[];
}

export class KpiPlanProgressView implements KpiPlanProgress {
  @ApiProperty({ type: () => KpiPlanHeadView }) plan: KpiPlanHeadView;
  @ApiProperty({ type: [Number], description: "The years the plan states targets for, ascending (its own years, never the calendar's)." }) years: number[];
  @ApiProperty({ nullable: true, type: Number, description: 'The year to headline now (kpi.rules headlineYear).' }) headlineYear: number | null;
  @ApiProperty({ type: [KpiYearItemView] }) items: KpiYearItemView[];
}
