import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Report360 } from '../../../contracts/feedback360';

/**
 * The manager's answers by name, when the subject chose so at request time: one person's scores and
 * comments, visibly apart from the anonymous groups, averages and shuffled comments above.
 */
export function NamedManagerSection({ report, own }: { report: Report360; own: boolean }) {
  const { t } = useTranslation();
  const named = report.namedManager;
  if (!named) return null;
  const name = named.displayName;
  const comments = [...named.comments.strengths, ...named.comments.suggestions];
  return (
    <Paper withBorder p="md" data-testid="feedback360-named-manager">
      <Stack gap="sm">
        <Group gap="xs">
          <IconUserCheck size={20} aria-hidden />
          <Title order={2} size="h4">
            {own
              ? t('feedback360.report.namedTitle', { name })
              : t('feedback360.report.namedTitleOther', { name })}
          </Title>
          {named.jobTitle ? <Badge variant="light">{named.jobTitle}</Badge> : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('feedback360.report.namedHelp')}
        </Text>
        {!named.answered ? (
          <Text size="sm">{t('feedback360.report.namedNotAnswered', { name })}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={320}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('feedback360.report.competency')}</Table.Th>
                    <Table.Th scope="col">{t('feedback360.report.namedScore')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {named.scores.map((s) => (
                    <Table.Tr key={s.name}>
                      <Table.Th scope="row" fw={500}>
                        {s.name}
                      </Table.Th>
                      <Table.Td>{s.score ?? t('feedback360.respond.scale.na')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {comments.map((text) => (
              <Paper key={text} p="sm" bg="var(--mantine-color-gray-0)" radius="md">
                <Text size="sm">“{text}”</Text>
              </Paper>
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}
