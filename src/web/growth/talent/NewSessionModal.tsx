import { ActionIcon, Group, Pill, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  createTalentSessionRequest,
  type TalentPopulationKind,
  talentPopulationKind,
} from '../../../contracts/talent';
import { apiPost } from '../../api/client';
import { today } from '../../app/format';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { PersonPicker, type PickedPerson } from '../../org/PersonPicker';
import { departmentsQuery, talentKeys } from './api';

interface Draft {
  name: string;
  populationKind: TalentPopulationKind;
  refId: string | null;
  participants: PickedPerson[];
  startsOn: string;
  endsOn: string;
}

/** HR starts a talent review: name, population (taken now), participants and dates. */
export function NewSessionModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const departments = useQuery({ ...departmentsQuery(), enabled: opened });
  const form = useContractForm({
    schema: createTalentSessionRequest,
    initialValues: {
      name: '',
      populationKind: 'department',
      refId: null,
      participants: [],
      startsOn: today(),
      endsOn: today(),
    } as Draft,
    toRequest: (draft: Draft) => ({
      name: draft.name,
      population: {
        kind: draft.populationKind,
        refId: draft.populationKind === 'organization' ? null : draft.refId,
      },
      participantIds: draft.participants.map((p) => p.id),
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
    }),
    submit: (body) => apiPost('/api/growth/talent/sessions', { body }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: talentKeys.all });
      showToast({ tone: 'positive', message: t('talent.form.create') });
      onClose();
      await navigate({ to: '/growth/talent/$sessionId', params: { sessionId: created.id } });
    },
    opened,
  });
  const draft = form.form.getValues();
  const refError = form.form.errors['population.refId'];
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('talent.form.title')}
      size="lg"
      form={form}
      submitLabel={t('talent.form.create')}
      submitProps={{ 'data-testid': 'talent-create' }}
      testId="talent-form"
    >
      <TextInput
        label={t('talent.form.name')}
        required
        data-autofocus
        {...form.form.getInputProps('name')}
        data-testid="talent-name"
      />
      <Select
        label={t('talent.form.populationKind')}
        data={talentPopulationKind.options.map((kind) => ({
          value: kind,
          label: t(`talent.populationKinds.${kind}`),
        }))}
        allowDeselect={false}
        value={draft.populationKind}
        onChange={(value) => {
          form.form.setFieldValue('populationKind', (value ?? 'department') as TalentPopulationKind);
          form.form.setFieldValue('refId', null);
        }}
        data-testid="talent-population-kind"
      />
      {draft.populationKind === 'department' ? (
        <Select
          label={t('talent.form.department')}
          required
          data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={draft.refId}
          onChange={(value) => form.form.setFieldValue('refId', value)}
          error={refError}
          searchable
          data-testid="talent-department"
        />
      ) : null}
      {draft.populationKind === 'manager_subtree' ? (
        <PersonPicker
          label={t('talent.form.manager')}
          value={draft.refId}
          onChange={(person) => form.form.setFieldValue('refId', person?.id ?? null)}
          error={refError}
          testId="talent-manager"
        />
      ) : null}
      <Stack gap={6}>
        <PersonPicker
          label={t('talent.form.participants')}
          description={t('talent.form.participantsHint')}
          placeholder={t('talent.form.addParticipant')}
          value={null}
          onChange={(person) => {
            if (person && !draft.participants.some((p) => p.id === person.id))
              form.form.setFieldValue('participants', [...draft.participants, person]);
          }}
          testId="talent-participant"
        />
        {draft.participants.length ? (
          <Group gap={6} aria-live="polite">
            {draft.participants.map((person) => (
              <Pill key={person.id} size="md">
                <Group gap={4} wrap="nowrap">
                  {person.displayName}
                  <ActionIcon
                    size="xs"
                    variant="subtle"
                    aria-label={t('talent.form.remove', { name: person.displayName })}
                    onClick={() =>
                      form.form.setFieldValue(
                        'participants',
                        draft.participants.filter((p) => p.id !== person.id),
                      )
                    }
                  >
                    <IconX size={12} aria-hidden />
                  </ActionIcon>
                </Group>
              </Pill>
            ))}
          </Group>
        ) : null}
      </Stack>
      <Group grow align="flex-start">
        <DateField label={t('talent.form.startsOn')} required {...form.form.getInputProps('startsOn')} />
        <DateField label={t('talent.form.endsOn')} required {...form.form.getInputProps('endsOn')} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('talent.form.snapshot')}
      </Text>
    </FormModal>
  );
}
