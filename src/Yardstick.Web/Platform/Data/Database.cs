using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
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
            services.AddDbContext<PostgresAppDbContext>(o => o.UseNpgsql(cs));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else
        {
            var cs = config.GetConnectionString("Sqlite") is { Length: > 0 } custom
                ? custom
                : $"Data Source={Path.Combine(dataDirectory, "yardstick.db")}";
            services.AddDbContext<SqliteAppDbContext>(o => o.UseSqlite(cs));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }
        return services;
    }
}

// Design-time factories: `dotnet ef migrations add X --context SqliteAppDbContext` (or Postgres) uses these.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options, new CurrentUser().AsSystem());
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options, new CurrentUser().AsSystem());
}
