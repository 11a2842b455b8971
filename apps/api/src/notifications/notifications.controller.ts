import { Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { ContentRange, IdPipe, ListResult, RawQuery } from '@crm/http';
import { MarkedReadDto, NotificationsService, NotificationViewDto, type NotificationView, UnreadCountDto } from '@crm/reminders';

/** The caller's in-app inbox (站内通知). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: [NotificationViewDto] })
  @UseInterceptors(ContentRange('notifications'))
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>): Promise<ListResult<NotificationView>> {
    return this.notifications.list(user, query);
  }

  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@CurrentUser() user: AuthUser): Promise<{ count: number }> {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @ApiOkResponse({ type: MarkedReadDto })
  @HttpCode(200)
  readAll(@CurrentUser() user: AuthUser): Promise<{ updated: number }> {
    return this.notifications.markAllRead(user);
  }

  /** One message of the caller's (a link to it from e-mail or an old page still opens). */
  @Get(':id')
  @ApiOkResponse({ type: NotificationViewDto })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<NotificationView> {
    return this.notifications.get(user, id);
  }

  @Post(':id/read')
  @ApiOkResponse({ type: NotificationViewDto })
  @HttpCode(200)
  read(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<NotificationView> {
    return this.notifications.markRead(user, id);
  }
}
