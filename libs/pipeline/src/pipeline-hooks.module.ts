import { Global, Module } from '@nestjs/common';
import { PipelineHooksRegistry } from './pipeline-hooks';

/** Global so any feature module can inject the registry and register its hooks in onModuleInit. */
@Global()
@Module({ providers: [PipelineHooksRegistry], exports: [PipelineHooksRegistry] })
export class PipelineHooksModule {}
