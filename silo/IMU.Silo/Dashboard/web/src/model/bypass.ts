import type { Hold } from '../api/contract';

/**
 * The narrowest BYPASS operands that release exactly this hold on this SYSMOD, as SMP/E spells them
 * (HOLDSYSTEM takes reason(sysmod) so other SYSMODs held for the same reason stay held).
 */
export function suggestedBypass(hold: Pick<Hold, 'category' | 'reason'>, sysmod: string): string {
  switch (hold.category.toUpperCase()) {
    case 'ERROR':
      return `HOLDERROR(${hold.reason})`;
    case 'SYSTEM':
      return `HOLDSYSTEM(${hold.reason}(${sysmod}))`;
    case 'USER':
      return `HOLDUSER(${hold.reason})`;
    case 'FIXCAT':
      return `HOLDFIXCAT(${hold.reason})`;
    default:
      return '';
  }
}
