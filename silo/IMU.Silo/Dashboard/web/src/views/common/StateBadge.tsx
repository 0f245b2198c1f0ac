import { toneOf } from '../../model/states';

export function StateBadge({ state }: { state: string }) {
  return <span class={`badge tone-${toneOf(state)}`}>{state}</span>;
}
