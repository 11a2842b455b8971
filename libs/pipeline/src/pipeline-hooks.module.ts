import { Global, Module } from '@nestjs/common';
import { PipelineHooksRegistry } from './pipeline-hooks';
import { TimelineRegistry } from './timeline';

/**
 * Global so any feature module can inject the registries and register its hooks and timeline
 * sources in onModuleInit.
 */
@Global()
@Module({ providers: [PipelineHooksRegistry, TimelineRegistry], exports: [PipelineHooksRegistry, TimelineRegistry] })
export class PipelineHooksModule {}
