import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../app/format';
import { toneAlert } from '../../../app/statusColors';
import { departmentsQuery, levelsQuery } from '../../../org/api';
import { reviewWrites, templatesQuery } from '../api';
import { type CycleDraft, deadlineFields, filterOf } from './cycleDraft';

/** The wizard's last step: everything the cycle will be, read back before it is saved. */
export function CycleSummary({ values, active }: { values: CycleDraft; active: boolean }) {
  const { t } = useTranslation();
  const templates = useQuery(templatesQuery(1));
  const departments = useQuery(departmentsQuery);
  const levels = useQuery(levelsQuery);
  const filter = filterOf(values);
  const preview = useQuery({
    queryKey: ['review-cycles', 'preview', { filter, search: '' }, 'summary'],
    queryFn: () => reviewWrites.preview({ participantFilter: filter, pageSize: 1 }),
    enabled: active,
  });
  const any = t('reviews.wizard.summary.any');
  const names = (ids: string[], list: { id: string; name: string }[] | undefined) =>
    ids.length ? ids.map((id) => list?.find((item) => item.id === id)?.name ?? '…').join(', ') : any;
  const template = templates.data?.items.find((item) => item.id === values.templateId);

  const rows: [string, ReactNode][] = [
    [t('reviews.wizard.name'), values.name],
    [
      t('reviews.wizard.summary.period'),
      t('reviews.wizard.summary.range', {
        from: formatDate(values.periodStart),
        to: formatDate(values.periodEnd),
      }),
    ],
    [t('reviews.wizard.template'), template?.name ?? '…'],
    [t('reviews.wizard.summary.departments'), names(values.departmentIds, departments.data?.items)],
    [
      t('reviews.wizard.summary.levels'),
      names(
        values.levelIds,
        levels.data?.items.map((level) => ({ id: level.id, name: `${level.code} · ${level.name}` })),
      ),
    ],
    [t('reviews.wizard.hiredBy'), values.hiredOnOrBefore ? formatDate(values.hiredOnOrBefore) : any],
    [
      t('reviews.wizard.stepPeople'),
      preview.data
        ? t('reviews.wizard.summary.people', {
            count: preview.data.count,
            formatted: formatNumber(preview.data.count),
            excluded: formatNumber(preview.data.excludedCount),
          })
        : t('reviews.wizard.previewLoading'),
    ],
    ...deadlineFields
      .filter((field) => field !== 'peerInputDue' || values.withPeer)
      .map((field): [string, ReactNode] => [t(`reviews.wizard.${field}`), formatDate(values[field])]),
    [
      t('reviews.wizard.peerInput'),
      values.withPeer ? t('reviews.wizard.summary.yes') : t('reviews.wizard.summary.no'),
    ],
    [
      t('reviews.wizard.summary.managerSeesSelf'),
      values.managerSeesSelfReview ? t('reviews.wizard.summary.yes') : t('reviews.wizard.summary.no'),
    ],
    [
      t('reviews.wizard.summary.reminders'),
      values.reminderDaysBefore > 0
        ? t('reviews.wizard.summary.reminderDays', { count: values.reminderDaysBefore })
        : t('reviews.wizard.summary.noReminders'),
    ],
  ];

  return (
    <Stack gap="sm" data-testid="cycle-summary">
      <Title order={3} size="h5">
        {t('reviews.wizard.summary.title')}
      </Title>
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="40%">{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.data?.count === 0 ? (
        <Alert {...toneAlert('caution')}>{t('reviews.wizard.summary.nobody')}</Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('reviews.wizard.summary.draftNote')}
        </Text>
      )}
    </Stack>
  );
}
