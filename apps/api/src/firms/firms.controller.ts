import { Body, Controller, Delete, Get, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@crm/auth';
import { CreateFirmDto, FirmsService, UpdateFirmDto } from '@crm/firms';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';

@ApiTags('firms')
@ApiBearerAuth()
@Controller('firms')
export class FirmsController {
  constructor(private readonly firms: FirmsService) {}

  @Get()
  @UseInterceptors(ContentRange('firms'))
  list(@RawQuery() query: Record<string, unknown>) {
    return this.firms.list(query);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: number) {
    return this.firms.get(id);
  }

  @Post()
  @Roles('admin', 'promoter', 'chain_manager')
  create(@Body() dto: CreateFirmDto) {
    return this.firms.create(dto);
  }

  @Put(':id')
  @Roles('admin', 'promoter', 'chain_manager')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateFirmDto) {
    return this.firms.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  remove(@Param('id', IdPipe) id: number) {
    return this.firms.remove(id);
  }
}
