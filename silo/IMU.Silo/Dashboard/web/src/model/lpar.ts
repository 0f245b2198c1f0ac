import type { FleetLpar, IplWindow, LparDetail, RolloutStatus } from '../api/contract';

/**
 * The LPAR view: `GET /api/lpars/{name}` joined with its fleet row (its state), its declared IPL
 * windows and its part of every rollout that targets it.
 */
export function joinLpar(
  detail: LparDetail,
  fleet: readonly FleetLpar[],
  windows: Readonly<Record<string, IplWindow[]>>,
  rollouts: readonly RolloutStatus[],
): LparDetail {
  const row = fleet.find((f) => f.lpar === detail.lpar);
  return {
    ...detail,
    state: row?.state ?? detail.state,
    iplWindows: windows[detail.lpar] ?? [],
    rollouts: rollouts.flatMap((r) => r.lpars.filter((l) => l.lpar === detail.lpar).map((l) => ({ ...l, rollout: r.name, rolloutState: r.state }))),
  };
}
