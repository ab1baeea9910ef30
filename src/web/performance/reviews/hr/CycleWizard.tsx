import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Stepper,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateCycleRequest, CycleDetail } from '../../../../contracts/reviews';
import { isApiError } from '../../../api/client';
import { formatNumber } from '../../../app/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { departmentsQuery, levelsQuery } from '../../../org/api';
import { reviewWrites, templatesQuery } from '../api';

type Draft = Omit<CreateCycleRequest, 'participantFilter'> & {
  departmentIds: string[];
  levelIds: string[];
  hiredOnOrBefore: string;
  withPeer: boolean;
};

const dateFields = [
  'selfReviewDue',
  'peerInputDue',
  'managerReviewDue',
  'calibrationDue',
  'releaseDue',
  'acknowledgeDue',
] as const;

/** HR's four steps to a draft cycle: basics, participants (with a live count), deadlines, settings. */
export function CycleWizard({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (cycle: CycleDetail) => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<Draft>({
    name: '',
    periodStart: '',
    periodEnd: '',
    templateId: '',
    departmentIds: [],
    levelIds: [],
    hiredOnOrBefore: '',
    withPeer: false,
    selfReviewDue: '',
    peerInputDue: null,
    managerReviewDue: '',
    calibrationDue: '',
    releaseDue: '',
    acknowledgeDue: '',
    managerSeesSelfReview: true,
    reminderDaysBefore: 3,
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const templates = useQuery(templatesQuery(1));
  const departments = useQuery(departmentsQuery);
  const levels = useQuery(levelsQuery);
  const filter = {
    departmentIds: draft.departmentIds.length ? draft.departmentIds : undefined,
    levelIds: draft.levelIds.length ? draft.levelIds : undefined,
    hiredOnOrBefore: draft.hiredOnOrBefore || undefined,
  };
  const [debouncedFilter] = useDebouncedValue(filter, 300);
  const preview = useQuery({
    queryKey: ['review-cycles', 'preview', debouncedFilter],
    queryFn: () => reviewWrites.preview(debouncedFilter),
    enabled: opened && step >= 1,
  });
  const create = useMutation({
    mutationFn: () => {
      const { departmentIds: _d, levelIds: _l, hiredOnOrBefore: _h, withPeer, ...rest } = draft;
      return reviewWrites.createCycle({
        ...rest,
        peerInputDue: withPeer ? rest.peerInputDue : null,
        participantFilter: filter,
      });
    },
    onSuccess: (cycle) => {
      onCreated(cycle);
      setStep(0);
    },
  });
  const fields = isApiError(create.error, 'validation_failed') ? create.error.fields : {};
  const date = (
    key: (typeof dateFields)[number] | 'periodStart' | 'periodEnd' | 'hiredOnOrBefore',
    label: string,
  ) => (
    <TextInput
      type="date"
      label={label}
      value={(draft[key] as string | null) ?? ''}
      onChange={(e) => set(key, e.currentTarget.value as never)}
      error={fields[key] ?? fields[`participantFilter.${key}`]}
      data-testid={`cycle-${key}`}
    />
  );

  return (
    <Modal opened={opened} onClose={onClose} title={t('reviews.wizard.title')} size="lg">
      <Stack>
        <Stepper active={step} onStepClick={setStep} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('reviews.wizard.stepBasics')}>
            <Stack gap="sm">
              <TextInput
                label={t('reviews.wizard.name')}
                required
                value={draft.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                error={fields.name}
                data-testid="cycle-name"
              />
              <Group grow>
                {date('periodStart', t('reviews.wizard.periodStart'))}
                {date('periodEnd', t('reviews.wizard.periodEnd'))}
              </Group>
              <Select
                label={t('reviews.wizard.template')}
                required
                data={(templates.data?.items ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
                value={draft.templateId || null}
                onChange={(value) => set('templateId', value ?? '')}
                error={fields.templateId}
                description={templates.data?.items.length === 0 ? t('reviews.wizard.noTemplates') : undefined}
                data-testid="cycle-template"
              />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('reviews.wizard.stepPeople')}>
            <Stack gap="sm">
              <MultiSelect
                label={t('reviews.wizard.departments')}
                data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
                value={draft.departmentIds}
                onChange={(value) => set('departmentIds', value)}
                searchable
              />
              <MultiSelect
                label={t('reviews.wizard.levels')}
                data={(levels.data?.items ?? []).map((l) => ({
                  value: l.id,
                  label: `${l.code} · ${l.name}`,
                }))}
                value={draft.levelIds}
                onChange={(value) => set('levelIds', value)}
                searchable
              />
              {date('hiredOnOrBefore', t('reviews.wizard.hiredBy'))}
              <Text fw={600} role="status" aria-live="polite" data-testid="cycle-preview-count">
                {preview.data
                  ? t('reviews.wizard.preview', {
                      count: preview.data.count,
                      formatted: formatNumber(preview.data.count),
                    })
                  : t('reviews.wizard.previewLoading')}
              </Text>
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('reviews.wizard.stepDeadlines')}>
            <Stack gap="sm">
              {date('selfReviewDue', t('reviews.wizard.selfReviewDue'))}
              <Checkbox
                label={t('reviews.wizard.peerInput')}
                checked={draft.withPeer}
                onChange={(e) => set('withPeer', e.currentTarget.checked)}
              />
              {draft.withPeer ? date('peerInputDue', t('reviews.wizard.peerInputDue')) : null}
              {date('managerReviewDue', t('reviews.wizard.managerReviewDue'))}
              {date('calibrationDue', t('reviews.wizard.calibrationDue'))}
              {date('releaseDue', t('reviews.wizard.releaseDue'))}
              {date('acknowledgeDue', t('reviews.wizard.acknowledgeDue'))}
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('reviews.wizard.stepSettings')}>
            <Stack gap="sm">
              <Checkbox
                label={t('reviews.wizard.managerSeesSelf')}
                checked={draft.managerSeesSelfReview}
                onChange={(e) => set('managerSeesSelfReview', e.currentTarget.checked)}
              />
              <NumberInput
                label={t('reviews.wizard.reminderDays')}
                min={0}
                max={30}
                value={draft.reminderDaysBefore}
                onChange={(value) => set('reminderDaysBefore', Number(value) || 0)}
              />
            </Stack>
          </Stepper.Step>
        </Stepper>
        {create.isError ? <ErrorAlert error={create.error} /> : null}
        <Group justify="space-between">
          <Button variant="default" onClick={() => setStep((s) => Math.max(0, s - 1))} disabled={step === 0}>
            {t('reviews.wizard.back')}
          </Button>
          {step < 3 ? (
            <Button onClick={() => setStep((s) => s + 1)} data-testid="cycle-next">
              {t('reviews.wizard.next')}
            </Button>
          ) : (
            <Button onClick={() => create.mutate()} loading={create.isPending} data-testid="cycle-create">
              {t('reviews.wizard.createDraft')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
