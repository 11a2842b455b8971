import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@crm/auth';
import { CreateFirmDto, FirmsService, FirmView, UpdateFirmDto } from '@crm/firms';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';

@ApiTags('firms')
@ApiBearerAuth()
@Controller('firms')
export class FirmsController {
  constructor(private readonly firms: FirmsService) {}

  @Get()
  @ListResponse('firms', FirmView)
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<FirmView>> {
    return this.firms.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: FirmView })
  get(@Param('id', IdPipe) id: number): Promise<FirmView> {
    return this.firms.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: FirmView })
  @Roles('admin', 'promoter', 'chain_manager')
  create(@Body() dto: CreateFirmDto): Promise<FirmView> {
    return this.firms.create(dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: FirmView })
  @Roles('admin', 'promoter', 'chain_manager')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateFirmDto): Promise<FirmView> {
    return this.firms.update(id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({ type: FirmView })
  @Roles('admin')
  remove(@Param('id', IdPipe) id: number): Promise<FirmView> {
    return this.firms.remove(id);
  }
}
