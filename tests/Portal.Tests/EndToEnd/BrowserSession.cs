using Lodestar.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestar.Portal.Tests.EndToEnd;

/// <summary>Debian's Chromium driven by Playwright (no browser download), signed in to a portal.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<BrowserSession> SignInAsync(PortalFactory portal, string email, string password)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExternalTools.ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = portal.BaseAddress.ToString(), ViewportSize = new() { Width = 1400, Height = 900 } });
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
        return new BrowserSession(playwright, browser, page);
    }

    /// <summary>Opens a page and waits until its components answer clicks (the circuit or WebAssembly is up).</summary>
    public async Task OpenAsync(string path)
    {
        await Page.GotoAsync(path);
        await Page.WaitForSelectorAsync("[data-interactive=true]", new() { Timeout = 30_000 });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
