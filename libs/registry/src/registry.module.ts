import { Module } from '@nestjs/common';
import { RegistryImportService } from './registry-import.service';

@Module({ providers: [RegistryImportService], exports: [RegistryImportService] })
export class RegistryModule {}
