import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { ClaimRequestShape, FirmClaim } from '@crm/contracts';
import { CLAIM_REQUEST_KINDS, type ClaimRequestKind, type ClaimRequestState } from './first-claim.rules';

export class CreateClaimRequestDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  firmId: number;

  @ApiProperty({ enum: CLAIM_REQUEST_KINDS, description: 'transfer: take the pursuit over; joint: pursue it alongside (联合跟进)' })
  @IsIn(CLAIM_REQUEST_KINDS)
  kind: ClaimRequestKind;

  @ApiProperty({ description: 'Why (shown to the chain manager who decides)' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  reason: string;
}

export class DecideClaimRequestDto {
  @ApiProperty({ description: 'true grants, false refuses' })
  @IsDefined()
  @IsBoolean()
  grant: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @ApiProperty({ description: 'The version the caller read; a stale one gets 409' })
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version: number;
}

/** What anyone may know of a firm's claim: whether it is held, by the caller or not, and since when — never by whom. */
export class FirmClaimView implements FirmClaim {
  @ApiProperty() firmId: number;
  @ApiProperty({ description: 'Some team pursues the firm (a target not 流失)' }) claimed: boolean;
  @ApiProperty({ description: "The caller's team (or the caller) holds it" }) mine: boolean;
  @ApiProperty({ description: "The caller's team was granted joint pursuit" }) joint: boolean;
  @ApiProperty({ nullable: true, type: String, description: '首报 date (YYYY-MM-DD, Asia/Shanghai)' }) firstClaimedOn: string | null;
  @ApiProperty({ nullable: true, type: Number, description: "The caller's pending request, if any" }) pendingRequestId: number | null;
}

export class ClaimRequestView implements ClaimRequestShape<Date> {
  @ApiProperty() id: number;
  @ApiProperty() firmId: number;
  @ApiProperty() firmName: string;
  @ApiProperty() kind: ClaimRequestKind;
  @ApiProperty() state: ClaimRequestState;
  @ApiProperty() requesterId: number;
  @ApiProperty() requesterName: string;
  @ApiProperty() reason: string;
  @ApiProperty({ nullable: true, type: String }) firstClaimedOn: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Holder (team or person): shown only to those who decide' }) holderName: string | null;
  @ApiProperty({ nullable: true, type: Number }) decidedById: number | null;
  @ApiProperty({ nullable: true, type: String }) decidedByName: string | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) decisionNote: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'The caller may grant or refuse it' }) canDecide: boolean;
}
