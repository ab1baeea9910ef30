import { Box, Button, Paper, Stack, Text } from '@mantine/core';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { adminSections } from '../../app/adminSections';
import { formatNumber } from '../../app/format';
import type { DirectorySearch } from '../../app/search';
import { useMe } from '../../app/session';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ButtonLink } from '../../components/links';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { directoryQuery, PAGE_SIZE } from '../api';
import { DirectoryFilters } from './DirectoryFilters';
import { DirectoryTable } from './DirectoryTable';

const route = getRouteApi('/app/people');

export function DirectoryPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const people = useQuery(directoryQuery(search));
  const canAdd = adminSections(me).includes('people');

  const update = (patch: Partial<DirectorySearch>) =>
    void navigate({
      search: (prev) => ({ ...prev, ...patch, page: 'page' in patch ? patch.page : undefined }),
      replace: true,
    });
  const filtered = Boolean(search.q || search.departmentId || search.levelId || search.status);

  return (
    <Page
      title={t('directory.title')}
      description={t('directory.lead')}
      actions={
        canAdd ? (
          <ButtonLink to="/admin/people" leftSection={<IconUserPlus size={16} aria-hidden />}>
            {t('admin.people.add')}
          </ButtonLink>
        ) : undefined
      }
    >
      <Paper p="md">
        <DirectoryFilters search={search} onChange={update} />
      </Paper>
      <Stack gap="sm" aria-busy={people.isFetching}>
        {people.data ? (
          <Text fw={600} data-testid="directory-total" role="status">
            {t('directory.total', { count: people.data.total, formatted: formatNumber(people.data.total) })}
          </Text>
        ) : null}
        <QueryView
          query={people}
          empty={
            <EmptyPanel
              testId="directory-empty"
              icon={<IconUsers size={28} />}
              title={filtered ? t('directory.empty.filteredTitle') : t('directory.empty.title')}
              description={
                filtered ? t('directory.empty.filteredDescription') : t('directory.empty.description')
              }
              actions={
                filtered ? (
                  <Button
                    variant="default"
                    onClick={() =>
                      update({ q: undefined, departmentId: undefined, levelId: undefined, status: undefined })
                    }
                  >
                    {t('directory.clear')}
                  </Button>
                ) : canAdd ? (
                  <ButtonLink to="/admin/people">{t('admin.people.add')}</ButtonLink>
                ) : undefined
              }
            />
          }
        >
          {(data) => (
            <>
              {/* The previous page stays, faded, until the next one arrives. */}
              <Box style={{ opacity: people.isPlaceholderData ? 0.6 : 1 }}>
                <DirectoryTable people={data.items} caption={t('directory.title')} />
              </Box>
              <Pager
                page={data.page}
                pageSize={data.pageSize || PAGE_SIZE}
                total={data.total}
                onChange={(page) => update({ page: page > 1 ? page : undefined })}
              />
            </>
          )}
        </QueryView>
      </Stack>
    </Page>
  );
}
