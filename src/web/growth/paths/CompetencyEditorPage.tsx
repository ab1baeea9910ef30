import {
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency } from '../../../contracts/paths';
import { isApiError } from '../../api/client';
import { serverFieldErrors } from '../../app/forms';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { competencyQuery, pathKeys, pathsApi, scaleQuery } from './api';
import { PathsErrorAlert } from './PathsErrorAlert';

/** `/growth/library/competencies/$competencyId` ('new' to add one): HR edits a competency. */
export function CompetencyEditorPage() {
  const { t } = useTranslation();
  const { competencyId } = useParams({ strict: false }) as { competencyId: string };
  const isNew = competencyId === 'new';
  const scale = useQuery(scaleQuery());
  const existing = useQuery({ ...competencyQuery(competencyId), enabled: !isNew });
  const back = (
    <AnchorLink to="/growth/library" size="sm">
      {t('paths.library.back')}
    </AnchorLink>
  );
  if (scale.isPending || (!isNew && existing.isPending)) {
    return (
      <Page title={t('paths.editor.competencyTitle')} above={back}>
        <Skeleton h={400} />
      </Page>
    );
  }
  const error = scale.error ?? existing.error;
  if (error) {
    return (
      <Page title={t('paths.editor.competencyTitle')} above={back}>
        <ErrorAlert error={error} />
      </Page>
    );
  }
  return (
    <CompetencyForm
      key={existing.data?.version ?? 'new'}
      competency={isNew ? null : existing.data!}
      scale={scale.data!.levelNames}
      back={back}
    />
  );
}

function CompetencyForm({
  competency,
  scale,
  back,
}: {
  competency: Competency | null;
  scale: string[];
  back: React.ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState(competency?.name ?? '');
  const [category, setCategory] = useState(competency?.category ?? '');
  const [description, setDescription] = useState(competency?.description ?? '');
  const [status, setStatus] = useState(competency?.status ?? 'active');
  const [behaviours, setBehaviours] = useState<string[]>(
    scale.map((_, i) => competency?.behaviours[i] ?? ''),
  );
  const done = (saved: Competency | undefined, message: string) => {
    void queryClient.invalidateQueries({ queryKey: pathKeys.all });
    if (saved) queryClient.setQueryData(pathKeys.competency(saved.id), saved);
    notifications.show({ color: 'brand', message });
    void navigate({ to: '/growth/library' });
  };
  const save = useMutation({
    mutationFn: () => {
      const fields = { name, category, description, behaviours };
      return competency
        ? pathsApi.updateCompetency(competency.id, { ...fields, status, version: competency.version })
        : pathsApi.createCompetency(fields);
    },
    onSuccess: (saved) => done(saved, t('paths.editor.saved')),
    onError: (error) => {
      if (isApiError(error, 'version_conflict') && competency) {
        void queryClient.invalidateQueries({ queryKey: pathKeys.competency(competency.id) });
      }
    },
  });
  const remove = useMutation({
    mutationFn: () => pathsApi.removeCompetency(competency!.id, competency!.version),
    onSuccess: () => done(undefined, t('paths.editor.removed')),
  });
  const { fieldError, hasFieldErrors } = serverFieldErrors(save.error, [
    'validation_failed',
    'already_exists',
  ]);
  const [confirming, setConfirming] = useState(false);
  return (
    <Page
      title={
        competency
          ? t('paths.editor.editCompetency', { name: competency.name })
          : t('paths.editor.newCompetency')
      }
      description={t('paths.editor.competencyLead')}
      above={back}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack maw={760}>
          <Group grow align="flex-start">
            <TextInput
              label={t('paths.library.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={fieldError('name')}
              required
              maxLength={120}
            />
            <TextInput
              label={t('paths.library.category')}
              description={t('paths.editor.categoryHelp')}
              value={category}
              onChange={(event) => setCategory(event.currentTarget.value)}
              maxLength={80}
            />
          </Group>
          <Textarea
            label={t('paths.editor.description')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Paper withBorder p="md">
            <Stack gap="sm">
              <div>
                <Text fw={600}>{t('paths.editor.behaviours')}</Text>
                <Text size="sm" c="dimmed">
                  {t('paths.editor.behavioursHelp')}
                </Text>
              </div>
              {scale.map((levelName, index) => (
                <Textarea
                  key={levelName}
                  label={`${index + 1} · ${levelName}`}
                  value={behaviours[index] ?? ''}
                  onChange={(event) => {
                    const next = [...behaviours];
                    next[index] = event.currentTarget.value;
                    setBehaviours(next);
                  }}
                  error={
                    fieldError(`behaviours.${index}`) ?? (index === 0 ? fieldError('behaviours') : undefined)
                  }
                  required
                  autosize
                  minRows={2}
                  maxLength={1000}
                />
              ))}
            </Stack>
          </Paper>
          {competency ? (
            <Select
              label={t('paths.editor.status')}
              description={t('paths.editor.statusHelp')}
              value={status}
              allowDeselect={false}
              onChange={(value) => value && setStatus(value as 'active' | 'retired')}
              data={[
                { value: 'active', label: t('paths.status.active') },
                { value: 'retired', label: t('paths.status.retired') },
              ]}
              maw={420}
            />
          ) : null}
          {save.isError && !hasFieldErrors ? <PathsErrorAlert error={save.error} /> : null}
          {remove.isError ? <PathsErrorAlert error={remove.error} /> : null}
          <Group justify="space-between">
            {competency?.abilities.remove ? (
              <Button
                variant="subtle"
                color="red"
                onClick={() => setConfirming(true)}
                loading={remove.isPending}
              >
                {t('paths.editor.remove')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="xs">
              <ButtonLink variant="default" to="/growth/library">
                {t('paths.cancel')}
              </ButtonLink>
              <Button type="submit" loading={save.isPending}>
                {t('paths.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('paths.editor.removeTitle')}>
        <Stack>
          <Text size="sm">{t('paths.editor.removeText', { name: competency?.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('paths.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('paths.editor.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Page>
  );
}
