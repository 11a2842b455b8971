/** Per-role homes, inbox and bell, timeline and board words (issue 14, part 1). home-en.ts has the same keys. */
export const homeZh = {
  home: {
    board: {
      total: '合计 %{total}',
      signed_amount: '签约 %{amount}',
      expected_amount: '预计 %{amount}',
      days_in_stage: '本阶段 %{days} 天',
      stale_yellow: '停滞 %{days} 天',
      stale_red: '停滞 %{days} 天',
      follow_up: '下次跟进 %{at}',
      follow_up_overdue: '跟进逾期 %{at}',
      card_menu: '%{firm} 的操作',
      undo: '撤销',
      undone: '已撤销，退回%{to}',
    },
    inbox: {
      state: { unread: '未读', read: '已读', resolved: '已解除' },
      state_label: '状态',
      read_all: '全部已读',
      see_all: '查看全部消息',
      empty: '暂无消息',
      open: '打开',
      resolved_at: '解除时间',
    },
    timeline: {
      next_follow_up: '下次跟进 %{at}',
      next_follow_up_overdue: '下次跟进 %{at}（已逾期）',
      no_follow_up: '未安排下次跟进',
      sent_to: '发送给 %{names}',
    },
  },
};
