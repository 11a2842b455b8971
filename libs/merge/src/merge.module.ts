import { Module } from '@nestjs/common';
import { FirmsModule } from '@crm/firms';
import { FirmDuplicatesService } from './firm-duplicates.service';
import { FirmMergeService } from './firm-merge.service';

@Module({
  imports: [FirmsModule],
  providers: [FirmMergeService, FirmDuplicatesService],
  exports: [FirmMergeService, FirmDuplicatesService],
})
export class MergeModule {}
