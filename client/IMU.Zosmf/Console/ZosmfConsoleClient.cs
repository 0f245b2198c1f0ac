using System.Net.Http.Json;
using IMU.Zosmf.Http;

namespace IMU.Zosmf.Console;

/// <summary>The z/OSMF console REST subset: issue a display command on the default console and read its solicited answer.</summary>
internal sealed class ZosmfConsoleClient(LparHttpChannel channel)
{
    private const string DefaultConsole = "zosmf/restconsoles/consoles/defcn";

    /// <summary>Issues a display command. Display commands change nothing, so they are retried like reads.</summary>
    public async Task<string> DisplayAsync(string command, CancellationToken cancellationToken)
    {
        var what = $"console '{command}'";
        using var response = await channel.ReadAsync(
            () => new HttpRequestMessage(HttpMethod.Put, DefaultConsole)
            {
                Content = JsonContent.Create(new ConsoleRequest(command), ZosmfJsonContext.Default.ConsoleRequest),
            },
            what,
            cancellationToken).ConfigureAwait(false);
        var answer = await response.Content.ReadFromJsonAsync(ZosmfJsonContext.Default.ConsoleResponse, cancellationToken).ConfigureAwait(false);
        return answer?.CommandResponse
            ?? throw new LparAgentException(LparAgentErrorKind.ProtocolError, channel.SystemName, $"{what}: empty answer.");
    }
}
