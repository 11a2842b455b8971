// `@crm/pipeline/reads`: the pipeline's tables as other libraries may read them (see target.reads.ts).
export * from './target.reads';
export * from './target-context.reads';
