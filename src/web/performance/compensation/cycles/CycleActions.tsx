import { Button, Group, Text } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompCycleState } from '../../../../contracts/compensation/cycles';
import { apiPost } from '../../../api/client';
import { formatDate } from '../../../app/format';
import { FormModal } from '../../../components/forms/FormModal';
import { useContractForm } from '../../../components/forms/useContractForm';
import { showToast } from '../../../components/showToast';
import { type CompCycle, compCycleKeys, releaseSummaryQuery, setupCheckQuery } from './api';

export type Step = 'launch' | Exclude<CompCycleState, 'draft' | 'planning'>;

/** The moves a cycle's state allows, each behind a confirmation that says what it changes. */
export function CycleActions({ cycle }: { cycle: CompCycle }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step | null>(null);
  // Launch waits for a clean check (the server refuses otherwise); the reasons are on the page.
  const check = useQuery(setupCheckQuery(cycle.id, cycle.abilities.launch));
  const launchBlocked = cycle.abilities.launch && check.data?.ready !== true;
  const steps: Step[] = [
    ...(cycle.abilities.launch ? (['launch'] as const) : []),
    // Release is offered in the page's release section, with its numbers (ReleasePanel).
    ...cycle.abilities.transitions.filter(
      (to): to is Exclude<Step, 'launch'> => to !== 'draft' && to !== 'planning' && to !== 'released',
    ),
  ];
  if (steps.length === 0) return null;
  return (
    <Group gap="sm">
      {steps.map((next) => (
        <Button
          key={next}
          variant={next === 'archived' ? 'default' : 'filled'}
          leftSection={next === 'launch' ? <IconRocket size={16} aria-hidden /> : undefined}
          onClick={() => setStep(next)}
          disabled={next === 'launch' && launchBlocked}
          data-testid={`comp-cycle-${next}`}
        >
          {t(`compensation.cycles.steps.${next}.button`)}
        </Button>
      ))}
      <StepModal cycle={cycle} step={step} onClose={() => setStep(null)} />
    </Group>
  );
}

/** The confirmation of one move; the release's states how many pay changes it writes. */
export function StepModal({
  cycle,
  step,
  onClose,
}: {
  cycle: CompCycle;
  step: Step | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const release = useQuery(releaseSummaryQuery(cycle.id, step === 'released'));
  const form = useContractForm({
    initialValues: {},
    submit: () => {
      const path = { cycleId: cycle.id };
      return step === 'launch'
        ? apiPost('/api/performance/compensation/cycles/{cycleId}/launch', {
            params: { path },
            body: { version: cycle.version },
          })
        : apiPost('/api/performance/compensation/cycles/{cycleId}/transitions', {
            params: { path },
            body: { to: step as Exclude<Step, 'launch'>, version: cycle.version },
          });
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(compCycleKeys.cycle(cycle.id), updated);
      void queryClient.invalidateQueries({ queryKey: compCycleKeys.all });
      showToast({ tone: 'positive', message: t(`compensation.cycles.steps.${step ?? 'launch'}.done`) });
      onClose();
    },
    opened: step !== null,
  });
  const shown = step ?? 'launch';
  return (
    <FormModal
      opened={step !== null}
      onClose={onClose}
      title={t(`compensation.cycles.steps.${shown}.title`, { name: cycle.name })}
      form={form}
      submitLabel={t(`compensation.cycles.steps.${shown}.button`)}
      testId="comp-cycle-step"
    >
      {shown === 'released' ? (
        <Text size="sm" data-testid="comp-cycle-release-count" aria-live="polite">
          {release.data
            ? t('compensation.cycles.release.confirm', {
                count: release.data.payChanges,
                effective: formatDate(release.data.effectiveDate),
                date: formatDate(release.data.visibilityDate),
              })
            : release.isError
              ? t(`compensation.cycles.steps.released.body`, { date: formatDate(cycle.visibilityDate) })
              : t('compensation.cycles.release.counting')}
        </Text>
      ) : (
        <Text size="sm">
          {t(`compensation.cycles.steps.${shown}.body`, { date: formatDate(cycle.visibilityDate) })}
        </Text>
      )}
    </FormModal>
  );
}
