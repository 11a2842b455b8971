import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Card, Chip, Stack, TablePagination, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import type { AddCandidatesResult, CandidateList } from '@crm/contracts';
import { currentLocale } from '../i18n';
import { apiJson } from '../providers/http';
import { CandidateRow } from './CandidateRow';
import { addable, COMPONENT_COLOURS } from './candidatesModel';

const PAGE_SIZES = [10, 20, 50];

/**
 * 候选企业 of one chain link: firms ranked by the fit score, each with its score bar and, opened,
 * every component with its points and the fact it came from; tick several and 加入招商目标.
 */
export default function CandidatesPage() {
  const { linkId } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(20);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [result, setResult] = useState<AddCandidatesResult | null>(null);
  const { data, isPending, error } = useQuery({
    queryKey: ['candidates', linkId, page, perPage],
    queryFn: () => apiJson<CandidateList>(`/chain-links/${linkId}/candidates?skip=${page * perPage}&take=${perPage}`),
    enabled: !!linkId,
  });
  const chosen = data ? addable(selected, data.data) : [];
  const add = useMutation({
    mutationFn: (firmIds: number[]) => apiJson<AddCandidatesResult>(`/chain-links/${linkId}/candidates/targets`, { method: 'POST', body: { firmIds } }),
    onSuccess: (res) => {
      setResult(res);
      setSelected(new Set());
      if (res.created.length) notify(translate('candidates.added', { count: res.created.length }), { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: ['candidates', linkId] });
      void queryClient.invalidateQueries({ queryKey: ['chain-gaps'] });
      void queryClient.invalidateQueries({ queryKey: ['chains', 'map'] });
    },
    onError: (e) => notify((e as Error).message, { type: 'error' }),
  });
  const toggle = (firmId: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(firmId)) next.delete(firmId);
      else next.add(firmId);
      return next;
    });
  const zh = currentLocale() === 'zh-CN';

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }} data-testid="candidates">
      <Title title={translate('candidates.title')} />
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {isPending && <Loading />}
      {data && (
        <>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap', mb: 1 }}>
            <Typography variant="h6" component="h1">
              <span data-value>{data.chainName}</span> · <span data-value>{data.linkName}</span>
            </Typography>
            <Button component={Link} to={`/chain-map/${data.chainId}`} size="small">
              {translate('candidates.back_map')}
            </Button>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('candidates.hint', { count: data.excludedTargeted })}
          </Typography>
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }} data-testid="candidate-weights">
            <Typography variant="caption" sx={{ mr: 0.5 }}>
              {translate(data.weightsFromDefaults ? 'candidates.weights_default' : 'candidates.weights_plan')}:
            </Typography>
            {Object.entries(data.weights).map(([k, v]) => (
              <Chip
                key={k}
                size="small"
                variant="outlined"
                label={`${translate(`candidates.component.${k}`)} ${v}`}
                sx={{ borderColor: COMPONENT_COLOURS[k as keyof typeof COMPONENT_COLOURS] }}
              />
            ))}
          </Stack>
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
            <Typography variant="caption" sx={{ mr: 0.5 }}>
              {translate('candidates.terms')}:
            </Typography>
            {data.terms.map((t) => (
              <Chip
                key={t.text}
                size="small"
                label={
                  <>
                    <span data-value>{t.text}</span> · {translate(`candidates.term_from.${t.from}`)}
                  </>
                }
              />
            ))}
          </Stack>
          {result && result.refused.length > 0 && (
            <Alert severity="warning" sx={{ mb: 2 }} onClose={() => setResult(null)} data-testid="candidate-refused">
              <Typography variant="subtitle2">{translate('candidates.refused_title')}</Typography>
              {result.refused.map((r) => (
                <Typography key={r.firmId} variant="body2">
                  <span data-value>{r.firmName ?? `#${r.firmId}`}</span>: {zh ? r.messageZh : r.message}
                </Typography>
              ))}
            </Alert>
          )}
          <Card variant="outlined">
            <Stack
              direction="row"
              spacing={1}
              useFlexGap
              sx={{
                p: 1.5,
                alignItems: 'center',
                flexWrap: 'wrap',
                borderBottom: 1,
                borderColor: 'divider',
                position: 'sticky',
                top: 0,
                zIndex: 1,
                bgcolor: 'background.paper',
              }}
            >
              <Typography variant="subtitle2" sx={{ flex: 1 }} data-testid="candidate-total">
                {translate('candidates.total', { count: data.total })}
              </Typography>
              {data.mayCreateTarget ? (
                <Button
                  variant="contained"
                  size="small"
                  startIcon={<AddIcon />}
                  disabled={!chosen.length || add.isPending}
                  onClick={() => add.mutate(chosen)}
                  data-testid="candidate-add"
                >
                  {translate('candidates.add', { count: chosen.length })}
                </Button>
              ) : (
                <Typography variant="caption" color="text.secondary">
                  {translate('candidates.no_right')}
                </Typography>
              )}
            </Stack>
            {data.data.length === 0 ? (
              <Alert severity="info" sx={{ m: 2 }}>
                {translate('candidates.none')}
              </Alert>
            ) : (
              data.data.map((c) => (
                <CandidateRow
                  key={c.firmId}
                  candidate={c}
                  selectable={data.mayCreateTarget}
                  selected={selected.has(c.firmId)}
                  onToggle={() => toggle(c.firmId)}
                />
              ))
            )}
            <TablePagination
              component="div"
              count={data.total}
              page={page}
              rowsPerPage={perPage}
              rowsPerPageOptions={PAGE_SIZES}
              onPageChange={(_e, p) => setPage(p)}
              onRowsPerPageChange={(e) => {
                setPerPage(Number(e.target.value));
                setPage(0);
              }}
              labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
              labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
            />
          </Card>
        </>
      )}
    </Box>
  );
}
