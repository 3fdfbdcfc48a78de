using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Account;
using Yardstick.Web.Features.Admin;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ReturnVisits;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Bootstrap;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Localization;
using Yardstick.Web.Platform.Notifications;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web;

/// <summary>Composition of the one web host. Program.cs, the tests and the bench all start it from here.</summary>
public static class YardstickApp
{
    public const string DefaultUrl = "http://localhost:5080";
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // "--demo" is a bare switch; the configuration command line wants key=value pairs.
        var demo = args.Contains("--demo");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args.Where(a => a != "--demo").ToArray(),
            // Pages are found through the application's assembly, also when a test or the bench hosts it.
            ApplicationName = typeof(YardstickApp).Assembly.GetName().Name,
        });
        if (demo) builder.Configuration["Bootstrap:SeedDemo"] = "true";
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        configure?.Invoke(builder);
        AddServices(builder);
        var app = builder.Build();
        await Bootstrapper.RunAsync(app.Services, app.Configuration);
        UsePipeline(app);
        return app;
    }

    private static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var paths = new YardstickPaths(config, builder.Environment);
        services.AddSingleton(paths);
        services.AddYardstickDatabase(config, paths.DataDirectory);
        services.AddDataProtection().SetApplicationName("Yardstick").PersistKeysToFileSystem(new DirectoryInfo(paths.KeysDirectory));
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);

        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>();

        const string smart = "cookie-or-bearer";
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = smart;
                o.DefaultChallengeScheme = smart;
            })
            .AddPolicyScheme(smart, smart, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "yardstick.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    // The API answers 401/403; only pages redirect to the sign-in page.
                    OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden),
                };
            });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthorization(o =>
        {
            foreach (var (policy, roles) in Policies.RolesByPolicy)
                o.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        services.AddLocalization();
        services.AddSingleton<IStringLocalizer>(JsonStringLocalizer.Instance);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // Chinese first: the browser's Accept-Language does not switch the language, only the user's choice does.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        // Chinese text in pages as characters, not &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.AddPageRoute("/Organization/ProjectEdit", "projects/new");
            o.Conventions.AddPageRoute("/Admin/UserEdit", "admin/users/new");
        });
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi();
        services.AddHttpClient("wecom", c => c.Timeout = TimeSpan.FromSeconds(10));

        services.AddScoped<OrganizationService>();
        services.AddScoped<CustomerImport>();
        services.AddScoped<UserAdmin>();
        services.AddScoped<FileStore>();
        services.AddScoped<NotificationService>();
        services.AddScoped<ServiceDeskService>();
        services.AddScoped<KnowledgeBase>();
        services.AddScoped<CompensationService>();
        services.AddScoped<DeskStats>();
        services.Configure<ReturnVisitOptions>(config.GetSection("ReturnVisits"));
        services.AddScoped<IWorkOrderObserver, ReturnVisitPlanner>();
        // The analyzer a request gets is the one serving when it began: an Admin's switch swaps it for later requests.
        services.AddSingleton<Features.Insight.InsightModelHolder>();
        services.AddScoped(sp => sp.GetRequiredService<Features.Insight.InsightModelHolder>().Current);
        services.AddScoped<Features.Insight.InsightModelService>();
        services.AddScoped<Features.Insight.AlertWordService>();
        // Not a sweeper: the Admin's training requests wait on it, so it runs wherever the application does.
        services.AddSingleton<Features.Insight.InsightTrainer>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Insight.InsightTrainer>());
        services.AddScoped<Features.Insight.InsightService>();
        services.AddScoped<Features.Insight.InsightExport>();
        services.AddScoped<IWorkOrderObserver, Features.Insight.InsightObserver>();
        services.AddScoped<ReturnVisitService>();
        services.AddScoped<Features.Surveys.SurveyService>();
        services.AddScoped<Features.Surveys.SurveyResults>();
        services.AddScoped<Features.Surveys.SurveyExport>();
        services.AddScoped<Features.Surveys.PublicSurveyService>();
        services.AddSingleton<Features.Surveys.SurveySubmissionWriter>();
        services.AddSingleton<Features.Surveys.SurveyLinks>();
        Features.Surveys.SurveyApi.AddSurveyRateLimits(services, config);
        services.AddScoped<Features.MysteryShopping.MsAccess>();
        services.AddScoped<Features.MysteryShopping.MsPlanning>();
        services.AddScoped<Features.MysteryShopping.MsFieldwork>();
        services.AddScoped<Features.MysteryShopping.MsReports>();
        services.AddScoped<Features.MysteryShopping.FindingService>();
        services.AddSingleton<WebhookSweeper>();
        services.AddSingleton<SlaSweeper>();
        services.AddSingleton<ReturnVisitSweeper>();
        services.AddSingleton<Features.Surveys.SurveyFollowUpSweeper>();
        services.AddSingleton<Features.MysteryShopping.FindingOverdueSweeper>();
        if (config.GetValue("Yardstick:Sweepers", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<WebhookSweeper>());
            services.AddHostedService(sp => sp.GetRequiredService<SlaSweeper>());
            services.AddHostedService(sp => sp.GetRequiredService<ReturnVisitSweeper>());
            services.AddHostedService(sp => sp.GetRequiredService<Features.Surveys.SurveyFollowUpSweeper>());
            services.AddHostedService(sp => sp.GetRequiredService<Features.MysteryShopping.FindingOverdueSweeper>());
            services.AddHostedService<Features.Insight.InsightModelWatcher>();
        }
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
            ctx.Response.StatusCode = status;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<ScopeMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi().AllowAnonymous();
        app.MapGet("/api/docs", () => Results.Content(ApiDocsPage, "text/html; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/lang/{culture}", (string culture, string? returnUrl, HttpContext ctx) =>
        {
            var chosen = Cultures.FirstOrDefault(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase)) ?? Cultures[0];
            ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//") ? "/" : returnUrl);
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapAuthApi();
        app.MapOrganizationApi();
        app.MapServiceDeskApi();
        app.MapReturnVisitApi();
        Features.Insight.InsightApi.MapInsightApi(app);
        Features.Surveys.SurveyApi.MapSurveyApi(app);
        Features.MysteryShopping.MsApi.MapMysteryShoppingApi(app);
        app.MapAdminApi();
        app.MapPlatformApi();
        app.MapRazorPages();

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
            foreach (var a in addresses ?? [])
                Console.WriteLine($"Yardstick 已启动，请在浏览器打开 / open in your browser: {a}");
        });
    }

    private const string ApiDocsPage = """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>Yardstick API</title>
        <link rel="stylesheet" href="/lib/swagger-ui/swagger-ui.css"></head>
        <body><div id="ui"></div><script src="/lib/swagger-ui/swagger-ui-bundle.js"></script>
        <script>SwaggerUIBundle({ url: '/openapi/v1.json', dom_id: '#ui' });</script></body></html>
        """;
}
