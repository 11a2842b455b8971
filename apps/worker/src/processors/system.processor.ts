import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { HeartbeatService } from '@crm/ops';
import { dispatch, JobHandlers, QUEUES } from '@crm/queue';
import { Housekeeping } from '../housekeeping';

@Processor(QUEUES.system)
export class SystemProcessor extends WorkerHost {
  readonly handlers: JobHandlers<'system'> = {
    'system.heartbeat': () => this.heartbeat.beat(),
    'system.housekeeping': () => this.housekeeping.run(),
  };

  constructor(
    private readonly heartbeat: HeartbeatService,
    private readonly housekeeping: Housekeeping,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
