import { Box, Paper, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../contracts/teamView';
import {
  ConversationCell,
  FeedbackCell,
  GoalsCell,
  NextActionButton,
  OneOnOneCell,
  PersonCell,
  PlanCell,
  ReviewCell,
} from './cells';

const columns = [
  { key: 'goals', Cell: GoalsCell },
  { key: 'review', Cell: ReviewCell },
  { key: 'oneOnOne', Cell: OneOnOneCell },
  { key: 'conversation', Cell: ConversationCell },
  { key: 'plan', Cell: PlanCell },
  { key: 'feedback', Cell: FeedbackCell },
] as const;

/** Desktop: one row per person, a column per track, the next step last. */
/** Employee id → the id of their improvement plan under way, for those the caller may read. */
export type OpenPlans = Readonly<Record<string, string>>;

export function TeamTable({ members, openPlans }: { members: TeamMember[]; openPlans: OpenPlans }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={1080} type="native">
        <Table
          verticalSpacing="sm"
          horizontalSpacing="sm"
          data-testid="team-table"
          style={{ tableLayout: 'fixed' }}
        >
          <caption>
            <VisuallyHidden>{t('teamView.tableCaption')}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="16%">
                {t('teamView.columns.person')}
              </Table.Th>
              {columns.map(({ key }) => (
                <Table.Th scope="col" key={key}>
                  {t(`teamView.columns.${key}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col" w="12%">
                {t('teamView.columns.next')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.person.id} data-testid="team-member" data-person-id={member.person.id}>
                <Table.Th scope="row" fw="normal" style={{ verticalAlign: 'top' }}>
                  <PersonCell member={member} improvementPlanId={openPlans[member.person.id]} />
                </Table.Th>
                {columns.map(({ key, Cell }) => (
                  <Table.Td key={key} style={{ verticalAlign: 'top' }}>
                    <Cell member={member} />
                  </Table.Td>
                ))}
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <NextActionButton member={member} fullWidth />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Text size="xs" fw={700} c="dimmed" mb={2}>
        {label}
      </Text>
      {children}
    </Box>
  );
}

/** Phones and narrow windows: one card per person with the same cells, labelled, and the next step. */
export function TeamCards({ members, openPlans }: { members: TeamMember[]; openPlans: OpenPlans }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="team-cards" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {members.map((member) => (
        <Paper
          key={member.person.id}
          withBorder
          p="md"
          component="li"
          data-testid="team-member"
          data-person-id={member.person.id}
        >
          <Stack gap="sm">
            <PersonCell member={member} improvementPlanId={openPlans[member.person.id]} />
            <NextActionButton member={member} fullWidth />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
              {columns.map(({ key, Cell }) => (
                <Field key={key} label={t(`teamView.columns.${key}`)}>
                  <Cell member={member} />
                </Field>
              ))}
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
