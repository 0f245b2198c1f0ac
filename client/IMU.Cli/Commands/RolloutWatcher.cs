using System.Threading.Channels;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cli.Commands;

/// <summary>The observer <c>rollout status --watch</c> subscribes: each status the rollout sends lands in <see cref="Changes"/>.</summary>
internal sealed class RolloutWatcher : IRolloutObserver
{
    private readonly Channel<RolloutStatus> _changes = Channel.CreateUnbounded<RolloutStatus>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<RolloutStatus> Changes => _changes.Reader;

    public void OnStatus(RolloutStatus status) => _changes.Writer.TryWrite(status);
}
