import { ApiProperty } from '@nestjs/swagger';
import {
  RECRUITMENT_METHODS,
  type RecruitmentMethod,
  type Stage,
  STAGES,
  type TargetDetailRecord,
  type TargetLanding,
  type TargetRecord,
} from '@crm/contracts';
import { SourceRefView } from '@crm/http';

/* The target routes' answers for the OpenAPI document; each implements its shape in libs/contracts. */

export class TargetRecordView implements TargetRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty() firmId: number;
  @ApiProperty() firmName: string;
  @ApiProperty() chainId: number;
  @ApiProperty() chainName: string;
  @ApiProperty() chainLinkId: number;
  @ApiProperty() chainLinkName: string;
  @ApiProperty() planId: number;
  @ApiProperty() ownerId: number;
  @ApiProperty() ownerName: string;
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty() stageEnteredAt: Date;
  @ApiProperty({ nullable: true, enum: STAGES, description: 'The stage a paused target left' }) pausedFromStage: Stage | null;
  @ApiProperty({ description: 'Win probability in %' }) probability: number;
  @ApiProperty({ nullable: true, type: Number, description: '预计投资额, 万元' }) expectedInvestment: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '预计年产值, 万元' }) expectedOutput: number | null;
  @ApiProperty({ nullable: true, type: Number }) expectedJobs: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'm²' }) spaceNeeded: number | null;
  @ApiProperty({ nullable: true, enum: RECRUITMENT_METHODS }) method: RecruitmentMethod | null;
  @ApiProperty({ nullable: true, type: Number, description: '签约投资额, 万元' }) signedInvestment: number | null;
  @ApiProperty({ nullable: true, type: Number }) signedOutput: number | null;
  @ApiProperty({ nullable: true, type: Number }) signedJobs: number | null;
  @ApiProperty({ nullable: true, type: Number }) signedSpace: number | null;
  @ApiProperty({ nullable: true, type: Date }) signedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: "The open follow-up's due time" }) nextFollowUpAt: Date | null;
  @ApiProperty() lastActivityAt: Date;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: SourceRefView }) source: SourceRefView | null;
  @ApiProperty() demo: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
}

export class StageDurationsView implements Record<Stage, number> {
  @ApiProperty() lead: number;
  @ApiProperty() contact: number;
  @ApiProperty() signed: number;
  @ApiProperty() landed: number;
  @ApiProperty() paused: number;
  @ApiProperty() lost: number;
}

export class TargetLandingView implements TargetLanding<Date> {
  @ApiProperty() id: number;
  @ApiProperty() targetId: number;
  @ApiProperty() carrierId: number;
  @ApiProperty() carrierName: string;
  @ApiProperty({ description: 'm²' }) area: number;
  @ApiProperty({ description: 'YYYY-MM-DD' }) landedOn: string;
  @ApiProperty() createdAt: Date;
}

export class TargetDetailView extends TargetRecordView implements TargetDetailRecord<Date> {
  @ApiProperty({ description: 'Seconds spent in each stage' }) stageDurations: StageDurationsView;
  @ApiProperty({ nullable: true, type: TargetLandingView }) landing: TargetLandingView | null;
}
