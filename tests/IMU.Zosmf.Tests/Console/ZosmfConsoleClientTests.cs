using System.Net;
using System.Text;
using IMU.Zosmf.Console;
using IMU.Zosmf.Http;
using IMU.Zosmf.Tests.Support;

namespace IMU.Zosmf.Tests.Console;

/// <summary>
/// The console REST answer as z/OSMF sends it (IBM, z/OSMF REST console services, "Issue a command"):
/// lines separated by <c>\r</c>, and an empty <c>cmd-response</c> when the answer did not come in time,
/// collected later from <c>solmsgs/{key}</c> as Zowe's console collect does.
/// </summary>
public sealed class ZosmfConsoleClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Display_EmptyFirstAnswer_IsCollectedWithItsKey()
    {
        var stub = new StubHandler(
            _ => Json("""{"cmd-response-key":"C1234567","cmd-response-url":"https://sysa.example/zosmf/restconsoles/consoles/defcn/solmsgs/C1234567","cmd-response-uri":"/zosmf/restconsoles/consoles/defcn/solmsgs/C1234567","cmd-response":""}"""),
            _ => Json("""{"cmd-response":"","sol-key-detected":false}"""),
            _ => Json("""{"cmd-response":"IEE254I  14.35.07 IPLINFO DISPLAY\r SYSTEM IPLED AT 04.11.46 ON 07/11/2015\r USED LOAD00 IN SYS1.IPLPARM ON 03300\r IPL DEVICE: ORIGINAL(044A2) CURRENT(044A2) VOLUME(ABC432)"}"""));
        var client = Client(stub, followUps: 5);

        var text = await client.DisplayAsync("D IPLINFO", t => IplInfoParser.Parse("SYSA", t, TimeSpan.Zero) is not null, Ct).WithTestTimeout();

        Assert.Equal("ABC432", IplInfoParser.Parse("SYSA", text, TimeSpan.Zero)!.IplVolume);
        Assert.DoesNotContain('\r', text);
        Assert.Equal(
            ["PUT /zosmf/restconsoles/consoles/defcn", "GET /zosmf/restconsoles/consoles/defcn/solmsgs/C1234567", "GET /zosmf/restconsoles/consoles/defcn/solmsgs/C1234567"],
            stub.Requests.Select(r => $"{r.Method} {r.RequestUri!.AbsolutePath}"));
    }

    [Fact]
    public async Task Display_AnswerNeverComplete_StopsAfterTheFollowUps()
    {
        var stub = new StubHandler(_ => Json("""{"cmd-response-key":"C1","cmd-response":""}"""), _ => Json("""{"cmd-response":""}"""));
        var client = Client(stub, followUps: 3);

        var text = await client.DisplayAsync("D IPLINFO", _ => false, Ct).WithTestTimeout();

        Assert.Empty(text);
        Assert.Equal(4, stub.Requests.Count);
    }

    private static ZosmfConsoleClient Client(StubHandler stub, int followUps)
        => new(new LparHttpChannel(new HttpClient(stub), "SYSA", new Uri("https://sysa.example/"), "zosmf SYSA", _ => { }), TimeProvider.System, followUps, TimeSpan.FromMilliseconds(1));

    private static HttpResponseMessage Json(string body)
        => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
