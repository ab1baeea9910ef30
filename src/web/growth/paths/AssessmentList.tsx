import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconShare } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonPath } from '../../../contracts/paths';
import { showToast } from '../../components/showToast';
import { AssessModal } from './AssessModal';
import { pathKeys, pathsApi } from './api';

type Row = PersonPath['assessments'][number];

/** Every competency with the assessments the caller may see, grouped by category. */
export function AssessmentList({ path, own }: { path: PersonPath; own: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<{ row: Row; mode: 'self' | 'manager' } | null>(null);
  const share = useMutation({
    mutationFn: (sharedWithManager: boolean) => pathsApi.shareAll(path.person.id, sharedWithManager),
    onSuccess: (updated, sharedWithManager) => {
      queryClient.setQueryData(pathKeys.person(path.person.id), updated);
      showToast({
        tone: 'positive',
        message: t(sharedWithManager ? 'paths.list.sharedAll' : 'paths.list.unsharedAll'),
      });
    },
  });
  const categories = [
    ...new Set(path.assessments.map((a) => a.competency.category || t('paths.list.uncategorised'))),
  ];
  const assessed = path.assessments.filter((a) => a.self).length;
  return (
    <Stack gap="sm" component="section" aria-labelledby="paths-assessments">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" id="paths-assessments">
            {t('paths.list.title')}
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t(own ? 'paths.list.leadOwn' : 'paths.list.leadManager', { name: path.person.displayName })}
          </Text>
        </div>
        {own && assessed > 0 ? (
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              leftSection={<IconShare size={14} aria-hidden />}
              onClick={() => share.mutate(true)}
              loading={share.isPending && share.variables}
            >
              {t('paths.list.shareAll')}
            </Button>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconLock size={14} aria-hidden />}
              onClick={() => share.mutate(false)}
              loading={share.isPending && !share.variables}
            >
              {t('paths.list.unshareAll')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {own ? (
        <Text size="sm" aria-live="polite">
          {t('paths.list.progress', { done: assessed, total: path.assessments.length })}
        </Text>
      ) : null}
      {categories.map((category) => (
        <Stack key={category} gap="xs">
          <Title order={3} size="h5" c="dimmed" tt="uppercase">
            {category}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {path.assessments
              .filter((a) => (a.competency.category || t('paths.list.uncategorised')) === category)
              .map((row) => (
                <CompetencyCard
                  key={row.competency.id}
                  row={row}
                  path={path}
                  own={own}
                  onAssess={(mode) => setEditing({ row, mode })}
                />
              ))}
          </SimpleGrid>
        </Stack>
      ))}
      {editing ? (
        <AssessModal path={path} row={editing.row} mode={editing.mode} onClose={() => setEditing(null)} />
      ) : null}
    </Stack>
  );
}

function CompetencyCard({
  row,
  path,
  own,
  onAssess,
}: {
  row: Row;
  path: PersonPath;
  own: boolean;
  onAssess: (mode: 'self' | 'manager') => void;
}) {
  const { t } = useTranslation();
  const level = (n: number) => `${n} · ${path.scale[n - 1] ?? ''}`;
  const retired = row.competency.status === 'retired';
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={row.competency.name}
      data-testid="paths-competency"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{row.competency.name}</Text>
          {retired ? <Badge color="gray">{t('paths.list.retired')}</Badge> : null}
        </Group>
        <Group gap="xs">
          <Text size="sm" c="dimmed" w={90}>
            {t(own ? 'paths.gap.you' : 'paths.gap.self')}
          </Text>
          {row.self ? (
            <>
              <Badge color="brand" variant="light">
                {level(row.self.assessedLevel)}
              </Badge>
              {own ? (
                <Badge color={row.self.sharedWithManager ? 'indigo' : 'gray'} variant="outline" size="sm">
                  {t(row.self.sharedWithManager ? 'paths.list.shared' : 'paths.list.private')}
                </Badge>
              ) : null}
            </>
          ) : (
            <Text size="sm">{t(own ? 'paths.list.notYet' : 'paths.list.notShared')}</Text>
          )}
        </Group>
        {row.self?.assessmentEvidence ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {row.self.assessmentEvidence}
          </Text>
        ) : null}
        <Group gap="xs">
          <Text size="sm" c="dimmed" w={90}>
            {t('paths.gap.manager')}
          </Text>
          {row.manager ? (
            <Badge color="indigo" variant="light">
              {level(row.manager.assessedLevel)}
            </Badge>
          ) : (
            <Text size="sm">{t('paths.list.noManager')}</Text>
          )}
        </Group>
        {row.manager?.assessmentEvidence ? (
          <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
            {row.manager.assessmentEvidence}
            {row.manager.authorName ? ` — ${row.manager.authorName}` : ''}
          </Text>
        ) : null}
        {!retired && (path.abilities.selfAssess || path.abilities.managerAssess) ? (
          <Group gap="xs" mt={4}>
            {path.abilities.selfAssess ? (
              <Button size="xs" variant={row.self ? 'default' : 'filled'} onClick={() => onAssess('self')}>
                {t(row.self ? 'paths.list.editSelf' : 'paths.list.assessSelf')}
                <span className="visually-hidden">: {row.competency.name}</span>
              </Button>
            ) : null}
            {path.abilities.managerAssess ? (
              <Button
                size="xs"
                variant={row.manager ? 'default' : 'filled'}
                onClick={() => onAssess('manager')}
              >
                {t(row.manager ? 'paths.list.editManager' : 'paths.list.assessManager')}
                <span className="visually-hidden">: {row.competency.name}</span>
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
