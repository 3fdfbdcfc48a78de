using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Platform.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public static class Database
{
    /// <summary>
    /// Chooses the provider from configuration alone: <c>Database:Provider</c> = Sqlite (default, a file in
    /// the data directory) or Postgres (<c>ConnectionStrings:Postgres</c>).
    /// </summary>
    public static IServiceCollection AddYardstickDatabase(this IServiceCollection services, IConfiguration config, string dataDirectory)
    {
        var provider = config.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        if (provider == DatabaseProvider.Postgres)
        {
            var cs = config.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(cs))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is empty.");
            services.AddPooledDbContextFactory<PostgresAppDbContext>(o => o.UseNpgsql(cs));
            services.AddScopedContext<PostgresAppDbContext>();
        }
        else
        {
            var cs = config.GetConnectionString("Sqlite") is { Length: > 0 } custom
                ? custom
                : $"Data Source={Path.Combine(dataDirectory, "yardstick.db")}";
            services.AddPooledDbContextFactory<SqliteAppDbContext>(o => o.UseSqlite(cs).AddInterceptors(SqliteWaitsForWriters.Instance));
            services.AddScopedContext<SqliteAppDbContext>();
        }
        return services;
    }

    /// <summary>
    /// One context per DI scope, borrowed from EF Core's pool and given back when the scope ends. Setting a context up
    /// (options, EF's internal services) cost ≈ 0.2 ms per request, as much as the query an owner's survey submission
    /// runs; pooled, that is paid once per context. The scope's user is set on every borrow, so the query filters
    /// always see the borrower. The context is registered under AppDbContext only: the container disposes what each
    /// registration hands out, and a context handed out under two types went back to the pool twice, the second time
    /// after another request could have borrowed it (tested in ContextLendingTests).
    /// </summary>
    private static void AddScopedContext<TContext>(this IServiceCollection services) where TContext : AppDbContext =>
        services.AddScoped<AppDbContext>(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.CurrentUser = sp.GetRequiredService<ICurrentUser>();
            return context;
        });
}

// Design-time factories: `dotnet ef migrations add X --context SqliteAppDbContext` (or Postgres) uses these.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options) { CurrentUser = new CurrentUser().AsSystem() };
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options) { CurrentUser = new CurrentUser().AsSystem() };
}

/// <summary>
/// SQLite allows one writer at a time. Without a busy timeout a second writer fails at once and Microsoft.Data.Sqlite
/// retries it only after sleeping 150 ms; with one, SQLite itself waits the few milliseconds the first writer needs.
/// (Seen as a 150/300 ms tail when many owners submitted surveys at once.) The database also runs in WAL mode
/// (<see cref="SqliteWaitsForWriters.UseWalAsync"/>), so readers never wait for a writer.
/// </summary>
public sealed class SqliteWaitsForWriters : DbConnectionInterceptor
{
    public static readonly SqliteWaitsForWriters Instance = new();
    private const string Pragma = "PRAGMA busy_timeout = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Write-ahead logging is a property of the database file: set once at start-up, it stays.</summary>
    public static Task UseWalAsync(AppDbContext db) =>
        db.Database.IsSqlite() ? db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;") : Task.CompletedTask;
}

