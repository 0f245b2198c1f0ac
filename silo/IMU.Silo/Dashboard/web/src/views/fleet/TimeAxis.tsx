import { formatBoth } from '../../model/time';
import { percent, ticks, type TimeRange } from './range';

export function TimeAxis({ range }: { range: TimeRange }) {
  return (
    <div class="axis" aria-hidden="true">
      {ticks(range).map((tick) => (
        <span key={tick.at} class={tick.major ? 'tick major' : 'tick'} style={{ left: `${percent(range, tick.at)}%` }} title={formatBoth(tick.at)}>
          {tick.label}
        </span>
      ))}
    </div>
  );
}
