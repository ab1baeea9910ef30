import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconBulb, IconEyeOff, IconStar, IconUsers } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report360 } from '../../../contracts/feedback360';
import { formatDate, formatNumber } from '../../app/format';
import { useMe } from '../../app/session';
import { categoricalColor, type Tone, toneBadge, toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { keys360, reportQuery, writes360 } from './api';
import { NamedManagerSection } from './NamedManagerSection';

const fmt = (n: number | null) => (n === null ? '—' : formatNumber(Math.round(n * 10) / 10));

/** `/growth/360/$requestId/report`: self vs others, strengths, blind spots, comments. */
export function ReportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { requestId } = useParams({ from: '/app/growth/360/$requestId/report' });
  const report = useQuery(reportQuery(requestId));
  const back = (
    <AnchorLink to="/growth/360" size="sm">
      ← {t('feedback360.request.back')}
    </AnchorLink>
  );
  if (report.isPending)
    return (
      <Page title={t('feedback360.report.title')} above={back}>
        <TableSkeleton rows={6} />
      </Page>
    );
  if (report.isError)
    return (
      <Page title={t('feedback360.report.title')} above={back}>
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      </Page>
    );
  const r = report.data;
  const own = me.person?.id === r.subject.id;
  return (
    <Page
      title={
        own ? t('feedback360.report.title') : t('feedback360.report.titleOf', { name: r.subject.displayName })
      }
      above={back}
      description={
        <Text c="dimmed" maw={720}>
          {t('feedback360.report.lead')}{' '}
          {r.closedOn ? t('feedback360.report.closedOn', { date: formatDate(r.closedOn) }) : ''}
        </Text>
      }
      actions={r.abilities.release ? <ReleaseButton report={r} /> : null}
    >
      {!own ? (
        // Grape is the coach's colour, not a status: the coach's note and the coach's release button.
        <Alert color="grape">{t('feedback360.report.coachNote', { name: r.subject.displayName })}</Alert>
      ) : null}
      <Groups report={r} />
      <Chart report={r} />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Callout
          icon={<IconStar size={18} aria-hidden />}
          tone="positive"
          title={t('feedback360.report.strengths')}
          help={
            own
              ? t('feedback360.report.strengthsTextOwn')
              : t('feedback360.report.strengthsText', { name: r.subject.displayName })
          }
          items={r.strengths}
          none={t('feedback360.report.strengthsNone')}
          testId="feedback360-strengths"
        />
        <Callout
          icon={<IconEyeOff size={18} aria-hidden />}
          tone="caution"
          title={t('feedback360.report.blindSpots')}
          help={t('feedback360.report.blindSpotsHelp')}
          items={r.blindSpots}
          none={t('feedback360.report.blindSpotsNone')}
          testId="feedback360-blind-spots"
        />
        <Callout
          icon={<IconBulb size={18} aria-hidden />}
          tone="info"
          title={t('feedback360.report.hiddenStrengths')}
          help={t('feedback360.report.hiddenStrengthsHelp')}
          items={r.hiddenStrengths}
          none={t('feedback360.report.hiddenStrengthsNone')}
          testId="feedback360-hidden-strengths"
        />
      </SimpleGrid>
      <GroupTable report={r} />
      <Comments report={r} own={own} />
      <NamedManagerSection report={r} own={own} />
    </Page>
  );
}

function Groups({ report }: { report: Report360 }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="feedback360-groups">
      <Stack gap="xs">
        <Title order={2} size="h4">
          <IconUsers size={18} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
          {t('feedback360.report.groupsTitle')}
        </Title>
        <Group gap="xs">
          {report.shownGroups.map((g) => (
            <Badge key={g.group} {...toneBadge('positive')} size="lg">
              {t('feedback360.report.shownGroup', {
                group: t(`feedback360.groups.${g.group}`),
                n: g.responses,
              })}
            </Badge>
          ))}
        </Group>
        {report.suppressedGroups.map((g) => (
          <Alert key={g.group} color="gray" variant="light" data-testid="feedback360-suppressed">
            {t('feedback360.report.suppressedGroup', {
              group: t(`feedback360.groups.${g.group}`),
              n: g.threshold,
            })}
          </Alert>
        ))}
      </Stack>
    </Paper>
  );
}

