import { Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { TableSkeleton } from '../../components/TableSkeleton';
import { ownFormQuery, reviewKeys } from './api';
import { FormEditor } from './FormEditor';
import { FormReadOnly } from './FormReadOnly';
import { DeadlineBanner } from './ReviewBits';

/** Where a peer-input writer works: their own form about the person, and nothing of the review. */
export function PeerInputPage() {
  const { t } = useTranslation();
  const { formId } = useParams({ from: '/app/performance/peer-input/$formId' });
  const queryClient = useQueryClient();
  const own = useQuery(ownFormQuery(formId));
  const data = own.data;
  const scale = { labels: ['1', '2'] };
  return (
    <Page
      title={data ? t('reviews.peerPage.title', { name: data.subject.displayName }) : t('reviews.title')}
      description={
        data
          ? t('reviews.peerPage.lead', { name: data.requestedBy?.displayName ?? '', cycle: data.cycleName })
          : undefined
      }
      above={
        <AnchorLink to="/performance/reviews" size="sm">
          {t('reviews.review.back')}
        </AnchorLink>
      }
    >
      <QueryView query={own} skeleton={<TableSkeleton rows={3} />}>
        {(data) => (
          <Stack gap="lg">
            {data.form.abilities.edit ? (
              <DeadlineBanner what={t('reviews.form.peerMine')} due={data.due} />
            ) : null}
            {data.form.abilities.edit ? (
              <FormEditor
                key={`${data.form.id}:${data.form.state}`}
                form={data.form}
                title={t('reviews.form.peerMine')}
                scale={scale}
                goals={[]}
                onSubmitted={() =>
                  void queryClient.invalidateQueries({ queryKey: reviewKeys.ownForm(formId) })
                }
              />
            ) : (
              <FormReadOnly form={data.form} title={t('reviews.form.peerMine')} scale={scale} goals={[]} />
            )}
          </Stack>
        )}
      </QueryView>
    </Page>
  );
}
