import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { pathKeys, pathsApi, scaleQuery } from './api';
import { PathsErrorAlert } from './PathsErrorAlert';

/** The proficiency scale: level names always editable; the count only while nothing uses it. */
export function ScaleEditor() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(scaleQuery());
  const [draft, setDraft] = useState<{ key: number; name: string }[] | null>(null);
  const save = useMutation({
    mutationFn: (levelNames: string[]) =>
      pathsApi.updateScale({ levelNames, version: query.data?.version ?? 0 }),
    onSuccess: (scale) => {
      queryClient.setQueryData(pathKeys.scale, scale);
      void queryClient.invalidateQueries({ queryKey: pathKeys.all });
      setDraft(null);
      showToast({ tone: 'positive', message: t('paths.scale.saved') });
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict'))
        void queryClient.invalidateQueries({ queryKey: pathKeys.scale });
    },
  });
  if (query.isPending) return null;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const scale = query.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="library-scale">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3" id="library-scale">
            {t('paths.scale.title')}
          </Title>
          {draft === null ? (
            <Button
              size="xs"
              variant="default"
              onClick={() => setDraft(scale.levelNames.map((name, key) => ({ key, name })))}
            >
              {t('paths.scale.edit')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t(scale.canChangeCount ? 'paths.scale.leadFree' : 'paths.scale.leadFixed')}
        </Text>
        {draft === null ? (
          <Group gap="xs">
            {scale.levelNames.map((name, index) => (
              <Badge key={name} variant="light" size="lg">
                {index + 1} · {name}
              </Badge>
            ))}
          </Group>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate(draft.map((d) => d.name));
            }}
          >
            <Stack gap="xs">
              {draft.map((level, index) => (
                <Group key={level.key} gap="xs" wrap="nowrap">
                  <TextInput
                    label={t('paths.scale.levelLabel', { n: index + 1 })}
                    value={level.name}
                    onChange={(event) => {
                      const next = [...draft];
                      next[index] = { key: level.key, name: event.currentTarget.value };
                      setDraft(next);
                    }}
                    required
                    maxLength={60}
                    style={{ flex: 1 }}
                  />
                  {scale.canChangeCount && draft.length > 3 ? (
                    <ActionIcon
                      variant="subtle"
                      color={toneColor.negative}
                      mt={24}
                      aria-label={t('paths.scale.removeLevel', { n: index + 1 })}
                      onClick={() => setDraft(draft.filter((_, i) => i !== index))}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  ) : null}
                </Group>
              ))}
              {scale.canChangeCount && draft.length < 6 ? (
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() =>
                    setDraft([...draft, { key: Math.max(0, ...draft.map((d) => d.key)) + 1, name: '' }])
                  }
                  w="fit-content"
                >
                  {t('paths.scale.addLevel')}
                </Button>
              ) : null}
              {save.isError ? <PathsErrorAlert error={save.error} /> : null}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setDraft(null)}>
                  {t('paths.cancel')}
                </Button>
                <Button type="submit" loading={save.isPending}>
                  {t('paths.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
