import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel } from '../../../components/EmptyPanel';
import { ButtonLink } from '../../../components/links';
import { Page } from '../../../components/Page';
import { Pager } from '../../../components/Pager';
import { QueryView } from '../../../components/QueryView';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { PAGE_SIZE, templatesQuery } from '../api';

export function TemplatesPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const templates = useQuery(templatesQuery(page));
  const create = (
    <ButtonLink
      to="/performance/review-templates/$templateId"
      params={{ templateId: 'new' }}
      data-testid="template-new"
    >
      {t('reviews.templates.create')}
    </ButtonLink>
  );
  return (
    <Page title={t('reviews.templates.title')} description={t('reviews.templates.lead')} actions={create}>
      <QueryView
        query={templates}
        skeleton={<TableSkeleton />}
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyPanel
            icon={<IconTemplate size={28} />}
            title={t('reviews.templates.empty')}
            description={t('reviews.templates.emptyHint')}
          />
        }
      >
        {(data) => (
          <Stack gap="sm">
            <Stack gap="xs" component="ul" p={0} m={0} data-testid="templates-list">
              {data.items.map((template) => (
                <Paper key={template.id} withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
                  <Group justify="space-between" gap="sm">
                    <Stack gap={2}>
                      <Text fw={600}>{template.name}</Text>
                      <Text size="sm" c="dimmed">
                        {t('reviews.templates.questions', { count: template.questionCount })} ·{' '}
                        {t('reviews.templates.scale', { count: template.scaleSize })} ·{' '}
                        {t('reviews.templates.version', { version: template.version })}
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      {template.archived ? (
                        <Badge variant="filled" color="gray.7">
                          {t('reviews.templates.archived')}
                        </Badge>
                      ) : null}
                      <ButtonLink
                        to="/performance/review-templates/$templateId"
                        params={{ templateId: template.id }}
                        size="xs"
                        variant="default"
                        aria-label={`${t('reviews.templates.edit')}: ${template.name}`}
                      >
                        {t('reviews.templates.edit')}
                      </ButtonLink>
                    </Group>
                  </Group>
                </Paper>
              ))}
            </Stack>
            <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          </Stack>
        )}
      </QueryView>
    </Page>
  );
}
