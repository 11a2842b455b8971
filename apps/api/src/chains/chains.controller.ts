import { Body, Controller, Delete, Get, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ChainsService, CreateChainDto, UpdateChainDto } from '@crm/chain-map';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';

@ApiTags('chains')
@ApiBearerAuth()
@Controller('chains')
export class ChainsController {
  constructor(private readonly chains: ChainsService) {}

  @Get()
  @UseInterceptors(ContentRange('chains'))
  list(@RawQuery() query: Record<string, unknown>) {
    return this.chains.list(query);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: number) {
    return this.chains.get(id);
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateChainDto) {
    return this.chains.create(dto);
  }

  @Put(':id')
  @Roles('admin', 'chain_manager')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateChainDto, @CurrentUser() user: AuthUser) {
    return this.chains.update(id, dto, user);
  }

  @Delete(':id')
  @Roles('admin')
  remove(@Param('id', IdPipe) id: number) {
    return this.chains.remove(id);
  }
}
