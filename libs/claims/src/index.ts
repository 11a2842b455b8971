export * from './claim-holding';
export * from './claim-request.entity';
export * from './claim-requests.service';
export * from './claims.dto';
export * from './claims.module';
export * from './firm-claim-share.entity';
export * from './first-claim.hooks';
export * from './first-claim.rules';
