import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../app/format';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  label?: string;
}

/** "Showing 26–50 of 312" plus page buttons with spoken labels. */
export function Pager({ page, pageSize, total, onChange, label }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm" component="nav" aria-label={label ?? t('pager.label')}>
      <Text size="sm" c="dimmed" data-testid="pager-range">
        {t('pager.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </Text>
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onChange}
          size="sm"
          siblings={1}
          boundaries={1}
          getItemProps={(p) => ({ 'aria-label': t('pager.page', { page: p }) })}
          getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
        />
      ) : null}
    </Group>
  );
}
