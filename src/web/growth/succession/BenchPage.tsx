import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type BenchStrength, slateReadiness } from '../../../contracts/succession';
import { categoricalColor, toneBadge, toneSeries } from '../../app/statusColors';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { benchQuery } from './api';
import { criticalityTone, readinessTone } from './tones';

/** `/growth/succession/bench`: how well the key positions the caller reads are covered. */
export function BenchPage() {
  const { t } = useTranslation();
  const query = useQuery(benchQuery());
  return (
    <Page
      title={t('succession.bench.title')}
      description={t('succession.bench.lead')}
      above={
        <AnchorLink to="/growth/succession" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            {t('succession.backToList')}
          </Group>
        </AnchorLink>
      }
    >
      <QueryView query={query} skeleton={<Skeleton height={320} />} isEmpty={() => false}>
        {(bench) => <Bench bench={bench} />}
      </QueryView>
    </Page>
  );
}

function Bench({ bench }: { bench: BenchStrength }) {
  const { t } = useTranslation();
  if (bench.positionCount === 0) return <Text c="dimmed">{t('succession.bench.noPositions')}</Text>;
  const percent = Math.round((bench.coverage ?? 0) * 100);
  const chart = bench.byCriticality.map((row) => ({
    criticality: t(`succession.criticality.${row.criticality}`),
    positions: row.positions,
    covered: row.covered,
  }));
  return (
    <Stack gap="lg" data-testid="succession-bench">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Paper withBorder p="lg">
          <Text size="sm" c="dimmed">
            {t('succession.bench.coverage')}
          </Text>
          <Text fz={32} fw={700} data-testid="succession-bench-coverage">
            {percent} %
          </Text>
          <Text size="sm">
            {t('succession.bench.coverageValue', {
              covered: bench.coveredCount,
              total: bench.positionCount,
              percent,
            })}
          </Text>
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="bench-readiness">
          <Title order={2} size="h4" id="bench-readiness" mb="xs">
            {t('succession.bench.readinessTitle')}
          </Title>
          <Group gap="sm" data-testid="succession-bench-readiness">
            {slateReadiness.options.map((r) => (
              <Badge key={r} size="lg" {...toneBadge(readinessTone[r])}>
                {t(`succession.readiness.${r}`)}: {bench.byReadiness[r]}
              </Badge>
            ))}
          </Group>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="lg" component="section" aria-labelledby="bench-chart">
        <Title order={2} size="h4" id="bench-chart" mb="sm">
          {t('succession.bench.chartTitle')}
        </Title>
        <div role="img" aria-label={t('succession.bench.chartLabel')}>
          <BarChart
            h={240}
            data={chart}
            dataKey="criticality"
            withLegend
            yAxisProps={{ allowDecimals: false }}
            series={[
              { name: 'positions', label: t('succession.bench.positions'), color: categoricalColor(0) },
              { name: 'covered', label: t('succession.bench.covered'), color: toneSeries('positive') },
            ]}
          />
        </div>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="lg" component="section" aria-labelledby="bench-spof">
          <Title order={2} size="h4" id="bench-spof">
            {t('succession.bench.spofTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('succession.bench.spofLead')}
          </Text>
          {bench.singlePointsOfFailure.length === 0 ? (
            <Text size="sm">{t('succession.bench.spofNone')}</Text>
          ) : (
            <Stack
              gap="xs"
              component="ul"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
              data-testid="succession-bench-spof"
            >
              {bench.singlePointsOfFailure.map((p) => (
                <Group key={p.id} component="li" justify="space-between" wrap="nowrap">
                  <Stack gap={0} miw={0}>
                    <AnchorLink to="/growth/succession/$positionId" params={{ positionId: p.id }}>
                      {p.title}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {t('succession.bench.spofCounts', {
                        successors: p.successorCount,
                        ready: p.readyNowCount,
                      })}
                    </Text>
                  </Stack>
                  <Badge {...toneBadge(criticalityTone[p.criticality])}>
                    {t(`succession.criticality.${p.criticality}`)}
                  </Badge>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="bench-stretched">
          <Title order={2} size="h4" id="bench-stretched">
            {t('succession.bench.stretchedTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('succession.bench.stretchedLead')}
          </Text>
          {bench.stretched.length === 0 ? (
            <Text size="sm">{t('succession.bench.stretchedNone')}</Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {bench.stretched.map((s) => (
                <Group key={s.person.id} component="li" justify="space-between" wrap="nowrap">
                  <Text size="sm">{s.person.displayName}</Text>
                  <Badge {...toneBadge('caution')}>
                    {t('succession.bench.slates', { count: s.slateCount })}
                  </Badge>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
