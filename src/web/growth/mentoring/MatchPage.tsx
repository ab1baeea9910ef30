import { Badge, Button, Group, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Match, sessionCadence } from '../../../contracts/mentoring';
import { apiPost, apiPut } from '../../api/client';
import { formatDate, formatDateTime } from '../../app/format';
import { toneBadge } from '../../app/statusColors';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { matchQuery } from './api';
import { statusTone } from './MatchCard';
import { Block, Close, Feedback, Sessions, useMatchChange } from './MatchParts';
import { ScoreBars } from './ScoreBars';

const route = getRouteApi('/app/growth/mentoring/matches/$matchId');

/** `/growth/mentoring/matches/$matchId`: one match as the caller may see it, and their next step. */
export function MatchPage() {
  const { t } = useTranslation();
  const { matchId } = route.useParams();
  const query = useQuery(matchQuery(matchId));
  return (
    <QueryView query={query} frame={(body) => <Page title={t('mentoring.title')}>{body}</Page>}>
      {(m) => (
        <Page
          title={`${m.mentee.name} · ${m.mentor.name}`}
          description={m.programmeName}
          above={<AnchorLink to="/growth/mentoring">{t('mentoring.match.back')}</AnchorLink>}
        >
          <Group gap="xs">
            <Badge {...toneBadge(statusTone[m.status])} size="lg">
              {t(`mentoring.statuses.${m.status}`)}
            </Badge>
            {m.score !== null ? (
              <Badge variant="outline">{t('mentoring.score', { score: m.score })}</Badge>
            ) : null}
          </Group>
          {m.breakdown ? <ScoreBars breakdown={m.breakdown} /> : null}
          {m.abilities.respond ? <Respond match={m} /> : null}
          <Agreement match={m} />
          {m.abilities.share ? <Share match={m} /> : null}
          {m.viewerRole === 'mentee' || m.viewerRole === 'mentor' ? <Sessions match={m} /> : null}
          {m.viewerRole === 'manager' && m.sessionDates ? (
            <Block id="match-dates" title={t('mentoring.match.sessions')}>
              <Text size="sm">
                {m.sessionDates.map((d) => formatDate(d)).join(', ') || t('mentoring.match.sessionsEmpty')}
              </Text>
            </Block>
          ) : null}
          {m.abilities.feedback ? <Feedback match={m} /> : null}
          {m.abilities.close ? <Close match={m} /> : null}
        </Page>
      )}
    </QueryView>
  );
}

