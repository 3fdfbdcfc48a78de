using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Bootstrap;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Platform;

/// <summary>The demo company that <c>--demo</c> seeds: realistic, complete, and seeded once however often it starts.</summary>
public sealed class DemoSeedTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_demo_company_has_three_kinds_of_project_with_a_1500_unit_estate()
    {
        await using var scope = app.SystemScope(out var db);
        var projects = await db.Projects.ToListAsync();
        projects.Select(p => p.Type).ShouldBe([ProjectType.Residential, ProjectType.Office, ProjectType.Commercial], ignoreOrder: true);
        var estate = projects.Single(p => p.Type == ProjectType.Residential);
        (await db.Buildings.CountAsync(b => b.ProjectId == estate.Id)).ShouldBeGreaterThanOrEqualTo(10);
        (await db.Units.CountAsync(u => u.ProjectId == estate.Id)).ShouldBeInRange(1400, 1700);
        (await db.Units.AnyAsync(u => u.Label == "5-1-1203" || u.Label == "5-1-1204")).ShouldBeTrue();
        var customers = await db.Customers.Where(c => c.ProjectId == estate.Id).ToListAsync();
        customers.Count.ShouldBeGreaterThan(1200);
        customers.ShouldAllBe(c => OrganizationService.IsValidPhone(c.Phone));
        customers.Select(c => c.Name).Distinct().Count().ShouldBeGreaterThan(500);
        customers.ShouldContain(c => c.Tags.Contains("独居老人"));
        (await db.Staff.Select(s => s.Post).Distinct().CountAsync()).ShouldBe(Enum.GetValues<StaffPost>().Length);
        (await db.CalendarDays.CountAsync(d => d.ProjectId == estate.Id && d.Date == new DateOnly(2025, 10, 11) && d.Kind == CalendarDayKind.WorkingDay)).ShouldBe(1);
    }

    [Fact]
    public async Task Every_role_has_a_demo_user_who_can_sign_in()
    {
        await using var scope = app.SystemScope(out _);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var role in Roles.All)
            (await users.GetUsersInRoleAsync(role)).ShouldNotBeEmpty(role);
        foreach (var demo in DemoSeeder.DemoUsers)
            (await app.LoginAsync(demo.UserName, Bootstrapper.DemoPassword)).ShouldNotBeNullOrEmpty(demo.UserName);
        (await users.FindByNameAsync("shopper"))!.ShopperAlias.ShouldBe("MS-017");
    }

    [Fact]
    public async Task The_demo_has_six_months_of_work_orders_that_tell_a_story()
    {
        await using var scope = app.SystemScope(out var db);
        var orders = await db.WorkOrders.Include(o => o.Deadlines).ToListAsync();
        orders.Count.ShouldBeGreaterThan(800);
        var now = DateTime.UtcNow;
        orders.Min(o => o.CreatedAt).ShouldBeLessThan(now.AddDays(-170));
        orders.Select(o => o.Type).Distinct().Count().ShouldBe(Enum.GetValues<WorkOrderType>().Length);
        orders.Select(o => o.Category).Distinct().Count().ShouldBeGreaterThanOrEqualTo(9);
        orders.Count(o => o.Status == WorkOrderStatus.Closed).ShouldBeGreaterThan(orders.Count / 2);
        orders.ShouldContain(o => o.IsOpen, "the newest orders are still being worked");
        orders.ShouldContain(o => o.RepeatOfId != null);
        orders.ShouldContain(o => o.FirstContactResolution);
        orders.ShouldContain(o => o.Severity == Severity.Major);
        orders.ShouldContain(o => o.Deadlines.Any(d => d.MetAt > d.DueAt), "some deadlines were missed");
        orders.Where(o => o.Status == WorkOrderStatus.Closed).ShouldAllBe(o => o.ReplyAt != null && o.ReplyAt >= o.ResolvedAt);
        orders.Select(o => o.Number).Distinct().Count().ShouldBe(orders.Count);
        (await db.WorkOrderEvents.CountAsync()).ShouldBeGreaterThan(orders.Count * 3);
        (await DemoOrders.SeedAsync(db, now)).ShouldBe(0, "seeding again adds nothing");
    }

    [Fact]
    public async Task The_demo_quality_department_has_two_alert_words_that_serve_from_the_start()
    {
        await using var scope = app.SystemScope(out var db);
        (await db.InsightAlertWords.OrderBy(w => w.Id).Select(w => w.Phrase + ":" + w.Level).ToListAsync()).ShouldBe(["消防栓*纸箱:red", "年检*过期:yellow"]);
        var analyzer = scope.ServiceProvider.GetRequiredService<Yardstick.Insight.TextAnalyzer>();
        analyzer.Analyze("3号楼消防栓前面堆满了纸箱，麻烦清一下").Alert.Level.ShouldBe("red");
        await Features.Insight.DemoInsight.SeedWordsAsync(db, DateTime.UtcNow);
        (await db.InsightAlertWords.CountAsync()).ShouldBe(2, "seeding again adds nothing");
    }

    [Fact]
    public async Task The_demo_supervisor_was_told_of_the_last_weeks_red_alerts_and_group_complaints_and_the_technician_was_not()
    {
        async Task<JsonElement> Notices(string user)
        {
            using var client = app.Anonymous();
            client.DefaultRequestHeaders.Authorization = new("Bearer", await app.LoginAsync(user, Bootstrapper.DemoPassword));
            return await client.GetFromJsonAsync<JsonElement>("/api/notifications");
        }
        var bell = await Notices("supervisor");
        var items = bell.GetProperty("items").EnumerateArray().ToList();
        var titles = items.Select(n => n.GetProperty("title").GetString()!).ToList();
        titles.ShouldContain(t => t.StartsWith("情绪预警（红）：工单 GD") && t.Contains("困人"));
        titles.ShouldContain(t => t.StartsWith("群体性投诉预警：翠湖花园 "));
        // A return-visit remark that threatens 12345 reached the bell and waits for the supervisor's decision.
        var remark = items.First(n => n.GetProperty("link").GetString()!.StartsWith("/return-visits/")).GetProperty("title").GetString()!;
        remark.ShouldStartWith("情绪预警（红）：工单 GD");
        remark.ShouldContain("12345");
        using (var supervisor = app.Anonymous())
        {
            supervisor.DefaultRequestHeaders.Authorization = new("Bearer", await app.LoginAsync("supervisor", Bootstrapper.DemoPassword));
            (await supervisor.GetFromJsonAsync<JsonElement>("/api/return-visits?needsDecision=true")).GetProperty("items").EnumerateArray()
                .ShouldContain(v => v.GetProperty("redRemark").GetBoolean() && v.GetProperty("outcome").GetString() != "Unsatisfied");
        }
        items.Select(n => n.GetProperty("createdAt").GetDateTime()).ShouldBeInOrder(SortDirection.Descending);
        bell.GetProperty("unread").GetInt32().ShouldBeInRange(1, items.Count - 1, "the last day's notices are new, the older ones read");
        (await Notices("tech")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("title").GetString()!.StartsWith("情绪预警") || n.GetProperty("title").GetString()!.StartsWith("群体性投诉预警"));
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        await using var scope = app.SystemScope(out var db);
        var counts = (await db.Projects.CountAsync(), await db.Units.CountAsync(), await db.Customers.CountAsync(), await db.Users.CountAsync());
        (await DemoSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>())).ShouldBeFalse();
        (await db.Projects.CountAsync(), await db.Units.CountAsync(), await db.Customers.CountAsync(), await db.Users.CountAsync()).ShouldBe(counts);
    }
}
