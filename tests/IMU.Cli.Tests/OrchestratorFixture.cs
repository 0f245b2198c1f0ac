namespace IMU.Cli.Tests;

/// <summary>One simulator (five systems) and one silo, shared by the contract tests of a class.</summary>
public sealed class OrchestratorFixture : IAsyncLifetime
{
    private OrchestratorProcesses? _processes;

    internal OrchestratorProcesses Processes => _processes ?? throw new InvalidOperationException("The fixture is not started.");

    public async ValueTask InitializeAsync() => _processes = await OrchestratorProcesses.StartAsync(5);

    public async ValueTask DisposeAsync()
    {
        if (_processes is not null)
        {
            await _processes.DisposeAsync();
        }
    }
}
