import { Controller, Get, Param, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';
import { PlansService } from '@crm/plans';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @UseInterceptors(ContentRange('plans'))
  list(@RawQuery() query: Record<string, unknown>) {
    return this.plans.list(query);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: number) {
    return this.plans.get(id);
  }
}
