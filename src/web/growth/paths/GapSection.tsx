import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, List, Paper, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapAnalysis, PersonPath } from '../../../contracts/paths';
import { formatNumber } from '../../app/format';
import { categoricalColor } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { QueryView } from '../../components/QueryView';
import { gapQuery, trackQuery, tracksQuery } from './api';
import { levelName } from './levels';

/**
 * Gap analysis: expected vs self vs manager per competency as a bar chart, the biggest gaps in plain
 * words, and a picker to compare against any level of any track instead of the next one.
 */
export function GapSection({ path, own }: { path: PersonPath; own: boolean }) {
  const { t } = useTranslation();
  const [trackId, setTrackId] = useState<string | null>(null);
  const [levelId, setLevelId] = useState<string | null>(null);
  const gap = useQuery(gapQuery(path.person.id, levelId));
  const tracks = useQuery(tracksQuery('active', 1, 100));
  const track = useQuery({ ...trackQuery(trackId ?? ''), enabled: trackId !== null });
  return (
    <Stack gap="sm" component="section" aria-labelledby="paths-gap">
      <Title order={2} size="h3" id="paths-gap">
        {t('paths.gap.title')}
      </Title>
      <Text c="dimmed" size="sm" maw={720}>
        {t('paths.gap.lead')}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('paths.gap.compareTrack')}
          placeholder={t('paths.gap.nextLevel')}
          data={(tracks.data?.items ?? []).map((tr) => ({ value: tr.id, label: tr.name }))}
          value={trackId}
          onChange={(value) => {
            setTrackId(value);
            setLevelId(null);
          }}
          clearable
          w={{ base: '100%', xs: 240 }}
        />
        <Select
          label={t('paths.gap.compareLevel')}
          placeholder={trackId ? t('paths.gap.chooseLevel') : t('paths.gap.nextLevel')}
          data={(track.data?.levels ?? []).map((l) => ({ value: l.id, label: l.name }))}
          value={levelId}
          onChange={setLevelId}
          disabled={!trackId}
          clearable
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      <QueryView
        query={gap}
        skeleton={<Skeleton h={260} />}
        isEmpty={(data) => data.target === null || data.rows.length === 0}
        empty={(data) => (
          <EmptyPanel
            icon={<IconChartBar size={28} />}
            title={t('paths.gap.empty.title')}
            description={t(
              data.target === null ? 'paths.gap.empty.noTarget' : 'paths.gap.empty.noExpectations',
            )}
            order={3}
          />
        )}
      >
        {(data) => <GapChart gap={data} scale={path.scale} own={own} />}
      </QueryView>
    </Stack>
  );
}

function GapChart({ gap, scale, own }: { gap: GapAnalysis; scale: string[]; own: boolean }) {
  const { t } = useTranslation();
  const data = gap.rows.map((r) => ({
    competency: r.name,
    expected: r.expectedLevel,
    self: r.selfLevel ?? 0,
    manager: r.managerLevel ?? 0,
  }));
  const selfLabel = t(own ? 'paths.gap.you' : 'paths.gap.self');
  const summary = gap.rows
    .map(
      (r) =>
        `${r.name}: ${t('paths.gap.expected')} ${levelName(scale, r.expectedLevel)}, ${selfLabel} ${levelName(scale, r.selfLevel)}, ${t('paths.gap.manager')} ${levelName(scale, r.managerLevel)}`,
    )
    .join('; ');
  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="figure" m={0}>
        <Text fw={600} mb="xs">
          {t('paths.gap.against', { track: gap.target?.track.name, level: gap.target?.level.name })}
        </Text>
        <BarChart
          h={Math.max(240, 64 * data.length)}
          data={data}
          dataKey="competency"
          orientation="vertical"
          yAxisProps={{ width: 130, interval: 0 }}
          xAxisProps={{ domain: [0, scale.length], ticks: scale.map((_, i) => i + 1) }}
          withLegend
          series={[
            // Categories, not statuses nor the Now/Next track colours (app/statusColors.ts).
            { name: 'expected', label: t('paths.gap.expected'), color: categoricalColor(6) },
            { name: 'self', label: selfLabel, color: categoricalColor(1) },
            { name: 'manager', label: t('paths.gap.manager'), color: categoricalColor(0) },
          ]}
        />
        <Text component="figcaption" className="visually-hidden">
          {summary}
        </Text>
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t('paths.gap.biggest')}
        </Title>
        {gap.biggestGaps.length === 0 ? (
          <Text size="sm">{t('paths.gap.noGaps')}</Text>
        ) : (
          <List spacing="xs" size="sm" data-testid="paths-biggest-gaps">
            {gap.biggestGaps.map((g) => {
              const row = gap.rows.find((r) => r.competencyId === g.competencyId)!;
              return (
                <List.Item key={g.competencyId}>
                  <Text span fw={600}>
                    {g.name}
                  </Text>
                  {': '}
                  {t('paths.gap.sentence', {
                    expected: levelName(scale, row.expectedLevel),
                    count: Math.ceil(g.gap),
                    levels: formatNumber(g.gap),
                  })}
                </List.Item>
              );
            })}
          </List>
        )}
        {gap.unassessed > 0 ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t('paths.gap.unassessed', { count: gap.unassessed })}
          </Text>
        ) : null}
      </Paper>
    </Stack>
  );
}
