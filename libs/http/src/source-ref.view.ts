import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SourceRef } from '@crm/contracts';

/** A record's source in the plan documents, as the reference resources answer it. */
export class SourceRefView implements SourceRef {
  @ApiProperty({ description: 'Source document file name under shared/sources' }) document: string;
  @ApiProperty() section: string;
  @ApiPropertyOptional() quote?: string;
}
