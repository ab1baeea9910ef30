import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmploymentStatus } from '../../contracts/org';
import { employmentTone, toneBadge } from '../app/statusColors';

/** A person's employment status, coloured from the one status map (app/statusColors.ts). */
export function StatusBadge({
  status,
  size = 'sm',
}: {
  status: EmploymentStatus;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation();
  return (
    <Badge {...toneBadge(employmentTone[status])} size={size} data-testid="status-badge">
      {t(`status.${status}`)}
    </Badge>
  );
}
