export * from './delivery-attempt.entity';
export * from './delivery.entity';
export * from './follow-up.entity';
export * from './notification.entity';
export * from './reminder-rule.entity';
export * from './reminder.entity';
