import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../contracts/org';
import { AnchorLink } from '../../components/links';
import { PersonAvatar } from '../../components/PersonAvatar';
import { StatusBadge } from '../../components/StatusBadge';

/** People as rows; on a phone only name, title and status remain. */
export function DirectoryTable({ people, caption }: { people: PersonSummary[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table data-testid="directory-table" aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('person.name')}</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            {t('person.jobTitle')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="md">
            {t('person.department')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="lg">
            {t('person.level')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="lg">
            {t('person.location')}
          </Table.Th>
          <Table.Th scope="col" visibleFrom="xs">
            {t('person.status')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((person) => (
          <Table.Tr key={person.id} data-testid="directory-row">
            <Table.Td>
              <Group gap="sm" wrap="nowrap">
                <PersonAvatar name={person.displayName} size={36} />
                <Stack gap={0} miw={0}>
                  <AnchorLink to="/people/$personId" params={{ personId: person.id }} fw={600}>
                    {person.displayName}
                  </AnchorLink>
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {person.jobTitle}
                  </Text>
                  {person.status !== 'active' ? (
                    <Group hiddenFrom="xs" mt={4}>
                      <StatusBadge status={person.status} size="xs" />
                    </Group>
                  ) : null}
                  <Text size="xs" c="dimmed" truncate visibleFrom="sm">
                    {person.email}
                  </Text>
                </Stack>
              </Group>
            </Table.Td>
            <Table.Td visibleFrom="sm">{person.jobTitle || '—'}</Table.Td>
            <Table.Td visibleFrom="md">{person.department?.name ?? '—'}</Table.Td>
            <Table.Td visibleFrom="lg">
              {person.level ? `${person.level.code} · ${person.level.name}` : '—'}
            </Table.Td>
            <Table.Td visibleFrom="lg">{person.location || '—'}</Table.Td>
            <Table.Td visibleFrom="xs">
              <StatusBadge status={person.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
