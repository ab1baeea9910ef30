import {
  Accordion,
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type Competency, type Track, updateTrackRequest } from '../../../contracts/paths';
import { isApiError } from '../../api/client';
import { toneColor } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { AnchorLink, ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { showToast } from '../../components/showToast';
import { competenciesQuery, orgLevelsQuery, pathKeys, pathsApi, scaleQuery, trackQuery } from './api';
import { PathsErrorAlert } from './PathsErrorAlert';

interface DraftLevel {
  key: string;
  id?: string;
  name: string;
  summary: string;
  orgLevelId: string | null;
  expectations: Record<string, number>;
}

let draftKey = 0;
const toDraft = (track: Track): DraftLevel[] =>
  track.levels.map((l) => ({
    key: l.id,
    id: l.id,
    name: l.name,
    summary: l.summary,
    orgLevelId: l.orgLevelId,
    expectations: Object.fromEntries(l.expectations.map((e) => [e.competencyId, e.expectedLevel])),
  }));

/** `/growth/library/tracks/$trackId`: HR edits a track's ordered levels and their expectations. */
export function TrackEditorPage() {
  const { t } = useTranslation();
  const { trackId } = useParams({ strict: false }) as { trackId: string };
  const track = useQuery(trackQuery(trackId));
  const scale = useQuery(scaleQuery());
  const competencies = useQuery(competenciesQuery('active', 1, 100));
  const orgLevels = useQuery(orgLevelsQuery());
  const back = (
    <AnchorLink to="/growth/library" size="sm">
      {t('paths.library.back')}
    </AnchorLink>
  );
  const error = track.error ?? scale.error ?? competencies.error ?? orgLevels.error;
  if (error) {
    return (
      <Page title={t('paths.editor.trackTitle')} above={back}>
        <ErrorAlert error={error} />
      </Page>
    );
  }
  if (!track.data || !scale.data || !competencies.data || !orgLevels.data) {
    return (
      <Page title={t('paths.editor.trackTitle')} above={back}>
        <Skeleton h={400} />
      </Page>
    );
  }
  return (
    <TrackForm
      key={track.data.version}
      track={track.data}
      scale={scale.data.levelNames}
      competencies={competencies.data.items}
      orgLevels={orgLevels.data.items}
      back={back}
    />
  );
}

function TrackForm({
  track,
  scale,
  competencies,
  orgLevels,
  back,
}: {
  track: Track;
  scale: string[];
  competencies: Competency[];
  orgLevels: { id: string; code: string; name: string }[];
  back: React.ReactNode;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: updateTrackRequest,
    initialValues: {
      name: track.name,
      description: track.description,
      status: track.status,
      levels: toDraft(track),
    },
    toRequest: (values) => ({
      name: values.name,
      description: values.description,
      status: values.status,
      version: track.version,
      levels: values.levels.map((l) => ({
        id: l.id,
        name: l.name,
        summary: l.summary,
        orgLevelId: l.orgLevelId,
        expectations: Object.entries(l.expectations).map(([competencyId, expectedLevel]) => ({
          competencyId,
          expectedLevel,
        })),
      })),
    }),
    submit: (body) => pathsApi.updateTrack(track.id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(pathKeys.track(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: pathKeys.all });
      showToast({ tone: 'positive', message: t('paths.editor.trackSaved') });
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict'))
        void queryClient.invalidateQueries({ queryKey: pathKeys.track(track.id) });
    },
  });
  const levels = form.form.getValues().levels;
  const setLevels = (next: DraftLevel[]) => form.form.setFieldValue('levels', next);
  const input = form.form.getInputProps;
  const update = (index: number, patch: Partial<DraftLevel>) =>
    setLevels(levels.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  const move = (index: number, by: number) =>
    form.form.reorderListItem('levels', { from: index, to: index + by });
  const levelOptions = [
    { value: '', label: t('paths.editor.notExpected') },
    ...scale.map((s, i) => ({ value: String(i + 1), label: `${i + 1} · ${s}` })),
  ];
  return (
    <Page
      title={t('paths.editor.editTrack', { name: track.name })}
      description={t('paths.editor.trackLead')}
      above={back}
    >
      <form onSubmit={form.onSubmit} ref={form.formRef} noValidate>
        <Stack maw={900}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('paths.library.name')} required maxLength={120} {...input('name')} />
            <Select
              label={t('paths.editor.status')}
              allowDeselect={false}
              {...input('status')}
              data={[
                { value: 'active', label: t('paths.status.active') },
                { value: 'retired', label: t('paths.status.retired') },
              ]}
            />
          </SimpleGrid>
          <Textarea
            label={t('paths.editor.description')}
            autosize
            minRows={2}
            maxLength={2000}
            {...input('description')}
          />
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={2} size="h3">
                {t('paths.editor.levels')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('paths.editor.levelsHelp')}
              </Text>
            </div>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                setLevels([
                  ...levels,
                  { key: `new-${++draftKey}`, name: '', summary: '', orgLevelId: null, expectations: {} },
                ])
              }
            >
              {t('paths.editor.addLevel')}
            </Button>
          </Group>
          {levels.length === 0 ? <Text size="sm">{t('paths.editor.noLevels')}</Text> : null}
          <Accordion variant="separated" multiple>
            {levels.map((level, index) => (
              <Accordion.Item key={level.key} value={level.key}>
                <Accordion.Control>
                  {index + 1}. {level.name || t('paths.editor.unnamedLevel')}
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="sm">
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextInput
                        label={t('paths.editor.levelName')}
                        {...input(`levels.${index}.name`)}
                        required
                        maxLength={120}
                      />
                      <Select
                        label={t('paths.editor.orgLevel')}
                        description={t('paths.editor.orgLevelHelp')}
                        data={orgLevels.map((o) => ({ value: o.id, label: `${o.code} · ${o.name}` }))}
                        {...input(`levels.${index}.orgLevelId`)}
                        clearable
                      />
                    </SimpleGrid>
                    <Textarea
                      label={t('paths.editor.levelSummary')}
                      {...input(`levels.${index}.summary`)}
                      autosize
                      minRows={2}
                      maxLength={2000}
                    />
                    <Text fw={600} size="sm">
                      {t('paths.editor.expectations')}
                    </Text>
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                      {competencies.map((c) => (
                        <NativeSelect
                          key={c.id}
                          label={c.name}
                          value={String(level.expectations[c.id] ?? '')}
                          onChange={(event) => {
                            const value = event.currentTarget.value;
                            const expectations = { ...level.expectations };
                            if (value) expectations[c.id] = Number(value);
                            else delete expectations[c.id];
                            update(index, { expectations });
                          }}
                          data={levelOptions}
                        />
                      ))}
                    </SimpleGrid>
                    <Group gap="xs" justify="flex-end">
                      <ActionIcon
                        variant="default"
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                        aria-label={t('paths.editor.moveUp', { name: level.name })}
                      >
                        <IconArrowUp size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        disabled={index === levels.length - 1}
                        onClick={() => move(index, 1)}
                        aria-label={t('paths.editor.moveDown', { name: level.name })}
                      >
                        <IconArrowDown size={16} aria-hidden />
                      </ActionIcon>
                      <Button
                        size="xs"
                        variant="subtle"
                        color={toneColor.negative}
                        leftSection={<IconTrash size={14} aria-hidden />}
                        onClick={() => setLevels(levels.filter((_, i) => i !== index))}
                      >
                        {t('paths.editor.removeLevel')}
                      </Button>
                    </Group>
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
          {form.error ? <PathsErrorAlert error={form.error} /> : null}
          <Group justify="flex-end">
            <ButtonLink variant="default" to="/growth/library">
              {t('paths.cancel')}
            </ButtonLink>
            <Button type="submit" loading={form.pending}>
              {t('paths.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
