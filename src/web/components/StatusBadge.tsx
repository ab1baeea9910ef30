import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmploymentStatus } from '../../contracts/org';

const colors: Record<EmploymentStatus, string> = { active: 'green', on_leave: 'orange', terminated: 'gray' };

export function StatusBadge({
  status,
  size = 'sm',
}: {
  status: EmploymentStatus;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation();
  return (
    <Badge
      color={colors[status]}
      size={size}
      data-testid="status-badge"
      styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
