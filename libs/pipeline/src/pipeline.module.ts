import { Module } from '@nestjs/common';
import { BoardService } from './board.service';
import { ContactLogsService } from './contact-logs.service';
import { TargetsService } from './targets.service';
import { TimelineService } from './timeline.service';
import { TransitionsService } from './transitions.service';

/** Targets, transitions, contact logs, timeline and board. Hooks and timeline registries come from the global PipelineHooksModule. */
@Module({
  providers: [TargetsService, TransitionsService, ContactLogsService, TimelineService, BoardService],
  exports: [TargetsService, TransitionsService, ContactLogsService, TimelineService, BoardService],
})
export class PipelineModule {}
