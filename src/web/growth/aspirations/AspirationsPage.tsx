import { Alert, Button, NativeSelect, SegmentedControl, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconCompass, IconLock, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Aspiration, type AspirationKind, aspirationKind } from '../../../contracts/aspirations';
import { toneAlert } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { AspirationCard } from './AspirationCard';
import { AspirationModal } from './AspirationModal';
import { myAspirationsQuery } from './api';

const groups = ['one_year', 'two_three_years', 'long_term', 'timeless'] as const;

/** `/growth/aspirations`: the caller's own aspirations by horizon, each private or shared. */
export function AspirationsPage() {
  const { t } = useTranslation();
  const query = useQuery(myAspirationsQuery());
  const [editing, setEditing] = useState<Aspiration | null>(null);
  const [adding, setAdding] = useState(false);
  const [kind, setKind] = useState<AspirationKind | 'all'>('all');
  const kindFilters = [
    { value: 'all', label: t('aspirations.filters.all') },
    ...aspirationKind.options.map((k) => ({ value: k, label: t(`aspirations.kinds.${k}`) })),
  ];
  const items = (query.data?.items ?? []).filter((item) => kind === 'all' || item.kind === kind);
  return (
    <Page
      title={t('aspirations.title')}
      description={t('aspirations.lead')}
      actions={
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          color="brand"
          onClick={() => setAdding(true)}
          data-testid="aspiration-add"
        >
          {t('aspirations.add')}
        </Button>
      }
    >
      <Alert {...toneAlert('info')} icon={<IconLock aria-hidden />}>
        {t('aspirations.privacyNote')}
      </Alert>
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={3} />}
        empty={
          <EmptyPanel
            testId="aspirations-empty"
            icon={<IconCompass size={28} />}
            color="brand"
            title={t('aspirations.empty.title')}
            description={t('aspirations.empty.description')}
            actions={
              <Button variant="light" color="brand" onClick={() => setAdding(true)}>
                {t('aspirations.add')}
              </Button>
            }
          />
        }
      >
        {() => (
          <Stack gap="lg" data-testid="aspirations-list">
            <SegmentedControl
              aria-label={t('aspirations.filters.label')}
              value={kind}
              onChange={(value) => setKind(value as AspirationKind | 'all')}
              data={kindFilters}
              style={{ overflowX: 'auto', maxWidth: '100%' }}
              visibleFrom="sm"
            />
            {/* Six segments do not fit a phone: there the same filter is a select. */}
            <NativeSelect
              label={t('aspirations.filters.label')}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as AspirationKind | 'all')}
              data={kindFilters}
              hiddenFrom="sm"
            />
            {groups.map((group) => {
              const inGroup = items.filter((item) => (item.horizon ?? 'timeless') === group);
              if (inGroup.length === 0) return null;
              return (
                <Stack key={group} gap="sm" component="section" aria-labelledby={`aspirations-${group}`}>
                  <Title order={2} size="h4" id={`aspirations-${group}`} c="brand.9">
                    {t(`aspirations.groups.${group}`)}
                  </Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    {inGroup.map((item) => (
                      <AspirationCard key={item.id} item={item} onEdit={setEditing} />
                    ))}
                  </SimpleGrid>
                </Stack>
              );
            })}
          </Stack>
        )}
      </QueryView>
      <AspirationModal
        opened={adding || editing !== null}
        editing={editing}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
    </Page>
  );
}
