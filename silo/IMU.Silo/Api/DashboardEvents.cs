using System.Collections.Concurrent;
using System.Threading.Channels;

namespace IMU.Silo.Api;

/// <summary>
/// Fans the silo's changes out to every open <c>/api/events</c> stream. A stream that cannot keep up
/// loses its oldest events rather than holding up the others; the page refetches when it reconnects.
/// </summary>
internal sealed class DashboardEvents
{
    private const int Backlog = 1024;

    private readonly ConcurrentDictionary<Channel<DashboardEvent>, byte> _streams = new();

    public int Streams => _streams.Count;

    public Channel<DashboardEvent> Open()
    {
        var stream = Channel.CreateBounded<DashboardEvent>(new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _streams.TryAdd(stream, 0);
        return stream;
    }

    public void Close(Channel<DashboardEvent> stream) => _streams.TryRemove(stream, out _);

    public void Publish(DashboardEvent change)
    {
        foreach (var stream in _streams.Keys)
        {
            stream.Writer.TryWrite(change);
        }
    }
}
