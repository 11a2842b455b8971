import { ApiProperty } from '@nestjs/swagger';
import { type ChainLinkRecord, type ChainRecord, LINK_ACTIONS, LINK_POSITIONS, type LinkAction, type LinkPosition } from '@crm/contracts';
import { SourceRefView } from '@crm/http';

export class ChainView implements ChainRecord {
  @ApiProperty() id: number;
  @ApiProperty() planId: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '重点方向 / 细分领域 / 赛道, as the plan calls it' }) kind: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ nullable: true, enum: LINK_ACTIONS }) action: LinkAction | null;
  @ApiProperty() sortOrder: number;
  @ApiProperty({ nullable: true, type: SourceRefView }) source: SourceRefView | null;
  @ApiProperty() version: number;
}

export class ChainLinkView implements ChainLinkRecord {
  @ApiProperty() id: number;
  @ApiProperty() chainId: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: LINK_POSITIONS }) position: LinkPosition;
  @ApiProperty({ nullable: true, enum: LINK_ACTIONS }) action: LinkAction | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty() sortOrder: number;
  @ApiProperty({ nullable: true, type: SourceRefView }) source: SourceRefView | null;
  @ApiProperty() version: number;
}
