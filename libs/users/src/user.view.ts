import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type Account,
  type AdminUser,
  type ChannelTestOutcome,
  CHANNEL_TEST_OUTCOMES,
  type ChannelTestResult,
  type PublicUser,
  type Role,
  ROLES,
  type TeamRecord,
  type UserRecord,
} from '@crm/contracts';

/* The users routes' answers for the OpenAPI document; each implements its shape in libs/contracts. */

export class PublicUserView implements PublicUser {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ nullable: true, type: Number }) teamId: number | null;
}

export class UserRecordView extends PublicUserView implements UserRecord<Date> {
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) webhookUrl: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Reminder channels the user wants (我的账户); a channel also needs its address' }) notifyInApp: boolean;
  @ApiProperty() notifyEmail: boolean;
  @ApiProperty() notifyWebhook: boolean;
  @ApiProperty({ description: 'Whether the user gets the daily digest (每日汇总)' }) dailyDigest: boolean;
  @ApiProperty() demo: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
}

export class AdminUserView extends UserRecordView implements AdminUser<Date> {
  @ApiProperty({ type: [Number], description: 'The chains a chain manager manages' }) chainIds: number[];
}

/** GET /api/users(/:id): the public fields for everyone, the rest (optional here) only in answers to admins. */
export class UserView extends PublicUserView implements PublicUser, Partial<AdminUser<Date>> {
  @ApiPropertyOptional({ nullable: true, type: String }) email?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) webhookUrl?: string | null;
  @ApiPropertyOptional() active?: boolean;
  @ApiPropertyOptional() notifyInApp?: boolean;
  @ApiPropertyOptional() notifyEmail?: boolean;
  @ApiPropertyOptional() notifyWebhook?: boolean;
  @ApiPropertyOptional() dailyDigest?: boolean;
  @ApiPropertyOptional() demo?: boolean;
  @ApiPropertyOptional() createdAt?: Date;
  @ApiPropertyOptional() updatedAt?: Date;
  @ApiPropertyOptional() version?: number;
  @ApiPropertyOptional({ type: [Number] }) chainIds?: number[];
}

export class TeamView implements TeamRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: Number }) leaderId: number | null;
  @ApiProperty({ nullable: true, type: String, description: "企业微信/钉钉 style robot URL for the team's reminders" }) webhookUrl: string | null;
  @ApiProperty() demo: boolean;
  @ApiProperty() createdAt: Date;
}

export class AccountView extends PublicUserView implements Account {
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) webhookUrl: string | null;
  @ApiProperty() notifyInApp: boolean;
  @ApiProperty() notifyEmail: boolean;
  @ApiProperty() notifyWebhook: boolean;
  @ApiProperty() dailyDigest: boolean;
  @ApiProperty() version: number;
}

export class ChannelTestResultView implements ChannelTestResult {
  @ApiProperty({ enum: ['in_app', 'email', 'webhook'] }) channel: 'in_app' | 'email' | 'webhook';
  @ApiProperty({ enum: CHANNEL_TEST_OUTCOMES }) outcome: ChannelTestOutcome;
  @ApiProperty({ nullable: true, type: String, description: "The receiver's answer when sent, the error when failed" }) detail: string | null;
}
