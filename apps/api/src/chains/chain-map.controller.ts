import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { ChainMapService, ChainMapView } from '@crm/chain-map';
import { IdPipe } from '@crm/http';

@ApiTags('chains')
@ApiBearerAuth()
@Controller('chains')
export class ChainMapController {
  constructor(private readonly chainMap: ChainMapService) {}

  /** Every link with local firms, pipeline counts, coverage and gaps (产业链图谱). */
  @Get(':id/map')
  @ApiOkResponse({ type: ChainMapView })
  map(@Param('id', IdPipe) id: number, @CurrentUser() user: AuthUser): Promise<ChainMapView> {
    return this.chainMap.map(id, user);
  }
}
