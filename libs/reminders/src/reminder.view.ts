import { ApiProperty } from '@nestjs/swagger';
import {
  CHANNELS,
  type Channel,
  DELIVERY_STATES,
  type DeliveryState,
  REMINDER_KINDS,
  REMINDER_STATES,
  type ReminderAttempt,
  type ReminderDelivery,
  type ReminderDetail,
  type ReminderKind,
  type ReminderRecord,
  type ReminderRetried,
  type ReminderRuleRecord,
  type ReminderState,
} from '@crm/contracts';

/* The reminder routes' answers for the OpenAPI document; each implements its shape in libs/contracts. */

export class ReminderDeliveryView implements ReminderDelivery<Date> {
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ enum: DELIVERY_STATES }) state: DeliveryState;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ nullable: true, type: Date }) sentAt: Date | null;
  @ApiProperty() nextAttemptAt: Date;
}

export class ReminderAttemptView implements ReminderAttempt<Date> {
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty() attempt: number;
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: Boolean, description: 'true accepted, false failed, null handed over with no answer heard' }) ok: boolean | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The receiver's reply, e.g. 250 OK" }) answer: string | null;
  @ApiProperty() durationMs: number;
}

export class ReminderRecordView implements ReminderRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty({ enum: REMINDER_KINDS }) kind: ReminderKind;
  @ApiProperty({ enum: REMINDER_STATES }) state: ReminderState;
  @ApiProperty({ nullable: true, type: Number }) targetId: number | null;
  @ApiProperty({ nullable: true, type: Number }) followUpId: number | null;
  @ApiProperty() recipientId: number;
  @ApiProperty() recipientName: string;
  @ApiProperty() dueAt: Date;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true, type: String }) titleEn: string | null;
  @ApiProperty({ nullable: true, type: String }) bodyEn: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) settledAt: Date | null;
  @ApiProperty({ type: [ReminderDeliveryView] }) deliveries: ReminderDeliveryView[];
}

export class ReminderDetailView extends ReminderRecordView implements ReminderDetail<Date> {
  @ApiProperty({ type: [ReminderAttemptView] }) attempts: ReminderAttemptView[];
}

export class ReminderRetriedView implements ReminderRetried {
  @ApiProperty({ description: 'How many failed channels were tried again' }) retried: number;
}

export class ReminderRuleRecordView implements ReminderRuleRecord<Date> {
  @ApiProperty({ description: "'defaults' or 'plan-<planId>'" }) id: string;
  @ApiProperty({ nullable: true, type: Number }) planId: number | null;
  @ApiProperty({ nullable: true, type: String }) planTitle: string | null;
  @ApiProperty({ nullable: true, type: String }) planRegion: string | null;
  @ApiProperty({ description: 'false: the plan follows the defaults' }) overridden: boolean;
  @ApiProperty({ nullable: true, type: Number }) version: number | null;
  @ApiProperty({ nullable: true, type: Date }) updatedAt: Date | null;
  @ApiProperty() preDueHours: number;
  @ApiProperty() escalationGraceHours: number;
  @ApiProperty() leadYellowDays: number;
  @ApiProperty() leadRedDays: number;
  @ApiProperty() contactYellowDays: number;
  @ApiProperty() contactRedDays: number;
  @ApiProperty() signedYellowDays: number;
  @ApiProperty() signedRedDays: number;
  @ApiProperty() milestoneYellowDays: number;
  @ApiProperty() milestoneRedDays: number;
  @ApiProperty({ description: 'HH:mm, Asia/Shanghai' }) digestTime: string;
}
