import { Body, Controller, Delete, Get, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ChainLinksService, CreateChainLinkDto, UpdateChainLinkDto } from '@crm/chain-map';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';

@ApiTags('chain-links')
@ApiBearerAuth()
@Controller('chain-links')
export class ChainLinksController {
  constructor(private readonly links: ChainLinksService) {}

  @Get()
  @UseInterceptors(ContentRange('chain-links'))
  list(@RawQuery() query: Record<string, unknown>) {
    return this.links.list(query);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: number) {
    return this.links.get(id);
  }

  @Post()
  @Roles('admin', 'chain_manager')
  create(@Body() dto: CreateChainLinkDto, @CurrentUser() user: AuthUser) {
    return this.links.create(dto, user);
  }

  @Put(':id')
  @Roles('admin', 'chain_manager')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateChainLinkDto, @CurrentUser() user: AuthUser) {
    return this.links.update(id, dto, user);
  }

  @Delete(':id')
  @Roles('admin', 'chain_manager')
  remove(@Param('id', IdPipe) id: number, @CurrentUser() user: AuthUser) {
    return this.links.remove(id, user);
  }
}