function Chart({ report }: { report: Report360 }) {
  const { t } = useTranslation();
  const data = report.competencies.map((c) => ({
    competency: c.name,
    self: c.self ?? 0,
    others: c.others ?? 0,
  }));
  return (
    <Paper
      withBorder
      p="md"
      component="figure"
      m={0}
      aria-labelledby="f360-chart-title"
      data-testid="feedback360-chart"
    >
      <Title order={2} size="h4" id="f360-chart-title">
        {t('feedback360.report.chartTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('feedback360.report.chartHelp')}
      </Text>
      <BarChart
        h={Math.max(220, 70 * data.length)}
        data={data}
        dataKey="competency"
        orientation="vertical"
        yAxisProps={{ width: 120, interval: 0 }}
        xAxisProps={{ domain: [0, 5], ticks: [1, 2, 3, 4, 5] }}
        withLegend
        series={[
          { name: 'self', label: t('feedback360.report.you'), color: 'gray.5' },
          { name: 'others', label: t('feedback360.report.others'), color: categoricalColor(0) },
        ]}
      />
      <Text component="figcaption" className="visually-hidden">
        {report.competencies
          .map(
            (c) =>
              `${c.name}: ${t('feedback360.report.you')} ${fmt(c.self)}, ${t('feedback360.report.others')} ${fmt(c.others)}`,
          )
          .join('; ')}
      </Text>
    </Paper>
  );
}

function Callout(props: {
  icon: ReactNode;
  tone: Tone;
  title: string;
  help: string;
  items: string[];
  none: string;
  testId: string;
}) {
  return (
    <Paper
      withBorder
      p="md"
      data-testid={props.testId}
      style={{ borderTop: `4px solid var(--mantine-color-${toneColor[props.tone]}-6)` }}
    >
      <Stack gap={6}>
        <Group gap={6}>
          {props.icon}
          <Title order={2} size="h4">
            {props.title}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {props.items.length > 0 ? props.help : props.none}
        </Text>
        {props.items.length > 0 ? (
          <List size="sm">
            {props.items.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </Paper>
  );
}

function GroupTable({ report }: { report: Report360 }) {
  const { t } = useTranslation();
  const groups = report.shownGroups.map((g) => g.group);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('feedback360.report.byGroup')}
      </Title>
      {report.previous?.closedOn ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('feedback360.report.previous', { date: formatDate(report.previous.closedOn) })}
        </Text>
      ) : null}
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('feedback360.report.competency')}</Table.Th>
              <Table.Th scope="col">{t('feedback360.report.self')}</Table.Th>
              {groups.map((g) => (
                <Table.Th key={g} scope="col">
                  {t(`feedback360.groups.${g}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('feedback360.report.othersCol')}</Table.Th>
              <Table.Th scope="col">{t('feedback360.report.gap')}</Table.Th>
              {report.previous ? <Table.Th scope="col">{t('feedback360.report.change')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.competencies.map((c) => (
              <Table.Tr key={c.name}>
                <Table.Th scope="row">{c.name}</Table.Th>
                <Table.Td>{fmt(c.self)}</Table.Td>
                {groups.map((g) => {
                  const cell = c.groups.find((x) => x.group === g);
                  return (
                    <Table.Td key={g}>{cell ? fmt(cell.average) : t('feedback360.report.notShown')}</Table.Td>
                  );
                })}
                <Table.Td fw={600}>{fmt(c.others)}</Table.Td>
                <Table.Td>
                  {c.gap === null || c.gap === 0
                    ? '—'
                    : c.gap > 0
                      ? t('feedback360.report.gapUp', { n: fmt(c.gap) })
                      : t('feedback360.report.gapDown', { n: fmt(-c.gap) })}
                </Table.Td>
                {report.previous ? (
                  <Table.Td>
                    {c.change === null ? '—' : `${c.change > 0 ? '+' : ''}${fmt(c.change)}`}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Comments({ report, own }: { report: Report360; own: boolean }) {
  const { t } = useTranslation();
  const block = (title: string, items: string[]) => (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('feedback360.report.noComments')}
        </Text>
      ) : (
        items.map((text, i) => (
          // Shuffled server-side and unlabeled: position is the only key there is.
          // biome-ignore lint/suspicious/noArrayIndexKey: comments have no identity by design
          <Paper key={i} p="sm" bg="var(--mantine-color-gray-0)" radius="md">
            <Text size="sm">“{text}”</Text>
          </Paper>
        ))
      )}
    </Stack>
  );
  return (
    <Paper withBorder p="md" data-testid="feedback360-comments">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('feedback360.report.comments')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {block(t('feedback360.report.commentsStrengths'), report.comments.strengths)}
          {block(t('feedback360.report.commentsSuggestions'), report.comments.suggestions)}
        </SimpleGrid>
        {own && (report.selfComments.strengths || report.selfComments.suggestions) ? (
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('feedback360.report.yourNotes')}
            </Title>
            {[report.selfComments.strengths, report.selfComments.suggestions].filter(Boolean).map((text) => (
              <Text key={text} size="sm" c="dimmed">
                {text}
              </Text>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

function ReleaseButton({ report }: { report: Report360 }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const release = useMutation({
    mutationFn: () => writes360.action(report.requestId, 'release', report.version),
    onSuccess: () => {
      showToast({ tone: 'positive', message: t('feedback360.report.released') });
      void queryClient.invalidateQueries({ queryKey: keys360.all });
    },
  });
  return (
    // The coach releases the report: the coach's grape, as on the note above.
    <Button color="grape" onClick={() => release.mutate()} loading={release.isPending}>
      {t('feedback360.report.release', { name: report.subject.displayName })}
    </Button>
  );
}
