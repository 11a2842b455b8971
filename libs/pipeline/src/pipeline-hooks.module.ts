import { Global, Module } from '@nestjs/common';
import { BoardCardRegistry } from './board-cards';
import { PipelineHooksRegistry } from './pipeline-hooks';
import { TimelineRegistry } from './timeline';

/**
 * Global so any feature module can inject the registries and register its hooks, timeline
 * sources and board card extras in onModuleInit.
 */
@Global()
@Module({ providers: [PipelineHooksRegistry, TimelineRegistry, BoardCardRegistry], exports: [PipelineHooksRegistry, TimelineRegistry, BoardCardRegistry] })
export class PipelineHooksModule {}
