import { Module } from '@nestjs/common';
import { ClaimRequestsService } from './claim-requests.service';
import { FirstClaimHooks } from './first-claim.hooks';

/** 首报首谈: enforced on every new target (a pipeline hook), with transfer and joint-pursuit requests. */
@Module({ providers: [FirstClaimHooks, ClaimRequestsService], exports: [ClaimRequestsService] })
export class ClaimsModule {}
