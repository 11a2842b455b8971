import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { IsOptionalNotNull, Versioned } from '@crm/http';

/** What a user may change about themselves in 我的账户 (never role, team or username). */
export class AccountFields {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  /** 企业微信/钉钉 style robot URL for this user's reminders. */
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
  webhookUrl?: string | null;

  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() notifyInApp?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() notifyEmail?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() notifyWebhook?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() dailyDigest?: boolean;
}

export class UpdateAccountDto extends Versioned(AccountFields) {}
