import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { AuthEvents } from './auth-events';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginLimiter } from './login-limiter';
import { Team, User, USER_SESSIONS } from '@crm/users';
import { userSessions } from './sessions';

/** Provides users' USER_SESSIONS everywhere: the sessions are auth's, the features that sign users out are not. */
@Global()
@Module({ providers: [{ provide: USER_SESSIONS, useValue: userSessions }], exports: [USER_SESSIONS] })
export class AuthSessionsModule {}

@Module({
  imports: [
    AuthSessionsModule,
    TypeOrmModule.forFeature([User, Team]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwt.secret,
        signOptions: { expiresIn: config.jwt.lifetimeSeconds },
      }),
    }),
  ],
  providers: [AuthService, AuthGuard, LoginLimiter, AuthEvents],
  exports: [AuthService, AuthGuard, AuthEvents, TypeOrmModule],
})
export class AuthModule {}
