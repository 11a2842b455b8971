import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';
import { QueryId } from '@crm/http';
import { MERGE_FIELDS, type MergeField, type MergeSide } from './merge.rules';

const MAX_ID = 2 ** 31 - 1;

export class MergePreviewQuery {
  @ApiProperty() @QueryId() survivorId: number;
  @ApiProperty() @QueryId() mergedId: number;
}

export class MergeFirmsDto {
  @ApiProperty({ description: 'the firm that stays' }) @IsInt() @Min(1) @Max(MAX_ID) survivorId: number;
  @ApiProperty({ description: 'the firm merged into it (deleted; its name kept as an alias)' }) @IsInt() @Min(1) @Max(MAX_ID) mergedId: number;
  @ApiProperty({ description: 'the survivor version you read; a newer one → 409' }) @IsInt() @Min(1) @Max(MAX_ID) survivorVersion: number;
  @ApiProperty({ description: 'the merged firm version you read; a newer one → 409' }) @IsInt() @Min(1) @Max(MAX_ID) mergedVersion: number;

  @ApiPropertyOptional({
    description: `field → 'survivor' | 'merged' for ${MERGE_FIELDS.join(', ')}; unchosen fields keep the survivor's value (an empty one takes the merged firm's)`,
    example: { name: 'survivor', creditCode: 'merged' },
  })
  @IsOptional()
  @IsObject()
  choices?: Partial<Record<MergeField, MergeSide>>;
}

export class FirmMergeView {
  @ApiProperty() id: number;
  @ApiProperty() survivorId: number;
  @ApiProperty() survivorName: string;
  @ApiProperty() mergedId: number;
  @ApiProperty() mergedName: string;
  @ApiProperty({ enum: ['merged', 'undone'] }) state: string;
  @ApiProperty() mergedAt: Date;
  @ApiProperty() mergedByName: string;
  @ApiProperty({ type: Date, nullable: true }) undoneAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) undoneByName: string | null;
  @ApiProperty({ type: [String], nullable: true, description: 'survivor fields edited after the merge that undo kept' }) undoKept: string[] | null;
  @ApiProperty({ type: Object }) survivorBefore: Record<string, unknown>;
  @ApiProperty({ type: Object }) survivorAfter: Record<string, unknown>;
  @ApiProperty({ type: Object, description: 'rows moved per table' }) moved: Record<string, number>;
  @ApiProperty({ type: Object, description: 'rows removed per table (the survivor had their twin)' }) removed: Record<string, number>;
}

export class MergePreviewView {
  @ApiProperty({ type: Object }) survivor: Record<string, unknown>;
  @ApiProperty({ type: Object }) merged: Record<string, unknown>;
  @ApiProperty({ type: [String], enum: MERGE_FIELDS }) fields: string[];
  @ApiProperty({ type: Object, description: 'rows of the merged firm per table that will move' }) moves: Record<string, number>;
}

export class SuspectFirmView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) fullName: string | null;
  @ApiProperty({ type: String, nullable: true }) creditCode: string | null;
  @ApiProperty({ type: String, nullable: true }) hqCity: string | null;
  @ApiProperty({ type: String, nullable: true }) industry: string | null;
  @ApiProperty({ type: String, nullable: true }) registrySource: string | null;
  @ApiProperty() targets: number;
  @ApiProperty() version: number;
}

export class SuspectGroupView {
  @ApiProperty({ description: 'the normalised name the firms share' }) key: string;
  @ApiProperty({ type: [SuspectFirmView] }) firms: SuspectFirmView[];
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
    description: 'pairs of the group marked 非重复 (lower id first); no merge for them',
  })
  dismissedPairs: [number, number][];
}

export class DismissDuplicateDto {
  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2, description: 'the two firms that are not the same firm' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_ID, { each: true })
  firmIds: number[];
}

export class DuplicateDismissalView {
  @ApiProperty() id: number;
  @ApiProperty() firmLowId: number;
  @ApiProperty({ description: 'current name, or the name when marked if the firm is gone' }) firmLowName: string;
  @ApiProperty() firmHighId: number;
  @ApiProperty() firmHighName: string;
  @ApiProperty({ enum: ['dismissed', 'undone'] }) state: string;
  @ApiProperty() dismissedAt: Date;
  @ApiProperty() dismissedByName: string;
  @ApiProperty({ type: Date, nullable: true }) undoneAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) undoneByName: string | null;
}
