export * from './user.dto';
export * from './users.module';
export * from './users.rules';
export * from './users.service';
export * from './account.dto';
export * from './account.service';
