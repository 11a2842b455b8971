import { BOARD_PAGE } from '../config/domain';
import { lazyModule } from '../lib/lazyModule';
import { can } from '../lib/permissions';
import type { BoardColumn, BoardFilters } from '../providers/dataProvider';
import { session } from '../providers/session';
import type { BoardResponse } from '@crm/contracts';
import { API_URL, query } from '../providers/url';

/** The board's code: App's route and the early start below share the one import. */
export const kanbanModule = lazyModule(() => import('./KanbanPage'));

/** An early answer is used only by a board that mounts this soon after the app started. */
const EARLY_MAX_AGE_MS = 15_000;

let early: { columns: Promise<BoardColumn[]>; at: number; value?: BoardColumn[] } | null = null;

const unfiltered = (filters: BoardFilters) => Object.values(filters).every((v) => v === undefined || v === '');
const fresh = (e: typeof early): e is NonNullable<typeof early> => !!e && Date.now() - e.at <= EARLY_MAX_AGE_MS;

const onBoard = (hash: string) => /^#\/pipeline\/?(\?.*)?$/.test(hash);

/**
 * Opening the app on the board: asks for the unfiltered board and fetches the board's chunk while
 * react-admin starts, instead of after the auth check, the layout and the lazy route have rendered.
 * Plain fetch with the stored token; any failure is left to the board's own request.
 */
export function prefetchBoard(hash = window.location.hash): void {
  const token = session.token();
  if (!onBoard(hash) || !token || !can(session.user()?.role, 'list', 'pipeline')) return;
  kanbanModule.load().catch(() => undefined); // the route reports a failure
  const columns = fetch(`${API_URL}/pipeline/board${query({ perColumn: BOARD_PAGE })}`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
  }).then(async (res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return ((await res.json()) as BoardResponse).columns;
  });
  const entry: NonNullable<typeof early> = { columns, at: Date.now() };
  columns.then((value) => (entry.value = value)).catch(() => undefined);
  early = entry;
}

/**
 * The unfiltered board through `fetchBoard`, or the early answer when there is a fresh one (taken
 * once: a refetch, a filter or a later visit asks the API). A failed early request is asked again.
 */
export function boardFirstPage(filters: BoardFilters, fetchBoard: () => Promise<BoardColumn[]>): Promise<BoardColumn[]> {
  const taken = early;
  early = null;
  if (!fresh(taken) || !unfiltered(filters)) return fetchBoard();
  return taken.columns.catch(fetchBoard);
}

/**
 * The early answer if it has already arrived, without taking it: the board shows it on its first
 * render (as placeholder data) while its query settles on the same answer through `boardFirstPage`.
 */
export function arrivedBoard(filters: BoardFilters): BoardColumn[] | undefined {
  return fresh(early) && unfiltered(filters) ? early.value : undefined;
}
