import { Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useMe } from '../../app/session';
import { EmptyPanel } from '../../components/EmptyPanel';
import { AnchorLink, ButtonLink } from '../../components/links';
import { NowNext } from '../../components/NowNext';
import { Page, useDocumentTitle } from '../../components/Page';
import { PersonAvatar } from '../../components/PersonAvatar';
import { QueryView } from '../../components/QueryView';
import { StatusBadge } from '../../components/StatusBadge';
import { GrowthNext } from '../../growth/GrowthNext';
import { PerformanceNow } from '../../performance/PerformanceNow';
import { personQuery } from '../api';
import { ProfileActions } from './ProfileActions';
import { ProfileDetails } from './ProfileDetails';
import { ReportingHistory } from './ReportingHistory';
import { RolesEditor } from './RolesEditor';

const route = getRouteApi('/app/people/$personId');

export function ProfilePage() {
  const { t } = useTranslation();
  const { personId } = route.useParams();
  const me = useMe();
  const person = useQuery(personQuery(personId));
  useDocumentTitle(person.data?.displayName ?? t('profile.title'));
  const back = (
    <AnchorLink to="/people" size="sm">
      ← {t('profile.backToDirectory')}
    </AnchorLink>
  );

  const p = person.data;
  if (!p) {
    if (isApiError(person.error) && (person.error.status === 404 || person.error.status === 400)) {
      return (
        <Page title={t('profile.notFound.title')} above={back}>
          <EmptyPanel
            testId="profile-not-found"
            icon={<IconUserSearch size={28} />}
            title={t('profile.notFound.heading')}
            description={t('profile.notFound.description')}
            actions={<ButtonLink to="/people">{t('profile.backToDirectory')}</ButtonLink>}
          />
        </Page>
      );
    }
    // Until the profile arrives: the way back, then the profile's skeleton or the failure with a retry.
    return (
      <Stack gap="lg">
        {back}
        <QueryView query={person} skeleton={<ProfileSkeleton />}>
          {() => null}
        </QueryView>
      </Stack>
    );
  }

  const isSelf = me.person?.id === p.id;
  return (
    <Page
      title={p.displayName}
      above={back}
      leading={<PersonAvatar name={p.displayName} size={48} />}
      description={
        <Group gap="sm" wrap="wrap">
          <Text span c="dimmed">
            {[p.jobTitle, p.department?.name].filter(Boolean).join(' · ') || t('common.noTitle')}
          </Text>
          <StatusBadge status={p.status} size="md" />
          {isSelf ? (
            <Text span size="sm" c="brand.8" fw={600}>
              {t('profile.thisIsYou')}
            </Text>
          ) : null}
        </Group>
      }
      actions={<ProfileActions person={p} isSelf={isSelf} />}
    >
      <ProfileDetails person={p} />
      <NowNext
        subject={isSelf ? 'self' : 'other'}
        name={p.givenName || p.displayName}
        now={
          <PerformanceNow
            personId={p.id}
            personName={p.givenName || p.displayName}
            reviews={p.abilities.viewReviews}
            pay={p.abilities.viewPay}
          />
        }
        next={
          <GrowthNext
            personId={p.id}
            personName={p.givenName || p.displayName}
            development={p.abilities.viewDevelopment}
            careerPath={p.abilities.viewCareerPath}
          />
        }
      />
      {p.abilities.viewReportingHistory ? <ReportingHistory personId={p.id} /> : null}
      {p.abilities.manageRoles && p.roles ? <RolesEditor person={p} /> : null}
    </Page>
  );
}

/** The shape of a profile while it loads: avatar and name, the details, the Now/Next halves. */
function ProfileSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true">
      <Group>
        <Skeleton circle height={64} />
        <Stack gap={8}>
          <Skeleton height={28} width={260} />
          <Skeleton height={16} width={180} />
        </Stack>
      </Group>
      <Skeleton height={140} />
      <Skeleton height={260} />
    </Stack>
  );
}
