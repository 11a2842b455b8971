import { Body, Controller, Delete, Get, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';
import { CreateUserDto, UpdateUserDto, UsersService } from '@crm/users';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Everyone may list users for owner pickers; only admins see more than name, role and team. */
  @Get()
  @UseInterceptors(ContentRange('users'))
  list(@RawQuery() query: Record<string, unknown>, @CurrentUser() user: AuthUser) {
    return this.users.list(query, user);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: number, @CurrentUser() user: AuthUser) {
    return this.users.get(id, user);
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateUserDto, @CurrentUser() user: AuthUser) {
    return this.users.create(dto, user);
  }

  @Put(':id')
  @Roles('admin')
  update(@Param('id', IdPipe) id: number, @Body() dto: UpdateUserDto, @CurrentUser() user: AuthUser) {
    return this.users.update(id, dto, user);
  }

  /** Disables the account (users are never deleted: their records keep their author). */
  @Delete(':id')
  @Roles('admin')
  disable(@Param('id', IdPipe) id: number, @CurrentUser() user: AuthUser) {
    return this.users.disable(id, user);
  }
}
