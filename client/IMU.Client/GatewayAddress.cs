using System.Globalization;
using System.Net;

namespace IMU.Client;

/// <summary>A silo gateway written as <c>HOST:PORT</c> (an IP address or a host name).</summary>
/// <param name="Host">The host name or IP address.</param>
/// <param name="Port">The gateway port.</param>
public sealed record GatewayAddress(string Host, int Port)
{
    /// <summary>Reads <c>HOST:PORT</c>, <c>[IPv6]:PORT</c> or an IP address with its port.</summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The address.</returns>
    /// <exception cref="FormatException">The text is not <c>HOST:PORT</c>; the message shows an example.</exception>
    public static GatewayAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        if (colon > 0
            && int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            && port is > 0 and <= 65535)
        {
            var host = text[..colon].Trim('[', ']');
            if (host.Length > 0)
            {
                return new GatewayAddress(host, port);
            }
        }

        throw new FormatException($"The gateway '{text}' must be HOST:PORT, e.g. {ClusterClientOptions.DefaultGateway}.");
    }

    /// <summary>Resolves the host to the endpoint Orleans connects to.</summary>
    /// <param name="cancellationToken">Cancels a DNS lookup.</param>
    /// <returns>The endpoint.</returns>
    public async Task<IPEndPoint> ResolveAsync(CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(Host, out var address))
        {
            return new IPEndPoint(address, Port);
        }

        var addresses = await Dns.GetHostAddressesAsync(Host, cancellationToken).ConfigureAwait(false);
        return addresses.Length > 0
            ? new IPEndPoint(addresses[0], Port)
            : throw new ClusterUnavailableException($"The gateway host '{Host}' has no address.");
    }

    /// <inheritdoc />
    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
