import { describe, expect, it } from 'vitest';
import type { FleetLpar } from '../api/contract';
import { applyFilter, groupBySysplex, zoneLabel, joinFleet } from './fleet';

const lpar = (name: string, sysplex: string, needsIpl = false, active: string[] = []): FleetLpar => ({
  lpar: name,
  sysplex,
  zone: 'TGT1',
  state: 'OPERATING',
  needsIpl,
  nextIplWindow: null,
  active: active.map((id) => ({ id })),
  staged: needsIpl ? [{ id: 'UJ90002', rollout: 'r' }] : [],
});

const fleet = [lpar('SYS003', 'PLEXB', true), lpar('SYS001', 'PLEXA', false, ['UJ1']), lpar('SYS002', 'PLEXA', true, []), lpar('SYS004', 'PLEXB')];

describe('fleet', () => {
  it('Group_BySysplex_SortsSysplexesAndLpars', () => {
    const groups = groupBySysplex(fleet);
    expect(groups.map((g) => [g.sysplex, g.lpars.map((l) => l.lpar)])).toEqual([
      ['PLEXA', ['SYS001', 'SYS002']],
      ['PLEXB', ['SYS003', 'SYS004']],
    ]);
    expect(groups[0].needsIpl).toBe(1);
  });
  it('Filter_NeedsIpl_KeepsOnlyLparsWithStagedWork', () => {
    const shown = applyFilter(groupBySysplex(fleet), { text: '', needsIplOnly: true, driftOnly: false });
    expect(shown.flatMap((g) => g.lpars.map((l) => l.lpar))).toEqual(['SYS002', 'SYS003']);
    expect(shown[0].total).toBe(2);
  });
  it('Filter_DriftOnly_KeepsSysplexesWithMoreThanOneLevel', () => {
    const shown = applyFilter(groupBySysplex(fleet), { text: '', needsIplOnly: false, driftOnly: true });
    expect(shown.map((g) => g.sysplex)).toEqual(['PLEXA']);
  });
  it('Filter_Text_MatchesLparSysplexOrStagedSysmod', () => {
    const groups = groupBySysplex(fleet);
    expect(applyFilter(groups, { text: 'sys004', needsIplOnly: false, driftOnly: false }).flatMap((g) => g.lpars.map((l) => l.lpar))).toEqual(['SYS004']);
    expect(applyFilter(groups, { text: 'plexa', needsIplOnly: false, driftOnly: false }).flatMap((g) => g.lpars.map((l) => l.lpar))).toEqual([
      'SYS001',
      'SYS002',
    ]);
    expect(applyFilter(groups, { text: 'UJ90002', needsIplOnly: false, driftOnly: false }).flatMap((g) => g.lpars.map((l) => l.lpar))).toEqual([
      'SYS002',
      'SYS003',
    ]);
  });
  it('ZoneLabel_OwnSystem_IsTheZoneName', () => {
    expect(zoneLabel('SYS001', 'SYS001/TGT1')).toBe('TGT1');
  });
  it('ZoneLabel_SharedFromAnotherSystem_IsTheWholeKey', () => {
    expect(zoneLabel('SYS004', 'SYS003/TGT1')).toBe('SYS003/TGT1');
    expect(zoneLabel('SYS1', 'SYS10/TGT1')).toBe('SYS10/TGT1');
  });
});

describe('joinFleet', () => {
  it('JoinFleet_RowsLparsAndWindows_OneRowPerLparWithItsWindowsAndStaged', () => {
    const rows = [
      { lpar: 'SYS001', sysplex: 'PLEXA', zone: 'SYS001/TGT1', state: 'STAGED', needsIpl: true, nextIplWindow: '2026-12-06T02:00:00Z' },
      { lpar: 'SYS002', sysplex: 'PLEXA', zone: 'SYS002/TGT1', state: 'ACTIVE', needsIpl: false, nextIplWindow: null },
    ];
    const lpars = [
      {
        lpar: 'SYS001',
        zone: 'SYS001/TGT1',
        needsIpl: true,
        lastIpl: '2026-11-29T02:10:00Z',
        nextIplWindow: '2026-12-06T02:00:00+00:00',
        staged: [{ id: 'UJ90001', rollout: 'r1' }],
        active: [],
        ipl: 'SCHEDULED',
      },
    ];
    const windows = { SYS001: [{ start: '2026-12-06T02:00:00Z', duration: 'PT2H', repeat: 'P7D' }] };
    const joined = joinFleet(rows, lpars, windows);
    expect(joined.map((l) => [l.lpar, l.state, l.lastIpl, l.staged?.length, l.iplWindows?.length, l.plannedIpl])).toEqual([
      ['SYS001', 'STAGED', '2026-11-29T02:10:00Z', 1, 1, '2026-12-06T02:00:00.000Z'],
      ['SYS002', 'ACTIVE', null, 0, 0, null],
    ]);
  });
});
