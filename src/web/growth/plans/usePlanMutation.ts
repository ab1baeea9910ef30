import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../contracts/plans';
import { isApiError } from '../../api/client';
import { showToast } from '../../components/showToast';
import { planKeys, storePlan } from './api';

/**
 * A change to a plan: every call answers with the whole plan, which replaces the cached one. On a
 * version conflict the newest plan is fetched and the person is told, so nothing is overwritten.
 */
export function usePlanMutation<T>(
  planId: string,
  fn: (input: T) => Promise<PlanDetail>,
  onDone?: (plan: PlanDetail) => void,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (plan) => {
      storePlan(queryClient, plan);
      onDone?.(plan);
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: planKeys.detail(planId) });
        showToast({ tone: 'negative', message: t('plans.detail.conflict') });
      }
    },
  });
}
