using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Platform;

public sealed class PooledContextTestsSqlite(SqliteApp app) : PooledContextTests<SqliteApp>(app);
public sealed class PooledContextTestsPostgres(PostgresApp app) : PooledContextTests<PostgresApp>(app), IUsesPostgres;

/// <summary>
/// Database contexts are borrowed from a pool: the scope that borrows one must see its own user's projects, never the
/// previous borrower's, and nothing it tracked.
/// </summary>
public abstract class PooledContextTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [DbFact]
    public async Task A_context_given_back_by_the_system_user_sees_only_the_next_borrowers_projects()
    {
        AppDbContext first;
        await using (var system = app.SystemScope(out var db))
        {
            first = db;
            (await db.Projects.CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
            await db.Projects.FirstAsync(p => p.Id == app.ProjectB);
            db.ChangeTracker.Entries().ShouldNotBeEmpty();
        }
        first.CurrentUser.AllProjects.ShouldBeFalse();

        // The pool hands contexts out in turn: borrowing a few times in a row reaches the one the system user gave back.
        var reused = false;
        for (var i = 0; i < 20 && !reused; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(1, "pma", false, [app.ProjectA], [Roles.ProjectManager]);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            reused = ReferenceEquals(db, first);
            db.ChangeTracker.Entries().ShouldBeEmpty();
            (await db.Projects.Select(p => p.Id).ToListAsync()).ShouldBe([app.ProjectA]);
        }
        reused.ShouldBeTrue();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            // A scope whose user was never set (no sign-in) sees no project at all.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Projects.CountAsync()).ShouldBe(0);
        }
    }
}
