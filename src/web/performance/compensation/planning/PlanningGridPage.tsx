import { Alert, Badge, Button, Group, List, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconSend, IconUsers } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { useMe } from '../../../app/session';
import { compCycleStateTone, toneAlert, toneBadge, toneColor } from '../../../app/statusColors';
import { DownloadMenu } from '../../../components/DownloadMenu';
import { EmptyPanel } from '../../../components/EmptyPanel';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AnchorLink } from '../../../components/links';
import { Page } from '../../../components/Page';
import { QueryView } from '../../../components/QueryView';
import { showToast } from '../../../components/showToast';
import { useIsPhone } from '../../../components/useIsPhone';
import { translateIssue } from '../../../i18n/issues';
import { money } from '../format';
import {
  type BudgetView,
  type Proposal,
  planningCyclesQuery,
  planningKeys,
  proposalsExportHref,
  proposalsQuery,
  type SubmitResult,
  submitProposals,
} from './api';
import { BudgetStrip } from './BudgetStrip';
import { loadedRows } from './gridCache';
import { JustificationModal } from './JustificationModal';
import { type OverBudget, overBudgetOf } from './overBudget';
import classes from './PlanningGrid.module.css';
import { type JustifyRequest, PlanningRow } from './PlanningRow';
import { PromotionModal } from './PromotionModal';

/**
 * The table's least width: what its seven columns need. A 1440 px screen has about 1,130 px beside
 * the navigation, so the grid fits there; narrower, it scrolls inside its box.
 */
const GRID_MIN_WIDTH = 960;

/** The server takes at most this many proposals in one submission. */
const SUBMIT_MAX = 500;

