import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import { session } from '../providers/session';
import { type Account, accountApi, type ChannelTestResult, fieldErrors } from './accountApi';

const OUTCOME_COLOR = { sent: 'success', failed: 'error', off: 'default', no_address: 'warning', not_configured: 'warning' } as const;

/** 我的账户: name and e-mail, reminder channels with a test message, and the password. */
export function AccountPage() {
  const t = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [account, setAccount] = useState<Account>();
  const [draft, setDraft] = useState<Partial<Account>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [tested, setTested] = useState<ChannelTestResult[]>();

  const load = () => accountApi.get().then((a) => (setAccount(a), setDraft(a)));
  useEffect(() => void load(), []);
  if (!account) return <Loading />;

  const set = (k: keyof Account) => (v: unknown) => setDraft((d) => ({ ...d, [k]: v }));
  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      const { displayName, email, webhookUrl, notifyInApp, notifyEmail, notifyWebhook, dailyDigest } = draft;
      const saved = await accountApi.save({
        version: account.version,
        displayName,
        email: email || null,
        webhookUrl: webhookUrl || null,
        notifyInApp,
        notifyEmail,
        notifyWebhook,
        dailyDigest,
      });
      setAccount(saved);
      setDraft(saved);
      const user = session.user();
      if (user) session.save(session.token()!, { ...user, displayName: saved.displayName });
      await queryClient.invalidateQueries({ queryKey: ['auth', 'getIdentity'] });
      notify('excel.account.saved', { type: 'success' });
    } catch (e) {
      if ((e as { status?: number }).status === 409) {
        await load();
        notify('excel.account.stale', { type: 'warning' });
      } else {
        setErrors(fieldErrors(e));
        notify((e as Error).message, { type: 'error' });
      }
    } finally {
      setBusy(false);
    }
  };
  const sendTest = async () => {
    setBusy(true);
    try {
      setTested(await accountApi.testMessage());
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ p: 2, maxWidth: 880 }}>
      <Title title={t('excel.account.title')} />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <Typography variant="h6" gutterBottom>
              {t('excel.account.profile')}
            </Typography>
            <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
              <TextField label={t('excel.account.username')} value={account.username} disabled size="small" />
              <TextField label={t('excel.account.role')} value={t(`crm.role.${account.role}`)} disabled size="small" />
            </Stack>
            <Stack direction="row" spacing={2}>
              <TextField
                name="displayName"
                label={t('excel.account.display_name')}
                value={draft.displayName ?? ''}
                onChange={(e) => set('displayName')(e.target.value)}
                error={!!errors.displayName}
                helperText={errors.displayName}
                size="small"
                required
              />
              <TextField
                name="email"
                type="email"
                label={t('excel.account.email')}
                value={draft.email ?? ''}
                onChange={(e) => set('email')(e.target.value)}
                error={!!errors.email}
                helperText={errors.email}
                size="small"
                sx={{ minWidth: 280 }}
              />
            </Stack>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <Typography variant="h6">{t('excel.account.channels')}</Typography>
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {t('excel.account.channels_help')}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
              {(['notifyInApp', 'notifyEmail', 'notifyWebhook'] as const).map((k, i) => (
                <FormControlLabel
                  key={k}
                  control={<Checkbox name={k} checked={!!draft[k]} onChange={(e) => set(k)(e.target.checked)} />}
                  label={t(`excel.account.${['in_app', 'by_email', 'by_webhook'][i]}`)}
                />
              ))}
            </Stack>
            <TextField
              name="webhookUrl"
              label={t('excel.account.webhook_url')}
              placeholder="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…"
              value={draft.webhookUrl ?? ''}
              onChange={(e) => set('webhookUrl')(e.target.value)}
              error={!!errors.webhookUrl}
              helperText={errors.webhookUrl}
              size="small"
              fullWidth
              sx={{ my: 1 }}
            />
            <FormControlLabel
              control={<Switch name="dailyDigest" checked={!!draft.dailyDigest} onChange={(e) => set('dailyDigest')(e.target.checked)} />}
              label={t('excel.account.daily_digest')}
            />
            <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
              <Button variant="contained" onClick={save} disabled={busy}>
                {t('excel.account.save')}
              </Button>
              <Button variant="outlined" onClick={sendTest} disabled={busy}>
                {t('excel.account.send_test')}
              </Button>
            </Stack>
            {tested && (
              <Table size="small" sx={{ mt: 2 }} aria-label={t('excel.account.test_title')}>
                <TableBody>
                  {tested.map((r) => (
                    <TableRow key={r.channel} data-channel={r.channel}>
                      <TableCell sx={{ width: 120 }}>{t(`excel.account.channel.${r.channel}`)}</TableCell>
                      <TableCell sx={{ width: 200 }}>
                        <Chip size="small" color={OUTCOME_COLOR[r.outcome]} label={t(`excel.account.outcome.${r.outcome}`)} />
                      </TableCell>
                      <TableCell sx={{ wordBreak: 'break-all', color: 'text.secondary' }}>{r.detail}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
        <PasswordCard />
      </Stack>
    </Box>
  );
}

function PasswordCard() {
  const t = useTranslate();
  const notify = useNotify();
  const [form, setForm] = useState({ current: '', next: '', again: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const mismatch = form.again !== '' && form.again !== form.next;
  const submit = async () => {
    setBusy(true);
    setErrors({});
    try {
      const { accessToken, signedOut } = await accountApi.changePassword(form.current, form.next);
      // Every earlier token is revoked, this one included: continue with the new session's token.
      session.save(accessToken, session.user()!);
      setForm({ current: '', next: '', again: '' });
      notify('excel.account.password_changed', { type: 'success', messageArgs: { count: signedOut } });
    } catch (e) {
      setErrors(fieldErrors(e));
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const field = (k: keyof typeof form, name: string, label: string, error?: string) => (
    <TextField
      name={name}
      type="password"
      autoComplete={k === 'current' ? 'current-password' : 'new-password'}
      label={t(label)}
      value={form[k]}
      onChange={(e) => setForm((f) => ({ ...f, [k]: e.target.value }))}
      error={!!error}
      helperText={error}
      size="small"
      sx={{ flex: '1 1 220px' }}
    />
  );
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {t('excel.account.password')}
        </Typography>
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('excel.account.password_rule')}
        </Alert>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {field('current', 'currentPassword', 'excel.account.current_password', errors.currentPassword)}
          {field('next', 'newPassword', 'excel.account.new_password', errors.newPassword)}
          {field('again', 'confirmPassword', 'excel.account.confirm_password', mismatch ? t('excel.account.password_mismatch') : undefined)}
        </Stack>
        <Button variant="contained" sx={{ mt: 2 }} onClick={submit} disabled={busy || !form.current || !form.next || form.next !== form.again}>
          {t('excel.account.change_password')}
        </Button>
      </CardContent>
    </Card>
  );
}
