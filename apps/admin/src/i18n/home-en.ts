/** Per-role homes, inbox and bell, timeline and board words (issue 14, part 1). Same keys as home-zh.ts. */
export const homeEn = {
  home: {
    board: {
      total: 'Total %{total}',
      signed_amount: 'Signed %{amount}',
      expected_amount: 'Expected %{amount}',
      days_in_stage: '%{days} d in stage',
      stale_yellow: 'Quiet %{days} d',
      stale_red: 'Quiet %{days} d',
      follow_up: 'Next follow-up %{at}',
      follow_up_overdue: 'Follow-up overdue %{at}',
      card_menu: 'Actions for %{firm}',
      undo: 'Undo',
      undone: 'Undone, back to %{to}',
    },
    inbox: {
      state: { unread: 'Unread', read: 'Read', resolved: 'Resolved' },
      state_label: 'Status',
      read_all: 'Mark all read',
      see_all: 'See all messages',
      empty: 'No messages',
      open: 'Open',
      resolved_at: 'Resolved at',
    },
    timeline: {
      next_follow_up: 'Next follow-up %{at}',
      next_follow_up_overdue: 'Next follow-up %{at} (overdue)',
      no_follow_up: 'No follow-up planned',
      sent_to: 'Sent to %{names}',
    },
  },
};
