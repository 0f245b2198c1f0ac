using System.Net.Http.Json;
using IMU.Zosmf.Http;

namespace IMU.Zosmf.Console;

/// <summary>
/// The z/OSMF console REST subset: issue a command on the default console (<c>defcn</c>) and collect
/// its solicited answer. z/OSMF returns an empty <c>cmd-response</c> when the answer did not arrive
/// within its own wait; the rest is then collected with <c>cmd-response-key</c> from
/// <c>solmsgs/{key}</c>, a bounded number of times, as Zowe's console collect does.
/// </summary>
internal sealed class ZosmfConsoleClient(LparHttpChannel channel, TimeProvider time, int followUpAttempts, TimeSpan followUpDelay)
{
    private const string DefaultConsole = "zosmf/restconsoles/consoles/defcn";

    /// <summary>
    /// Issues a display command and collects its answer until <paramref name="complete"/> says it is all
    /// there or the follow-ups are used up. Display commands change nothing, so they are retried like
    /// reads. Lines are separated by <c>\n</c> (z/OS separates them with <c>\r</c>).
    /// </summary>
    public async Task<string> DisplayAsync(string command, Func<string, bool> complete, CancellationToken cancellationToken)
    {
        var what = $"console '{command}'";
        var body = JsonContent.Create(new ConsoleRequest(command), ZosmfJsonContext.Default.ConsoleRequest);
        ConsoleResponse answer;
        using (var response = await channel.ReadAsync(HttpMethod.Put, DefaultConsole, body, what, cancellationToken).ConfigureAwait(false))
        {
            answer = await channel.ReadJsonAsync(response, ZosmfJsonContext.Default.ConsoleResponse, what, cancellationToken).ConfigureAwait(false);
        }

        var text = Lines(answer.CommandResponse);
        if (complete(text) || answer.CommandResponseKey is not { Length: > 0 } key)
        {
            return text;
        }

        for (var attempt = 0; attempt < followUpAttempts && !complete(text); attempt++)
        {
            await Task.Delay(followUpDelay, time, cancellationToken).ConfigureAwait(false);
            var collect = $"{what} collect {key}";
            using var response = await channel.ReadAsync(HttpMethod.Get, $"{DefaultConsole}/solmsgs/{Uri.EscapeDataString(key)}", null, collect, cancellationToken).ConfigureAwait(false);
            var more = await channel.ReadJsonAsync(response, ZosmfJsonContext.Default.ConsoleResponse, collect, cancellationToken).ConfigureAwait(false);
            text += Lines(more.CommandResponse);
        }

        return text;
    }

    private static string Lines(string response)
    {
        var text = response.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.Length == 0 || text.EndsWith('\n') ? text : text + "\n";
    }
}