function Respond({ match }: { match: Match }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const respond = useMatchChange((accept: boolean) =>
    apiPost('/api/growth/mentoring/matches/{matchId}/response', {
      params: { path: { matchId: match.id } },
      body: { version: match.version, accept, reason },
    }),
  );
  return (
    <Block id="match-respond" title={t('mentoring.statuses.proposed')}>
      {match.respondBy ? (
        <Text size="sm">{t('mentoring.matches.respondBy', { date: formatDateTime(match.respondBy) })}</Text>
      ) : null}
      <TextInput
        label={t('mentoring.match.declineReason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={1000}
      />
      {respond.error ? <ErrorAlert error={respond.error} /> : null}
      <Group>
        <Button
          color="brand"
          onClick={() => respond.mutate(true)}
          loading={respond.isPending}
          data-testid="mentoring-accept"
        >
          {t('mentoring.match.accept')}
        </Button>
        <Button variant="default" onClick={() => respond.mutate(false)} loading={respond.isPending}>
          {t('mentoring.match.decline')}
        </Button>
      </Group>
    </Block>
  );
}

function Agreement({ match }: { match: Match }) {
  const { t } = useTranslation();
  const a = match.agreement;
  const [goals, setGoals] = useState(a?.goals ?? '');
  const [cadence, setCadence] = useState<string>(a?.cadence ?? 'fortnightly');
  const [confidentiality, setConfidentiality] = useState(
    a?.confidentiality ?? t('mentoring.match.confidentialityDefault'),
  );
  const [endDate, setEndDate] = useState(a?.endDate ?? '');
  const write = useMatchChange(() =>
    apiPut('/api/growth/mentoring/matches/{matchId}/agreement', {
      params: { path: { matchId: match.id } },
      body: {
        version: match.version,
        goals,
        cadence: cadence as (typeof sessionCadence.options)[number],
        confidentiality,
        endDate,
      },
    }),
  );
  const confirm = useMatchChange(() =>
    apiPost('/api/growth/mentoring/matches/{matchId}/agreement/confirmation', {
      params: { path: { matchId: match.id } },
      body: { version: match.version },
    }),
  );
  if (!a && !match.abilities.writeAgreement) return null;
  return (
    <Block id="match-agreement" title={t('mentoring.match.agreementTitle')}>
      <Text size="sm" c="dimmed">
        {t('mentoring.match.agreementLead')}
      </Text>
      {match.abilities.writeAgreement ? (
        <Stack gap="sm" data-testid="mentoring-agreement-form">
          <Textarea
            label={t('mentoring.match.goals')}
            value={goals}
            onChange={(e) => setGoals(e.currentTarget.value)}
            autosize
            minRows={2}
            required
          />
          <Select
            label={t('mentoring.match.cadence')}
            data={sessionCadence.options.map((c) => ({ value: c, label: t(`mentoring.cadences.${c}`) }))}
            value={cadence}
            onChange={(v) => v && setCadence(v)}
            allowDeselect={false}
          />
          <Textarea
            label={t('mentoring.match.confidentiality')}
            value={confidentiality}
            onChange={(e) => setConfidentiality(e.currentTarget.value)}
            autosize
            required
          />
          <DateField label={t('mentoring.match.endDate')} value={endDate} onChange={setEndDate} required />
          {write.error ? <ErrorAlert error={write.error} /> : null}
          <Group justify="flex-end">
            <Button
              color="brand"
              onClick={() => write.mutate(undefined)}
              loading={write.isPending}
              data-testid="mentoring-agreement-save"
            >
              {t('mentoring.match.saveAgreement')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap={4}>
          {a?.goals ? (
            <Text size="sm">
              {t('mentoring.match.goals')}: {a.goals}
            </Text>
          ) : null}
          {a?.cadence ? (
            <Text size="sm">
              {t('mentoring.match.cadence')}: {t(`mentoring.cadences.${a.cadence}`)}
            </Text>
          ) : null}
          {a?.confidentiality ? (
            <Text size="sm">
              {t('mentoring.match.confidentiality')}: {a.confidentiality}
            </Text>
          ) : null}
          {a?.endDate ? (
            <Text size="sm">
              {t('mentoring.match.endDate')}: {formatDate(a.endDate)}
            </Text>
          ) : null}
        </Stack>
      )}
      {match.status === 'accepted' && match.viewerRole === 'mentee' && !match.abilities.confirmAgreement ? (
        <Text size="sm" c="dimmed">
          {t('mentoring.match.awaitingAgreement')}
        </Text>
      ) : null}
      {match.status === 'accepted' && match.viewerRole === 'mentor' && a?.writtenAt ? (
        <Text size="sm" c="dimmed">
          {t('mentoring.match.awaitingConfirm')}
        </Text>
      ) : null}
      {match.abilities.confirmAgreement ? (
        <Group>
          {confirm.error ? <ErrorAlert error={confirm.error} /> : null}
          <Button
            color="brand"
            onClick={() => confirm.mutate(undefined)}
            loading={confirm.isPending}
            data-testid="mentoring-confirm"
          >
            {t('mentoring.match.confirm')}
          </Button>
        </Group>
      ) : null}
    </Block>
  );
}

function Share({ match }: { match: Match }) {
  const { t } = useTranslation();
  const share = useMatchChange((sharedWithManager: boolean) =>
    apiPost('/api/growth/mentoring/matches/{matchId}/sharing', {
      params: { path: { matchId: match.id } },
      body: { version: match.version, sharedWithManager },
    }),
  );
  return (
    <Switch
      label={t('mentoring.match.share')}
      checked={match.sharedWithManager ?? false}
      onChange={(e) => share.mutate(e.currentTarget.checked)}
      disabled={share.isPending}
    />
  );
}
