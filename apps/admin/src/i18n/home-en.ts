/** Per-role homes, inbox and bell, timeline and board words (issue 14, part 1). Same keys as home-zh.ts. */
export const homeEn = {
  home: {
    timeline: {
      next_follow_up: 'Next follow-up %{at}',
      next_follow_up_overdue: 'Next follow-up %{at} (overdue)',
      no_follow_up: 'No follow-up planned',
      sent_to: 'Sent to %{names}',
    },
  },
};
