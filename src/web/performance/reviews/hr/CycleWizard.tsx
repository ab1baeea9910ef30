import {
  Alert,
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

/** The wizard's fields, from a draft cycle being edited or empty for a new one. */
function draftFrom(cycle: CycleDetail | undefined): Draft {
  if (cycle) {
    return {
      name: cycle.name,
      periodStart: cycle.periodStart,
      periodEnd: cycle.periodEnd,
      templateId: cycle.templateId ?? '',
      departmentIds: cycle.participantFilter.departmentIds ?? [],
      levelIds: cycle.participantFilter.levelIds ?? [],
      hiredOnOrBefore: cycle.participantFilter.hiredOnOrBefore ?? '',
      withPeer: cycle.peerInputDue !== null,
      selfReviewDue: cycle.selfReviewDue,
      peerInputDue: cycle.peerInputDue,
      managerReviewDue: cycle.managerReviewDue,
      calibrationDue: cycle.calibrationDue,
      releaseDue: cycle.releaseDue,
      acknowledgeDue: cycle.acknowledgeDue,
      managerSeesSelfReview: cycle.managerSeesSelfReview,
      reminderDaysBefore: cycle.reminderDaysBefore,
    };
  }
  return {
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
  };
}

/**
 * HR's four steps to a draft cycle: basics, participants (with a live count), deadlines, settings.
 * Given `cycle` (a draft), the same steps edit it, prefilled; the save names the version it started
 * from, and a conflict offers to reload (the parent remounts the wizard with the newer version).
 */
export function CycleWizard({
  opened,
  onClose,
  onSaved,
  cycle,
  onReload,
}: {
  opened: boolean;
  onClose: () => void;
  onSaved: (cycle: CycleDetail) => void;
  cycle?: CycleDetail;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const editing = cycle !== undefined;
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(cycle));
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
  const save = useMutation({
    mutationFn: () => {
      const { departmentIds: _d, levelIds: _l, hiredOnOrBefore: _h, withPeer, ...rest } = draft;
      const body = { ...rest, peerInputDue: withPeer ? rest.peerInputDue : null, participantFilter: filter };
      return cycle
        ? reviewWrites.updateCycle(cycle.id, { ...body, version: cycle.version })
        : reviewWrites.createCycle(body);
    },
    onSuccess: (saved) => {
      onSaved(saved);
      setStep(0);
    },
  });
  const fields = isApiError(save.error, 'validation_failed') ? save.error.fields : {};
  const conflict = isApiError(save.error, 'version_conflict');
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
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('reviews.wizard.editTitle') : t('reviews.wizard.title')}
      size="lg"
    >
      <Stack>
        <Stepper active={step} onStepClick={setStep} size="sm" allowNextStepsSelect={editing}>
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
        {conflict ? (
          <Alert color="orange" variant="light" title={t('reviews.wizard.conflictTitle')} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('reviews.wizard.conflictBody')}</Text>
              <Button size="xs" variant="default" onClick={onReload} data-testid="cycle-reload">
                {t('reviews.wizard.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : save.isError ? (
          <ErrorAlert error={save.error} />
        ) : null}
        <Group justify="space-between">
          <Button variant="default" onClick={() => setStep((s) => Math.max(0, s - 1))} disabled={step === 0}>
            {t('reviews.wizard.back')}
          </Button>
          <Group gap="xs">
            {step < 3 ? (
              <Button
                variant={editing ? 'default' : 'filled'}
                onClick={() => setStep((s) => s + 1)}
                data-testid="cycle-next"
              >
                {t('reviews.wizard.next')}
              </Button>
            ) : null}
            {/* A new cycle is saved at the end; an edit may be saved from any step. */}
            {editing ? (
              <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="cycle-save">
                {t('reviews.wizard.saveChanges')}
              </Button>
            ) : step === 3 ? (
              <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="cycle-create">
                {t('reviews.wizard.createDraft')}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
