import { Accordion, Badge, Code, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  bandImportColumns,
  bandImportRequired,
  payImportColumns,
  payImportRequired,
} from '../../../contracts/compensation/payImport';
import { toneBadge } from '../../app/statusColors';
import type { PayImportKind } from './PayImportPanel';

const layouts = {
  pay: { columns: payImportColumns, required: payImportRequired as readonly string[] },
  bands: { columns: bandImportColumns, required: bandImportRequired as readonly string[] },
};

/** The columns of a pay or bands file, from the same lists the server reads. */
export function PayColumnsHelp({ kind }: { kind: PayImportKind }) {
  const { t } = useTranslation();
  const { columns, required } = layouts[kind];
  return (
    <Paper p={0} data-testid="pay-import-columns">
      <Accordion chevronPosition="right">
        <Accordion.Item value="columns" style={{ borderBottom: 0 }}>
          <Accordion.Control>
            <Text fw={600}>{t('compensation.import.formatTitle')}</Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Table aria-label={t('compensation.import.formatTitle')} verticalSpacing={6}>
              <Table.Tbody>
                {columns.map((column) => (
                  <Table.Tr key={column}>
                    <Table.Th scope="row" fw="normal" style={{ verticalAlign: 'top' }}>
                      <Group gap={6} wrap="wrap">
                        <Code>{column}</Code>
                        {required.includes(column) ? (
                          <Badge size="xs" {...toneBadge('caution')}>
                            {t('compensation.import.required')}
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">{t(`compensation.import.columns.${kind}.${column}` as never)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Paper>
  );
}
