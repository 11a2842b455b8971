import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ChainsService, ChainView, CreateChainDto, UpdateChainDto } from '@crm/chain-map';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';

@ApiTags('chains')
@ApiBearerAuth()
@Controller('chains')
export class ChainsController {
  constructor(private readonly chains: ChainsService) {}

  @Get()
  @ListResponse('chains', ChainView)
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<ChainView>> {
    return this.chains.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ChainView })
  get(@Param('id', IdPipe) id: number): Promise<ChainView> {
    return this.chains.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: ChainView })
  @Roles('admin')
  create(@Body() dto: CreateChainDto): Promise<ChainView> {
    return this.chains.create(dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: ChainView })
  @Roles('admin', 'chain_manager')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateChainDto, @CurrentUser() user: AuthUser): Promise<ChainView> {
    return this.chains.update(id, dto, user);
  }

  @Delete(':id')
  @ApiOkResponse({ type: ChainView })
  @Roles('admin')
  remove(@Param('id', IdPipe) id: number): Promise<ChainView> {
    return this.chains.remove(id);
  }
}
