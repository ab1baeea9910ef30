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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Competency, competencyInput, updateCompetencyRequest } from '../../../contracts/paths';
import { isApiError } from '../../api/client';
import { toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { showToast } from '../../components/showToast';
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
  const done = (saved: Competency | undefined, message: string) => {
    void queryClient.invalidateQueries({ queryKey: pathKeys.all });
    if (saved) queryClient.setQueryData(pathKeys.competency(saved.id), saved);
    showToast({ tone: 'positive', message });
    void navigate({ to: '/growth/library' });
  };
  const save = useContractForm({
    schema: competency ? updateCompetencyRequest : competencyInput,
    initialValues: {
      name: competency?.name ?? '',
      category: competency?.category ?? '',
      description: competency?.description ?? '',
      status: competency?.status ?? 'active',
      behaviours: scale.map((_, i) => competency?.behaviours[i] ?? ''),
    },
    toRequest: ({ status, ...fields }) =>
      competency ? { ...fields, status, version: competency.version } : fields,
    submit: (body, values) =>
      competency
        ? pathsApi.updateCompetency(competency.id, {
            ...body,
            status: values.status,
            version: competency.version,
          })
        : pathsApi.createCompetency(body),
    onSuccess: (saved) => done(saved, t('paths.editor.saved')),
    onError: (error) => {
      if (isApiError(error, 'version_conflict') && competency) {
        void queryClient.invalidateQueries({ queryKey: pathKeys.competency(competency.id) });
      }
    },
  });
  const input = save.form.getInputProps;
  const remove = useMutation({
    mutationFn: () => pathsApi.removeCompetency(competency!.id, competency!.version),
    onSuccess: () => done(undefined, t('paths.editor.removed')),
  });
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
      <form onSubmit={save.onSubmit} ref={save.formRef} noValidate>
        <Stack maw={760}>
          <Group grow align="flex-start">
            <TextInput label={t('paths.library.name')} required maxLength={120} {...input('name')} />
            <TextInput
              label={t('paths.library.category')}
              description={t('paths.editor.categoryHelp')}
              maxLength={80}
              {...input('category')}
            />
          </Group>
          <Textarea
            label={t('paths.editor.description')}
            autosize
            minRows={2}
            maxLength={2000}
            {...input('description')}
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
                  required
                  autosize
                  minRows={2}
                  maxLength={1000}
                  {...input(`behaviours.${index}`)}
                  error={
                    save.form.errors[`behaviours.${index}`] ??
                    (index === 0 ? save.form.errors.behaviours : undefined)
                  }
                />
              ))}
            </Stack>
          </Paper>
          {competency ? (
            <Select
              label={t('paths.editor.status')}
              description={t('paths.editor.statusHelp')}
              allowDeselect={false}
              {...input('status')}
              data={[
                { value: 'active', label: t('paths.status.active') },
                { value: 'retired', label: t('paths.status.retired') },
              ]}
              maw={420}
            />
          ) : null}
          {save.error ? <PathsErrorAlert error={save.error} /> : null}
          {remove.isError ? <PathsErrorAlert error={remove.error} /> : null}
          <Group justify="space-between">
            {competency?.abilities.remove ? (
              <Button
                variant="subtle"
                color={toneColor.negative}
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
              <Button type="submit" loading={save.pending}>
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
            <Button color={toneColor.negative} loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('paths.editor.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Page>
  );
}
