import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  matchingMode,
  type Programme,
  programmeStatus,
  programmeType,
  sessionCadence,
} from '../../../contracts/mentoring';
import { apiPatch, apiPost } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { mentoringKeys } from './api';

type Fields = Pick<
  Programme,
  | 'name'
  | 'description'
  | 'programmeType'
  | 'matchingMode'
  | 'mentorCapacity'
  | 'minLevelGap'
  | 'responseHours'
  | 'status'
  | 'agreementTemplate'
  | 'cadence'
>;

const blank: Fields = {
  name: '',
  description: '',
  programmeType: 'one_to_one',
  matchingMode: 'self_select',
  mentorCapacity: 2,
  minLevelGap: 1,
  responseHours: 72,
  status: 'draft',
  agreementTemplate: '',
  cadence: 'fortnightly',
};

/** The programme's settings as a form: a new programme (HR) or changes by its admins. */
export function ProgrammeSettingsForm({ programme, onDone }: { programme?: Programme; onDone?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Fields>(programme ?? blank);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields({ ...fields, [key]: value });
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as 'mentoring.title') }));
  const save = useMutation({
    mutationFn: () =>
      programme
        ? apiPatch('/api/growth/mentoring/programmes/{programmeId}', {
            params: { path: { programmeId: programme.id } },
            body: { version: programme.version, ...fields },
          })
        : apiPost('/api/growth/mentoring/programmes', { body: fields }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: mentoringKeys.all });
      showToast({
        tone: 'positive',
        message: programme ? t('mentoring.match.saved') : t('mentoring.admin.created'),
      });
      onDone?.();
    },
  });
  return (
    <Stack gap="sm" data-testid="mentoring-programme-form">
      <TextInput
        label={t('mentoring.admin.name')}
        value={fields.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        required
        maxLength={120}
      />
      <Textarea
        label={t('mentoring.admin.description')}
        value={fields.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('mentoring.admin.type')}
          data={options(programmeType.options, 'mentoring.programmeTypes')}
          value={fields.programmeType}
          onChange={(v) => v && set('programmeType', v as Fields['programmeType'])}
          allowDeselect={false}
        />
        <Select
          label={t('mentoring.admin.mode')}
          data={options(matchingMode.options, 'mentoring.modes')}
          value={fields.matchingMode}
          onChange={(v) => v && set('matchingMode', v as Fields['matchingMode'])}
          allowDeselect={false}
        />
        <Select
          label={t('mentoring.admin.status')}
          data={options(programmeStatus.options, 'mentoring.programmeStatus')}
          value={fields.status}
          onChange={(v) => v && set('status', v as Fields['status'])}
          allowDeselect={false}
        />
        <Select
          label={t('mentoring.admin.cadence')}
          data={options(sessionCadence.options, 'mentoring.cadences')}
          value={fields.cadence}
          onChange={(v) => v && set('cadence', v as Fields['cadence'])}
          allowDeselect={false}
        />
        <NumberInput
          label={t('mentoring.admin.capacity')}
          min={1}
          max={5}
          value={fields.mentorCapacity}
          onChange={(v) => set('mentorCapacity', Number(v) || 1)}
        />
        <NumberInput
          label={t('mentoring.admin.minLevelGap')}
          min={-5}
          max={5}
          value={fields.minLevelGap}
          onChange={(v) => set('minLevelGap', Number(v) || 0)}
        />
        <NumberInput
          label={t('mentoring.admin.responseHours')}
          min={1}
          max={720}
          value={fields.responseHours}
          onChange={(v) => set('responseHours', Number(v) || 72)}
        />
      </SimpleGrid>
      <Textarea
        label={t('mentoring.admin.agreementTemplate')}
        value={fields.agreementTemplate}
        onChange={(e) => set('agreementTemplate', e.currentTarget.value)}
        autosize
        minRows={2}
      />
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Group justify="flex-end">
        <Button color="brand" loading={save.isPending} onClick={() => save.mutate()}>
          {t('mentoring.admin.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** HR's "new programme" button with the settings form in a dialog. */
export function CreateProgrammeButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} color="brand" onClick={() => setOpen(true)}>
          {t('mentoring.admin.create')}
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('mentoring.admin.create')} size="lg">
        <ProgrammeSettingsForm onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}
