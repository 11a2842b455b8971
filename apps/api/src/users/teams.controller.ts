import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';
import { TeamView, UsersService } from '@crm/users';

@ApiTags('users')
@ApiBearerAuth()
@Controller('teams')
export class TeamsController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ListResponse('teams', TeamView)
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<TeamView>> {
    return this.users.listTeams(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: TeamView })
  get(@Param('id', IdPipe) id: number): Promise<TeamView> {
    return this.users.getTeam(id);
  }
}
