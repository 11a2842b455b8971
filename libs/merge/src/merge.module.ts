import { Module } from '@nestjs/common';
import { FirmsModule } from '@crm/firms';
import { DuplicateDismissalsService } from './duplicate-dismissals.service';
import { FirmDuplicatesService } from './firm-duplicates.service';
import { FirmMergeService } from './firm-merge.service';

@Module({
  imports: [FirmsModule],
  providers: [FirmMergeService, FirmDuplicatesService, DuplicateDismissalsService],
  exports: [FirmMergeService, FirmDuplicatesService, DuplicateDismissalsService],
})
export class MergeModule {}
