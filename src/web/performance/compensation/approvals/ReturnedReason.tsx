import { Alert, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toneAlert } from '../../../app/statusColors';
import type { Proposal } from '../planning/api';

/**
 * Why an approver sent a proposal back, for the planner beside the row (grid and queue alike):
 * nothing unless the proposal is 'returned' with a reason.
 */
export function ReturnedReason({ row }: { row: Pick<Proposal, 'state' | 'approval'> }) {
  const { t } = useTranslation();
  const reason = row.approval.returnedReason;
  if (row.state !== 'returned' || !reason) return null;
  return (
    <Alert
      {...toneAlert('caution')}
      p="xs"
      icon={<IconArrowBackUp size={16} aria-hidden />}
      data-testid="returned-reason"
    >
      <Text size="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {t('compensation.approvals.returnedReason', { reason })}
      </Text>
    </Alert>
  );
}
