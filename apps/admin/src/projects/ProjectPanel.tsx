import { Box, Card, CardContent, Divider, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { Loading, useGetIdentity, useTranslate } from 'react-admin';
import type { TargetCard } from '../providers/dataProvider';
import { formatDateTime, formatNumber } from '../lib/format';
import { Funds } from './Funds';
import { Instructions } from './Instructions';
import { Milestones } from './Milestones';
import { instructionsKey, projectApi, projectKey, type Project } from './projectApi';
import { Years } from './Years';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box sx={{ mt: 2 }}>
    <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
      {title}
    </Typography>
    {children}
  </Box>
);

/**
 * 项目推进 on the target page: once signed, the milestones with their lights, the funds against the
 * signed investment, the yearly actuals; and the leaders' 批示 thread (on any target).
 */
export function ProjectPanel({ target }: { target: TargetCard }) {
  const translate = useTranslate();
  const qc = useQueryClient();
  const { identity } = useGetIdentity();
  const id = Number(target.id);
  const project = useQuery({ queryKey: projectKey(id), queryFn: () => projectApi.get(id) });
  const instructions = useQuery({ queryKey: instructionsKey(id), queryFn: () => projectApi.instructions({ targetId: id }) });
  const role = identity?.role;
  const canWrite = role === 'admin' || role === 'chain_manager' || (role === 'promoter' && identity?.id === target.ownerId);
  const saved = (p: Project) => {
    qc.setQueryData(projectKey(id), p);
    void qc.invalidateQueries({ queryKey: ['targets', 'timeline', String(id)] });
  };
  const refreshInstructions = () => {
    void qc.invalidateQueries({ queryKey: instructionsKey(id) });
    void qc.invalidateQueries({ queryKey: ['targets', 'timeline', String(id)] });
  };
  const p = project.data;
  // From the board's 项目推进 chip (…/show?section=project): bring the panel into view once it has loaded.
  const ref = useRef<HTMLDivElement>(null);
  const wanted = new URLSearchParams(useLocation().search).get('section') === 'project';
  useEffect(() => {
    if (wanted && p) ref.current?.scrollIntoView({ block: 'start' });
  }, [wanted, p]);
  return (
    <Card variant="outlined" sx={{ mt: 2, scrollMarginTop: 64 }} id="project" ref={ref} data-testid="project-panel">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="h6">{translate('signing.project.title')}</Typography>
          {p?.signedAt && (
            <Typography variant="body2" color="text.secondary">
              {translate('signing.project.signed_at', { at: formatDateTime(p.signedAt) })}
            </Typography>
          )}
        </Box>
        {project.isPending ? (
          <Loading />
        ) : !p?.signed ? (
          <Typography variant="body2" color="text.secondary">
            {translate('signing.project.not_signed')}
          </Typography>
        ) : (
          <>
            {p.landing && (
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {translate('signing.project.landing', { carrier: p.landing.carrierName, area: formatNumber(p.landing.area), date: p.landing.landedOn })}
              </Typography>
            )}
            <Section title={translate('signing.project.milestones')}>
              <Milestones
                project={p}
                canWrite={canWrite}
                onSave={async (m, v) =>
                  saved(
                    await projectApi.milestone(id, m.kind, {
                      plannedOn: v.plannedOn as string | null,
                      actualOn: v.actualOn as string | null,
                      version: m.version,
                    }),
                  )
                }
              />
            </Section>
            <Divider sx={{ mt: 2 }} />
            <Section title={translate('signing.project.funds')}>
              <Funds
                project={p}
                canWrite={canWrite}
                onAdd={async (v) => saved(await projectApi.addFund(id, v))}
                onUpdate={async (f, v) => saved(await projectApi.updateFund(id, f.id, { ...v, version: f.version }))}
                onRemove={async (f) => saved(await projectApi.removeFund(id, f))}
              />
            </Section>
            <Divider sx={{ mt: 2 }} />
            <Section title={translate('signing.project.years')}>
              <Years
                project={p}
                canWrite={canWrite}
                onSave={async (v) => {
                  const { year, ...rest } = v;
                  const current = p.years.find((y) => y.year === Number(year));
                  saved(await projectApi.year(id, Number(year), { ...rest, version: current?.version ?? null }));
                }}
              />
            </Section>
          </>
        )}
        <Divider sx={{ mt: 2 }} />
        <Section title={translate('signing.instruction.title')}>
          <Instructions
            items={instructions.data ?? []}
            ownerId={target.ownerId}
            onCreate={async (v) => {
              await projectApi.createInstruction({ ...v, targetId: id });
              refreshInstructions();
            }}
            onReply={async (i, body) => {
              await projectApi.reply(i.id, body);
              refreshInstructions();
            }}
            onClose={async (i) => {
              await projectApi.close(i.id, i.version, null);
              refreshInstructions();
            }}
          />
        </Section>
      </CardContent>
    </Card>
  );
}
