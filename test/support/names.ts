export const TEMPLATE_EMPTY = (runId: string) => `crm_t_${runId}_empty`;
export const TEMPLATE_SEEDED = (runId: string) => `crm_t_${runId}_seeded`;
export const workerDb = (runId: string, worker: number | string) => `crm_t_${runId}_w${worker}`;
export const dbUrl = (name: string) => `${process.env.TEST_PG_SERVER}/${name}`;
