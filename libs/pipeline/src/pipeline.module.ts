import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@crm/idempotency';
import { BoardService } from './board.service';
import { ContactLogsService } from './contact-logs.service';
import { TargetsService } from './targets.service';
import { TimelineService } from './timeline.service';
import { TransitionsService } from './transitions.service';

/** Targets, transitions, contact logs, timeline and board. Hooks and timeline registries come from the global PipelineHooksModule. */
@Module({
  imports: [IdempotencyModule],
  providers: [TargetsService, TransitionsService, ContactLogsService, TimelineService, BoardService],
  exports: [TargetsService, TransitionsService, ContactLogsService, TimelineService, BoardService],
})
export class PipelineModule {}
