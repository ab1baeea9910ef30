import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors } from '../../i18n/issues';
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

/** HR starts a session: which cycle and population, who signs off, and whether a curve guides it. */
export function CreateSessionModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const cycles = useQuery({ ...cyclesQuery, enabled: opened });
  const approvers = useQuery({ ...approverCandidatesQuery, enabled: opened });
  const departments = useQuery({ ...departmentsQuery, enabled: opened });
  const levels = useQuery({ ...levelsQuery, enabled: opened });
  const [cycleId, setCycleId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [levelIds, setLevelIds] = useState<string[]>([]);
  const [approverIds, setApproverIds] = useState<string[]>([]);
  const [useGuideline, setUseGuideline] = useState(true);
  const [guideline, setGuideline] = useState<number[]>([]);
  const [required, setRequired] = useState(false);
  const [threshold, setThreshold] = useState<number>(0.5);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const cycle = cycles.data?.items.find((c) => c.id === cycleId);
  const labels = cycle?.ratingLabels ?? [];

  const chooseCycle = (id: string | null) => {
    setCycleId(id);
    const chosen = cycles.data?.items.find((c) => c.id === id);
    if (chosen) {
      setGuideline(defaultGuideline(chosen.ratingLabels.length));
      if (!name) setName(chosen.name);
    }
  };

  const create = useMutation({
    mutationFn: () =>
      calibrationWrites.createSession({
        cycleId: cycleId ?? '',
        name,
        departmentIds,
        levelIds,
        approverIds,
        guideline: useGuideline ? guideline : null,
        guidelineRequired: useGuideline && required,
        leniencyThreshold: threshold,
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: calibrationKeys.all });
      notifications.show({
        color: 'green',
        message: t('calibration.create.created', { count: result.admitted }),
      });
      onClose();
      void navigate({ to: '/performance/calibration/$sessionId', params: { sessionId: result.session.id } });
    },
    onError: (error) => setErrors(isApiError(error, 'validation_failed') ? apiFieldErrors(error) : {}),
  });
  const total = guideline.reduce((sum, share) => sum + share, 0);

  return (
    <Modal opened={opened} onClose={onClose} title={t('calibration.create.title')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack gap="md">
          {cycles.isError ? <ErrorAlert error={cycles.error} /> : null}
          <Select
            label={t('calibration.create.cycle')}
            placeholder={t('calibration.create.cyclePlaceholder')}
            data={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={cycleId}
            onChange={chooseCycle}
            required
            error={errors.cycleId}
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
          />
          <TextInput
            label={t('calibration.create.name')}
            placeholder={t('calibration.create.namePlaceholder')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            error={errors.name}
            data-testid="calibration-create-name"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('calibration.create.departments')}
              data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
              value={departmentIds}
              onChange={setDepartmentIds}
              searchable
              clearable
              error={errors.departmentIds}
            />
            <MultiSelect
              label={t('calibration.create.levels')}
              data={(levels.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
              value={levelIds}
              onChange={setLevelIds}
              searchable
              clearable
              error={errors.levelIds}
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
            value={approverIds}
            onChange={setApproverIds}
            required
            searchable
            error={errors.approverIds}
            data-testid="calibration-create-approvers"
          />
          <Switch
            label={t('calibration.create.useGuideline')}
            checked={useGuideline}
            onChange={(event) => setUseGuideline(event.currentTarget.checked)}
          />
          {useGuideline && labels.length > 0 ? (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('calibration.create.guidelineHint')}
              </Text>
              <SimpleGrid cols={{ base: 2, sm: Math.min(labels.length, 5) }}>
                {labels.map((label, index) => (
                  <NumberInput
                    key={label}
                    label={t('calibration.create.guidelineShare', { rating: index + 1, label })}
                    value={guideline[index] ?? 0}
                    onChange={(value) =>
                      setGuideline((shares) =>
                        shares.map((share, i) => (i === index ? Number(value) || 0 : share)),
                      )
                    }
                    min={0}
                    max={100}
                    suffix="%"
                  />
                ))}
              </SimpleGrid>
              <Text size="sm" c={Math.abs(total - 100) > 0.5 ? 'red' : 'dimmed'} aria-live="polite">
                {t('calibration.create.guidelineTotal', { total })}
              </Text>
              {errors.guideline ? (
                <Text size="sm" c="red">
                  {errors.guideline}
                </Text>
              ) : null}
              <Switch
                label={t('calibration.create.requireGuideline')}
                checked={required}
                onChange={(event) => setRequired(event.currentTarget.checked)}
              />
              {required ? (
                <Alert
                  color="orange"
                  variant="light"
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
            value={threshold}
            onChange={(value) => setThreshold(Number(value) || 0.5)}
            min={0.1}
            max={5}
            step={0.1}
            decimalScale={2}
            error={errors.leniencyThreshold}
          />
          {create.isError && !isApiError(create.error, 'validation_failed') ? (
            <ErrorAlert error={create.error} />
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} data-testid="calibration-create-submit">
              {t('calibration.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
