import { Body, Controller, Delete, Get, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';
import { CreateKpiTargetDto, KpiTargetsService, UpdateKpiTargetDto } from '@crm/kpi';

@ApiTags('kpi-targets')
@ApiBearerAuth()
@Controller('kpi-targets')
export class KpiTargetsController {
  constructor(private readonly kpis: KpiTargetsService) {}

  @Get()
  @UseInterceptors(ContentRange('kpi-targets'))
  list(@RawQuery() query: Record<string, unknown>) {
    return this.kpis.list(query);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: number) {
    return this.kpis.get(id);
  }

  @Post()
  @Roles('admin', 'chain_manager')
  create(@Body() dto: CreateKpiTargetDto, @CurrentUser() user: AuthUser) {
    return this.kpis.create(dto, user);
  }

  @Put(':id')
  @Roles('admin', 'chain_manager')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateKpiTargetDto, @CurrentUser() user: AuthUser) {
    return this.kpis.update(id, dto, user);
  }

  @Delete(':id')
  @Roles('admin', 'chain_manager')
  remove(@Param('id', IdPipe) id: number, @CurrentUser() user: AuthUser) {
    return this.kpis.remove(id, user);
  }
}
