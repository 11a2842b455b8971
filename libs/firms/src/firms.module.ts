import { Module } from '@nestjs/common';
import { FirmsService } from './firms.service';

@Module({ providers: [FirmsService], exports: [FirmsService] })
export class FirmsModule {}
