import {
  Button,
  Checkbox,
  Chip,
  CloseButton,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { availabilitySlots, type Profile, type ProfileRole } from '../../../contracts/mentoring';
import { apiPost, apiPut } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/showToast';
import { competenciesQuery, mentoringKeys } from './api';

interface Props {
  programme: { id: string; name: string };
  role: ProfileRole;
  profile: Profile | null;
  onClose: () => void;
}

/** The caller's mentor or mentee profile in one programme: create or change it. */
export function ProfileModal({ programme, role, profile, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const library = useQuery(competenciesQuery());
  const mentee = role === 'mentee';
  const [optedIn, setOptedIn] = useState(profile?.optedIn ?? true);
  const [skills, setSkills] = useState(profile?.skills ?? []);
  const [pick, setPick] = useState<string | null>(null);
  const [level, setLevel] = useState<number>(3);
  const [languages, setLanguages] = useState<string[]>(profile?.languages ?? ['en']);
  const [timeZone, setTimeZone] = useState(profile?.timeZone ?? '');
  const [availability, setAvailability] = useState<string[]>(profile?.availability ?? []);
  const [capacity, setCapacity] = useState<number | string>(profile?.capacityOverride ?? '');
  const [goals, setGoals] = useState(profile?.goalsText ?? '');
  const [crossFunction, setCrossFunction] = useState(profile?.prefersCrossFunction ?? false);
  const [consent, setConsent] = useState(profile?.gapConsent ?? false);
  const options = (library.data?.items ?? [])
    .filter((c) => !skills.some((s) => s.competencyId === c.id))
    .map((c) => ({ value: c.id, label: c.name }));
  const save = useMutation({
    mutationFn: async () => {
      const saved = await apiPut('/api/growth/mentoring/programmes/{programmeId}/profiles/{role}', {
        params: { path: { programmeId: programme.id, role } },
        body: {
          ...(profile ? { version: profile.version } : {}),
          optedIn,
          languages,
          timeZone,
          availability: availability as never,
          capacityOverride: !mentee && capacity !== '' ? Number(capacity) : null,
          goalsText: mentee ? goals : '',
          prefersCrossFunction: mentee && crossFunction,
          rankedMentorIds: profile?.rankedMentorIds ?? [],
          doNotMatch: (profile?.doNotMatch ?? []).map((p) => p.id),
          skills: skills.map((s) => ({ competencyId: s.competencyId, level: s.level })),
        },
      });
      if (mentee && consent !== saved.gapConsent)
        return apiPost('/api/growth/mentoring/profiles/{profileId}/gaps', {
          params: { path: { profileId: saved.id } },
          body: { version: saved.version, consent },
        });
      return saved;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: mentoringKeys.all });
      showToast({ tone: 'positive', message: t('mentoring.profile.saved') });
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('mentoring.profile.title', { role: t(`mentoring.roles.${role}`), programme: programme.name })}
      size="lg"
    >
      <Stack gap="md" data-testid="mentoring-profile-form">
        <Switch
          label={t('mentoring.profile.optedIn')}
          checked={optedIn}
          onChange={(e) => setOptedIn(e.currentTarget.checked)}
        />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {mentee ? t('mentoring.profile.skillsWant') : t('mentoring.profile.skillsOffer')}
          </Text>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              label={t('mentoring.profile.competency')}
              data={options}
              value={pick}
              onChange={setPick}
              searchable
              style={{ flex: 1, minWidth: 180 }}
              data-testid="mentoring-skill-select"
            />
            <NumberInput
              label={t('mentoring.profile.level')}
              min={1}
              max={5}
              value={level}
              onChange={(v) => setLevel(Number(v) || 1)}
              w={110}
            />
            <Button
              variant="light"
              color="brand"
              disabled={!pick}
              onClick={() => {
                const name = library.data?.items.find((c) => c.id === pick)?.name ?? '';
                if (pick) setSkills([...skills, { competencyId: pick, name, level }]);
                setPick(null);
              }}
            >
              {t('mentoring.profile.addSkill')}
            </Button>
          </Group>
          <Group gap="xs">
            {skills.map((s) => (
              <Group
                key={s.competencyId}
                gap={2}
                wrap="nowrap"
                px={8}
                py={2}
                style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 12 }}
              >
                <Text size="sm">
                  {s.name} · {s.level}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('mentoring.profile.removeSkill', { name: s.name })}
                  onClick={() => setSkills(skills.filter((x) => x.competencyId !== s.competencyId))}
                />
              </Group>
            ))}
          </Group>
        </Stack>
        <TagsInput
          label={t('mentoring.profile.languages')}
          value={languages}
          onChange={setLanguages}
          maxTags={10}
        />
        <TextInput
          label={t('mentoring.profile.timeZone')}
          value={timeZone}
          onChange={(e) => setTimeZone(e.currentTarget.value)}
        />
        <Stack gap={6}>
          <Text size="sm" fw={500} id="mentoring-availability">
            {t('mentoring.profile.availability')}
          </Text>
          <Chip.Group multiple value={availability} onChange={setAvailability}>
            <Group gap={6} role="group" aria-labelledby="mentoring-availability">
              {availabilitySlots.map((slot) => (
                <Chip key={slot} value={slot} size="xs">
                  {t(`mentoring.slots.${slot}` as 'mentoring.slots.mon-am')}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        {mentee ? (
          <>
            <Textarea
              label={t('mentoring.profile.goals')}
              value={goals}
              onChange={(e) => setGoals(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
            />
            <Checkbox
              label={t('mentoring.profile.crossFunction')}
              checked={crossFunction}
              onChange={(e) => setCrossFunction(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('mentoring.profile.gapConsent')}
              checked={consent}
              onChange={(e) => setConsent(e.currentTarget.checked)}
            />
            {profile?.gapCompetencies.length ? (
              <Text size="xs" c="dimmed">
                {t('mentoring.profile.gapsPulled', {
                  names: profile.gapCompetencies.map((g) => g.name).join(', '),
                })}
              </Text>
            ) : null}
          </>
        ) : (
          <NumberInput
            label={t('mentoring.profile.capacity')}
            min={1}
            max={5}
            value={capacity}
            onChange={setCapacity}
            w={200}
          />
        )}
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <Group justify="flex-end">
          <Button
            color="brand"
            loading={save.isPending}
            onClick={() => save.mutate()}
            data-testid="mentoring-profile-save"
          >
            {t('mentoring.profile.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
