import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddPayRecordModal } from './AddPayRecordModal';
import { personPayQuery } from './api';
import { PayOverview } from './PayOverview';

/**
 * The person's pay on the "Now" half of their profile, for those the pay policy lets read it (the
 * person, their manager chain, HR; the profile asks only when its `viewPay` says so). Reading it is
 * written to the person's access log. HR adds records here.
 */
export function PayNowPanel({ personId, personName }: { personId: string; personName?: string }) {
  const { t } = useTranslation();
  const pay = useInfiniteQuery(personPayQuery(personId));
  const [adding, setAdding] = useState(false);
  const canAdd = pay.data?.pages[0]?.abilities.addRecord ?? false;
  return (
    <Paper withBorder p="md" data-testid="pay-now-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('compensation.panel.title')}
          </Title>
          {canAdd ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setAdding(true)}
              data-testid="add-pay-record"
            >
              {t('compensation.panel.addRecord')}
            </Button>
          ) : null}
        </Group>
        <PayOverview query={pay} order={3} />
      </Stack>
      {canAdd ? (
        <AddPayRecordModal
          opened={adding}
          onClose={() => setAdding(false)}
          personId={personId}
          personName={personName}
          latest={pay.data?.pages[0]?.current ?? null}
        />
      ) : null}
    </Paper>
  );
}
