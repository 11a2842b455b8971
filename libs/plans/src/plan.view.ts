import { ApiProperty } from '@nestjs/swagger';
import type { PlanRecord, PlanRecruitmentMethod } from '@crm/contracts';
import { SourceRefView } from '@crm/http';

export class PlanRecruitmentMethodView implements PlanRecruitmentMethod {
  @ApiProperty() name: string;
  @ApiProperty() source: SourceRefView;
}

export class PlanView implements PlanRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() region: string;
  @ApiProperty() title: string;
  @ApiProperty() period: string;
  @ApiProperty() startYear: number;
  @ApiProperty() endYear: number;
  @ApiProperty({ nullable: true, type: Number }) baseYear: number | null;
  @ApiProperty({ nullable: true, type: String }) issuer: string | null;
  @ApiProperty({ nullable: true, type: String }) issuedOn: string | null;
  @ApiProperty({ description: 'Source document file name under shared/sources' }) document: string;
  @ApiProperty({ type: [PlanRecruitmentMethodView] }) recruitmentMethods: PlanRecruitmentMethodView[];
  @ApiProperty() createdAt: Date;
}
