import { ApiProperty } from '@nestjs/swagger';
import type { StoredFileRecord } from '@crm/contracts';

/** A stored file's record (its bytes are GET /api/files/:id/content). */
export class StoredFileView implements StoredFileRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty({ nullable: true, type: Number }) targetId: number | null;
  @ApiProperty({ nullable: true, type: Number }) contactLogId: number | null;
  @ApiProperty({ nullable: true, type: Number }) firmId: number | null;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'Sniffed from the content, never the upload’s own Content-Type' }) contentType: string;
  @ApiProperty() size: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ nullable: true, type: Number }) uploadedById: number | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: String }) uploadedByName: string | null;
  @ApiProperty({ description: 'The backoffice can show it inline' }) previewable: boolean;
}
