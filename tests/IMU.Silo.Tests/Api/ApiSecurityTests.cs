using System.Net;
using System.Text;
using IMU.Grains;
using IMU.Grains.Models;
using IMU.Silo.Hosting;

namespace IMU.Silo.Tests.Api;

/// <summary>
/// A silo with a <c>--token-file</c>: every API call and the page need a token of the file (the health
/// endpoints do not), the audit names the token's subject, and no response, page or log carries the
/// token or an LPAR's credentials.
/// </summary>
public sealed class ApiSecurityTests(SecuredSiloFixture fixture) : IClassFixture<SecuredSiloFixture>
{
    private const string OperatorToken = SecuredSiloFixture.OperatorToken;

    private DashboardSilo Imu => fixture.Silo;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/fleet")]
    [InlineData("/api/rollouts")]
    [InlineData("/api/events")]
    [InlineData("/openapi/v1.json")]
    public async Task Api_WithoutToken_Is401WithBearerChallenge(string path)
    {
        using var http = Imu.Client();

        var problem = await ApiResourceTests.ProblemAsync(http.GetAsync(new Uri(path, UriKind.Relative), Token), HttpStatusCode.Unauthorized);

        Assert.StartsWith("this silo needs a bearer token", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WithWrongToken_Is401()
    {
        using var http = Imu.Client("not-the-token-of-this-silo");

        var problem = await ApiResourceTests.ProblemAsync(http.GetAsync(new Uri("/api/fleet", UriKind.Relative), Token), HttpStatusCode.Unauthorized);

        Assert.Equal("the bearer token is not valid for this silo", (string?)problem["detail"]);
    }

    [Fact]
    public async Task Action_WithoutToken_Is401AndChangesNothing()
    {
        var rollout = await CreatePlainRolloutAsync("r-unauth", 0);
        using var http = Imu.Client();

        using var response = await http.PostAsync(new Uri("/api/rollouts/r-unauth/start", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"), Token).WithTestTimeout();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(RolloutState.Created, (await rollout.GetStatusAsync().WithTestTimeout())!.State);
    }

    [Fact]
    public async Task Page_WithoutToken_Is401AndTheSignInFormNotThePage()
    {
        using var http = Imu.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await http.SendAsync(request, Token).WithTestTimeout();
        var body = await response.Content.ReadAsStringAsync(Token).WithTestTimeout();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("<form method=\"post\" action=\"/login\">", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/assets/", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_WithoutToken_Answers()
    {
        using var http = Imu.Client();

        using var response = await http.GetAsync(new Uri("/health/live", UriKind.Relative), Token).WithTestTimeout();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithToken_GivesAnHttpOnlyCookieThatIsNotTheTokenAndOpensTheApi()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = Imu.Http };

        using var signIn = await http.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("token", OperatorToken)]), Token).WithTestTimeout();
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/fleet");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var fleet = await http.SendAsync(request, Token).WithTestTimeout();

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(OperatorToken, cookie, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fleet.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithWrongToken_Is401AndNoCookie()
    {
        using var http = Imu.Client();

        using var signIn = await http.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("token", "guessed-token-0000000000")]), Token).WithTestTimeout();

        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Action_WithToken_AuditNamesTheTokensSubject()
    {
        var rollout = await CreatePlainRolloutAsync("r-subject", 1);
        using var http = Imu.Client(OperatorToken);

        using var response = await http.PostAsync(new Uri("/api/rollouts/r-subject/abort", UriKind.Relative), new StringContent("""{"reason": "not this week"}""", Encoding.UTF8, "application/json"), Token).WithTestTimeout();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("carol", Assert.Single((await rollout.GetStatusAsync().WithTestTimeout())!.Audit, e => e.Action == "abort").By);
    }

    [Fact]
    public async Task NoCredential_InAnyResponsePageOrLog()
    {
        var rollout = await CreatePlainRolloutAsync("r-secrets", 2);
        await rollout.StartAsync(new OperatorAction("carol")).WithTestTimeout();
        await Imu.WaitAsync(rollout, s => s.State == RolloutState.Completed);
        using var http = Imu.Client(OperatorToken);
        var lpar = Imu.Simulator.SystemNames[2];
        var bodies = new List<string>();
        foreach (var path in new[] { "/", "/login", "/api/fleet", "/api/fleet/ipl-windows", "/api/lpars", $"/api/lpars/{lpar}", "/api/sysmods/UJ00001", "/api/rollouts", "/api/rollouts/r-secrets", "/openapi/v1.json" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), Token).WithTestTimeout();
            bodies.Add($"{path}: {(int)response.StatusCode} {response.Headers} {await response.Content.ReadAsStringAsync(Token).WithTestTimeout()}");
        }

        var logs = string.Join('\n', Imu.Logs.GetSnapshot().Select(r => $"{r.Category}: {r.Message} {r.Exception}"));

        Assert.All(bodies, b => Assert.StartsWith("/", b, StringComparison.Ordinal));
        foreach (var secret in new[] { DashboardSilo.ZosmfPassword, DashboardSilo.ZosmfUser, OperatorToken })
        {
            Assert.All(bodies, body => Assert.DoesNotContain(secret, body, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }

        Assert.NotEmpty(logs);
    }

    [Theory]
    [InlineData("0.0.0.0", "--listen 0.0.0.0 reaches beyond loopback: give --token-file FILE with the bearer tokens that every API call and the page must carry.")]
    [InlineData("localhost", "--listen must be an IP address such as 127.0.0.1 or 0.0.0.0, not 'localhost'.")]
    public void Listen_BeyondLoopbackWithoutTokenFile_IsRefusedAtStart(string listen, string problem)
    {
        var ex = Assert.Throws<SiloConfigurationException>(() => ImuSiloHost.CreateBuilder(["--listen", listen]).Build());

        Assert.Contains(problem, ex.Problems);
    }

    [Theory]
    [InlineData("carol short\n", "tokens:2:7: the token of carol has 5 characters; give at least 16 (e.g. from `openssl rand -hex 32`).")]
    [InlineData("# nobody\n\n", "tokens: no token in the file; write one 'SUBJECT TOKEN' a line.")]
    [InlineData("a b c\n", "tokens:2:1: a line is 'SUBJECT TOKEN' or 'TOKEN', not 3 words.")]
    public void TokenFile_BadLine_IsRefusedNamingFileAndLine(string text, string problem)
    {
        using var directory = new TempDirectory();
        var file = directory.WriteFile("tokens", "# tokens\n" + text);

        var ex = Assert.Throws<SiloConfigurationException>(() => ImuSiloHost.CreateBuilder(["--data", directory.Path, "--token-file", file]).Build());

        Assert.Equal(problem, Assert.Single(ex.Problems).Replace(file, "tokens", StringComparison.Ordinal));
    }

    private async Task<IRolloutGrain> CreatePlainRolloutAsync(string name, int system)
    {
        var lpar = Imu.Simulator.SystemNames[system];
        await Imu.ApplyFleetAsync("PLEXT", lpar);
        await Imu.ReceiveAsync(TestMaintenance.PlainPtf);
        return await Imu.CreateAsync(name, new RolloutRequest { Sysmods = ["UJ00001"], Lpars = [lpar], By = "carol" });
    }
}
