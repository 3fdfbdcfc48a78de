using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Yardstick.Web.Features.Admin;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Tests.Infrastructure;

/// <summary>
/// Yardstick in-process on a fresh database with a small known company: project A (TA, residential) and
/// project B (TB, office), and users whose scope is A only, all projects, or admin.
/// </summary>
public abstract partial class TestApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Admin#2026test";
    public const string Password = "Test#2026a";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "yardstick-tests", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<string, string> _tokens = new();

    public int ProjectA { get; private set; }
    public int ProjectB { get; private set; }
    public int BuildingA { get; private set; }
    public int BuildingB { get; private set; }
    public int CustomerA { get; private set; }
    public int CustomerB { get; private set; }
    public string DataDirectory => _dataDir;

    protected abstract IDictionary<string, string?> ProviderSettings();
    public virtual bool Available => true;

    /// <summary>Users of the fixture: name → (roles, all projects?).</summary>
    public static readonly IReadOnlyDictionary<string, (string[] Roles, bool All)> Users = new Dictionary<string, (string[], bool)>
    {
        ["pma"] = ([Roles.ProjectManager], false),
        ["agenta"] = ([Roles.ServiceAgent], false),
        ["supa"] = ([Roles.ServiceSupervisor], false),
        ["techa"] = ([Roles.Technician], false),
        ["clienta"] = ([Roles.ClientViewer], false),
        ["quality"] = ([Roles.QualityManager], true),
        ["reviewer"] = ([Roles.Reviewer], true),
        ["shopper"] = ([Roles.Shopper], true),
    };

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Host configuration is visible to the code that runs before Build(), unlike ConfigureAppConfiguration.
        var settings = new Dictionary<string, string?>
        {
            ["Yardstick:DataDirectory"] = _dataDir,
            ["Yardstick:Sweepers"] = "false",
            ["Bootstrap:AdminPassword"] = AdminPassword,
        };
        foreach (var (k, v) in ProviderSettings()) settings[k] = v;
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(settings));
        return base.CreateHost(builder);
    }

    /// <summary>The application's clock; moving it forward signs API clients in again, since their tokens may expire.</summary>
    public ManualClock Clock { get; } = new();

    protected TestApp() => Clock.Moved += () => _tokens.Clear();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public virtual async Task InitializeAsync()
    {
        if (!Available) return;
        using var scope = Services.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentUser>().AsSystem();
        var org = sp.GetRequiredService<OrganizationService>();

        ProjectA = (await org.SaveProjectAsync(null, new ProjectInput("阳光花园", "TA", ProjectType.Residential, "上海市闵行区", null, 31.1, 121.4, null, true, null))).Project!.Id;
        ProjectB = (await org.SaveProjectAsync(null, new ProjectInput("环球大厦", "TB", ProjectType.Office, "上海市浦东新区", null, null, null, null, true, null))).Project!.Id;
        BuildingA = (await org.AddBuildingAsync(ProjectA, new BuildingInput("1", "1号楼", 3))).Building!.Id;
        BuildingB = (await org.AddBuildingAsync(ProjectB, new BuildingInput("A", "A座", 2))).Building!.Id;
        await org.GenerateUnitsAsync(ProjectA, new UnitBatchInput(BuildingA, 2, 3, 2, 90));
        await org.GenerateUnitsAsync(ProjectB, new UnitBatchInput(BuildingB, 1, 2, 2, 200));
        CustomerA = (await org.AddCustomerAsync(new CustomerInput(ProjectA, "张三", "13800000001", CustomerType.Owner, ["独居老人"], ContactMethod.Phone, ["1-1-101"]))).Customer!.Id;
        CustomerB = (await org.AddCustomerAsync(new CustomerInput(ProjectB, "李四", "13900000002", CustomerType.Tenant, ["企业租户"], ContactMethod.Phone, ["A-1-101"]))).Customer!.Id;
        await org.AddStaffAsync(new StaffInput(ProjectA, "王保安", StaffPost.Gate, "秩序部", "13700000003", null));
        await org.AddStaffAsync(new StaffInput(ProjectB, "赵保洁", StaffPost.Cleaning, "环境部", "13600000004", null));

        var admin = sp.GetRequiredService<UserAdmin>();
        foreach (var (name, (roles, all)) in Users)
        {
            var (user, errors) = await admin.SaveAsync(null, new UserInput(name, "测试" + name, "13500000000", null, Password, roles, all,
                all ? [] : [ProjectA], roles.Contains(Roles.Shopper) ? "MS-001" : null, true));
            if (errors.Any) throw new InvalidOperationException(string.Join("; ", errors.All.SelectMany(e => e.Value)));
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await OnDisposeAsync();
        await base.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }

    protected virtual Task OnDisposeAsync() => Task.CompletedTask;

    /// <summary>A scope acting as the system user, for arranging and checking data directly.</summary>
    public AsyncServiceScope SystemScope(out AppDbContext db)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An API client signed in with a bearer token, as an integration would be.</summary>
    public async Task<HttpClient> ApiAs(string userName)
    {
        var token = _tokens.TryGetValue(userName, out var t) ? t : await LoginAsync(userName, userName == "admin" ? AdminPassword : Password);
        _tokens[userName] = token;
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> LoginAsync(string userName, string password)
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

    /// <summary>A browser-like client signed in with the cookie, for pages.</summary>
    public async Task<PageClient> PagesAs(string userName, string? culture = null)
    {
        var page = new PageClient(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        if (culture is not null) await page.Client.GetAsync($"/lang/{culture}");
        var response = await page.PostFormAsync("/account/login", "/account/login",
            new() { ["UserName"] = userName, ["Password"] = userName == "admin" ? AdminPassword : Password });
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"Sign-in of {userName} failed: {response.StatusCode}");
        return page;
    }
}

public sealed partial class PageClient(HttpClient client)
{
    public HttpClient Client { get; } = client;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    public async Task<string> TokenFrom(string pageUrl)
    {
        var html = await Client.GetStringAsync(pageUrl);
        return TokenRegex().Match(html).Groups[1].Value;
    }

    /// <summary>Opens <paramref name="pageUrl"/> for its antiforgery token, then posts the form to <paramref name="postUrl"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        var token = await TokenFrom(pageUrl);
        var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await Client.PostAsync(postUrl, new FormUrlEncodedContent(all));
    }

    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenFrom(pageUrl);
        var all = fields.Append(new("__RequestVerificationToken", token)).ToList();
        return await Client.PostAsync(postUrl, new FormUrlEncodedContent(all));
    }

    public async Task<HttpResponseMessage> PostMultipartAsync(string pageUrl, string postUrl, MultipartFormDataContent content)
    {
        content.Add(new StringContent(await TokenFrom(pageUrl)), "__RequestVerificationToken");
        return await Client.PostAsync(postUrl, content);
    }
}

public sealed class SqliteApp : TestApp
{
    protected override IDictionary<string, string?> ProviderSettings() => new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite" };
}

/// <summary>The start-up path of <c>--demo</c>: the demo company instead of the small test company.</summary>
public sealed class DemoApp : TestApp
{
    protected override IDictionary<string, string?> ProviderSettings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["Bootstrap:SeedDemo"] = "true",
    };

    public override Task InitializeAsync()
    {
        _ = Services; // starts the host, which migrates and seeds
        return Task.CompletedTask;
    }
}

public sealed class PostgresApp : TestApp
{
    public static readonly string? ConnectionString =
        Environment.GetEnvironmentVariable("YARDSTICK_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    private readonly string _database = "yardstick_test_" + Guid.NewGuid().ToString("N")[..12];

    public override bool Available => ConnectionString is not null;

    protected override IDictionary<string, string?> ProviderSettings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = _database }.ConnectionString,
    };

    protected override async Task OnDisposeAsync()
    {
        if (!Available) return;
        await using var scope = SystemScope(out var db);
        await db.Database.EnsureDeletedAsync();
    }
}
