import type { FleetLpar, RolloutStatus } from './contract';

/** What `GET /api/events` sends; `resync` is ours: the stream was (re)opened, so refetch. */
export type ServerEvent = { type: 'rollout'; rollout: RolloutStatus } | { type: 'lpar'; lpar: FleetLpar } | { type: 'fleet' } | { type: 'resync' };

export type Connection = 'connecting' | 'live' | 'offline';

type Listener = (event: ServerEvent) => void;

/** One EventSource for the whole page, fanned out to the views that are showing. */
class EventHub {
  private source: EventSource | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly connectionListeners = new Set<(state: Connection) => void>();
  private opened = false;
  connection: Connection = 'connecting';

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    this.open();
    return () => this.listeners.delete(listener);
  }

  onConnection(listener: (state: Connection) => void): () => void {
    this.connectionListeners.add(listener);
    this.open();
    return () => this.connectionListeners.delete(listener);
  }

  private open(): void {
    if (this.source) {
      return;
    }
    const source = new EventSource('/api/events');
    this.source = source;
    source.addEventListener('open', () => {
      this.setConnection('live');
      // Events sent while the stream was down are lost; the first open needs no refetch.
      if (this.opened) {
        this.emit({ type: 'resync' });
      }
      this.opened = true;
    });
    source.addEventListener('error', () => this.setConnection(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting'));
    source.addEventListener('rollout', (e) => this.emit({ type: 'rollout', rollout: JSON.parse((e as MessageEvent<string>).data) as RolloutStatus }));
    source.addEventListener('lpar', (e) => this.emit({ type: 'lpar', lpar: JSON.parse((e as MessageEvent<string>).data) as FleetLpar }));
    source.addEventListener('fleet', () => this.emit({ type: 'fleet' }));
  }

  private emit(event: ServerEvent): void {
    for (const listener of this.listeners) {
      listener(event);
    }
  }

  private setConnection(state: Connection): void {
    this.connection = state;
    for (const listener of this.connectionListeners) {
      listener(state);
    }
  }
}

export const events = new EventHub();
