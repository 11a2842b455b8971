import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsOptionalNotNull, QueryInt } from '@crm/http';

const days = () => (target: object, key: string) => {
  ApiPropertyOptional({ minimum: 1, maximum: 3650 })(target, key);
  IsOptionalNotNull()(target, key);
  IsInt()(target, key);
  Min(1)(target, key);
  Max(3650)(target, key);
};

/** Reminder settings of one plan; absent fields keep their current (or default) value, null is refused. */
export class ReminderRuleDto {
  @ApiPropertyOptional({ description: 'Extra reminder this many hours before due; 0 = none', minimum: 0, maximum: 720 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(720)
  preDueHours?: number;

  @ApiPropertyOptional({ description: 'Escalate an open follow-up this many hours past due', minimum: 0, maximum: 720 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(720)
  escalationGraceHours?: number;

  @days() leadYellowDays?: number;
  @days() leadRedDays?: number;
  @days() contactYellowDays?: number;
  @days() contactRedDays?: number;
  @days() signedYellowDays?: number;
  @days() signedRedDays?: number;
  /** Days past a project milestone's planned date: yellow (owner reminded), then red (escalated). */
  @days() milestoneYellowDays?: number;
  @days() milestoneRedDays?: number;

  @ApiPropertyOptional({ example: '08:30', description: 'Daily digest time, HH:MM Asia/Shanghai' })
  @IsOptionalNotNull()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'digestTime must be HH:MM' })
  digestTime?: string;

  /** Null: the caller read a plan that had no rule of its own (it followed the defaults). */
  @ApiPropertyOptional({ description: 'The version you read; a stale one is refused with 409', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

/** DELETE /api/reminder-rules/plans/:planId?version=N — the version read, when the caller has one. */
export class ReminderRuleResetQuery {
  @ApiPropertyOptional({ description: 'the rule version read; 409 if it has changed since', minimum: 1 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  version?: number;
}
