import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { HeartbeatService } from '@crm/ops';
import { dispatch, JobHandlers, QUEUES } from '@crm/queue';

@Processor(QUEUES.system)
export class SystemProcessor extends WorkerHost {
  readonly handlers: JobHandlers<'system'> = {
    'system.heartbeat': () => this.heartbeat.beat(),
  };

  constructor(private readonly heartbeat: HeartbeatService) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
