import { Controller, Get, Param, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';
import { UsersService } from '@crm/users';

@ApiTags('users')
@ApiBearerAuth()
@Controller('teams')
export class TeamsController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @UseInterceptors(ContentRange('teams'))
  list(@RawQuery() query: Record<string, unknown>) {
    return this.users.listTeams(query);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: number) {
    return this.users.getTeam(id);
  }
}
