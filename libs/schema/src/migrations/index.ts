import { Foundation1763700000000 } from './1763700000000-foundation';
import { Pipeline1763700000100 } from './1763700000100-pipeline';

/** Every migration in order, as classes. Add new ones at the end; never edit one that has shipped. */
export const migrations = [Foundation1763700000000, Pipeline1763700000100];
