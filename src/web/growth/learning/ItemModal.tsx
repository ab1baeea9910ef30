import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LearningItem, type LearningKind, learningKind } from '../../../contracts/learning';
import { isApiError } from '../../api/client';
import { serverFieldErrors } from '../../app/forms';
import { ErrorAlert } from '../../components/ErrorAlert';
import { competenciesQuery } from '../paths/api';
import { learningApi, learningKeys } from './api';

/** HR adds a catalogue item, or edits / retires one (version-checked). */
export function ItemModal({ item, onClose }: { item: LearningItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const competencies = useQuery(competenciesQuery('active', 1, 100));
  const [title, setTitle] = useState(item?.title ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [kind, setKind] = useState<LearningKind>(item?.kind ?? 'course');
  const [url, setUrl] = useState(item?.url ?? '');
  const [provider, setProvider] = useState(item?.provider ?? '');
  const [duration, setDuration] = useState<number | string>(item?.durationMinutes ?? '');
  const [skills, setSkills] = useState<string[]>(item?.skills ?? []);
  const [competencyIds, setCompetencyIds] = useState<string[]>(item?.competencies.map((c) => c.id) ?? []);
  const [status, setStatus] = useState(item?.status ?? 'active');
  const save = useMutation({
    mutationFn: () => {
      const fields = {
        title,
        description,
        kind,
        url: url.trim() || null,
        provider,
        durationMinutes: typeof duration === 'number' ? duration : null,
        skills,
        competencyIds,
      };
      return item
        ? learningApi.updateItem(item.id, { ...fields, status, version: item.version })
        : learningApi.createItem(fields);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: learningKeys.all });
      notifications.show({ color: 'brand', message: t('learning.item.saved') });
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict'))
        void queryClient.invalidateQueries({ queryKey: learningKeys.all });
    },
  });
  const { fieldError, hasFieldErrors } = serverFieldErrors(save.error);
  // Retired competencies an item still links to stay selectable so editing does not drop them.
  const options = [
    ...(competencies.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })),
    ...(item?.competencies ?? [])
      .filter((c) => !competencies.data?.items.some((a) => a.id === c.id))
      .map((c) => ({ value: c.id, label: c.name })),
  ];
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t(item ? 'learning.item.editTitle' : 'learning.item.addTitle')}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('learning.item.title')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={fieldError('title')}
            required
            maxLength={200}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('learning.item.kind')}
              value={kind}
              allowDeselect={false}
              onChange={(value) => value && setKind(value as LearningKind)}
              data={learningKind.options.map((value) => ({ value, label: t(`learning.kinds.${value}`) }))}
            />
            <NumberInput
              label={t('learning.item.duration')}
              description={t('learning.item.durationHelp')}
              value={duration}
              onChange={setDuration}
              min={1}
              max={100000}
              allowDecimal={false}
              error={fieldError('durationMinutes')}
            />
          </SimpleGrid>
          <TextInput
            label={t('learning.item.url')}
            description={t('learning.item.urlHelp')}
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            error={fieldError('url')}
            type="url"
            maxLength={2000}
          />
          <TextInput
            label={t('learning.item.provider')}
            value={provider}
            onChange={(event) => setProvider(event.currentTarget.value)}
            maxLength={200}
          />
          <Textarea
            label={t('learning.item.description')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
          />
          <MultiSelect
            label={t('learning.item.competencies')}
            data={options}
            value={competencyIds}
            onChange={setCompetencyIds}
            error={fieldError('competencyIds')}
            searchable
            clearable
          />
          <TagsInput
            label={t('learning.item.skills')}
            description={t('learning.item.skillsHelp')}
            value={skills}
            onChange={setSkills}
            maxTags={20}
          />
          {item ? (
            <Select
              label={t('learning.item.status')}
              description={t('learning.item.statusHelp')}
              value={status}
              allowDeselect={false}
              onChange={(value) => value && setStatus(value as 'active' | 'retired')}
              data={[
                { value: 'active', label: t('learning.item.active') },
                { value: 'retired', label: t('learning.item.retired') },
              ]}
            />
          ) : null}
          {save.isError && !hasFieldErrors ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('learning.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('learning.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
