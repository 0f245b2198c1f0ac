// The JSON shapes of the orchestrator's contract (`imu fleet list --json`, `imu lpar show --json`,
// `imu rollout status --json`, ...), which the API serves as they are. Fields marked "joined" are not
// in one resource: the page fills them in from the others (model/fleet.ts, model/lpar.ts).

// State words are kept as strings: the contract's (rollout: CREATED ... RESTORED; LPAR: PENDING ...
// SKIPPED) are known to model/states.ts, and a word added later still shows.

/** An IPL window as the fleet file declares it: ISO-8601 start, duration and optional repeat. */
export interface IplWindow {
  start: string;
  duration: string;
  repeat?: string | null;
}

/** The next occurrence of a window: the CLI may print only its start. */
export type NextIplWindow = string | { start: string; end?: string | null; duration?: string | null } | null;

export interface StagedSysmod {
  id: string;
  rollout: string;
}

export interface ActiveSysmod {
  id: string;
}

/** One item of `GET /api/fleet` (= `imu fleet list --json`); `zone` is a zone key, `SYS001/TGT1`. */
export interface FleetLpar {
  lpar: string;
  sysplex: string;
  zone: string;
  state: string;
  needsIpl: boolean;
  nextIplWindow: NextIplWindow;
  /** joined from `/api/lpars` */ lastIpl?: string | null;
  /** joined: the start of the next window while the orchestrator has an IPL SCHEDULED there */
  plannedIpl?: string | null;
  /** joined from `/api/fleet/ipl-windows` */ iplWindows?: IplWindow[];
  /** joined from `/api/lpars` */ staged?: StagedSysmod[];
  /** joined from `/api/lpars` */ active?: ActiveSysmod[];
}

/** A hold as a rollout reports it: who resolved it (`orchestrator`, a user), null while it holds. */
export interface Hold {
  category: string;
  reason: string;
  resolvedBy: string | null;
}

/** A hold as the SYSMOD carries it: received, not released; its text is the ++HOLD COMMENT. */
export interface SysmodHold {
  category: string;
  reason: string;
  classes: string[];
  comment: string | null;
  /** a ++HOLD inside the SYSMOD, which no ++RELEASE removes */
  internal: boolean;
}

export interface RolloutLparSysmod {
  id: string;
  status: string;
  activation: string;
  holds: Hold[];
}

export interface RolloutLpar {
  lpar: string;
  state: string;
  sysmods: RolloutLparSysmod[];
  reasons: string[];
}

export interface Wave {
  index: number;
  state: string;
  lpars: string[];
}

export interface MultsysGroup {
  name: string;
  sysmod: string;
  state: string;
}

export interface AuditEntry {
  at: string;
  by: string;
  action: string;
  detail: string;
  reason: string | null;
}

/** `GET /api/rollouts/{name}` (= `imu rollout status NAME --json`). */
export interface RolloutStatus {
  name: string;
  state: string;
  sysmods: string[];
  waves: Wave[];
  lpars: RolloutLpar[];
  groups: MultsysGroup[];
  audit: AuditEntry[];
  /** why the rollout waits, failed or stopped; empty while it simply runs */
  reasons: string[];
}

/** One item of `GET /api/rollouts` (= `imu rollout list --json`). */
export interface RolloutSummary {
  name: string;
  state: string;
  sysmods: string[];
  lpars: number;
  createdBy: string;
  createdAt: string;
  /** added: LPARs whose work is done */ done?: number;
  /** added */ reasons?: string[];
}

/** The part of a rollout that concerns one LPAR, joined into the LPAR view from the rollouts that target it. */
export interface LparRollout extends RolloutLpar {
  rollout: string;
  rolloutState: string;
}

/** `GET /api/lpars/{name}` (= `imu lpar show NAME --json`). */
export interface LparDetail {
  lpar: string;
  zone: string;
  needsIpl: boolean;
  lastIpl: string | null;
  nextIplWindow: NextIplWindow;
  staged: StagedSysmod[];
  active: ActiveSysmod[];
  sysplex?: string | null;
  /** where an IPL asked for is: NONE, SCHEDULED, IPLING, FAILED */
  ipl?: string;
  /** why it is not IPLed yet, or why its last IPL failed */
  reasons?: string[];
  /** joined from `/api/fleet` */ state?: string;
  /** joined from `/api/fleet/ipl-windows` */ iplWindows?: IplWindow[];
  /** joined from the rollouts that target it */ rollouts?: LparRollout[];
}

/** Where a SYSMOD is: a zone key (`SYS001/TGT1`) for applied, an LPAR for staged and active. */
export interface SysmodPlacement {
  where: string;
  rollout: string | null;
  since: string;
}

/** `GET /api/sysmods/{id}` (= `imu sysmod show ID --json`). */
export interface SysmodDetail {
  id: string;
  received: boolean;
  type: string | null;
  fmid: string | null;
  activation: string;
  holds: SysmodHold[];
  applied: SysmodPlacement[];
  staged: SysmodPlacement[];
  active: SysmodPlacement[];
}

/** The body of every error response: problem details (RFC 9457) with the culprit added. */
export interface ApiProblem {
  status: number;
  title: string;
  /** the message, naming the culprit */
  detail?: string;
  /** the field, resource or value the message is about */
  culprit?: string;
}
