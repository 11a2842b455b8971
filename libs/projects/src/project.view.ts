import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type InstructionRecord,
  type InstructionReplyRecord,
  type KeyProject,
  MILESTONE_KINDS,
  MILESTONE_LIGHTS,
  type MilestoneKind,
  type MilestoneLight,
  PROJECT_RATE_BREAKDOWNS,
  type ProjectFundRecord,
  type ProjectLanding,
  type ProjectMilestone,
  type ProjectRateBreakdown,
  type ProjectRates,
  type ProjectRatesAnswer,
  type ProjectRecord,
  type ProjectYearRecord,
} from '@crm/contracts';

/* The project, instruction and project-rate routes' answers for the OpenAPI document; each implements its shape in libs/contracts. */

export class ProjectMilestoneView implements ProjectMilestone {
  @ApiProperty() id: number;
  @ApiProperty({ enum: MILESTONE_KINDS }) kind: MilestoneKind;
  @ApiProperty({ nullable: true, type: String, description: 'YYYY-MM-DD' }) plannedOn: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'YYYY-MM-DD' }) actualOn: string | null;
  @ApiProperty({ enum: MILESTONE_LIGHTS }) light: MilestoneLight;
  @ApiProperty() daysLate: number;
  @ApiProperty() version: number;
}

export class ProjectFundView implements ProjectFundRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty() targetId: number;
  @ApiProperty({ description: 'YYYY-MM-DD' }) arrivedOn: string;
  @ApiProperty({ description: '万元' }) amount: number;
  @ApiProperty() source: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: Number }) createdById: number | null;
  @ApiProperty({ nullable: true, type: String }) createdByName: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
}

export class ProjectYearView implements ProjectYearRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty() targetId: number;
  @ApiProperty() year: number;
  @ApiProperty({ nullable: true, type: Number, description: '万元' }) output: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '万元' }) tax: number | null;
  @ApiProperty({ nullable: true, type: Number }) jobs: number | null;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
}

export class ProjectLandingView implements ProjectLanding {
  @ApiProperty() carrierId: number;
  @ApiProperty() carrierName: string;
  @ApiProperty({ description: 'm²' }) area: number;
  @ApiProperty({ description: 'YYYY-MM-DD' }) landedOn: string;
}

export class ProjectThresholdsView {
  @ApiProperty() yellowDays: number;
  @ApiProperty() redDays: number;
}

export class ProjectRecordView implements ProjectRecord<Date> {
  @ApiProperty() targetId: number;
  @ApiProperty({ description: 'False for a target that never signed: nothing to track yet' }) signed: boolean;
  @ApiProperty({ nullable: true, type: Date }) signedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number }) signedInvestment: number | null;
  @ApiProperty({ nullable: true, type: Number }) signedOutput: number | null;
  @ApiProperty({ nullable: true, type: Number }) signedJobs: number | null;
  @ApiProperty({ nullable: true, type: ProjectLandingView }) landing: ProjectLandingView | null;
  @ApiProperty() thresholds: ProjectThresholdsView;
  @ApiProperty({ type: [ProjectMilestoneView] }) milestones: ProjectMilestoneView[];
  @ApiProperty({ type: [ProjectFundView] }) funds: ProjectFundView[];
  @ApiProperty() fundsArrived: number;
  @ApiProperty({ nullable: true, type: Number, description: 'fundsArrived ÷ signedInvestment, 4 decimals' }) fundsRate: number | null;
  @ApiProperty({ type: [ProjectYearView] }) years: ProjectYearView[];
}

export class InstructionReplyView implements InstructionReplyRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty() authorId: number;
  @ApiProperty() authorName: string;
  @ApiProperty() body: string;
  @ApiProperty() createdAt: Date;
}

export class InstructionRecordView implements InstructionRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty() targetId: number;
  @ApiProperty() firmName: string;
  @ApiProperty() authorId: number;
  @ApiProperty() authorName: string;
  @ApiProperty() assigneeId: number;
  @ApiProperty() assigneeName: string;
  @ApiProperty() body: string;
  @ApiProperty() dueAt: Date;
  @ApiProperty({ enum: ['open', 'closed'] }) state: 'open' | 'closed';
  @ApiProperty() overdue: boolean;
  @ApiProperty({ nullable: true, type: Date }) closedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) closedByName: string | null;
  @ApiProperty({ nullable: true, type: String }) closingNote: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
  @ApiPropertyOptional({ type: [InstructionReplyView], description: 'On GET /api/instructions/:id and the writes' }) replies?: InstructionReplyView[];
}

export class ProjectRatesView implements ProjectRates {
  @ApiProperty() signed: number;
  @ApiProperty() keeping: number;
  @ApiProperty() started: number;
  @ApiProperty() producing: number;
  @ApiProperty({ description: '万元' }) signedInvestment: number;
  @ApiProperty({ description: '万元' }) fundsArrived: number;
  @ApiProperty({ nullable: true, type: Number }) fulfilmentRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) startRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) productionRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) fundsRate: number | null;
}

export class ProjectRatesRowView extends ProjectRatesView {
  @ApiProperty({ description: 'The chain, owner or plan id' }) key: number;
  @ApiProperty() label: string;
}

export class RateDefinitionView {
  @ApiProperty() zh: string;
  @ApiProperty() en: string;
}

export class RateDefinitionsView {
  @ApiProperty() fulfilmentRate: RateDefinitionView;
  @ApiProperty() startRate: RateDefinitionView;
  @ApiProperty() productionRate: RateDefinitionView;
  @ApiProperty() fundsRate: RateDefinitionView;
}

export class ProjectRatesAnswerView implements ProjectRatesAnswer {
  @ApiProperty() definitions: RateDefinitionsView;
  @ApiProperty({ description: 'YYYY-MM-DD (Asia/Shanghai)' }) asOf: string;
  @ApiProperty() total: ProjectRatesView;
  @ApiProperty({ nullable: true, enum: PROJECT_RATE_BREAKDOWNS }) by: ProjectRateBreakdown | null;
  @ApiProperty({ type: [ProjectRatesRowView] }) rows: ProjectRatesRowView[];
}

export class KeyProjectView implements KeyProject<Date> {
  @ApiProperty() targetId: number;
  @ApiProperty() firmName: string;
  @ApiProperty() chainName: string;
  @ApiProperty() ownerName: string;
  @ApiProperty({ enum: ['milestone', 'instruction'], description: 'An overdue milestone or an open instruction' }) reason: 'milestone' | 'instruction';
  @ApiPropertyOptional({ enum: MILESTONE_KINDS }) milestoneKind?: MilestoneKind;
  @ApiPropertyOptional() plannedOn?: string;
  @ApiPropertyOptional() daysLate?: number;
  @ApiPropertyOptional({ enum: MILESTONE_LIGHTS }) light?: MilestoneLight;
  @ApiPropertyOptional() instructionId?: number;
  @ApiPropertyOptional() instructionBody?: string;
  @ApiPropertyOptional() assigneeName?: string;
  @ApiPropertyOptional() dueAt?: Date;
  @ApiPropertyOptional() overdue?: boolean;
}
