import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { ChannelTestService } from '@crm/reminders';
import { AccountService, AccountView, ChannelTestResultView, UpdateAccountDto } from '@crm/users';

/** 我的账户: every signed-in user, about themselves only (the password is PUT /api/auth/password). */
@ApiTags('account')
@ApiBearerAuth()
@Controller('account')
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly channelTest: ChannelTestService,
  ) {}

  @Get()
  @ApiOkResponse({ type: AccountView })
  get(@CurrentUser() user: AuthUser): Promise<AccountView> {
    return this.account.get(user);
  }

  @Put()
  @ApiOkResponse({ type: AccountView })
  update(@Body() dto: UpdateAccountDto, @CurrentUser() user: AuthUser): Promise<AccountView> {
    return this.account.update(user, dto);
  }

  /** 发送测试消息: one message through each channel the caller chose, with each channel's outcome. */
  @Post('test-message')
  @ApiOkResponse({ type: [ChannelTestResultView] })
  @HttpCode(200)
  testMessage(@CurrentUser() user: AuthUser): Promise<ChannelTestResultView[]> {
    return this.channelTest.send(user.id);
  }
}
