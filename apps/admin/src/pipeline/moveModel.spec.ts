import { describe, expect, it } from '@jest/globals';
import type { Stage } from '../config/domain';
import { isAskForMore, moveNeeds, needsDialog } from './moveModel';

describe('moveNeeds(from, to, pausedFrom)', () => {
  // [from, to, pausedFrom, allowed, reason, signing, landing]
  it.each<[Stage, Stage, Stage | null, boolean, boolean, boolean, boolean]>([
    ['lead', 'contact', null, true, false, false, false], // one step forward: just move
    ['contact', 'signed', null, true, false, true, false], // signing asks for the agreed investment
    ['signed', 'landed', null, true, false, false, true], // landing asks for carrier, area, date
    ['lead', 'signed', null, true, true, true, false], // skipping a stage needs a reason
    ['lead', 'landed', null, true, true, false, true],
    ['contact', 'lead', null, true, true, false, false], // going back needs a reason
    ['signed', 'contact', null, true, true, false, false],
    ['lead', 'paused', null, true, true, false, false], // off-track needs a reason
    ['signed', 'lost', null, true, true, false, false],
    ['lead', 'lead', null, false, false, false, false], // same stage
    ['landed', 'signed', null, false, false, false, false], // landed is final
    ['landed', 'lost', null, false, false, false, false],
    ['lost', 'lead', null, true, true, false, false], // reopen as a lead, with a reason
    ['lost', 'contact', null, false, false, false, false],
    ['paused', 'contact', 'contact', true, false, false, false], // resume where it left
    ['paused', 'signed', 'contact', false, false, false, false],
    ['paused', 'lost', 'contact', true, true, false, false],
    ['paused', 'signed', null, true, true, true, false], // left stage unknown: any open stage, with a reason
    ['paused', 'landed', null, false, false, false, false],
  ])('%s → %s (paused from %s)', (from, to, pausedFrom, allowed, reason, signing, landing) => {
    expect(moveNeeds(from, to, pausedFrom)).toEqual({ allowed, reason, signing, landing });
  });

  it.each([
    [{ allowed: true, reason: false, signing: false, landing: false }, false],
    [{ allowed: true, reason: true, signing: false, landing: false }, true],
    [{ allowed: true, reason: false, signing: true, landing: false }, true],
    [{ allowed: true, reason: false, signing: false, landing: true }, true],
  ])('needsDialog(%j) = %s', (n, expected) => {
    expect(needsDialog(n)).toBe(expected);
  });

  it.each([
    ['reason_required_skip', true],
    ['signing_needs_investment', true],
    ['landing_needs_carrier', true],
    ['stale_version', false],
    ['landed_is_final', false],
    [undefined, false],
  ])('isAskForMore(%s) = %s', (code, expected) => {
    expect(isAskForMore(code)).toBe(expected);
  });
});
