import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AREA_UNITS, type AreaUnit, CARRIER_TYPES, type CarrierOutputTarget, type CarrierRecord, type CarrierType } from '@crm/contracts';
import { SourceRefView } from '@crm/http';

export class CarrierOutputTargetView implements CarrierOutputTarget {
  @ApiProperty() value: number;
  @ApiProperty() unit: string;
  @ApiPropertyOptional() year?: number;
  @ApiPropertyOptional() note?: string;
}

export class CarrierView implements CarrierRecord {
  @ApiProperty() id: number;
  @ApiProperty({ nullable: true, type: Number }) planId: number | null;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CARRIER_TYPES }) type: CarrierType;
  @ApiProperty({ nullable: true, type: Number }) chainId: number | null;
  @ApiProperty({ nullable: true, type: Number, description: "The plan's figure in its own unit" }) totalArea: number | null;
  @ApiProperty({ nullable: true, enum: AREA_UNITS }) areaUnit: AreaUnit | null;
  @ApiProperty({ nullable: true, type: Number }) totalAreaM2: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Space left to allocate, m²' }) availableAreaM2: number | null;
  @ApiProperty({ nullable: true, type: CarrierOutputTargetView }) outputTarget: CarrierOutputTargetView | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: SourceRefView }) source: SourceRefView | null;
  @ApiProperty() demo: boolean;
  @ApiProperty() version: number;
}
