import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';
import { CreateKpiTargetDto, KpiTargetsService, KpiTargetView, UpdateKpiTargetDto } from '@crm/kpi';

@ApiTags('kpi-targets')
@ApiBearerAuth()
@Controller('kpi-targets')
export class KpiTargetsController {
  constructor(private readonly kpis: KpiTargetsService) {}

  @Get()
  @ListResponse('kpi-targets', KpiTargetView)
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<KpiTargetView>> {
    return this.kpis.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: KpiTargetView })
  get(@Param('id', IdPipe) id: number): Promise<KpiTargetView> {
    return this.kpis.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: KpiTargetView })
  @Roles('admin', 'chain_manager')
  create(@Body() dto: CreateKpiTargetDto, @CurrentUser() user: AuthUser): Promise<KpiTargetView> {
    return this.kpis.create(dto, user);
  }

  @Put(':id')
  @ApiOkResponse({ type: KpiTargetView })
  @Roles('admin', 'chain_manager')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateKpiTargetDto, @CurrentUser() user: AuthUser): Promise<KpiTargetView> {
    return this.kpis.update(id, dto, user);
  }

  @Delete(':id')
  @ApiOkResponse({ type: KpiTargetView })
  @Roles('admin', 'chain_manager')
  remove(@Param('id', IdPipe) id: number, @CurrentUser() user: AuthUser): Promise<KpiTargetView> {
    return this.kpis.remove(id, user);
  }
}
