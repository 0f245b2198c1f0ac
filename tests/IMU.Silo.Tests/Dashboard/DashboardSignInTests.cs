using IMU.Silo.Tests.Api;
using Microsoft.Playwright;

namespace IMU.Silo.Tests.Dashboard;

/// <summary>The page of a silo with a token file, in Chromium: refused without the token, shown after signing in with it.</summary>
public sealed class DashboardSignInTests(SecuredSiloFixture fixture, BrowserFixture browser) : IClassFixture<SecuredSiloFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Page_WithoutToken_IsRefusedWithTheSignInForm()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync(fixture.Silo.Http.ToString()).WithTestTimeout();

        Assert.Equal(401, response!.Status);
        await Assertions.Expect(page.Locator("form[action='/login'] input[name='token']")).ToBeVisibleAsync().WithTestTimeout();
        Assert.Equal(0, await page.Locator("#app").CountAsync().WithTestTimeout());
    }

    [Fact]
    public async Task Page_SignedInWithToken_ShowsTheFleet()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(fixture.Silo.Http.ToString()).WithTestTimeout();

        await page.Locator("input[name='token']").FillAsync(SecuredSiloFixture.OperatorToken).WithTestTimeout();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync().WithTestTimeout();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fleet and IPL timeline" })).ToBeVisibleAsync().WithTestTimeout();
        await Assertions.Expect(page.Locator("section.fleet p.summary")).ToBeVisibleAsync().WithTestTimeout();
    }
}
