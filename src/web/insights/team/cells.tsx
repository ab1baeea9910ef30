import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../contracts/teamView';
import { formatDate, formatDateTime } from '../../app/format';
import { goalHealthTone, toneBadge } from '../../app/statusColors';
import { AnchorLink, ButtonLink } from '../../components/links';
import { PersonAvatar } from '../../components/PersonAvatar';
import { StatusBadge } from '../../components/StatusBadge';

/**
 * The cells of one team-view row, each with the link that acts on it. Table and card list render the
 * same cells, so a phone shows everything a desktop does. Links name the person in their accessible
 * label, as the same words repeat on every row.
 */
interface CellProps {
  member: TeamMember;
}

const firstName = (member: TeamMember) =>
  member.person.displayName.split(' ')[0] ?? member.person.displayName;

/**
 * The person, with a flag to their improvement plan when one is under way (`improvementPlanId`,
 * from the plans list the caller may read; the team view's own data carries nothing about plans).
 */
export function PersonCell({ member, improvementPlanId }: CellProps & { improvementPlanId?: string }) {
  const { t } = useTranslation();
  return (
    <Group wrap="nowrap" gap="sm" align="flex-start">
      <PersonAvatar name={member.person.displayName} size={36} />
      <Stack gap={2} miw={0}>
        <AnchorLink
          to="/people/$personId"
          params={{ personId: member.person.id }}
          fw={600}
          data-testid="team-member-name"
        >
          {member.person.displayName}
        </AnchorLink>
        <Text size="xs" c="dimmed">
          {member.person.jobTitle || t('common.noTitle')}
        </Text>
        {member.depth > 1 && member.manager ? (
          <Text size="xs" c="dimmed">
            {t('teamView.reportsTo', { name: member.manager.displayName })}
          </Text>
        ) : null}
        {member.person.status !== 'active' ? <StatusBadge status={member.person.status} size="xs" /> : null}
        {improvementPlanId ? (
          <AnchorLink
            to="/performance/improvement-plans/$planId"
            params={{ planId: improvementPlanId }}
            size="xs"
            aria-label={t('teamView.improvementPlan.openFor', { name: member.person.displayName })}
            data-testid="team-member-pip"
          >
            <Group gap={4} wrap="nowrap">
              <IconClipboardCheck size={14} aria-hidden />
              {t('teamView.improvementPlan.flag')}
            </Group>
          </AnchorLink>
        ) : null}
      </Stack>
    </Group>
  );
}

export function GoalsCell({ member }: CellProps) {
  const { t } = useTranslation();
  const { onTrack, atRisk, offTrack, noCheckIn, done } = member.goals;
  const counts = [
    { key: 'offTrack', count: offTrack, tone: goalHealthTone.off_track },
    { key: 'atRisk', count: atRisk, tone: goalHealthTone.at_risk },
    { key: 'onTrack', count: onTrack, tone: goalHealthTone.on_track },
    { key: 'noCheckIn', count: noCheckIn, tone: 'neutral' as const },
    { key: 'done', count: done, tone: 'positive' as const },
  ] as const;
  const shown = counts.filter((c) => c.count > 0);
  return (
    <Stack gap={4} data-testid="team-goals">
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('teamView.goals.none')}
        </Text>
      ) : (
        <Group gap={4}>
          {shown.map((c) => (
            <Badge key={c.key} size="sm" {...toneBadge(c.tone)} data-goal-health={c.key}>
              {t(`teamView.goals.${c.key}`, { count: c.count })}
            </Badge>
          ))}
        </Group>
      )}
      <AnchorLink
        to="/people/$personId"
        params={{ personId: member.person.id }}
        size="sm"
        aria-label={t('teamView.goals.openFor', { name: member.person.displayName })}
      >
        {t('teamView.goals.open')}
      </AnchorLink>
    </Stack>
  );
}

export function ReviewCell({ member }: CellProps) {
  const { t } = useTranslation();
  const review = member.review;
  if (!review)
    return (
      <Text size="sm" c="dimmed">
        {t('teamView.review.none')}
      </Text>
    );
  const waitsOn =
    review.waitsOn === 'report'
      ? t('teamView.review.waitsOn.report', { name: firstName(member) })
      : review.waitsOn === 'reviewer'
        ? t('teamView.review.waitsOn.reviewer', { name: review.reviewer?.displayName ?? '' })
        : t(`teamView.review.waitsOn.${review.waitsOn}`);
  return (
    <Stack gap={2} data-testid="team-review" data-review-state={review.state}>
      <Text size="sm" fw={600}>
        {t(`teamView.review.step.${review.nextStep}`)}
      </Text>
      <Text size="xs" c="dimmed" truncate="end" title={review.cycleName}>
        {review.cycleName}
      </Text>
      <Text size="sm" fw={review.waitsOn === 'you' ? 600 : undefined}>
        {waitsOn}
      </Text>
      {review.due ? (
        review.overdue ? (
          <Badge size="sm" {...toneBadge('negative')}>
            {t('teamView.review.overdue', { date: formatDate(review.due) })}
          </Badge>
        ) : (
          <Text size="xs" c="dimmed">
            {t('teamView.review.due', { date: formatDate(review.due) })}
          </Text>
        )
      ) : null}
      <AnchorLink
        to="/performance/reviews/$reviewId"
        params={{ reviewId: review.reviewId }}
        size="sm"
        aria-label={t('teamView.review.openFor', { name: member.person.displayName })}
      >
        {t('teamView.review.open')}
      </AnchorLink>
    </Stack>
  );
}

