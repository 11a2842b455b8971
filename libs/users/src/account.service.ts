import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Account, AuthUser } from '@crm/contracts';
import { inTransaction } from '@crm/database';
import { invalidField } from '@crm/http';
import { updateVersioned } from '@crm/audit';
import { UpdateAccountDto } from './account.dto';
import { User } from './user.entity';

/** The caller's own account as 我的账户 shows it. */
export type { Account };

const FIELDS = [
  'id',
  'username',
  'displayName',
  'role',
  'teamId',
  'email',
  'webhookUrl',
  'notifyInApp',
  'notifyEmail',
  'notifyWebhook',
  'dailyDigest',
  'version',
] as const;

/** 我的账户: display name, e-mail, robot URL and reminder preferences of the caller only. */
@Injectable()
export class AccountService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(caller: AuthUser): Promise<Account> {
    const user = await this.db.getRepository(User).findOneByOrFail({ id: caller.id });
    return pick(user);
  }

  async update(caller: AuthUser, dto: UpdateAccountDto): Promise<Account> {
    if (dto.id !== undefined && dto.id !== caller.id) throw invalidField('id', 'invalid', 'id in the body is not yours', '请求体中的 ID 不是当前用户');
    const { version, id: _id, ...changes } = dto;
    const saved = await inTransaction(this.db, (em) => updateVersioned(em, User, caller.id, version, changes, ['user', '用户']));
    return pick(saved);
  }
}

const pick = (u: User): Account => Object.fromEntries(FIELDS.map((f) => [f, u[f]])) as Account;
