using System.Net;
using System.Text;
using IMU.Zosmf.Http;
using IMU.Zosmf.Tests.Support;

namespace IMU.Zosmf.Tests.Http;

/// <summary>
/// Error answers as the servers send them: z/OSMF's <c>{rc, reason, category, message}</c> (IBM, z/OSMF
/// REST jobs interface, "Error handling"; HTTP 400 rc 4 reason 10 for an unknown job) and the HMC's
/// <c>{http-status, reason, message}</c> (IBM, HMC Web Services API, "Error response body").
/// </summary>
public sealed class LparHttpChannelTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ZosmfErrorBody_MessageAndReasonReachTheTypedError()
    {
        var stub = new StubHandler(_ => Error(HttpStatusCode.BadRequest, """{"rc":4,"reason":10,"category":6,"message":"No job found for reference: 'IMABCDEF(JOB00042)'"}"""));

        var error = await Assert.ThrowsAsync<LparAgentException>(() => Channel(stub).ReadAsync(HttpMethod.Get, "zosmf/restjobs/jobs/IMABCDEF/JOB00042", null, "job status IMABCDEF(JOB00042)", Ct)).WithTestTimeout();

        Assert.Equal((LparAgentErrorKind.HttpError, 400, 10), (error.Kind, error.HttpStatus, error.Reason));
        Assert.Equal("SYSA: job status IMABCDEF(JOB00042): HTTP 400: No job found for reference: 'IMABCDEF(JOB00042)' (rc 4, reason 10).", error.Message);
    }

    [Fact]
    public async Task HmcErrorBody_ExpiredSessionIsUnauthorizedWithReasonFive()
    {
        var stub = new StubHandler(_ => Error(HttpStatusCode.Forbidden, """{"http-status":403,"reason":5,"message":"The API session is not valid or has expired.","request-method":"GET","request-uri":"/api/logical-partitions/x"}"""));

        var error = await Assert.ThrowsAsync<LparAgentException>(() => Channel(stub).ReadAsync(HttpMethod.Get, "api/logical-partitions/x", null, "HMC partition", Ct)).WithTestTimeout();

        Assert.Equal((LparAgentErrorKind.Unauthorized, 403, 5), (error.Kind, error.HttpStatus, error.Reason));
        Assert.Contains("The API session is not valid or has expired.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorWithoutJsonBody_StillNamesTheCallAndStatus()
    {
        var stub = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>bad gateway</html>", Encoding.UTF8, "text/html") });

        var error = await Assert.ThrowsAsync<LparAgentException>(() => Channel(stub).WriteAsync(HttpMethod.Put, "zosmf/restjobs/jobs", null, "submit job", Ct)).WithTestTimeout();

        Assert.Equal("SYSA: submit job: HTTP 502.", error.Message);
        Assert.Null(error.Reason);
    }

    private static LparHttpChannel Channel(StubHandler stub) => new(new HttpClient(stub), "SYSA", new Uri("https://sysa.example/"), "zosmf SYSA", _ => { });

    private static HttpResponseMessage Error(HttpStatusCode status, string body)
        => new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
