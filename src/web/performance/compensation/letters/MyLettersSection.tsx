import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileText, IconMail } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../app/format';
import { EmptyPanel } from '../../../components/EmptyPanel';
import { QueryView } from '../../../components/QueryView';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { ownLetterHref, ownLettersQuery } from './api';

/** "Letters" on My pay: the caller's letters of released cycles, from each visibility date on. */
export function MyLettersSection() {
  const { t } = useTranslation();
  const letters = useQuery(ownLettersQuery);
  return (
    <Paper p="lg" component="section" aria-labelledby="my-letters-title" data-testid="my-letters">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id="my-letters-title">
            {t('compensation.letters.own.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('compensation.letters.own.lead')}
          </Text>
        </Stack>
        <QueryView
          query={letters}
          skeleton={<TableSkeleton rows={2} />}
          empty={
            <EmptyPanel
              icon={<IconMail size={28} />}
              title={t('compensation.letters.own.empty.title')}
              description={t('compensation.letters.own.empty.description')}
              order={3}
              withBorder={false}
              testId="my-letters-empty"
            />
          }
        >
          {(data) => (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {data.items.map((letter) => (
                <Group
                  key={letter.cycleId}
                  component="li"
                  justify="space-between"
                  wrap="wrap"
                  gap="xs"
                  p="sm"
                  style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
                >
                  <Group gap="sm" wrap="nowrap">
                    <IconFileText size={20} aria-hidden />
                    <Stack gap={0}>
                      <Text fw={500}>{letter.cycleName}</Text>
                      <Text size="sm" c="dimmed">
                        {t('compensation.letters.own.effective', { date: formatDate(letter.effectiveDate) })}
                      </Text>
                    </Stack>
                  </Group>
                  <Anchor
                    href={ownLetterHref(letter.cycleId)}
                    download
                    aria-label={t('compensation.letters.own.openLabel', { cycle: letter.cycleName })}
                    data-testid="my-letter-link"
                  >
                    {t('compensation.letters.own.open')}
                  </Anchor>
                </Group>
              ))}
            </Stack>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
