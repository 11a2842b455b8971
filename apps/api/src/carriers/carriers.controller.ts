import { Body, Controller, Delete, Get, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@crm/auth';
import { CarriersService, CreateCarrierDto, UpdateCarrierDto } from '@crm/carriers';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';

@ApiTags('carriers')
@ApiBearerAuth()
@Controller('carriers')
export class CarriersController {
  constructor(private readonly carriers: CarriersService) {}

  @Get()
  @UseInterceptors(ContentRange('carriers'))
  list(@RawQuery() query: Record<string, unknown>) {
    return this.carriers.list(query);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: number) {
    return this.carriers.get(id);
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateCarrierDto) {
    return this.carriers.create(dto);
  }

  @Put(':id')
  @Roles('admin')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateCarrierDto) {
    return this.carriers.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  remove(@Param('id', IdPipe) id: number) {
    return this.carriers.remove(id);
  }
}
