import { Body, Controller, Get, HttpCode, Ip, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthService, type AuthUser, ChangePasswordDto, ChangePasswordResult, CurrentUser, LoginDto, LoginResult, Public } from '@crm/auth';
import { UserRecordView } from '@crm/users';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResult })
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<LoginResult> {
    return this.auth.login(dto.username, dto.password, ip);
  }

  /** Ends this session: its token is refused from the next request on, in every API process. */
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out' })
  logout(@CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.logout(user);
  }

  /** Changes the caller's own password and signs out every other session of theirs. */
  @ApiBearerAuth()
  @Put('password')
  @ApiOkResponse({ type: ChangePasswordResult })
  changePassword(@Body() dto: ChangePasswordDto, @CurrentUser() user: AuthUser, @Ip() ip: string): Promise<ChangePasswordResult> {
    return this.auth.changePassword(user, dto.currentPassword, dto.newPassword, ip);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOkResponse({ type: UserRecordView })
  me(@CurrentUser() user: AuthUser): Promise<UserRecordView> {
    return this.auth.me(user.id);
  }
}
