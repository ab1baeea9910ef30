import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { categoricalColor } from '../app/statusColors';
import { QueryView } from '../components/QueryView';

/** Departments fit one page: the organisation's structure, not its people. */
const departmentsPageSize = 100;

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

interface DepartmentCoverage {
  key: string;
  department: string;
  people: number;
  plan: number;
  conversation: number;
}

/**
 * HR's view of the growth track (SPEC S1, S5): per department, the share of people with an active
 * development plan and with a career conversation in the last six months. The two routes answer with
 * counts only, so nothing anyone wrote can reach this page.
 */
export function CoverageOverview() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['growth', 'coverage-overview'],
    queryFn: async ({ signal }) => {
      const [conversations, plans] = await Promise.all([
        apiGet('/api/growth/conversations/coverage', {
          params: { query: { pageSize: departmentsPageSize } },
          signal,
        }),
        apiGet('/api/growth/plans/coverage', {
          params: { query: { pageSize: departmentsPageSize } },
          signal,
        }),
      ]);
      return { conversations, plans };
    },
  });

  const rows: DepartmentCoverage[] = [];
  if (query.data) {
    const plansByDepartment = new Map(query.data.plans.items.map((row) => [row.departmentId, row]));
    for (const row of query.data.conversations.items) {
      const plan = plansByDepartment.get(row.departmentId);
      rows.push({
        key: row.departmentId ?? 'none',
        department: row.departmentName || t('growth.coverage.noDepartment'),
        people: row.people,
        plan: percent(plan?.withActivePlan ?? 0, row.people),
        conversation: percent(row.withConversation, row.people),
      });
    }
  }
  const planTotal = query.data?.plans.items.reduce((sum, row) => sum + row.withActivePlan, 0) ?? 0;

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby="growth-coverage-title"
      data-testid="growth-coverage"
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="growth-coverage-title">
            {t('growth.coverage.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('growth.coverage.lead')}
          </Text>
        </Stack>
        <QueryView
          query={query}
          skeleton={<Skeleton height={220} />}
          isEmpty={() => rows.length === 0}
          empty={<Text size="sm">{t('growth.coverage.empty')}</Text>}
        >
          {(data) => (
            <>
              <Text fw={600} data-testid="growth-coverage-totals">
                {t('growth.coverage.totals', {
                  plan: percent(planTotal, data.conversations.totals.people),
                  conversation: percent(
                    data.conversations.totals.withConversation,
                    data.conversations.totals.people,
                  ),
                })}
              </Text>
              <div role="img" aria-label={t('growth.coverage.chartLabel')}>
                <BarChart
                  h={Math.max(200, rows.length * 44)}
                  data={rows}
                  dataKey="department"
                  orientation="vertical"
                  withLegend
                  valueFormatter={(value) => `${value}%`}
                  yAxisProps={{ width: 140 }}
                  // A unit would also be appended to the department names on this axis layout.
                  xAxisProps={{ domain: [0, 100], tickFormatter: (value: number) => `${value}%` }}
                  series={[
                    // Two categories, not statuses: told apart by the categorical palette.
                    { name: 'plan', label: t('growth.coverage.plan'), color: categoricalColor(0) },
                    {
                      name: 'conversation',
                      label: t('growth.coverage.conversation'),
                      color: categoricalColor(5),
                    },
                  ]}
                />
              </div>
              {/* On a phone each department is a small card: a four-column table would hide columns. */}
              <Stack component="ul" gap="xs" p={0} m={0} hiddenFrom="sm" data-testid="growth-coverage-cards">
                {rows.map((row) => (
                  <Paper key={row.key} component="li" withBorder p="sm" style={{ listStyle: 'none' }}>
                    <Text fw={600} size="sm">
                      {row.department}
                    </Text>
                    <SimpleGrid cols={3} spacing="xs" mt={4}>
                      {(
                        [
                          ['people', String(row.people)],
                          ['plan', `${row.plan}%`],
                          ['conversation', `${row.conversation}%`],
                        ] as const
                      ).map(([key, value]) => (
                        <Stack key={key} gap={0}>
                          <Text size="xs" c="dimmed">
                            {t(`growth.coverage.${key}`)}
                          </Text>
                          <Text size="sm" fw={600}>
                            {value}
                          </Text>
                        </Stack>
                      ))}
                    </SimpleGrid>
                  </Paper>
                ))}
              </Stack>
              <Table.ScrollContainer minWidth={420} visibleFrom="sm">
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('growth.coverage.department')}</Table.Th>
                      <Table.Th ta="right">{t('growth.coverage.people')}</Table.Th>
                      <Table.Th ta="right">{t('growth.coverage.plan')}</Table.Th>
                      <Table.Th ta="right">{t('growth.coverage.conversation')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row) => (
                      <Table.Tr key={row.key}>
                        <Table.Td>{row.department}</Table.Td>
                        <Table.Td ta="right">{row.people}</Table.Td>
                        <Table.Td ta="right">{row.plan}%</Table.Td>
                        <Table.Td ta="right">{row.conversation}%</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
