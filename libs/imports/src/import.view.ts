import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FIRM_TAGS,
  type FirmTag,
  type ImportCommitted,
  type ImportHistoryEntry,
  type ImportPreview,
  type ImportResult,
  type ImportRowError,
  type ImportSampleRow,
  type ImportStatus,
} from '@crm/contracts';

/* The import routes' answers for the OpenAPI document; each implements its shape in libs/contracts. */

const STATUSES = ['preview', 'committed'];

export class ImportResultView implements ImportResult {
  @ApiProperty() firmsCreated: number;
  @ApiProperty() firmsUpdated: number;
  @ApiProperty() targetsCreated: number;
  @ApiProperty() targetsExisting: number;
  @ApiPropertyOptional({ type: [Number] }) createdFirmIds?: number[];
  @ApiPropertyOptional({ type: [Number] }) createdTargetIds?: number[];
}

export class ImportHistoryEntryView implements ImportHistoryEntry<Date> {
  @ApiProperty() id: number;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: STATUSES }) status: ImportStatus;
  @ApiProperty() createdById: number;
  @ApiProperty() createdByName: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) committedAt: Date | null;
  @ApiProperty() totalRows: number;
  @ApiProperty() validRows: number;
  @ApiProperty() errorRows: number;
  @ApiProperty({ nullable: true, type: ImportResultView }) result: ImportResultView | null;
}

export class ImportRowErrorView implements ImportRowError {
  @ApiProperty({ description: 'The sheet row (1-based, header included)' }) row: number;
  @ApiProperty() column: string;
  @ApiProperty() code: string;
  @ApiProperty() reason: string;
  @ApiProperty() reasonZh: string;
}

export class ImportSampleRowView implements ImportSampleRow {
  @ApiProperty() row: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) creditCode: string | null;
  @ApiProperty({ nullable: true, type: String }) hqCity: string | null;
  @ApiProperty({ enum: FIRM_TAGS, isArray: true }) tags: FirmTag[];
  @ApiProperty({ nullable: true, type: Number }) chainId: number | null;
  @ApiProperty({ nullable: true, type: Number }) chainLinkId: number | null;
  @ApiProperty({ nullable: true, type: Number }) ownerId: number | null;
  @ApiProperty({ nullable: true, type: Number }) expectedInvestment: number | null;
  @ApiProperty({ nullable: true, type: String }) method: string | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: String }) nextFollowUpAt: string | null;
}

export class ImportWillCreateView {
  @ApiProperty() firms: number;
  @ApiProperty() targets: number;
}

export class ImportPreviewView implements ImportPreview {
  @ApiProperty() id: number;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: STATUSES }) status: ImportStatus;
  @ApiProperty() totalRows: number;
  @ApiProperty() validRows: number;
  @ApiProperty() errorRows: number;
  @ApiProperty() willCreate: ImportWillCreateView;
  @ApiProperty() existingFirms: number;
  @ApiProperty({ type: [ImportRowErrorView] }) errors: ImportRowErrorView[];
  @ApiProperty({ type: [ImportSampleRowView] }) sample: ImportSampleRowView[];
  @ApiProperty({ nullable: true, type: ImportResultView }) result: ImportResultView | null;
}

export class ImportCommittedView extends ImportResultView implements ImportCommitted {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ['committed'] }) status: 'committed';
}
