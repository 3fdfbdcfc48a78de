using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Bootstrap;
using Yardstick.Web.Platform.Files;
using Yardstick.Web.Platform.Localization;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Tests.Platform;

public class SmallRulesTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("021-64381234", "021****1234")]
    [InlineData("12345", "****")]
    [InlineData("", "")]
    public void Phones_are_masked_in_the_middle(string phone, string shown) => PhoneMask.Mask(phone).ShouldBe(shown);

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("021-64381234", true)]
    [InlineData("021 6438 1234", true)]
    [InlineData("+86 138 1234 5678", true)]
    [InlineData("12812345678", false)]
    [InlineData("1381234567", false)]
    [InlineData("abc", false)]
    public void Phone_numbers_are_checked(string phone, bool valid) => OrganizationService.IsValidPhone(OrganizationService.NormalizePhone(phone)).ShouldBe(valid);

    [Fact]
    public void Files_are_typed_by_their_bytes_not_their_names()
    {
        FileSniffer.Sniff([0xFF, 0xD8, 0xFF, 0xE0])!.Value.ContentType.ShouldBe("image/jpeg");
        FileSniffer.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])!.Value.ContentType.ShouldBe("image/png");
        FileSniffer.Sniff("%PDF-1.7"u8)!.Value.ContentType.ShouldBe("application/pdf");
        FileSniffer.Sniff([0, 0, 0, 0x18, .. "ftypmp42"u8])!.Value.ContentType.ShouldBe("video/mp4");
        FileSniffer.Sniff([0x4D, 0x5A, 0x90, 0x00]).ShouldBeNull();
        FileSniffer.Sniff("<html>"u8).ShouldBeNull();
    }

    [Fact]
    public void Every_string_has_Chinese_and_English()
    {
        foreach (var (key, texts) in JsonStringLocalizer.Instance.All)
        {
            texts.GetValueOrDefault("zh").ShouldNotBeNullOrWhiteSpace($"{key} has no Chinese text");
            texts.GetValueOrDefault("en").ShouldNotBeNullOrWhiteSpace($"{key} has no English text");
        }
    }

    [Fact]
    public void Every_key_the_code_uses_exists()
    {
        // Scans the sources for localizer keys, so a typo shows up here instead of as a raw key on a page.
        var root = FindRepoRoot();
        var keys = new HashSet<string>();
        var pattern = new System.Text.RegularExpressions.Regex("\"((?:Action|App|Audit|Building|Calendar|Common|Customer|Denied|Desk|Err|Error|Field|Home|Import|Insight|Login|Ms|Nav|NotFound|Notify|Project|Pwd|Scope|Sla|Staff|Survey|Unit|User|Webhook|Work)\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src", "Yardstick.Web"), "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("Migrations") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
            foreach (System.Text.RegularExpressions.Match m in pattern.Matches(File.ReadAllText(file)))
                keys.Add(m.Groups[1].Value);
        keys.ShouldNotBeEmpty();
        keys.Where(k => !JsonStringLocalizer.Instance.All.ContainsKey(k)).ShouldBeEmpty();
    }

    [Fact]
    public void Generated_admin_passwords_meet_the_policy()
    {
        for (var i = 0; i < 50; i++)
        {
            var p = Bootstrapper.GeneratePassword();
            p.Length.ShouldBe(16);
            p.Any(char.IsDigit).ShouldBeTrue();
            p.Any(char.IsLower).ShouldBeTrue();
        }
    }

    [Fact]
    public void Units_are_numbered_floor_times_100_plus_position()
    {
        var b = new Building { Id = 1, ProjectId = 1, Code = "3" };
        var units = OrganizationService.PlanUnits(b, 2, 12, 3, 90).ToList();
        units.Count.ShouldBe(72);
        units.ShouldContain(u => u.Label == "3-2-1203" && u.Floor == 12);
        units.Select(u => u.Label).Distinct().Count().ShouldBe(72);
    }

    [Fact]
    public void Tags_split_on_Chinese_and_English_separators() =>
        Customer.SplitTags("独居老人，VIP;重点关注、VIP").ShouldBe(["独居老人", "VIP", "重点关注"]);

    public static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yardstick.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}

public class ScopeModelTests
{
    /// <summary>Entities with a ProjectId that deliberately have their own rule instead of the project-scope filter.</summary>
    private static readonly HashSet<string> OwnRules =
    [
        nameof(Yardstick.Web.Platform.Identity.UserProject),          // the scope itself
        nameof(Yardstick.Web.Platform.Notifications.Notification),    // personal: filtered by recipient
        nameof(Yardstick.Web.Platform.Notifications.WebhookMessage),  // outbox read only by the system sweeper
        nameof(Yardstick.Web.Platform.Files.StoredFile),              // nullable project: own filter
    ];

    [Fact]
    public void Every_entity_that_belongs_to_a_project_is_scoped()
    {
        using var db = new Yardstick.Web.Platform.Data.SqliteDesignTimeFactory().CreateDbContext([]);
        var unscoped = db.Model.GetEntityTypes()
            .Where(t => t.FindProperty("ProjectId") is not null && !OwnRules.Contains(t.ClrType.Name))
            .Where(t => !typeof(IProjectOwned).IsAssignableFrom(t.ClrType))
            .Select(t => t.ClrType.Name)
            .ToList();
        unscoped.ShouldBeEmpty();
    }
}

public class MigrationTests
{
    [Fact]
    public void Both_providers_have_a_migration_for_the_current_model()
    {
        using var sqlite = new Yardstick.Web.Platform.Data.SqliteDesignTimeFactory().CreateDbContext([]);
        Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.HasPendingModelChanges(sqlite.Database).ShouldBeFalse("add a SQLite migration");
        using var postgres = new Yardstick.Web.Platform.Data.PostgresDesignTimeFactory().CreateDbContext([]);
        Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.HasPendingModelChanges(postgres.Database).ShouldBeFalse("add a PostgreSQL migration");
    }
}
