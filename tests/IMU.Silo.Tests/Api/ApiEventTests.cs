using System.Text;
using System.Text.Json.Nodes;
using IMU.Grains.Models;

namespace IMU.Silo.Tests.Api;

/// <summary><c>GET /api/events</c>: a rollout's changes and its LPARs' fleet rows arrive as Server-Sent Events.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ApiEventTests(DashboardFixture fixture)
{
    private DashboardSilo Imu => fixture.Silo;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_RolloutStarted_StreamsTheRolloutUntilCompletedAndItsLparsRow()
    {
        var lpar = Imu.Lease(1)[0];
        await Imu.ApplyFleetAsync($"P{lpar}", lpar);
        await Imu.ReceiveAsync(TestMaintenance.PlainPtf);
        var name = Imu.RolloutName();
        var rollout = await Imu.CreateAsync(name, new RolloutRequest { Sysmods = ["UJ00001"], Lpars = [lpar], By = "alice" });
        using var http = Imu.Client();
        using var response = await http.GetAsync(new Uri("/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, Token).WithTestTimeout();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var stream = new StreamReader(await response.Content.ReadAsStreamAsync(Token).WithTestTimeout(), Encoding.UTF8);
        Assert.Equal(": connected", await stream.ReadLineAsync(Token).AsTask().WithTestTimeout());

        await Imu.Client().PostAsync(new Uri($"/api/rollouts/{name}/start", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"), Token).WithTestTimeout();

        var states = new List<string>();
        var rowSeen = false;
        while (!states.Contains("COMPLETED") || !rowSeen)
        {
            var (type, data) = await ReadEventAsync(stream).WithTestTimeout();
            if (type == "rollout" && (string?)data["name"] == name)
            {
                states.Add((string)data["state"]!);
            }

            rowSeen |= type == "lpar" && (string?)data["lpar"] == lpar;
        }

        Assert.Equal("COMPLETED", states[^1]);
        Assert.Equal(RolloutState.Completed, (await rollout.GetStatusAsync().WithTestTimeout())!.State);
    }

    /// <summary>Reads one event (skipping comments): its type and its data lines joined, parsed as JSON.</summary>
    private static async Task<(string Type, JsonNode Data)> ReadEventAsync(StreamReader stream)
    {
        string? type = null;
        var data = new StringBuilder();
        while (await stream.ReadLineAsync(Token) is { } line)
        {
            if (line.Length == 0 && type is not null)
            {
                return (type, JsonNode.Parse(data.ToString())!);
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]).Append('\n');
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }
}
