import { Queue, Worker } from 'bullmq';
import { redisOptions } from '@crm/queue';

export interface QueueFloor {
  jobs: number;
  concurrency: number;
  seconds: number;
  jobsPerSecond: number;
}

/**
 * The queue's floor: how many no-op jobs per second one BullMQ worker processes on this Redis,
 * at the worker's configured concurrency. Jobs are enqueued first (addBulk), then the clock runs
 * from the worker's start until the last job completes.
 */
export async function measureQueueFloor(redisUrl: string, prefix: string, jobs: number, concurrency: number): Promise<QueueFloor> {
  const connection = redisOptions(redisUrl);
  const queue = new Queue('bench-noop', { connection, prefix });
  for (let i = 0; i < jobs; i += 1000) {
    await queue.addBulk(Array.from({ length: Math.min(1000, jobs - i) }, (_, k) => ({ name: 'noop', data: { n: i + k }, opts: { removeOnComplete: true } })));
  }
  let done = 0;
  let t0 = 0;
  const finished = new Promise<number>((res) => {
    const worker = new Worker('bench-noop', async () => undefined, { connection, prefix, concurrency, autorun: false });
    worker.on('completed', () => {
      if (++done === jobs) {
        const elapsed = (performance.now() - t0) / 1000;
        void worker.close().then(() => res(elapsed));
      }
    });
    t0 = performance.now();
    void worker.run();
  });
  const seconds = await finished;
  await queue.obliterate({ force: true });
  await queue.close();
  return { jobs, concurrency, seconds: Math.round(seconds * 100) / 100, jobsPerSecond: Math.round(jobs / seconds) };
}
