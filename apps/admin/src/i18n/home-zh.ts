/** Per-role homes, inbox and bell, timeline and board words (issue 14, part 1). home-en.ts has the same keys. */
export const homeZh = {
  home: {
    timeline: {
      next_follow_up: '下次跟进 %{at}',
      next_follow_up_overdue: '下次跟进 %{at}（已逾期）',
      no_follow_up: '未安排下次跟进',
      sent_to: '发送给 %{names}',
    },
  },
};
