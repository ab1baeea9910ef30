import { Button, Group, Kbd, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconBinaryTree2, IconCurrentLocation, IconFold } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { EmptyPanel } from '../../components/EmptyPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { orgPathQuery, orgRootsQuery } from '../api';
import { PersonPicker } from '../PersonPicker';
import { OrgTree } from './OrgTree';

const route = getRouteApi('/app/org-chart');

export function OrgChartPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { focus } = route.useSearch();
  const navigate = route.useNavigate();
  const roots = useQuery(orgRootsQuery);
  const path = useQuery({ ...orgPathQuery(focus ?? ''), enabled: Boolean(focus) });
  const [expanded, setExpandedSet] = useState<ReadonlySet<string>>(() => new Set());
  const [activeKey, setActiveKey] = useState<string | null>(focus ?? null);

  // Deep link: open every manager above the focused person.
  useEffect(() => {
    if (!path.data) return;
    const ancestors = path.data.items.slice(0, -1).map((node) => node.id);
    setExpandedSet((current) => new Set([...current, ...ancestors]));
    const target = path.data.items[path.data.items.length - 1];
    if (target) setActiveKey(target.id);
  }, [path.data]);

  const setExpanded = useCallback((id: string, open: boolean) => {
    setExpandedSet((current) => {
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  // With no deep link, open the top of a small chart so there is something to see.
  useEffect(() => {
    if (focus || !roots.data) return;
    const top = roots.data.items.filter((node) => node.directReportCount > 0);
    if (roots.data.items.length <= 3 && top.length > 0) {
      setExpandedSet((current) => (current.size > 0 ? current : new Set(top.map((node) => node.id))));
    }
  }, [roots.data, focus]);

  const rootItems = roots.data?.items ?? [];
  const pathItems = path.data?.items ?? [];
  const pathRoot = pathItems[0];
  const shownRoots =
    pathRoot && !rootItems.some((r) => r.id === pathRoot.id) ? [...rootItems, pathRoot] : rootItems;

  return (
    <Page title={t('orgChart.title')} description={t('orgChart.lead')}>
      <Paper p="md">
        <Group align="flex-end" justify="space-between" gap="sm">
          <div style={{ flex: '1 1 280px', maxWidth: 420 }}>
            <PersonPicker
              label={t('orgChart.find')}
              value={focus ?? null}
              initial={pathItems.at(-1) ?? null}
              onChange={(person) => void navigate({ search: { focus: person?.id }, replace: true })}
              testId="org-chart-find"
            />
          </div>
          <Group gap="xs">
            {me.person ? (
              <Button
                variant="default"
                leftSection={<IconCurrentLocation size={16} aria-hidden />}
                onClick={() => void navigate({ search: { focus: me.person?.id }, replace: true })}
              >
                {t('orgChart.showMe')}
              </Button>
            ) : null}
            <Button
              variant="default"
              leftSection={<IconFold size={16} aria-hidden />}
              onClick={() => {
                setExpandedSet(new Set());
                setActiveKey(rootItems[0]?.id ?? null);
              }}
              disabled={expanded.size === 0}
            >
              {t('orgChart.collapseAll')}
            </Button>
          </Group>
        </Group>
        <Text size="xs" c="dimmed" mt="sm" visibleFrom="sm">
          {t('orgChart.keyboardHint.before')} <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd>{' '}
          {t('orgChart.keyboardHint.move')} <Kbd size="xs">→</Kbd> <Kbd size="xs">←</Kbd>{' '}
          {t('orgChart.keyboardHint.expand')} <Kbd size="xs">Enter</Kbd> {t('orgChart.keyboardHint.open')}
        </Text>
      </Paper>
      {path.isError ? <ErrorAlert error={path.error} title={t('orgChart.focusFailed')} /> : null}
      <QueryView
        query={roots}
        skeleton={
          <Stack gap="xs">
            {['s1', 's2', 's3', 's4'].map((key) => (
              <Skeleton key={key} height={44} radius="sm" />
            ))}
          </Stack>
        }
        isEmpty={() => shownRoots.length === 0}
        empty={
          <EmptyPanel
            testId="org-chart-empty"
            icon={<IconBinaryTree2 size={28} />}
            title={t('orgChart.empty.title')}
            description={t('orgChart.empty.description')}
          />
        }
      >
        {() => (
          <Paper p="xs" style={{ overflowX: 'auto' }}>
            <OrgTree
              roots={shownRoots}
              expanded={expanded}
              setExpanded={setExpanded}
              activeKey={activeKey}
              setActiveKey={setActiveKey}
              focusId={focus}
              path={pathItems}
            />
          </Paper>
        )}
      </QueryView>
    </Page>
  );
}
