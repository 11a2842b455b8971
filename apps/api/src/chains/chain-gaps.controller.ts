import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { ChainGapView, GapListService, GapQueryDto } from '@crm/chain-map';

@ApiTags('chains')
@ApiBearerAuth()
@Controller('chain-gaps')
export class ChainGapsController {
  constructor(private readonly gaps: GapListService) {}

  /** 缺口清单: uncovered links (gap, or only uncontacted leads) across every chain, filterable by plan, chain and action. */
  @Get()
  @ApiOkResponse({ type: [ChainGapView] })
  list(@CurrentUser() user: AuthUser, @Query() q: GapQueryDto) {
    return this.gaps.list(user, q);
  }
}
