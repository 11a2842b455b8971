import { useQueryClient } from '@tanstack/react-query';
import { HttpError, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { CrmDataProvider, TargetCard, TransitionBody } from '../providers/dataProvider';
import { isAskForMore } from './moveModel';

export type MoveOutcome =
  | { ok: true; target: TargetCard }
  | { ok: false; conflict: true }
  /** The API wants a reason or stage fields: open (or keep open) the dialog with these field errors. */
  | { ok: false; askMore: true; errors: Record<string, unknown> }
  | { ok: false; failed: true };

/** One POST per move; a 409 says someone else changed the target and reloads what is on screen. */
export function useMoveTarget() {
  const dp = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const queryClient = useQueryClient();

  /** `quiet`: the caller tells the user itself (the board's 撤销 bar). */
  return async (card: Pick<TargetCard, 'id' | 'version'>, body: Omit<TransitionBody, 'version'>, opts: { quiet?: boolean } = {}): Promise<MoveOutcome> => {
    try {
      const target = await dp.transition(card.id, { ...body, version: card.version });
      if (!opts.quiet) notify('crm.pipeline.moved', { type: 'success', messageArgs: { to: translate(`crm.stage.${body.to}`) } });
      await queryClient.invalidateQueries({ queryKey: ['targets'] });
      await queryClient.invalidateQueries({ queryKey: ['pipeline'] });
      return { ok: true, target };
    } catch (e) {
      const err = e as HttpError;
      const body = (err.body ?? {}) as { code?: string; errors?: Record<string, unknown> };
      if (err.status === 409) {
        notify('crm.pipeline.conflict', { type: 'warning' });
        refresh();
        await queryClient.invalidateQueries({ queryKey: ['pipeline'] });
        return { ok: false, conflict: true };
      }
      if (err.status === 400 && isAskForMore(body.code)) {
        return { ok: false, askMore: true, errors: body.errors ?? { root: { serverError: err.message } } };
      }
      notify(err.message || 'ra.notification.http_error', { type: 'error' });
      return { ok: false, failed: true };
    }
  };
}
