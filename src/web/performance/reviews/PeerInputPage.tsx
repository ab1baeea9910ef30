import { Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
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
      {own.isPending ? (
        <TableSkeleton rows={3} />
      ) : own.isError ? (
        <ErrorAlert error={own.error} onRetry={() => void own.refetch()} />
      ) : (
        <Stack gap="lg">
          {own.data.form.abilities.edit ? (
            <DeadlineBanner what={t('reviews.form.peerMine')} due={own.data.due} />
          ) : null}
          {own.data.form.abilities.edit ? (
            <FormEditor
              key={`${own.data.form.id}:${own.data.form.state}`}
              form={own.data.form}
              title={t('reviews.form.peerMine')}
              scale={scale}
              goals={[]}
              onSubmitted={() => void queryClient.invalidateQueries({ queryKey: reviewKeys.ownForm(formId) })}
            />
          ) : (
            <FormReadOnly form={own.data.form} title={t('reviews.form.peerMine')} scale={scale} goals={[]} />
          )}
        </Stack>
      )}
    </Page>
  );
}
