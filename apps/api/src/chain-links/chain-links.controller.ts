import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ChainLinksService, ChainLinkView, CreateChainLinkDto, UpdateChainLinkDto } from '@crm/chain-map';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';

@ApiTags('chain-links')
@ApiBearerAuth()
@Controller('chain-links')
export class ChainLinksController {
  constructor(private readonly links: ChainLinksService) {}

  @Get()
  @ListResponse('chain-links', ChainLinkView)
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<ChainLinkView>> {
    return this.links.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ChainLinkView })
  get(@Param('id', IdPipe) id: number): Promise<ChainLinkView> {
    return this.links.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: ChainLinkView })
  @Roles('admin', 'chain_manager')
  create(@Body() dto: CreateChainLinkDto, @CurrentUser() user: AuthUser): Promise<ChainLinkView> {
    return this.links.create(dto, user);
  }

  @Put(':id')
  @ApiOkResponse({ type: ChainLinkView })
  @Roles('admin', 'chain_manager')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateChainLinkDto, @CurrentUser() user: AuthUser): Promise<ChainLinkView> {
    return this.links.update(id, dto, user);
  }

  @Delete(':id')
  @ApiOkResponse({ type: ChainLinkView })
  @Roles('admin', 'chain_manager')
  remove(@Param('id', IdPipe) id: number, @CurrentUser() user: AuthUser): Promise<ChainLinkView> {
    return this.links.remove(id, user);
  }
}