/** Over-budget findings as sentences: pool, scope, whose budget (by the budget view's names), remainder. */
function OverBudgetList({ findings, cycleId }: { findings: OverBudget[]; cycleId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const view = queryClient.getQueryData<BudgetView>(planningKeys.budgets(cycleId));
  const nameOf = (managerId: string) => {
    const found = view?.managers.find((manager) => manager.managerId === managerId);
    return found ? `${found.givenName} ${found.familyName}` : '—';
  };
  return (
    <List size="sm" spacing={2}>
      {findings.map((finding) => (
        <List.Item key={`${finding.pool}-${finding.managerId}-${finding.scope}`}>
          {t('compensation.planning.submit.overBudgetLine', {
            pool: t(`compensation.planning.budget.pools.${finding.pool}`),
            scope: t(`compensation.planning.submit.scope.${finding.scope}`),
            manager: nameOf(finding.managerId),
            remaining: money(finding.remainingMinor, finding.currency),
          })}
        </List.Item>
      ))}
    </List>
  );
}

type Outcome =
  | { kind: 'warned'; findings: OverBudget[]; other: string[] }
  | { kind: 'blocked'; findings: OverBudget[]; message: string }
  | { kind: 'conflict' }
  | { kind: 'failed'; error: unknown };

/**
 * `/performance/comp-planning/$cycleId`: the manager's planning grid (HR: everyone). The budget
 * strip on top, then one row per person, a page of the API's cursor at a time ("Show more"), each
 * row saving itself; "Submit" sends the selected drafts, or all loaded drafts, in one request.
 */
export function PlanningGridPage() {
  const { t } = useTranslation();
  const me = useMe();
  const phone = useIsPhone();
  const queryClient = useQueryClient();
  const { cycleId } = useParams({ from: '/app/performance/comp-planning/$cycleId' });
  const cycles = useQuery(planningCyclesQuery);
  const cycle = cycles.data?.items.find((item) => item.id === cycleId);
  const proposals = useInfiniteQuery(proposalsQuery(cycleId));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [justifying, setJustifying] = useState<JustifyRequest | null>(null);
  const [promoting, setPromoting] = useState<JustifyRequest | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const onSelect = useCallback((participantId: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(participantId);
      else next.delete(participantId);
      return next;
    });
  }, []);
  const onPending = useCallback((participantId: string, on: boolean) => {
    setPending((current) => {
      if (current.has(participantId) === on) return current;
      const next = new Set(current);
      if (on) next.add(participantId);
      else next.delete(participantId);
      return next;
    });
  }, []);

  const rows = loadedRows(proposals.data);
  const rowProps = (row: Proposal) => ({
    row,
    cycleId,
    selected: selected.has(row.participantId),
    onSelect,
    onPending,
    onJustify: setJustifying,
    onPromote: setPromoting,
  });
  // Drafts and proposals sent back: what the planner may (again) submit.
  const drafts = rows.filter((row) => row.abilities.submit);
  const chosen = drafts.filter((row) => selected.has(row.participantId));

  const submit = useMutation({
    mutationFn: (items: Proposal[]) =>
      submitProposals(
        cycleId,
        items.map((row) => ({ participantId: row.participantId, version: row.version })),
      ),
    onSuccess: (result: SubmitResult) => {
      showToast({
        tone: result.warnings.length > 0 ? 'caution' : 'positive',
        message: t('compensation.planning.submit.done', { count: result.submitted }),
      });
      const findings = result.warnings.flatMap((warning) => overBudgetOf(warning.params) ?? []);
      const other = result.warnings
        .filter((warning) => overBudgetOf(warning.params) === null)
        .map((warning) => translateIssue(warning));
      setOutcome(findings.length + other.length > 0 ? { kind: 'warned', findings, other } : null);
      setSelected(new Set());
    },
    onError: (error) => {
      if (isApiError(error, 'invalid_state') && error.reason?.code === 'compProposalOverBudget') {
        const finding = overBudgetOf(error.reason.params);
        setOutcome({
          kind: 'blocked',
          findings: finding ? [finding] : [],
          message: translateIssue(error.reason),
        });
      } else if (isApiError(error, 'version_conflict')) setOutcome({ kind: 'conflict' });
      else setOutcome({ kind: 'failed', error });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: planningKeys.proposals(cycleId) });
      void queryClient.invalidateQueries({ queryKey: planningKeys.budgets(cycleId) });
    },
  });

  const waiting = pending.size > 0;
  const send = (items: Proposal[]) => {
    setOutcome(null);
    submit.mutate(items.slice(0, SUBMIT_MAX));
  };
  const back = <AnchorLink to="/performance/comp-planning">{t('compensation.planning.back')}</AnchorLink>;
  const title = cycle?.name ?? t('compensation.planning.title');

  return (
    <Page
      title={title}
      above={back}
      description={
        cycle ? (
          <Group gap="xs" component="span">
            <Badge {...toneBadge(compCycleStateTone[cycle.state])}>
              {t(`compensation.cycles.states.${cycle.state}`)}
            </Badge>
            {cycle.sandbox ? (
              <Badge {...toneBadge('neutral')}>{t('compensation.planning.sandbox')}</Badge>
            ) : null}
            <Text span size="sm" c="dimmed">
              {t(`compensation.planning.reach.${cycle.reach}`)}
            </Text>
          </Group>
        ) : undefined
      }
    >
      <BudgetStrip cycleId={cycleId} viewerPersonId={me.person?.id ?? null} />
      <section aria-labelledby="grid-heading">
        <Stack gap="sm">
          <Group justify="space-between" align="end" wrap="wrap">
            <Title order={2} size="h4" id="grid-heading">
              {t('compensation.planning.people')}
            </Title>
            <Group gap="xs" wrap="wrap">
              <Button
                variant="default"
                leftSection={<IconSend size={16} aria-hidden />}
                disabled={chosen.length === 0 || waiting}
                loading={submit.isPending}
                onClick={() => send(chosen)}
                data-testid="submit-selected"
              >
                {t('compensation.planning.submit.selected', { count: chosen.length })}
              </Button>
              <Button
                leftSection={<IconSend size={16} aria-hidden />}
                disabled={drafts.length === 0 || waiting}
                loading={submit.isPending}
                onClick={() => send(drafts)}
                data-testid="submit-all"
              >
                {t('compensation.planning.submit.all', { count: drafts.length })}
              </Button>
              {/* Listed in the caller's planning cycles: the grid's door, so the download's. */}
              {cycle ? (
                <DownloadMenu
                  label={t('compensation.planning.download.label')}
                  testId="proposals-download"
                  items={(['csv', 'xlsx'] as const).map((format) => ({
                    label: t(`compensation.planning.download.${format}`),
                    href: proposalsExportHref(cycleId, format),
                    format,
                  }))}
                />
              ) : null}
            </Group>
          </Group>
          {waiting ? (
            <Text size="xs" c="dimmed">
              {t('compensation.planning.submit.pending')}
            </Text>
          ) : null}
          {outcome?.kind === 'warned' ? (
            <Alert
              {...toneAlert('caution')}
              title={t('compensation.planning.submit.warnings')}
              data-testid="submit-warnings"
            >
              <OverBudgetList findings={outcome.findings} cycleId={cycleId} />
              {outcome.other.map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
            </Alert>
          ) : null}
          {outcome?.kind === 'blocked' ? (
            <Alert
              {...toneAlert('negative')}
              role="alert"
              title={t('compensation.planning.submit.blocked')}
              data-testid="submit-blocked"
            >
              {outcome.findings.length > 0 ? (
                <OverBudgetList findings={outcome.findings} cycleId={cycleId} />
              ) : (
                <Text size="sm">{outcome.message}</Text>
              )}
            </Alert>
          ) : null}
          {outcome?.kind === 'conflict' ? (
            <Alert {...toneAlert('negative')} role="alert">
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t('compensation.planning.submit.conflict')}</Text>
                <Button
                  size="xs"
                  color={toneColor.negative}
                  variant="light"
                  onClick={() => void proposals.refetch()}
                >
                  {t('compensation.planning.submit.reloadGrid')}
                </Button>
              </Group>
            </Alert>
          ) : null}
          {outcome?.kind === 'failed' ? <ErrorAlert error={outcome.error} /> : null}
          <QueryView
            query={proposals}
            isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
            empty={
              <EmptyPanel
                icon={<IconUsers size={28} />}
                title={t('compensation.planning.empty.title')}
                description={t('compensation.planning.empty.grid')}
                order={3}
              />
            }
            loadMore
            loadMoreTestId="planning-more"
          >
            {() => (
              <Stack gap={4}>
                {phone ? (
                  <Stack
                    component="ul"
                    gap="xs"
                    className={classes.cards}
                    aria-labelledby="grid-heading"
                    data-testid="planning-grid"
                  >
                    {rows.map((row) => (
                      <PlanningRow key={row.participantId} layout="card" {...rowProps(row)} />
                    ))}
                  </Stack>
                ) : (
                  // Fits a 1440 px screen; narrower, it scrolls in its own box (a focusable region,
                  // so a keyboard can scroll it) with the name column held in place.
                  <Table.ScrollContainer
                    minWidth={GRID_MIN_WIDTH}
                    type="native"
                    style={{ position: 'relative' }}
                    tabIndex={0}
                    role="region"
                    aria-label={t('compensation.planning.people')}
                  >
                    <Table
                      verticalSpacing={6}
                      horizontalSpacing={8}
                      highlightOnHover
                      aria-labelledby="grid-heading"
                      data-testid="planning-grid"
                      className={classes.table}
                    >
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col" className={classes.sticky}>
                            {t('compensation.planning.columns.person')}
                          </Table.Th>
                          <Table.Th scope="col">{t('compensation.planning.columns.payBand')}</Table.Th>
                          <Table.Th scope="col">
                            {t('compensation.planning.columns.ratingGuideline')}
                          </Table.Th>
                          <Table.Th scope="col">{t('compensation.planning.columns.proposal')}</Table.Th>
                          <Table.Th scope="col">{t('compensation.planning.columns.bonus')}</Table.Th>
                          <Table.Th scope="col">{t('compensation.planning.columns.status')}</Table.Th>
                          <Table.Th scope="col">
                            <VisuallyHidden>{t('compensation.planning.columns.actions')}</VisuallyHidden>
                          </Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {rows.map((row) => (
                          <PlanningRow key={row.participantId} layout="row" {...rowProps(row)} />
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                <Text size="xs" c="dimmed">
                  {t('compensation.planning.loaded', { count: rows.length })}
                </Text>
              </Stack>
            )}
          </QueryView>
        </Stack>
      </section>
      <JustificationModal request={justifying} cycleId={cycleId} onClose={() => setJustifying(null)} />
      <PromotionModal request={promoting} cycleId={cycleId} onClose={() => setPromoting(null)} />
    </Page>
  );
}
