import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Stepper,
  Text,
  TextInput,
} from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CycleDetail, createCycleRequest } from '../../../../contracts/reviews';
import { isApiError } from '../../../api/client';
import { zodValidate } from '../../../app/forms';
import { toneAlert } from '../../../app/statusColors';
import { DateField } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { mergeErrors } from '../../../components/forms/formLogic';
import { focusFirstInvalid, useContractForm } from '../../../components/forms/useContractForm';
import { useIsPhone } from '../../../components/useIsPhone';
import { reviewWrites, templatesQuery } from '../api';
import { CycleSummary } from './CycleSummary';
import {
  type CycleDraft,
  type DeadlineField,
  deadlineFields,
  draftFrom,
  errorsOfStep,
  filterOf,
  firstStepWithError,
  requestOf,
  suggestedDaysAfterPeriod,
  suggestedDeadlines,
} from './cycleDraft';
import { ParticipantsStep } from './ParticipantsStep';

const LAST_STEP = 4;

/**
 * HR's steps to a draft cycle: basics, participants (who takes part, with exclusions), deadlines
 * (suggested from the period's end), settings, and a summary before it is saved. "Next" checks the
 * step against the same contract the server validates with and names what is missing. Given
 * `cycle` (a draft), the same steps edit it, prefilled; the save names the version it started from,
 * and a conflict offers to reload (the parent remounts the wizard with the newer version).
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
  const [checking, setChecking] = useState(false);
  const templates = useQuery(templatesQuery(1));
  const phone = useIsPhone();

  const label = (field: 'periodStart' | 'periodEnd' | DeadlineField) => t(`reviews.wizard.${field}`);
  /** What the contract says in words people understand when a field is simply empty. */
  const missing = (values: CycleDraft): FormErrors => {
    const errors: FormErrors = {};
    const dates = ['periodStart', 'periodEnd', ...deadlineFields] as const;
    for (const field of dates) {
      if (field === 'peerInputDue' && !values.withPeer) continue;
      if (!values[field]) errors[field] = t('reviews.wizard.missingDate', { field: label(field) });
    }
    if (!values.templateId) errors.templateId = t('reviews.wizard.missingTemplate');
    return errors;
  };
  const errorsOf = (values: CycleDraft) =>
    mergeErrors(zodValidate(createCycleRequest)(requestOf(values)), missing(values), true) as FormErrors;

  const contract = useContractForm<CycleDraft, ReturnType<typeof requestOf>, CycleDetail>({
    initialValues: draftFrom(cycle),
    schema: createCycleRequest,
    toRequest: requestOf,
    validate: missing,
    overrideContractMessages: true,
    submit: (body) =>
      cycle
        ? reviewWrites.updateCycle(cycle.id, { ...body, version: cycle.version })
        : reviewWrites.createCycle(body),
    onSuccess: (saved) => {
      onSaved(saved);
      setStep(0);
    },
    onError: (error) => {
      // A refused save goes back to the step of the first field it names.
      const back = isApiError(error, 'validation_failed') ? firstStepWithError(error.fields) : null;
      if (back !== null) setStep(back);
    },
    opened,
  });
  const { form } = contract;
  const values = form.getValues();
  const conflict = isApiError(contract.lastError, 'version_conflict');

  /** Deadlines follow the period's end until someone sets one by hand. */
  const [deadlinesTouched, setDeadlinesTouched] = useState(editing);
  const fillDeadlines = (periodEnd: string, withPeer: boolean) => {
    const suggested = suggestedDeadlines(periodEnd);
    for (const field of deadlineFields) {
      if (field === 'peerInputDue' && !withPeer) continue;
      const value = suggested[field];
      if (value) form.setFieldValue(field, value);
    }
  };
  const setPeriodEnd = (value: string) => {
    form.setFieldValue('periodEnd', value);
    if (!deadlinesTouched) fillDeadlines(value, form.getValues().withPeer);
  };
  const setDeadline = (field: DeadlineField, value: string) => {
    setDeadlinesTouched(true);
    form.setFieldValue(field, value);
  };
  const setWithPeer = (withPeer: boolean) => {
    form.setFieldValue('withPeer', withPeer);
    const { peerInputDue, periodEnd } = form.getValues();
    if (withPeer && !peerInputDue && suggestedDeadlines(periodEnd).peerInputDue)
      form.setFieldValue('peerInputDue', suggestedDeadlines(periodEnd).peerInputDue!);
  };

  /** "Next": this step's fields must pass the contract; the participants step needs someone in it. */
  const next = async () => {
    const current = form.getValues();
    const errors: FormErrors = { ...errorsOfStep(errorsOf(current), step) } as FormErrors;
    if (step === 1 && Object.keys(errors).length === 0) {
      setChecking(true);
      try {
        const preview = await reviewWrites.preview({ participantFilter: filterOf(current), pageSize: 1 });
        if (preview.count === 0) errors.excludedPersonIds = t('reviews.wizard.nobodyTakesPart');
      } finally {
        setChecking(false);
      }
    }
    form.clearErrors();
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstInvalid(contract.formRef.current);
      return;
    }
    if (step === 0 && !deadlinesTouched && !current.selfReviewDue)
      fillDeadlines(current.periodEnd, current.withPeer);
    setStep((s) => Math.min(LAST_STEP, s + 1));
  };

  /** On a phone only the current step is named, so the five steps fit on one line. */
  const stepLabel = (index: number, text: string) => (phone && index !== step ? undefined : text);

  /** Saving checks every step; a problem sends the wizard back to the step that shows it. */
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = errorsOf(form.getValues());
    const first = firstStepWithError(errors);
    if (first !== null) {
      setStep(first);
      form.clearErrors();
      form.setErrors(errorsOfStep(errors, first) as FormErrors);
      return;
    }
    contract.onSubmit();
  };

  const dateInput = (field: 'periodStart' | DeadlineField, text: string) => (
    <DateField
      label={text}
      required
      placeholder={t('reviews.wizard.pickDate')}
      value={values[field]}
      onChange={(value) =>
        field === 'periodStart' ? form.setFieldValue(field, value) : setDeadline(field, value)
      }
      error={form.errors[field]}
      data-testid={`cycle-${field}`}
    />
  );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('reviews.wizard.editTitle') : t('reviews.wizard.title')}
      size="xl"
      fullScreen={phone}
    >
      <form onSubmit={submit} ref={contract.formRef} noValidate>
        <Stack>
          <Stepper
            active={step}
            onStepClick={setStep}
            size="sm"
            allowNextStepsSelect={editing}
            iconSize={phone ? 26 : undefined}
            styles={{ steps: { rowGap: 'var(--mantine-spacing-xs)' } }}
          >
            <Stepper.Step
              label={stepLabel(0, t('reviews.wizard.stepBasics'))}
              aria-label={t('reviews.wizard.stepBasics')}
            >
              <Stack gap="sm">
                <TextInput
                  label={t('reviews.wizard.name')}
                  required
                  {...form.getInputProps('name')}
                  data-testid="cycle-name"
                />
                <Group grow align="flex-start" wrap="wrap">
                  {dateInput('periodStart', t('reviews.wizard.periodStart'))}
                  <DateField
                    label={t('reviews.wizard.periodEnd')}
                    required
                    placeholder={t('reviews.wizard.pickDate')}
                    value={values.periodEnd}
                    onChange={setPeriodEnd}
                    error={form.errors.periodEnd}
                    data-testid="cycle-periodEnd"
                  />
                </Group>
                <Select
                  label={t('reviews.wizard.template')}
                  required
                  data={(templates.data?.items ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
                  value={values.templateId || null}
                  onChange={(value) => form.setFieldValue('templateId', value ?? '')}
                  error={form.errors.templateId}
                  description={
                    templates.data?.items.length === 0 ? t('reviews.wizard.noTemplates') : undefined
                  }
                  data-testid="cycle-template"
                />
              </Stack>
            </Stepper.Step>
            <Stepper.Step
              label={stepLabel(1, t('reviews.wizard.stepPeople'))}
              aria-label={t('reviews.wizard.stepPeople')}
            >
              <ParticipantsStep form={form} active={opened && step === 1} />
            </Stepper.Step>
            <Stepper.Step
              label={stepLabel(2, t('reviews.wizard.stepDeadlines'))}
              aria-label={t('reviews.wizard.stepDeadlines')}
            >
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                  <Text size="sm" c="dimmed" maw={420}>
                    {t('reviews.wizard.deadlinesHint', {
                      self: suggestedDaysAfterPeriod.selfReviewDue,
                      manager: suggestedDaysAfterPeriod.managerReviewDue,
                      calibration: suggestedDaysAfterPeriod.calibrationDue,
                    })}
                  </Text>
                  <Button
                    variant="default"
                    size="xs"
                    disabled={!values.periodEnd}
                    onClick={() => {
                      setDeadlinesTouched(false);
                      fillDeadlines(values.periodEnd, values.withPeer);
                    }}
                    data-testid="cycle-suggest-deadlines"
                  >
                    {t('reviews.wizard.suggestDeadlines')}
                  </Button>
                </Group>
                {dateInput('selfReviewDue', t('reviews.wizard.selfReviewDue'))}
                <Checkbox
                  label={t('reviews.wizard.peerInput')}
                  checked={values.withPeer}
                  onChange={(e) => setWithPeer(e.currentTarget.checked)}
                />
                {values.withPeer ? dateInput('peerInputDue', t('reviews.wizard.peerInputDue')) : null}
                {dateInput('managerReviewDue', t('reviews.wizard.managerReviewDue'))}
                {dateInput('calibrationDue', t('reviews.wizard.calibrationDue'))}
                {dateInput('releaseDue', t('reviews.wizard.releaseDue'))}
                {dateInput('acknowledgeDue', t('reviews.wizard.acknowledgeDue'))}
              </Stack>
            </Stepper.Step>
            <Stepper.Step
              label={stepLabel(3, t('reviews.wizard.stepSettings'))}
              aria-label={t('reviews.wizard.stepSettings')}
            >
              <Stack gap="sm">
                <Checkbox
                  label={t('reviews.wizard.managerSeesSelf')}
                  {...form.getInputProps('managerSeesSelfReview', { type: 'checkbox' })}
                />
                <NumberInput
                  label={t('reviews.wizard.reminderDays')}
                  min={0}
                  max={30}
                  value={values.reminderDaysBefore}
                  onChange={(value) => form.setFieldValue('reminderDaysBefore', Number(value) || 0)}
                  error={form.errors.reminderDaysBefore}
                />
              </Stack>
            </Stepper.Step>
            <Stepper.Step
              label={stepLabel(4, t('reviews.wizard.stepSummary'))}
              aria-label={t('reviews.wizard.stepSummary')}
            >
              <CycleSummary values={values} active={opened && step === LAST_STEP} />
            </Stepper.Step>
          </Stepper>
          {conflict ? (
            <Alert {...toneAlert('negative')} title={t('reviews.wizard.conflictTitle')} role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('reviews.wizard.conflictBody')}</Text>
                <Button size="xs" variant="default" onClick={onReload} data-testid="cycle-reload">
                  {t('reviews.wizard.reload')}
                </Button>
              </Stack>
            </Alert>
          ) : contract.error ? (
            <ErrorAlert error={contract.error} />
          ) : null}
          <Group justify="space-between">
            <Button
              variant="default"
              onClick={() => setStep((s) => Math.max(0, s - 1))}
              disabled={step === 0}
            >
              {t('reviews.wizard.back')}
            </Button>
            <Group gap="xs">
              {step < LAST_STEP ? (
                <Button
                  variant={editing ? 'default' : 'filled'}
                  onClick={() => void next()}
                  loading={checking}
                  data-testid="cycle-next"
                >
                  {t('reviews.wizard.next')}
                </Button>
              ) : null}
              {/* A new cycle is saved from the summary; an edit may be saved from any step. */}
              {editing ? (
                <Button type="submit" loading={contract.pending} data-testid="cycle-save">
                  {t('reviews.wizard.saveChanges')}
                </Button>
              ) : step === LAST_STEP ? (
                <Button type="submit" loading={contract.pending} data-testid="cycle-create">
                  {t('reviews.wizard.createDraft')}
                </Button>
              ) : null}
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
