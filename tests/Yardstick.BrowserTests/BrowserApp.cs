using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Yardstick.Web;

namespace Yardstick.BrowserTests;

/// <summary>Skipped, with the reason, where Debian's Chromium is not installed (.ci/run installs it).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium))
            Skip = $"Chromium not installed at {Chromium}: browser tests skipped (apt-get install chromium, as .ci/run does)";
    }
}

/// <summary>
/// Yardstick on a real port with the demo company, and headless Chromium driven by Playwright.
/// Screenshots go to artifacts/screenshots at the repository root.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string AdminPassword = "Admin#2026browser";
    public const string DemoPassword = "Demo#2026";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "yardstick-browser", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Screenshots { get; } = Path.Combine(RepoRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.Chromium)) return;
        Directory.CreateDirectory(Screenshots);
        _app = await YardstickApp.BuildAsync(
        [
            "--demo", "--urls", "http://127.0.0.1:0", "--contentRoot", Path.Combine(RepoRoot, "src", "Yardstick.Web"),
            $"--Yardstick:DataDirectory={_dataDir}", $"--Bootstrap:AdminPassword={AdminPassword}", "--Yardstick:Sweepers=false",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

    public async Task SignInAsync(IPage page, string userName, string? password = null)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", password ?? (userName == "admin" ? AdminPassword : DemoPassword));
        await page.ClickAsync("button[type=submit]");
        // Signing in is done once the server has redirected away from the login page; the next page's own loading is
        // the caller's to wait for. A minute, because a loaded CI machine once took more than the default 30 s.
        await page.WaitForURLAsync(url => !url.Contains("/account/login"), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yardstick.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>;
