import {
  Alert,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  type CreateSessionRequest,
  createSessionRequest,
  type createSessionResponse,
} from '../../../contracts/calibration';
import { toneAlert, toneText } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/forms/FormModal';
import { useContractForm } from '../../components/forms/useContractForm';
import { showToast } from '../../components/showToast';
import { departmentsQuery, levelsQuery } from '../../org/api';
import { approverCandidatesQuery, calibrationKeys, calibrationWrites, cyclesQuery } from './api';

/** A bell-shaped default curve for any scale size: most people in the middle, few at the ends. */
export function defaultGuideline(size: number): number[] {
  if (size === 5) return [10, 20, 40, 20, 10];
  const weights = Array.from({ length: size }, (_, i) => Math.min(i + 1, size - i));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const shares = weights.map((w) => Math.round((w / total) * 100));
  shares[Math.floor(size / 2)]! += 100 - shares.reduce((sum, s) => sum + s, 0);
  return shares;
}

interface SessionValues {
  cycleId: string | null;
  name: string;
  departmentIds: string[];
  levelIds: string[];
  approverIds: string[];
  useGuideline: boolean;
  guideline: number[];
  guidelineRequired: boolean;
  leniencyThreshold: number;
}

/** HR starts a session: which cycle and population, who signs off, and whether a curve guides it. */
export function CreateSessionModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const cycles = useQuery({ ...cyclesQuery, enabled: opened });
  const approvers = useQuery({ ...approverCandidatesQuery, enabled: opened });
  const departments = useQuery({ ...departmentsQuery, enabled: opened });
  const levels = useQuery({ ...levelsQuery, enabled: opened });
  const form = useContractForm<SessionValues, CreateSessionRequest, z.infer<typeof createSessionResponse>>({
    schema: createSessionRequest,
    initialValues: {
      cycleId: null,
      name: '',
      departmentIds: [],
      levelIds: [],
      approverIds: [],
      useGuideline: true,
      guideline: [],
      guidelineRequired: false,
      leniencyThreshold: 0.5,
    },
    toRequest: (values) => ({
      cycleId: values.cycleId ?? '',
      name: values.name,
      departmentIds: values.departmentIds,
      levelIds: values.levelIds,
      approverIds: values.approverIds,
      // No curve yet until a cycle (and so its scale) is chosen.
      guideline: values.useGuideline && values.guideline.length > 0 ? values.guideline : null,
      guidelineRequired: values.useGuideline && values.guidelineRequired,
      leniencyThreshold: values.leniencyThreshold,
    }),
    submit: (body) => calibrationWrites.createSession(body),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: calibrationKeys.all });
      showToast({
        tone: 'positive',
        message: t('calibration.create.created', { count: result.admitted }),
      });
      onClose();
      void navigate({ to: '/performance/calibration/$sessionId', params: { sessionId: result.session.id } });
    },
    opened,
  });
  const values = form.form.getValues();
  const input = form.form.getInputProps;
  const cycle = cycles.data?.items.find((c) => c.id === values.cycleId);
  const labels = cycle?.ratingLabels ?? [];

  const chooseCycle = (id: string | null) => {
    form.form.setFieldValue('cycleId', id);
    const chosen = cycles.data?.items.find((c) => c.id === id);
    if (chosen) {
      form.form.setFieldValue('guideline', defaultGuideline(chosen.ratingLabels.length));
      if (!form.form.getValues().name) form.form.setFieldValue('name', chosen.name);
    }
  };
  const total = values.guideline.reduce((sum, share) => sum + share, 0);
  const guidelineError = form.form.errors.guideline;

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('calibration.create.title')}
      size="lg"
      form={form}
      submitLabel={t('calibration.create.submit')}
      submitProps={{ 'data-testid': 'calibration-create-submit' }}
    >
      {cycles.isError ? <ErrorAlert error={cycles.error} /> : null}
      <Select
        label={t('calibration.create.cycle')}
        placeholder={t('calibration.create.cyclePlaceholder')}
        data={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
        required
        nothingFoundMessage={t('calibration.create.noCycles')}
        data-testid="calibration-create-cycle"
        description={
          cycle
            ? t('calibration.create.cycleCounts', {
                ready: cycle.readyCount,
                notReady: cycle.notReadyCount,
                inSession: cycle.inSessionCount,
              })
            : cycles.data?.items.length === 0
              ? t('calibration.create.noCycles')
              : undefined
        }
        {...input('cycleId')}
        onChange={chooseCycle}
      />
      <TextInput
        label={t('calibration.create.name')}
        placeholder={t('calibration.create.namePlaceholder')}
        required
        data-testid="calibration-create-name"
        {...input('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('calibration.create.departments')}
          data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          searchable
          clearable
          {...input('departmentIds')}
        />
        <MultiSelect
          label={t('calibration.create.levels')}
          data={(levels.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
          searchable
          clearable
          {...input('levelIds')}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={-8}>
        {t('calibration.create.populationHint')}
      </Text>
      <MultiSelect
        label={t('calibration.create.approvers')}
        description={
          approvers.data?.items.length === 0
            ? t('calibration.create.noApprovers')
            : t('calibration.create.approversHint')
        }
        data={(approvers.data?.items ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
        required
        searchable
        data-testid="calibration-create-approvers"
        {...input('approverIds')}
      />
      <Switch label={t('calibration.create.useGuideline')} {...input('useGuideline', { type: 'checkbox' })} />
      {values.useGuideline && labels.length > 0 ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('calibration.create.guidelineHint')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: Math.min(labels.length, 5) }}>
            {labels.map((label, index) => (
              <NumberInput
                key={label}
                label={t('calibration.create.guidelineShare', { rating: index + 1, label })}
                min={0}
                max={100}
                suffix="%"
                {...input(`guideline.${index}`)}
                value={values.guideline[index] ?? 0}
                onChange={(value) => form.form.setFieldValue(`guideline.${index}`, Number(value) || 0)}
              />
            ))}
          </SimpleGrid>
          <Text
            size="sm"
            c={Math.abs(total - 100) > 0.5 ? toneText('negative') : 'dimmed'}
            aria-live="polite"
          >
            {t('calibration.create.guidelineTotal', { total })}
          </Text>
          {guidelineError ? (
            <Text size="sm" c={toneText('negative')}>
              {guidelineError}
            </Text>
          ) : null}
          <Switch
            label={t('calibration.create.requireGuideline')}
            {...input('guidelineRequired', { type: 'checkbox' })}
          />
          {values.guidelineRequired ? (
            <Alert
              {...toneAlert('caution')}
              icon={<IconAlertTriangle aria-hidden />}
              title={t('calibration.create.riskTitle')}
            >
              {t('calibration.create.riskText')}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
      <NumberInput
        label={t('calibration.create.threshold')}
        description={t('calibration.create.thresholdHint')}
        min={0.1}
        max={5}
        step={0.1}
        decimalScale={2}
        {...input('leniencyThreshold')}
        onChange={(value) => form.form.setFieldValue('leniencyThreshold', Number(value) || 0.5)}
      />
    </FormModal>
  );
}
