using System.Net.Http.Headers;
using System.Text;
using IMU.Zosmf.Http;
using Microsoft.AspNetCore.Http;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace IMU.Zosmf.Simulator;

/// <summary>
/// What every simulated request goes through before its handler: the system lookup, a system that
/// is down or IPLing, the CSRF header, the credentials, and the fault plan.
/// </summary>
internal sealed class SimulatorGate(ZosmfSimulator simulator)
{
    public async Task<GateResult> EnterAsync(HttpContext context, string systemName, SimulatorOperation operation, bool zosmf)
    {
        var system = simulator.Find(systemName);
        if (system is null)
        {
            return GateResult.Stop(HttpResults.NotFound());
        }

        system.CountRequest();
        if (system.IsDown)
        {
            context.Abort();
            return GateResult.Stop(HttpResults.Empty);
        }

        if (!context.Request.Headers.ContainsKey(LparHttpChannel.CsrfHeader))
        {
            return GateResult.Stop(HttpResults.StatusCode(StatusCodes.Status403Forbidden));
        }

        var owner = Authenticate(context.Request.Headers.Authorization.ToString());
        if (owner is null)
        {
            return GateResult.Stop(HttpResults.StatusCode(StatusCodes.Status401Unauthorized));
        }

        if (zosmf && system.Ipl.IsLoading)
        {
            return GateResult.Stop(HttpResults.StatusCode(StatusCodes.Status503ServiceUnavailable));
        }

        var fault = system.Faults.Take(operation);
        switch (fault?.Kind)
        {
            case SimulatedFaultKind.HttpStatus:
                return GateResult.Stop(HttpResults.StatusCode(fault.StatusCode));
            case SimulatedFaultKind.DropConnection:
                context.Abort();
                return GateResult.Stop(HttpResults.Empty);
            case SimulatedFaultKind.Slow:
                await Task.Delay(fault.Delay, simulator.Time, context.RequestAborted).ConfigureAwait(false);
                break;
            default:
                break;
        }

        return new GateResult(system, owner, fault, null);
    }

    /// <summary>Sends the handler's answer, or drops it when the fault says the answer is lost.</summary>
    public static IResult Answer(HttpContext context, GateResult gate, IResult result)
    {
        if (gate.Fault?.Kind == SimulatedFaultKind.LoseResponse)
        {
            context.Abort();
            return HttpResults.Empty;
        }

        return result;
    }

    /// <summary>Returns the job owner for accepted credentials, or null.</summary>
    private string? Authenticate(string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || value.Parameter is null)
        {
            return null;
        }

        var options = simulator.Options;
        if (value.Scheme == "Bearer")
        {
            return options.BearerToken is null || options.BearerToken == value.Parameter ? "IBMUSER" : null;
        }

        if (value.Scheme != "Basic")
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var (user, password) = (decoded[..colon], decoded[(colon + 1)..]);
        var accepted = options.UserId is null
            || (string.Equals(options.UserId, user, StringComparison.OrdinalIgnoreCase) && options.Password == password);
        return accepted ? user.ToUpperInvariant() : null;
    }
}
