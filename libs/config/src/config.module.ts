import { Global, Module } from '@nestjs/common';
import { Clock } from '@crm/time';
import { AppConfig, loadConfig } from './config';

export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({
  // The Clock rides along: every process imports this module once, and tests move the one instance.
  providers: [{ provide: APP_CONFIG, useFactory: (): AppConfig => loadConfig() }, Clock],
  exports: [APP_CONFIG, Clock],
})
export class ConfigModule {}
