import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { AuthModule } from '@crm/auth';
import { QueueModule, QUEUES } from '@crm/queue';
import { AdminQueuesAuth } from './admin-queues.middleware';

/** bull-board (every queue) for admins under /api/admin/queues. */
@Module({ imports: [QueueModule, AuthModule], providers: [AdminQueuesAuth] })
export class AdminQueuesModule implements NestModule {
  constructor(private readonly refs: ModuleRef) {}

  configure(consumer: MiddlewareConsumer): void {
    const board = new ExpressAdapter();
    board.setBasePath('/api/admin/queues');
    const queues = Object.values(QUEUES).map(
      (name) => new BullMQAdapter(this.refs.get<Queue>(getQueueToken(name), { strict: false }), { readOnlyMode: false }),
    );
    // @bull-board/express pins its own copy of @bull-board/api; the adapter interface is the same.
    createBullBoard({ queues, serverAdapter: board as never, options: { uiConfig: { boardTitle: '招商CRM 队列' } } });
    consumer.apply(AdminQueuesAuth, board.getRouter()).forRoutes('admin/queues');
  }
}
