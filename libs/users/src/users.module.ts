import { Module } from '@nestjs/common';
import { AccountService } from './account.service';
import { UsersService } from './users.service';

@Module({ providers: [UsersService, AccountService], exports: [UsersService, AccountService] })
export class UsersModule {}
