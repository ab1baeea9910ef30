import { Paper, Skeleton, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { AnchorLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { reportingLinesQuery } from '../api';

/** Who this person reported to, and when: answers "who was the manager during the review period". */
export function ReportingHistory({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const lines = useQuery(reportingLinesQuery(personId));
  return (
    <Paper p="lg" component="section" aria-labelledby="reporting-history">
      <Title order={2} size="h3" id="reporting-history" mb="sm">
        {t('profile.reportingHistory.title')}
      </Title>
      <QueryView
        query={lines}
        skeleton={<Skeleton height={80} />}
        empty={
          <Text size="sm" c="dimmed">
            {t('profile.reportingHistory.empty')}
          </Text>
        }
      >
        {(data) => (
          <Table data-testid="reporting-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('person.manager')}</Table.Th>
                <Table.Th scope="col">{t('profile.reportingHistory.from')}</Table.Th>
                <Table.Th scope="col">{t('profile.reportingHistory.to')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>
                    {line.manager ? (
                      <AnchorLink to="/people/$personId" params={{ personId: line.manager.id }}>
                        {line.manager.displayName}
                      </AnchorLink>
                    ) : (
                      <Text span c="dimmed" size="sm">
                        {t('profile.reportingHistory.noManager')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(line.validFrom)}</Table.Td>
                  <Table.Td>
                    {line.validTo ? formatDate(line.validTo) : t('profile.reportingHistory.present')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
    </Paper>
  );
}
