import { MultiSelect, NumberInput, Select, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type LearningItem,
  type LearningKind,
  learningItemInput,
  learningKind,
  updateLearningItemRequest,
} from '../../../contracts/learning';
import { isApiError } from '../../api/client';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { competenciesQuery } from '../paths/api';
import { learningApi, learningKeys } from './api';

/** HR adds a catalogue item, or edits / retires one (version-checked). */
export function ItemModal({ item, onClose }: { item: LearningItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const competencies = useQuery(competenciesQuery('active', 1, 100));
  const form = useContractForm({
    schema: item ? updateLearningItemRequest : learningItemInput,
    initialValues: {
      title: item?.title ?? '',
      description: item?.description ?? '',
      kind: (item?.kind ?? 'course') as LearningKind,
      url: item?.url ?? '',
      provider: item?.provider ?? '',
      durationMinutes: (item?.durationMinutes ?? '') as number | string,
      skills: item?.skills ?? [],
      competencyIds: item?.competencies.map((c) => c.id) ?? [],
      status: item?.status ?? 'active',
    },
    toRequest: ({ status, ...values }) => {
      const fields = {
        ...values,
        url: values.url.trim() || null,
        durationMinutes: typeof values.durationMinutes === 'number' ? values.durationMinutes : null,
      };
      return item ? { ...fields, status, version: item.version } : fields;
    },
    submit: (body, values) =>
      item
        ? learningApi.updateItem(item.id, { ...body, status: values.status, version: item.version })
        : learningApi.createItem(body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: learningKeys.all });
      showToast({ tone: 'positive', message: t('learning.item.saved') });
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict'))
        void queryClient.invalidateQueries({ queryKey: learningKeys.all });
    },
  });
  const input = form.form.getInputProps;
  // Retired competencies an item still links to stay selectable so editing does not drop them.
  const options = [
    ...(competencies.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })),
    ...(item?.competencies ?? [])
      .filter((c) => !competencies.data?.items.some((a) => a.id === c.id))
      .map((c) => ({ value: c.id, label: c.name })),
  ];
  return (
    <FormModal
      opened
      onClose={onClose}
      size="lg"
      title={t(item ? 'learning.item.editTitle' : 'learning.item.addTitle')}
      form={form}
      cancelLabel={t('learning.cancel')}
      submitLabel={t('learning.save')}
    >
      <TextInput
        label={t('learning.item.title')}
        required
        maxLength={200}
        data-autofocus
        {...input('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('learning.item.kind')}
          allowDeselect={false}
          data={learningKind.options.map((value) => ({ value, label: t(`learning.kinds.${value}`) }))}
          {...input('kind')}
        />
        <NumberInput
          label={t('learning.item.duration')}
          description={t('learning.item.durationHelp')}
          min={1}
          max={100000}
          allowDecimal={false}
          {...input('durationMinutes')}
        />
      </SimpleGrid>
      <TextInput
        label={t('learning.item.url')}
        description={t('learning.item.urlHelp')}
        type="url"
        maxLength={2000}
        {...input('url')}
      />
      <TextInput label={t('learning.item.provider')} maxLength={200} {...input('provider')} />
      <Textarea
        label={t('learning.item.description')}
        autosize
        minRows={2}
        maxLength={4000}
        {...input('description')}
      />
      <MultiSelect
        label={t('learning.item.competencies')}
        data={options}
        searchable
        clearable
        {...input('competencyIds')}
      />
      <TagsInput
        label={t('learning.item.skills')}
        description={t('learning.item.skillsHelp')}
        maxTags={20}
        {...input('skills')}
      />
      {item ? (
        <Select
          label={t('learning.item.status')}
          description={t('learning.item.statusHelp')}
          allowDeselect={false}
          data={[
            { value: 'active', label: t('learning.item.active') },
            { value: 'retired', label: t('learning.item.retired') },
          ]}
          {...input('status')}
        />
      ) : null}
    </FormModal>
  );
}
