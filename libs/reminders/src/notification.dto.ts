import { ApiProperty } from '@nestjs/swagger';
import type { NotificationShape } from '@crm/contracts';

/** A message in the caller's inbox, as /api/notifications answers it. */
export class NotificationViewDto implements NotificationShape<Date> {
  @ApiProperty() id: number;
  @ApiProperty() userId: number;
  @ApiProperty({ nullable: true, type: Number }) reminderId: number | null;
  @ApiProperty({ nullable: true, type: String }) kind: string | null;
  @ApiProperty({ nullable: true, type: Number }) targetId: number | null;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true, type: String, description: 'The English title; null on messages written before it was kept' }) titleEn: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The English body; null on messages written before it was kept' }) bodyEn: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Where the message leads in the backoffice, e.g. #/targets/12/show' }) link: string | null;
  @ApiProperty({ nullable: true, type: Date }) readAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) resolvedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class UnreadCountDto {
  @ApiProperty() count: number;
}

export class MarkedReadDto {
  @ApiProperty({ description: 'How many messages were marked read' }) updated: number;
}
