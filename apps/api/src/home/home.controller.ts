import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { type Todo, TodoService } from '@crm/reminders';

/** The home page's own data: what the caller has to do today. */
@ApiTags('home')
@ApiBearerAuth()
@Controller('home')
export class HomeController {
  constructor(private readonly todo: TodoService) {}

  /** 我的待办: overdue / today / this week follow-ups on the caller's targets, their stale targets, unread messages. */
  @Get('todo')
  get(@CurrentUser() user: AuthUser): Promise<Todo> {
    return this.todo.forUser(user);
  }
}
