import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { type Todo, TodoService } from '@crm/reminders';

const ITEM = {
  type: 'object',
  properties: {
    targetId: { type: 'integer' },
    firmName: { type: 'string' },
    chainName: { type: 'string' },
    chainLinkName: { type: 'string' },
    stage: { type: 'string' },
    dueAt: { type: 'string', format: 'date-time' },
  },
};
/** The OpenAPI shape of Todo (libs/reminders/src/todo.service.ts). */
const TODO_SCHEMA = {
  type: 'object',
  properties: {
    now: { type: 'string', format: 'date-time' },
    followUps: {
      type: 'object',
      properties: { overdue: { type: 'array', items: ITEM }, today: { type: 'array', items: ITEM }, week: { type: 'array', items: ITEM } },
    },
    stale: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          targetId: { type: 'integer' },
          firmName: { type: 'string' },
          stage: { type: 'string' },
          grade: { type: 'string', enum: ['yellow', 'red'] },
          daysIdle: { type: 'integer' },
          lastActivityAt: { type: 'string', format: 'date-time' },
        },
      },
    },
    unread: { type: 'object', properties: { count: { type: 'integer' }, latest: { type: 'array', items: { type: 'object' } } } },
    managedChainIds: { type: 'array', items: { type: 'integer' } },
  },
};

/** The home page's own data: what the caller has to do today. */
@ApiTags('home')
@ApiBearerAuth()
@Controller('home')
export class HomeController {
  constructor(private readonly todo: TodoService) {}

  /** 我的待办: overdue / today / this week follow-ups on the caller's targets, their stale targets, unread messages. */
  @Get('todo')
  @ApiOkResponse({ schema: TODO_SCHEMA })
  get(@CurrentUser() user: AuthUser): Promise<Todo> {
    return this.todo.forUser(user);
  }
}
