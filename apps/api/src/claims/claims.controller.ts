import { Body, Controller, Get, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { ClaimRequestsService, ClaimRequestView, CreateClaimRequestDto, DecideClaimRequestDto, FirmClaimView } from '@crm/claims';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';

/** 首报首谈: a firm's claim as the caller may know it, and transfer / joint-pursuit requests. */
@ApiTags('claims')
@ApiBearerAuth()
@Controller()
export class ClaimsController {
  constructor(private readonly claims: ClaimRequestsService) {}

  @Get('firms/:id/claim')
  @ApiOkResponse({ type: FirmClaimView })
  claimOf(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<FirmClaimView> {
    return this.claims.claimOf(user, id);
  }

  @Get('claim-requests')
  @ApiOkResponse({ type: [ClaimRequestView] })
  @UseInterceptors(ContentRange('claim-requests'))
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>) {
    return this.claims.list(user, query);
  }

  @Get('claim-requests/:id')
  @ApiOkResponse({ type: ClaimRequestView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<ClaimRequestView> {
    return this.claims.get(user, id);
  }

  @Post('claim-requests')
  @ApiCreatedResponse({ type: ClaimRequestView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateClaimRequestDto): Promise<ClaimRequestView> {
    return this.claims.create(user, dto);
  }

  @Post('claim-requests/:id/decision')
  @ApiCreatedResponse({ type: ClaimRequestView })
  decide(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: DecideClaimRequestDto): Promise<ClaimRequestView> {
    return this.claims.decide(user, id, dto);
  }
}
