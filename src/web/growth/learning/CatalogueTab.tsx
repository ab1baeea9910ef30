import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBook, IconExternalLink, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LearningItem, type LearningKind, learningKind } from '../../../contracts/learning';
import { hasRole, useMe } from '../../app/session';
import { enrolmentTone, toneBadge } from '../../app/statusColors';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { TableSkeleton } from '../../components/TableSkeleton';
import { itemsQuery, LEARNING_PAGE_SIZE, learningApi, learningKeys } from './api';
import { formatDuration } from './format';
import { ItemModal } from './ItemModal';

/** The catalogue: search and filter, enrol; HR adds, edits and retires items and sees counts. */
export function CatalogueTab() {
  const { t } = useTranslation();
  const me = useMe();
  const hr = hasRole(me, 'hr_admin');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [kind, setKind] = useState<LearningKind | null>(null);
  const [showRetired, setShowRetired] = useState(false);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<LearningItem | 'new' | null>(null);
  const query = useQuery(
    itemsQuery({ search: debounced, kind, status: showRetired ? 'all' : 'active', page }),
  );
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('learning.catalogue.search')}
          placeholder={t('learning.catalogue.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', xs: 280 }}
        />
        <Select
          label={t('learning.catalogue.kind')}
          placeholder={t('learning.catalogue.allKinds')}
          data={learningKind.options.map((value) => ({ value, label: t(`learning.kinds.${value}`) }))}
          value={kind}
          onChange={(value) => {
            setKind(value as LearningKind | null);
            setPage(1);
          }}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
        {hr ? (
          <>
            <Switch
              label={t('learning.catalogue.showRetired')}
              checked={showRetired}
              onChange={(event) => setShowRetired(event.currentTarget.checked)}
              mb={8}
            />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing('new')}
              ml="auto"
            >
              {t('learning.catalogue.add')}
            </Button>
          </>
        ) : null}
      </Group>
      <QueryView
        query={query}
        skeleton={<TableSkeleton rows={4} />}
        isEmpty={(data) => data.total === 0}
        empty={
          <EmptyPanel
            icon={<IconBook size={28} />}
            title={t(debounced || kind ? 'learning.catalogue.noMatch' : 'learning.catalogue.empty')}
            description={t(hr ? 'learning.catalogue.emptyHr' : 'learning.catalogue.emptyHelp')}
            order={3}
          />
        }
      >
        {(data) => (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {data.items.map((item) => (
                <ItemCard key={item.id} item={item} onEdit={() => setEditing(item)} />
              ))}
            </SimpleGrid>
            {data.total > LEARNING_PAGE_SIZE ? (
              <Pager page={page} pageSize={LEARNING_PAGE_SIZE} total={data.total} onChange={setPage} />
            ) : null}
          </>
        )}
      </QueryView>
      {editing ? (
        <ItemModal item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Stack>
  );
}

function ItemCard({ item, onEdit }: { item: LearningItem; onEdit: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const enrol = useMutation({
    mutationFn: () => learningApi.enrol(item.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: learningKeys.all });
      showToast({
        tone: 'positive',
        message: t('learning.catalogue.enrolled', { title: item.title }),
      });
    },
  });
  const duration = formatDuration(item.durationMinutes, t);
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={`learning-item-${item.id}`}
      data-testid="learning-item"
    >
      <Stack gap={6} h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} id={`learning-item-${item.id}`}>
            {item.title}
          </Text>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t(`learning.kinds.${item.kind}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {[
            item.provider,
            duration,
            item.url ? t('learning.catalogue.external') : t('learning.catalogue.internal'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {item.description ? (
          <Text size="sm" lineClamp={3}>
            {item.description}
          </Text>
        ) : null}
        {item.competencies.length > 0 || item.skills.length > 0 ? (
          <Group gap={4}>
            {item.competencies.map((c) => (
              <Badge key={c.id} size="sm" variant="outline" color="brand">
                {c.name}
              </Badge>
            ))}
            {item.skills.map((s) => (
              <Badge key={s} size="sm" variant="outline" color="gray">
                {s}
              </Badge>
            ))}
          </Group>
        ) : null}
        {item.enrolledCount !== null ? (
          <Text size="xs" c="dimmed">
            {t('learning.catalogue.counts', {
              enrolled: item.enrolledCount,
              completed: item.completedCount ?? 0,
            })}
          </Text>
        ) : null}
        {item.status === 'retired' ? (
          <Badge color="gray" w="fit-content">
            {t('learning.catalogue.retired')}
          </Badge>
        ) : null}
        {enrol.isError ? <ErrorAlert error={enrol.error} /> : null}
        <Group gap="xs" mt="auto" pt={6}>
          {item.myEnrolment ? (
            <Badge {...toneBadge(enrolmentTone[item.myEnrolment.status])}>
              {t(`learning.status.${item.myEnrolment.status}`)}
            </Badge>
          ) : item.abilities.enrol ? (
            <Button size="xs" onClick={() => enrol.mutate()} loading={enrol.isPending}>
              {t('learning.catalogue.enrol')}
              <span className="visually-hidden">: {item.title}</span>
            </Button>
          ) : null}
          {item.url ? (
            <Anchor href={item.url} target="_blank" rel="noopener noreferrer" size="sm">
              <Group gap={4} component="span">
                {t('learning.catalogue.open')}
                <IconExternalLink size={14} aria-hidden />
                <span className="visually-hidden">
                  : {item.title} ({t('learning.catalogue.newTab')})
                </span>
              </Group>
            </Anchor>
          ) : null}
          {item.abilities.edit ? (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
              ml="auto"
            >
              {t('learning.catalogue.edit')}
              <span className="visually-hidden">: {item.title}</span>
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
