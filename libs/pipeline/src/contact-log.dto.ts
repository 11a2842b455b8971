import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { CONTACT_KINDS, type ContactKind } from './stage';
import { IsDateTime } from '@crm/http';

/** The fields a log may leave out, on create and on edit alike. */
class ContactLogOptionalFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  participants?: string | null;

  /** Participants picked from the firm's persons (联系人); replaces the set when given. */
  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(2 ** 31 - 1, { each: true })
  contactPersonIds?: number[] | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  outcome?: string | null;
}

class ContactLogFieldsDto extends ContactLogOptionalFieldsDto {
  @ApiProperty({ enum: CONTACT_KINDS })
  @IsIn(CONTACT_KINDS)
  kind: ContactKind;

  @ApiProperty({ description: 'When the contact happened (ISO 8601)' })
  @IsDateTime()
  at: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  summary: string;
}

export class CreateContactLogDto extends ContactLogFieldsDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2 ** 31 - 1)
  targetId: number;

  @ApiPropertyOptional({ description: "Sets the target's one open follow-up (ISO 8601)" })
  @IsOptional()
  @IsDateTime()
  nextFollowUpAt?: string | null;

  @ApiPropertyOptional({
    description: "The target's version the log was written against; a newer target answers 409 (stale_version), e.g. for a log queued offline",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2 ** 31 - 1)
  targetVersion?: number;
}

/** Editing a log changes what it says; its follow-up is moved on the target (PUT /targets/:id/follow-up). */
export class UpdateContactLogDto extends ContactLogOptionalFieldsDto {
  @ApiPropertyOptional({ enum: CONTACT_KINDS })
  @ValidateIf((_o, v) => v !== undefined)
  @IsIn(CONTACT_KINDS)
  kind?: ContactKind;

  @ApiPropertyOptional()
  @ValidateIf((_o, v) => v !== undefined)
  @IsDateTime()
  at?: string;

  @ApiPropertyOptional()
  @ValidateIf((_o, v) => v !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  summary?: string;
}
