import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';
import { AdminUserView, CreateUserDto, UpdateUserDto, UsersService, UserView } from '@crm/users';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Everyone may list users for owner pickers; only admins see more than name, role and team. */
  @Get()
  @ListResponse('users', UserView)
  list(@RawQuery() query: Record<string, unknown>, @CurrentUser() user: AuthUser): Promise<ListResult<UserView>> {
    return this.users.list(query, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserView })
  get(@Param('id', IdPipe) id: number, @CurrentUser() user: AuthUser): Promise<UserView> {
    return this.users.get(id, user);
  }

  @Post()
  @ApiCreatedResponse({ type: AdminUserView })
  @Roles('admin')
  create(@Body() dto: CreateUserDto, @CurrentUser() user: AuthUser): Promise<AdminUserView> {
    return this.users.create(dto, user);
  }

  @Put(':id')
  @ApiOkResponse({ type: AdminUserView })
  @Roles('admin')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateUserDto, @CurrentUser() user: AuthUser): Promise<AdminUserView> {
    return this.users.update(id, dto, user);
  }

  /** Disables the account (users are never deleted: their records keep their author). */
  @Delete(':id')
  @ApiOkResponse({ type: AdminUserView })
  @Roles('admin')
  disable(@Param('id', IdPipe) id: number, @CurrentUser() user: AuthUser): Promise<AdminUserView> {
    return this.users.disable(id, user);
  }
}
