export * from './project-milestone.entity';
export * from './project-fund.entity';
export * from './project-year.entity';
export * from './instruction.entity';
export * from './instruction-reply.entity';
