import { Accordion, Badge, Code, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { importColumns, requiredColumns } from '../../../contracts/import';
import { toneBadge } from '../../app/statusColors';

/** What the file must look like: the header row and each column, from the same list the server reads. */
export function ImportColumnsHelp() {
  const { t } = useTranslation();
  return (
    <Paper p={0} data-testid="import-columns">
      <Accordion defaultValue="columns" chevronPosition="right">
        <Accordion.Item value="columns" style={{ borderBottom: 0 }}>
          <Accordion.Control>
            <Text fw={600}>{t('admin.import.format.title')}</Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              <Text size="sm">{t('admin.import.format.lead')}</Text>
              <Text size="sm">{t('admin.import.format.matching')}</Text>
              <Table aria-label={t('admin.import.format.title')} verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.import.format.column')}</Table.Th>
                    <Table.Th scope="col">{t('admin.import.format.meaning')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {importColumns.map((column) => (
                    <Table.Tr key={column}>
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        <Group gap={6} wrap="wrap">
                          <Code>{column}</Code>
                          {requiredColumns.includes(column) ? (
                            <Badge size="xs" {...toneBadge('caution')}>
                              {t('admin.import.format.required')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`admin.import.columns.${column}`)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="sm" c="dimmed">
                {t('admin.import.format.example')}
              </Text>
              <Code block style={{ overflowX: 'auto', maxWidth: '100%' }} tabIndex={0}>
                {exampleCsv}
              </Code>
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Paper>
  );
}

const exampleCsv = [
  'email,given_name,family_name,job_title,department,hire_date,manager_email',
  'ines.park@example.com,Ines,Park,Team Lead,Support,2025-04-01,',
  'tom.berg@example.com,Tom,Berg,Support Agent,Support,2026-01-12,ines.park@example.com',
].join('\n');