export function OneOnOneCell({ member }: CellProps) {
  const { t } = useTranslation();
  const oneOnOne = member.oneOnOne;
  if (!oneOnOne) {
    if (member.depth > 1)
      return (
        <Text size="sm" c="dimmed">
          {t('teamView.oneOnOne.theirManager')}
        </Text>
      );
    return (
      <Stack gap={2} data-testid="team-one-on-one">
        <Text size="sm" c="dimmed">
          {t('teamView.oneOnOne.none')}
        </Text>
        <AnchorLink
          to="/performance/one-on-ones"
          size="sm"
          aria-label={t('teamView.oneOnOne.setUpFor', { name: member.person.displayName })}
        >
          {t('teamView.oneOnOne.setUp')}
        </AnchorLink>
      </Stack>
    );
  }
  return (
    <Stack gap={2} data-testid="team-one-on-one">
      <Text size="sm">
        {oneOnOne.lastMetOn
          ? t('teamView.oneOnOne.last', { date: formatDate(oneOnOne.lastMetOn) })
          : t('teamView.oneOnOne.never')}
      </Text>
      <Text size="sm" c={oneOnOne.nextMeetingOn ? undefined : 'dimmed'}>
        {oneOnOne.nextMeetingOn
          ? t('teamView.oneOnOne.next', { date: formatDate(oneOnOne.nextMeetingOn) })
          : t('teamView.oneOnOne.noNext')}
      </Text>
      <AnchorLink
        to="/performance/one-on-ones/$seriesId"
        params={{ seriesId: oneOnOne.seriesId }}
        size="sm"
        aria-label={t('teamView.oneOnOne.openFor', { name: member.person.displayName })}
      >
        {t('teamView.oneOnOne.open')}
      </AnchorLink>
    </Stack>
  );
}

export function ConversationCell({ member }: CellProps) {
  const { t } = useTranslation();
  const conversation = member.conversation;
  if (!conversation)
    return (
      <Text size="sm" c="dimmed">
        {t('teamView.conversation.theirManager')}
      </Text>
    );
  return (
    <Stack gap={2} data-testid="team-conversation" data-overdue={conversation.overdue}>
      <Text size="sm">
        {conversation.lastHeldAt
          ? t('teamView.conversation.lastHeld', { date: formatDate(conversation.lastHeldAt) })
          : t('teamView.conversation.never')}
      </Text>
      {conversation.nextScheduledAt ? (
        <Text size="sm">
          {t('teamView.conversation.scheduled', { date: formatDateTime(conversation.nextScheduledAt) })}
        </Text>
      ) : null}
      <Group gap={4}>
        <Text size="xs" c="dimmed">
          {t('teamView.conversation.dueBy', { date: formatDate(conversation.dueBy) })}
        </Text>
        {conversation.overdue ? (
          <Badge size="sm" {...toneBadge('negative')}>
            {t('teamView.conversation.overdue')}
          </Badge>
        ) : conversation.dueSoon ? (
          <Badge size="sm" {...toneBadge('caution')}>
            {t('teamView.conversation.dueSoon')}
          </Badge>
        ) : null}
      </Group>
      {conversation.nextConversationId ? (
        <AnchorLink
          to="/growth/conversations/$conversationId"
          params={{ conversationId: conversation.nextConversationId }}
          size="sm"
          aria-label={t('teamView.conversation.openFor', { name: member.person.displayName })}
        >
          {t('teamView.conversation.open')}
        </AnchorLink>
      ) : (
        <AnchorLink
          to="/growth/conversations"
          size="sm"
          aria-label={t('teamView.conversation.scheduleFor', { name: member.person.displayName })}
        >
          {t('teamView.conversation.schedule')}
        </AnchorLink>
      )}
    </Stack>
  );
}

