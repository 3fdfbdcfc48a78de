using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Features.Insight;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Notifications;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Platform;

public sealed class RowAppenderTestsSqlite(SqliteApp app) : RowAppenderTests<SqliteApp>(app);
public sealed class RowAppenderTestsPostgres(PostgresApp app) : RowAppenderTests<PostgresApp>(app), IUsesPostgres;

/// <summary>Rows appended with multi-row INSERTs read back as SaveChanges would have written them, inside the caller's transaction.</summary>
public abstract class RowAppenderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private const string Source = "RowAppenderTest";

    [DbFact]
    public async Task Appended_rows_read_back_as_written_over_several_statements_and_roll_back_with_their_transaction()
    {
        var at = new DateTime(2026, 11, 23, 8, 30, 15, 123, DateTimeKind.Utc);
        // More rows than one statement takes, so that the last statement is a partial one.
        var rows = Enumerable.Range(0, 1_300).Select(i => new TextInsight
        {
            ProjectId = app.ProjectA, Source = Source, SourceId = i, BuildingId = i % 2 == 0 ? app.BuildingA : null,
            Text = $"第{i}条：电梯又坏了，'引号' \"双引号\" @p1 {{0}} 😀", Polarity = "negative", NegativeProbability = i / 1_300f, Alert = "yellow",
            Reasons = "", Category = "equipment", CategoryConfidence = 0.5f, Keywords = "电梯", ModelVersion = "test", CreatedAt = at,
        }).ToList();

        await using (app.SystemScope(out var db))
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await db.AppendAsync(rows, CancellationToken.None);
            (await db.TextInsights.CountAsync(t => t.Source == Source)).ShouldBe(1_300);
            await tx.RollbackAsync();
        }
        await using (app.SystemScope(out var db))
        {
            (await db.TextInsights.CountAsync(t => t.Source == Source)).ShouldBe(0);
            await db.AppendAsync(rows, CancellationToken.None);
            db.ChangeTracker.Entries().ShouldBeEmpty();
            var back = await db.TextInsights.AsNoTracking().Where(t => t.Source == Source).OrderBy(t => t.SourceId).ToListAsync();
            back.Count.ShouldBe(1_300);
            back.Select(t => t.Id).Distinct().Count().ShouldBe(1_300);
            for (var i = 0; i < rows.Count; i++)
            {
                back[i].SourceId.ShouldBe(i);
                back[i].Text.ShouldBe(rows[i].Text);
                back[i].BuildingId.ShouldBe(rows[i].BuildingId);
                back[i].NegativeProbability.ShouldBe(rows[i].NegativeProbability);
                back[i].CreatedAt.ShouldBe(at);
                back[i].CreatedAt.Kind.ShouldBe(DateTimeKind.Utc);
            }
        }
    }

    [DbFact]
    public async Task Nullable_columns_take_nulls_and_values_in_any_order()
    {
        await using var scope = app.SystemScope(out var db);
        var user = await db.Users.Where(u => u.UserName == "pma").Select(u => u.Id).FirstAsync();
        var read = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
        // The first instant is null: a column's type must not be guessed from its first value.
        Notification Note(string title, DateTime? readAt, int? project) =>
            new() { UserId = user, ProjectId = project, Title = title, Body = "", CreatedAt = read.AddMinutes(-5), ReadAt = readAt };
        await db.AppendAsync([Note("追加1", null, null), Note("追加2", read, app.ProjectA), Note("追加3", null, app.ProjectB)], CancellationToken.None);
        var back = await db.Notifications.IgnoreQueryFilters().AsNoTracking().Where(n => n.Title.StartsWith("追加")).OrderBy(n => n.Title).ToListAsync();
        back.Select(n => n.Title).ShouldBe(["追加1", "追加2", "追加3"]);
        back.Select(n => n.ReadAt).ShouldBe([null, read, null]);
        back.Select(n => n.ProjectId).ShouldBe([null, app.ProjectA, app.ProjectB]);
        back.ShouldAllBe(n => n.CreatedAt == read.AddMinutes(-5) && n.Link == null);
    }

    [DbFact]
    public async Task Audited_rows_are_refused_so_that_none_is_written_without_its_audit_entry()
    {
        await using var scope = app.SystemScope(out var db);
        await Should.ThrowAsync<InvalidOperationException>(() => db.AppendAsync([new Project { Name = "追加", Code = "RA" }], CancellationToken.None));
        (await db.Projects.IgnoreQueryFilters().CountAsync(p => p.Code == "RA")).ShouldBe(0);
    }
}
