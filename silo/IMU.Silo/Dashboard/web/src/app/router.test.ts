import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './router';

describe('router', () => {
  it('Route_Empty_IsTheFleet', () => {
    expect(parseRoute('')).toEqual({ view: 'fleet' });
  });
  it('Route_OfEveryHref_ParsesBack', () => {
    expect(parseRoute(href.rollout('rsu 26/12'))).toEqual({ view: 'rollout', name: 'rsu 26/12' });
    expect(parseRoute(href.lpar('SYS001'))).toEqual({ view: 'lpar', name: 'SYS001' });
    expect(parseRoute(href.sysmod('UJ90001'))).toEqual({ view: 'sysmod', id: 'UJ90001' });
    expect(parseRoute(href.rollouts())).toEqual({ view: 'rollouts' });
  });
  it('Route_Unknown_KeepsThePath', () => {
    expect(parseRoute('#/zones/TGT1')).toEqual({ view: 'unknown', path: '/zones/TGT1' });
  });
});
