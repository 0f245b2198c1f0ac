namespace IMU.Zosmf.Tests.Support;

/// <summary>An HTTP handler that answers each request with the next prepared response and keeps the requests.</summary>
public sealed class StubHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] answers) : HttpMessageHandler
{
    private int _next;

    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var answer = answers[Math.Min(_next++, answers.Length - 1)];
        return Task.FromResult(answer(request));
    }
}