export function PlanCell({ member }: CellProps) {
  const { t } = useTranslation();
  const plan = member.plan;
  if (!plan)
    return (
      <Text size="sm" c="dimmed" data-testid="team-plan-none">
        {member.depth > 1 ? t('teamView.plan.theirManager') : t('teamView.plan.notShared')}
      </Text>
    );
  return (
    <Stack gap={2} data-testid="team-plan">
      <Group gap={4}>
        <Badge
          size="sm"
          {...toneBadge(
            plan.status === 'completed' ? 'positive' : plan.status === 'active' ? 'info' : 'neutral',
          )}
        >
          {t(`teamView.plan.status.${plan.status}`)}
        </Badge>
        {plan.stale ? (
          <Badge size="sm" {...toneBadge('caution')}>
            {t('teamView.plan.stale')}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm">
        {plan.actionsTotal > 0
          ? t('teamView.plan.actions', { done: plan.actionsDone, total: plan.actionsTotal })
          : t('teamView.plan.noActions')}
      </Text>
      {plan.more > 0 ? (
        <Text size="xs" c="dimmed">
          {t('teamView.plan.more', { count: plan.more })}
        </Text>
      ) : null}
      <AnchorLink
        to="/growth/plans/$planId"
        params={{ planId: plan.planId }}
        size="sm"
        aria-label={t('teamView.plan.openFor', { name: member.person.displayName })}
      >
        {t('teamView.plan.open')}
      </AnchorLink>
    </Stack>
  );
}

export function FeedbackCell({ member }: CellProps) {
  const { t } = useTranslation();
  const { awaitingYou, awaitingThem } = member.feedback;
  if (awaitingYou + awaitingThem === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('teamView.feedback.none')}
      </Text>
    );
  return (
    <Stack gap={2} data-testid="team-feedback">
      {awaitingYou > 0 ? (
        <Text size="sm" fw={600}>
          {t('teamView.feedback.awaitingYou', { count: awaitingYou })}
        </Text>
      ) : null}
      {awaitingThem > 0 ? (
        <Text size="sm">{t('teamView.feedback.awaitingThem', { count: awaitingThem })}</Text>
      ) : null}
      <AnchorLink
        to="/performance/feedback"
        search={{ tab: 'requests' }}
        size="sm"
        aria-label={t('teamView.feedback.openFor', { name: member.person.displayName })}
      >
        {t('teamView.feedback.open')}
      </AnchorLink>
    </Stack>
  );
}

/** The row's one next step, as a button: the most pressing thing the row shows (server-chosen). */
export function NextActionButton({ member, fullWidth }: CellProps & { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const { kind, targetId } = member.action;
  const label = t(`teamView.action.${kind}`);
  const common = {
    size: 'xs' as const,
    variant:
      kind === 'open_profile' || kind === 'prepare_one_on_one' ? ('default' as const) : ('filled' as const),
    fullWidth,
    'aria-label': t('teamView.action.for', { action: label, name: member.person.displayName }),
    'data-testid': 'team-next-action',
    'data-action': kind,
    styles: { label: { whiteSpace: 'normal' as const, textAlign: 'center' as const } },
    h: 'auto',
    py: 6,
  };
  switch (kind) {
    case 'write_review':
    case 'release_review':
      return (
        <ButtonLink to="/performance/reviews/$reviewId" params={{ reviewId: targetId ?? '' }} {...common}>
          {label}
        </ButtonLink>
      );
    case 'answer_feedback':
      return (
        <ButtonLink to="/performance/feedback" search={{ tab: 'requests' }} {...common}>
          {label}
        </ButtonLink>
      );
    case 'hold_conversation':
      return targetId ? (
        <ButtonLink
          to="/growth/conversations/$conversationId"
          params={{ conversationId: targetId }}
          {...common}
        >
          {label}
        </ButtonLink>
      ) : (
        <ButtonLink to="/growth/conversations" {...common}>
          {label}
        </ButtonLink>
      );
    case 'schedule_conversation':
      return (
        <ButtonLink to="/growth/conversations" {...common}>
          {label}
        </ButtonLink>
      );
    case 'set_up_one_on_one':
      return (
        <ButtonLink to="/performance/one-on-ones" {...common}>
          {label}
        </ButtonLink>
      );
    case 'schedule_one_on_one':
    case 'prepare_one_on_one':
      return (
        <ButtonLink to="/performance/one-on-ones/$seriesId" params={{ seriesId: targetId ?? '' }} {...common}>
          {label}
        </ButtonLink>
      );
    case 'look_at_plan':
      return (
        <ButtonLink to="/growth/plans/$planId" params={{ planId: targetId ?? '' }} {...common}>
          {label}
        </ButtonLink>
      );
    default:
      return (
        <ButtonLink to="/people/$personId" params={{ personId: member.person.id }} {...common}>
          {label}
        </ButtonLink>
      );
  }
}
