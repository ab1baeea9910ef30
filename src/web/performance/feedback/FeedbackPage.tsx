import { Button, Stack, Tabs } from '@mantine/core';
import { IconHeart, IconInbox, IconMessageCircle, IconMessageQuestion, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel } from '../../components/EmptyPanel';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { FEEDBACK_PAGE_SIZE, type FeedbackList, feedbackListQuery } from './api';
import { FeedbackCard } from './FeedbackCard';
import { AskFeedbackModal, GiveFeedbackModal } from './GiveFeedbackModal';
import { RequestsTab } from './RequestsTab';
import { type FeedbackTab, feedbackTabs } from './search';

const route = getRouteApi('/app/performance/feedback');

/** `/performance/feedback`: give, ask, and the received / given / requests / praise lists. */
export function FeedbackPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tab: FeedbackTab = search.tab ?? 'received';
  const [giving, setGiving] = useState(false);
  const [asking, setAsking] = useState(false);
  const actions = (
    <>
      <Button
        variant="default"
        leftSection={<IconMessageQuestion size={16} aria-hidden />}
        onClick={() => setAsking(true)}
      >
        {t('feedback.ask')}
      </Button>
      <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => setGiving(true)}>
        {t('feedback.give')}
      </Button>
    </>
  );
  return (
    <Page title={t('feedback.title')} description={t('feedback.lead')} actions={actions}>
      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate({ search: { tab: (value as FeedbackTab) ?? undefined }, replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('feedback.tabs.label')}>
          {feedbackTabs.map((value) => (
            <Tabs.Tab key={value} value={value} leftSection={tabIcon[value]}>
              {t(`feedback.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="received" pt="md">
          <ItemList list="received" onEmptyAction={() => setAsking(true)} />
        </Tabs.Panel>
        <Tabs.Panel value="given" pt="md">
          <ItemList list="given" onEmptyAction={() => setGiving(true)} />
        </Tabs.Panel>
        <Tabs.Panel value="requests" pt="md">
          <RequestsTab />
        </Tabs.Panel>
        <Tabs.Panel value="praise" pt="md">
          <ItemList list="praise" onEmptyAction={() => setGiving(true)} />
        </Tabs.Panel>
      </Tabs>
      <GiveFeedbackModal opened={giving} onClose={() => setGiving(false)} />
      <AskFeedbackModal opened={asking} onClose={() => setAsking(false)} />
    </Page>
  );
}

const tabIcon: Record<FeedbackTab, React.ReactNode> = {
  received: <IconInbox size={16} aria-hidden />,
  given: <IconSend size={16} aria-hidden />,
  requests: <IconMessageQuestion size={16} aria-hidden />,
  praise: <IconHeart size={16} aria-hidden />,
};

function ItemList({ list, onEmptyAction }: { list: FeedbackList; onEmptyAction: () => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const items = useQuery(feedbackListQuery(list, page));
  return (
    <QueryView
      query={items}
      skeleton={<TableSkeleton rows={3} />}
      empty={
        <EmptyPanel
          testId={`feedback-${list}-empty`}
          icon={list === 'praise' ? <IconHeart size={28} /> : <IconMessageCircle size={28} />}
          title={t(`feedback.tabs.${list}`)}
          description={t(`feedback.empty.${list}`)}
          actions={
            <Button variant="light" onClick={onEmptyAction}>
              {list === 'received' ? t('feedback.ask') : t('feedback.give')}
            </Button>
          }
        />
      }
    >
      {(data) => (
        <Stack gap="sm" data-testid={`feedback-${list}`}>
          {data.items.map((item) => (
            <FeedbackCard key={item.id} item={item} />
          ))}
          <Pager page={page} pageSize={FEEDBACK_PAGE_SIZE} total={data.total} onChange={setPage} />
        </Stack>
      )}
    </QueryView>
  );
}
