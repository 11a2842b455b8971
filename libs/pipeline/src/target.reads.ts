/**
 * What other libraries need from the pipeline's tables (target, landing, stage_change), as plain
 * functions over an EntityManager and SQL fragments. The pipeline owns these tables: chain-map,
 * firms, carriers and claims read them only through here (ESLint refuses `FROM target` elsewhere,
 * see eslint.config.mjs). This file imports nothing but TypeORM types and @crm/time, so libraries the pipeline
 * itself builds on (chain-map, firms, carriers) can import it (`@crm/pipeline/reads`) without a cycle.
 */
import { TIME_ZONE } from '@crm/time';

/** The date a target landed: its landing record, else the day (Shanghai) it entered `landed`. */
export const LANDED_ON_SQL = (alias = 't') =>
  `COALESCE((SELECT l.landed_on FROM landing l WHERE l.target_id = ${alias}.id), (SELECT min(sc.at AT TIME ZONE '${TIME_ZONE}')::date FROM stage_change sc WHERE sc.target_id = ${alias}.id AND sc.to_stage = 'landed'))`;

/** LANDED_ON_SQL for a query that already joins the target's landing (LEFT JOIN landing `landing`): one hash join instead of a lookup per target. */
export const LANDED_ON_JOINED_SQL = (alias = 't', landing = 'l') =>
  `COALESCE(${landing}.landed_on, (SELECT min(sc.at AT TIME ZONE '${TIME_ZONE}')::date FROM stage_change sc WHERE sc.target_id = ${alias}.id AND sc.to_stage = 'landed'))`;
