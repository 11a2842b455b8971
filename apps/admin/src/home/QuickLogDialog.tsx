import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { ContactQuickForm } from '../resources/targets/ContactQuickForm';
import { TODO_KEY } from './homeApi';

/** 记一笔 from the home page: the target page's quick contact log, in a dialog, for one target. */
export function QuickLogDialog({ target, onClose }: { target: { targetId: number; firmName: string } | null; onClose: () => void }) {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  if (!target) return null;
  const saved = async () => {
    await queryClient.invalidateQueries({ queryKey: TODO_KEY });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="quick-log-title" data-testid="quick-log-dialog">
      <DialogTitle id="quick-log-title">{translate('home.todo.log_for', { firm: target.firmName })}</DialogTitle>
      <DialogContent sx={{ p: 1 }}>
        <ContactQuickForm targetId={target.targetId} onSaved={saved} />
      </DialogContent>
    </Dialog>
  );
}
