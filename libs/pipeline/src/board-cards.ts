import type { EntityManager } from 'typeorm';
import type { TargetRow } from './target-query';

/** What another feature adds to each board card, by target id (e.g. the reminders' stale grade). */
export type CardExtras = Map<number, Record<string, unknown>>;

export interface BoardCardSource {
  name: string;
  extras(em: EntityManager, cards: readonly TargetRow[]): Promise<CardExtras>;
}

/**
 * Features that know more about a target than the pipeline (stale grades live with the reminder
 * rules) add it to the board's cards, registered in onModuleInit like timeline sources.
 */
export class BoardCardRegistry {
  private readonly sources: BoardCardSource[] = [];

  register(source: BoardCardSource): void {
    if (this.sources.some((s) => s.name === source.name)) throw new Error(`board card source ${source.name} registered twice`);
    this.sources.push(source);
  }

  async extras(em: EntityManager, cards: readonly TargetRow[]): Promise<CardExtras> {
    const all: CardExtras = new Map();
    if (!cards.length) return all;
    for (const source of this.sources) {
      for (const [id, extra] of await source.extras(em, cards)) all.set(id, { ...all.get(id), ...extra });
    }
    return all;
  }
}
