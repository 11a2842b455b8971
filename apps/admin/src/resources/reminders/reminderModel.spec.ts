import { describe, expect, it } from '@jest/globals';
import { attemptDetail, attemptOutcome, channelDeliveries, hasFailedDelivery, type DeliveryView } from './reminderModel';

const delivery = (channel: DeliveryView['channel'], state: DeliveryView['state']): DeliveryView => ({
  channel,
  state,
  attempts: 1,
  lastError: null,
  sentAt: null,
  nextAttemptAt: '2025-03-01T00:00:00Z',
});

describe('attemptOutcome(ok)', () => {
  it.each([
    [true, 'accepted'],
    [false, 'failed'],
    [null, 'unconfirmed'], // handed over, the worker stopped before the answer came
    [undefined, 'unconfirmed'],
  ])('%s → %s', (ok, outcome) => {
    expect(attemptOutcome(ok)).toBe(outcome);
  });
});

describe('attemptDetail', () => {
  it.each([
    [{ ok: false, error: 'ECONNREFUSED', answer: null }, 'ECONNREFUSED'],
    [{ ok: false, error: 'rejected', answer: '550 mailbox unavailable' }, 'rejected · 550 mailbox unavailable'],
    [{ ok: false, error: null, answer: null }, null],
    [{ ok: true, error: null, answer: '250 OK' }, '250 OK'],
    [{ ok: true, error: null }, null],
    [{ ok: null, error: null, answer: null }, null],
  ])('%j → %s', (attempt, detail) => {
    expect(attemptDetail(attempt)).toBe(detail);
  });
});

describe('hasFailedDelivery', () => {
  it.each([
    [[delivery('in_app', 'sent'), delivery('email', 'failed')], true],
    [[delivery('in_app', 'sent'), delivery('email', 'pending')], false],
    [[], false],
  ])('%j → %s', (deliveries, expected) => {
    expect(hasFailedDelivery({ deliveries })).toBe(expected);
  });

  it('is false without a record', () => {
    expect(hasFailedDelivery(undefined)).toBe(false);
  });
});

describe('channelDeliveries', () => {
  it('lists in-app, e-mail and webhook in that order, with the missing ones empty', () => {
    const email = delivery('email', 'failed');
    const inApp = delivery('in_app', 'sent');
    expect(channelDeliveries([email, inApp])).toEqual([
      { channel: 'in_app', delivery: inApp },
      { channel: 'email', delivery: email },
      { channel: 'webhook', delivery: undefined },
    ]);
  });
});
