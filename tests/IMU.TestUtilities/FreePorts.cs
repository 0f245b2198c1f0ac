using System.Net;
using System.Net.Sockets;

namespace IMU.TestUtilities;

/// <summary>Loopback ports nobody listens on, for servers that cannot take port 0 (Orleans' silo and gateway ports).</summary>
public static class FreePorts
{
    /// <summary>Returns <paramref name="count"/> distinct ports the OS just handed out; all are held until every one is chosen, so none repeats.</summary>
    public static int[] Take(int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
