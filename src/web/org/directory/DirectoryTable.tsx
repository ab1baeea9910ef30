import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../contracts/org';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { AnchorLink } from '../../components/links';
import { PersonAvatar } from '../../components/PersonAvatar';
import { StatusBadge } from '../../components/StatusBadge';

/** People as rows; on a phone a card each with name, title, department and status. */
export function DirectoryTable({ people, caption }: { people: PersonSummary[]; caption: string }) {
  const { t } = useTranslation();
  const columns: DataColumn<PersonSummary>[] = [
    {
      key: 'name',
      header: t('person.name'),
      primary: true,
      cell: (person) => (
        <Group gap="sm" wrap="nowrap">
          <PersonAvatar name={person.displayName} size={36} />
          <Stack gap={0} miw={0}>
            <AnchorLink to="/people/$personId" params={{ personId: person.id }} fw={600}>
              {person.displayName}
            </AnchorLink>
            <Text size="xs" c="dimmed" fw={400} truncate>
              {person.email}
            </Text>
          </Stack>
        </Group>
      ),
    },
    { key: 'jobTitle', header: t('person.jobTitle'), cell: (person) => person.jobTitle || '—' },
    { key: 'department', header: t('person.department'), cell: (person) => person.department?.name ?? '—' },
    {
      key: 'level',
      header: t('person.level'),
      hideOnPhone: true,
      cell: (person) => (person.level ? `${person.level.code} · ${person.level.name}` : '—'),
    },
    {
      key: 'location',
      header: t('person.location'),
      hideOnPhone: true,
      cell: (person) => person.location || '—',
    },
    { key: 'status', header: t('person.status'), cell: (person) => <StatusBadge status={person.status} /> },
  ];
  return (
    <DataTable
      columns={columns}
      rows={people}
      rowKey={(person) => person.id}
      label={caption}
      framed
      minWidth={760}
      testId="directory-table"
      rowTestId="directory-row"
    />
  );
}
