using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace IMU.Zosmf.Simulator.Tests.Support;

/// <summary>Plain HTTP against the simulator, as any z/OSMF or HMC client would send it (no agent in between).</summary>
public sealed class RawClient(ZosmfSimulator simulator, string user = "IBMUSER", string password = "secret") : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = simulator.BaseAddress };

    public HttpClient Http => _http;

    /// <summary>A GIMSMP job running <paramref name="smpcntl"/>, with <paramref name="smpptfin"/> in-stream when given.</summary>
    public static string Gimsmp(string jobName, string smpcntl, string? smpptfin = null, string csi = "SMPE.GLOBAL.CSI")
    {
        var jcl = new StringBuilder()
            .Append($"//{jobName,-8} JOB (IMU,TEST),'TEST',CLASS=A,MSGCLASS=H\n")
            .Append("//SMPE     EXEC PGM=GIMSMP,PARM='PROCESS=WAIT'\n")
            .Append($"//SMPCSI   DD DISP=SHR,DSN={csi}\n")
            .Append("//SMPOUT   DD SYSOUT=*\n//SMPRPT   DD SYSOUT=*\n//SMPLIST  DD SYSOUT=*\n");
        if (smpptfin is not null)
        {
            jcl.Append("//SMPPTFIN DD DATA,DLM=@@\n").Append(smpptfin.TrimEnd('\n')).Append("\n@@\n");
        }

        return jcl.Append("//SMPCNTL  DD *\n").Append(smpcntl.TrimEnd('\n')).Append("\n/*\n").ToString();
    }

    public HttpRequestMessage Zosmf(HttpMethod method, string system, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, $"systems/{system}/zosmf/{path}") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        request.Headers.Add("X-CSRF-ZOSMF-HEADER", "true");
        return request;
    }

    /// <summary>Submits JCL and waits until the job is on the output queue; returns its final job document.</summary>
    public async Task<JsonElement> RunJobAsync(string system, string jcl, CancellationToken cancellationToken)
    {
        var submitted = await SendJsonAsync(Zosmf(HttpMethod.Put, system, "restjobs/jobs", new StringContent(jcl, Encoding.UTF8, "text/plain")), cancellationToken);
        var (name, id) = (submitted.GetProperty("jobname").GetString()!, submitted.GetProperty("jobid").GetString()!);
        await simulator.JobEndedAsync(system, name, id).WithTestTimeout();
        return await SendJsonAsync(Zosmf(HttpMethod.Get, system, $"restjobs/jobs/{name}/{id}"), cancellationToken);
    }

    public async Task<string> SpoolAsync(string system, JsonElement job, string ddName, CancellationToken cancellationToken)
    {
        var (name, id) = (job.GetProperty("jobname").GetString()!, job.GetProperty("jobid").GetString()!);
        var files = await SendJsonAsync(Zosmf(HttpMethod.Get, system, $"restjobs/jobs/{name}/{id}/files"), cancellationToken);
        var file = files.EnumerateArray().Single(f => f.GetProperty("ddname").GetString() == ddName);
        using var response = await _http.SendAsync(Zosmf(HttpMethod.Get, system, $"restjobs/jobs/{name}/{id}/files/{file.GetProperty("id").GetInt32()}/records"), cancellationToken).WithTestTimeout();
        return await response.Content.ReadAsStringAsync(cancellationToken).WithTestTimeout();
    }

    public async Task<JsonElement> SendJsonAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request, cancellationToken).WithTestTimeout();
            var body = await response.Content.ReadAsStringAsync(cancellationToken).WithTestTimeout();
            Assert.True(response.IsSuccessStatusCode, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    /// <summary>Sends a request expected to fail; returns the status and the JSON error body.</summary>
    public async Task<(int Status, JsonElement Body)> FailAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request, cancellationToken).WithTestTimeout();
            var body = await response.Content.ReadAsStringAsync(cancellationToken).WithTestTimeout();
            Assert.False(response.IsSuccessStatusCode, body);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            return ((int)response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
        }
    }

    /// <summary>Logs on to the HMC and returns the session id.</summary>
    public async Task<string> HmcLogonAsync(CancellationToken cancellationToken)
    {
        var logon = await SendJsonAsync(new HttpRequestMessage(HttpMethod.Post, "api/sessions") { Content = Json($$"""{"userid":"{{user}}","password":"{{password}}"}""") }, cancellationToken);
        return logon.GetProperty("api-session").GetString()!;
    }

    public static HttpRequestMessage Hmc(HttpMethod method, string path, string? session, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (session is not null)
        {
            request.Headers.Add("X-API-Session", session);
        }

        return request;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public void Dispose() => _http.Dispose();
}
