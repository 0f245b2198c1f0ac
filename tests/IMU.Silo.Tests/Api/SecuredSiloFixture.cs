namespace IMU.Silo.Tests.Api;

/// <summary>A <see cref="DashboardSilo"/> with a token file naming one operator, for the security tests.</summary>
public sealed class SecuredSiloFixture : IAsyncLifetime
{
    public const string OperatorToken = "c0ffee-opr1-4d2a-9b8e-5f1a7c3d9e21";

    private const string TokenFile = $"""
        # who may use the dashboard
        carol {OperatorToken}
        """;

    private DashboardSilo? _silo;

    internal DashboardSilo Silo => _silo ?? throw new InvalidOperationException("The fixture is not started.");

    public async ValueTask InitializeAsync() => _silo = await DashboardSilo.StartAsync(3, TokenFile, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}
