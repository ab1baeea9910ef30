import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links';
import type { PlanningCycle } from '../planning/api';

/** The cycle states in which proposals are decided (the server's deciding states). */
const decidingStates: readonly PlanningCycle['state'][] = ['planning', 'review'];

/**
 * A cycle's way into its approver queue on the planning list: "3 waiting for you" (the list's own
 * count: reading it names no one), or a plain "Approvals" link when nothing waits. A cycle past its
 * deciding states opens the queue on the read-only "All in my reach".
 */
export function WaitingLink({ cycle }: { cycle: PlanningCycle }) {
  const { t } = useTranslation();
  const deciding = decidingStates.includes(cycle.state);
  const count = deciding ? cycle.waitingForYou : 0;
  const label =
    count === 0
      ? t('compensation.approvals.waiting.none')
      : t('compensation.approvals.waiting.count', { count });
  return (
    <AnchorLink
      to="/performance/comp-approvals/$cycleId"
      params={{ cycleId: cycle.id }}
      search={deciding ? {} : { scope: 'all' }}
      size="sm"
      fw={count > 0 ? 600 : undefined}
      data-testid="comp-approvals-link"
    >
      {label}
    </AnchorLink>
  );
}
