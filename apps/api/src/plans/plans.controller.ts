import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';
import { PlansService, PlanView } from '@crm/plans';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @ListResponse('plans', PlanView)
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<PlanView>> {
    return this.plans.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: PlanView })
  get(@Param('id', IdPipe) id: number): Promise<PlanView> {
    return this.plans.get(id);
  }
}
