import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeetingDetail } from '../../../contracts/oneOnOnes';
import { oneOnOneKeys } from './api';

/**
 * A write to a meeting. Every write answers with the meeting as it is now: the meeting's cache is
 * replaced with it and the series (which embeds the current meeting) and lists refetch.
 */
export function useMeetingWrite<T>(
  write: (input: T) => Promise<MeetingDetail>,
  onDone?: (meeting: MeetingDetail) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (meeting) => {
      queryClient.setQueryData(oneOnOneKeys.meeting(meeting.id), meeting);
      await queryClient.invalidateQueries({ queryKey: oneOnOneKeys.all });
      onDone?.(meeting);
    },
  });
}
