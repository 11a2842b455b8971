import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, Matches } from 'class-validator';
import { REGISTRY_SOURCES, type RegistrySource } from '@crm/firms';

/** The multipart fields sent with the file. */
export class RegistryUploadDto {
  @ApiProperty({ enum: REGISTRY_SOURCES, description: '企查查 qichacha / 天眼查 tianyancha / 启信宝 qixinbao / other' })
  @IsIn(REGISTRY_SOURCES)
  source: RegistrySource;

  @ApiProperty({ example: '2026-11-30', description: 'the date the registry exported the file (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'exportedOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'exportedOn must be a real date YYYY-MM-DD' })
  exportedOn: string;
}

export class RegistryRowErrorView {
  @ApiProperty() row: number;
  @ApiProperty() name: string;
  @ApiProperty() column: string;
  @ApiProperty() code: string;
  @ApiProperty() reason: string;
  @ApiProperty() reasonZh: string;
}

export class RegistryDuplicateView {
  @ApiProperty() row: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) creditCode: string | null;
  @ApiProperty({ description: 'the earlier row (or the row that already updates the same firm)' }) duplicateOf: number;
  @ApiProperty({ enum: ['code', 'name'] }) duplicateBy: string;
  @ApiProperty() ofName: string;
  @ApiProperty({ type: String, nullable: true }) ofCreditCode: string | null;
}

export class RegistryImportResultView {
  @ApiProperty() firmsCreated: number;
  @ApiProperty() firmsUpdated: number;
  @ApiProperty() stale: number;
  @ApiProperty() skipped: number;
  @ApiProperty({ type: [Number] }) createdFirmIds: number[];
}

export class RegistryImportPreview {
  @ApiProperty() id: number;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: REGISTRY_SOURCES }) source: string;
  @ApiProperty() exportedOn: string;
  @ApiProperty({ enum: ['preview', 'committed'] }) status: string;
  @ApiProperty() totalRows: number;
  @ApiProperty() errorRows: number;
  @ApiProperty() duplicateRows: number;
  @ApiProperty() willCreate: number;
  @ApiProperty() willUpdate: number;
  @ApiProperty({ description: 'rows whose firm holds data from a newer export (left alone)' }) stale: number;
  @ApiProperty({ type: [RegistryRowErrorView] }) errors: RegistryRowErrorView[];
  @ApiProperty({ type: [RegistryDuplicateView] }) duplicates: RegistryDuplicateView[];
  @ApiPropertyOptional({ type: RegistryImportResultView, nullable: true }) result: RegistryImportResultView | null;
}

export class RegistryImportEntry {
  @ApiProperty() id: number;
  @ApiProperty() fileName: string;
  @ApiProperty() source: string;
  @ApiProperty() exportedOn: string;
  @ApiProperty() status: string;
  @ApiProperty() totalRows: number;
  @ApiProperty() errorRows: number;
  @ApiProperty() duplicateRows: number;
  @ApiPropertyOptional({ type: RegistryImportResultView, nullable: true }) result: RegistryImportResultView | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) committedAt: Date | null;
  @ApiProperty() createdById: number;
  @ApiProperty() createdByName: string;
}
