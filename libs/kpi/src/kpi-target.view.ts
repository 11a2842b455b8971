import { ApiProperty } from '@nestjs/swagger';
import type { KpiTargetRecord } from '@crm/contracts';
import { SourceRefView } from '@crm/http';

export class KpiTargetView implements KpiTargetRecord {
  @ApiProperty() id: number;
  @ApiProperty() planId: number;
  @ApiProperty() metric: string;
  @ApiProperty({ nullable: true, type: String }) category: string | null;
  @ApiProperty() unit: string;
  @ApiProperty({ nullable: true, type: Number, description: 'null: the plan as a whole; else the chain the figure is for' }) chainId: number | null;
  @ApiProperty() year: number;
  @ApiProperty() value: number;
  @ApiProperty() source: SourceRefView;
  @ApiProperty() version: number;
}
