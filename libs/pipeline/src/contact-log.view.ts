import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_KINDS, type ContactKind, type ContactLogRecord } from '@crm/contracts';

/** 接触记录 as /api/contact-logs answers it. */
export class ContactLogView implements ContactLogRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty() targetId: number;
  @ApiProperty({ enum: CONTACT_KINDS }) kind: ContactKind;
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: String }) participants: string | null;
  @ApiProperty() summary: string;
  @ApiProperty({ nullable: true, type: String }) outcome: string | null;
  @ApiProperty({ nullable: true, type: Date, description: 'The next follow-up this log set, if any' }) nextFollowUpAt: Date | null;
  @ApiProperty({ nullable: true, type: Number }) authorId: number | null;
  @ApiProperty() demo: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: String }) authorName: string | null;
  @ApiProperty() firmId: number;
  @ApiProperty() firmName: string;
  @ApiProperty({ type: [Number] }) contactPersonIds: number[];
}
