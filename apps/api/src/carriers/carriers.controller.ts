import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@crm/auth';
import { CarriersService, CarrierView, CreateCarrierDto, UpdateCarrierDto } from '@crm/carriers';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';

@ApiTags('carriers')
@ApiBearerAuth()
@Controller('carriers')
export class CarriersController {
  constructor(private readonly carriers: CarriersService) {}

  @Get()
  @ListResponse('carriers', CarrierView)
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<CarrierView>> {
    return this.carriers.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: CarrierView })
  get(@Param('id', IdPipe) id: number): Promise<CarrierView> {
    return this.carriers.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: CarrierView })
  @Roles('admin')
  create(@Body() dto: CreateCarrierDto): Promise<CarrierView> {
    return this.carriers.create(dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: CarrierView })
  @Roles('admin')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateCarrierDto): Promise<CarrierView> {
    return this.carriers.update(id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({ type: CarrierView })
  @Roles('admin')
  remove(@Param('id', IdPipe) id: number): Promise<CarrierView> {
    return this.carriers.remove(id);
  }
}
