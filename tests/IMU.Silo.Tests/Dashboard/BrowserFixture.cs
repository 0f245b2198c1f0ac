using IMU.Silo.Dashboard;
using Microsoft.Playwright;

namespace IMU.Silo.Tests.Dashboard;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download: Playwright is pointed at
/// <see cref="ChromiumPath"/>). Missing Chromium or a missing page bundle fail with what to do.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>Where screenshots and figures go: <c>IMU_TEST_RESULTS</c> (.ci/run sets it to its results directory), else TestResults beside the tests.</summary>
    public static string Artifacts
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("IMU_TEST_RESULTS") is { Length: > 0 } set ? set : Path.Combine(AppContext.BaseDirectory, "TestResults");
            var directory = Path.Combine(root, "dashboard");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Debian's Chromium is not at {ChromiumPath}: install it with `apt-get install -y chromium` (.ci/run does).");
        var index = Path.Combine(DashboardEndpoints.WebRoot, "index.html");
        Assert.True(File.Exists(index), $"The dashboard bundle is not built ({index} is missing): run `npm ci && npm run build` in silo/IMU.Silo/Dashboard/web, then build the tests again.");
        Assertions.SetDefaultExpectTimeout((float)TestTimeouts.Default.TotalMilliseconds);
        _playwright = await Playwright.CreateAsync().WithTestTimeout();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // CI runs as root, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
        }).WithTestTimeout();
    }

    /// <summary>A page in a fresh context (its own cookies), 1,280 px wide, in UTC.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            TimezoneId = "UTC",
            Locale = "en-GB",
        }).WithTestTimeout();
        var page = await context.NewPageAsync().WithTestTimeout();
        page.SetDefaultTimeout((float)TestTimeouts.Default.TotalMilliseconds);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
