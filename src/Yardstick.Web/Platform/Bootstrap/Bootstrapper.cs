using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Platform.Bootstrap;

/// <summary>Start-up: migrate the database, make sure the roles and a first administrator exist, seed demo data on request.</summary>
public static class Bootstrapper
{
    public const string DemoPassword = "Demo#2026";

    public static async Task RunAsync(IServiceProvider services, IConfiguration config)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentUser>().AsSystem();
        var db = sp.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await SqliteWaitsForWriters.UseWalAsync(db);

        var roles = sp.GetRequiredService<RoleManager<AppRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new AppRole(role));

        var users = sp.GetRequiredService<UserManager<AppUser>>();
        if (!await users.Users.AnyAsync())
        {
            var configured = config["Bootstrap:AdminPassword"];
            var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
            var admin = new AppUser { UserName = "admin", DisplayName = "系统管理员", AllProjects = true, LockoutEnabled = true };
            var result = await users.CreateAsync(admin, password);
            if (!result.Succeeded)
                throw new InvalidOperationException("Bootstrap:AdminPassword does not meet the password policy: "
                    + string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(admin, Roles.Admin);
            Console.WriteLine(string.IsNullOrEmpty(configured)
                ? $"已创建管理员账号 admin，初始密码 / first admin password (shown once): {password}"
                : "已创建管理员账号 admin，密码取自 Bootstrap:AdminPassword / admin created with the configured password");
        }

        await Features.Surveys.SurveyService.EnsureStandardAsync(db, DateTime.UtcNow);
        await Features.MysteryShopping.StandardModels.EnsureAsync(db, DateTime.UtcNow);
        await sp.GetRequiredService<Features.Insight.InsightModelHolder>().RefreshAsync(db);

        if (config.GetValue("Bootstrap:SeedDemo", false))
        {
            var created = await DemoSeeder.SeedAsync(db, users);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var orders = await Features.ServiceDesk.DemoOrders.SeedAsync(db, now);
            await Features.ServiceDesk.DemoHandbook.SeedAsync(db);
            var visits = await Features.ReturnVisits.DemoVisits.SeedAsync(db, sp.GetRequiredService<Files.FileStore>(), now);
            await Features.Insight.DemoInsight.SeedAsync(db, sp.GetRequiredService<Yardstick.Insight.TextAnalyzer>(),
                sp.GetRequiredService<Features.Insight.InsightService>(), now);
            await Features.Surveys.DemoSurveys.SeedAsync(db, sp.GetRequiredService<Yardstick.Insight.TextAnalyzer>(), now);
            await Features.Insight.DemoInsight.SeedWordsAsync(db, now);
            await sp.GetRequiredService<Features.Insight.InsightModelHolder>().RefreshAsync(db);
            await Features.MysteryShopping.DemoMysteryShopping.SeedAsync(db, sp.GetRequiredService<Files.FileStore>(),
                sp.GetRequiredService<Features.MysteryShopping.FindingService>(), now);
            if (orders > 0) Console.WriteLine($"已生成 {orders} 张演示工单、{visits} 个回访任务 / {orders} demo work orders and {visits} visit tasks seeded");
            Console.WriteLine(created
                ? $"已生成演示数据 / demo data seeded. 演示账号密码（仅供演示）/ demo password (demo only): {DemoPassword}"
                : $"演示数据已存在 / demo data present. 演示账号密码（仅供演示）/ demo password (demo only): {DemoPassword}");
            Console.WriteLine("演示账号 / demo users: " + string.Join(", ", DemoSeeder.DemoUsers.Select(u => $"{u.UserName} ({u.Role})")));
        }
    }

    /// <summary>16 characters from an alphabet without look-alikes, with at least one digit and one lower-case letter.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789";
        const string all = lower + upper + digits;
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++) chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        chars[RandomNumberGenerator.GetInt32(0, 8)] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[RandomNumberGenerator.GetInt32(8, 16)] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        return new string(chars);
    }
}
