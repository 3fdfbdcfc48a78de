using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Platform;

/// <summary>How the embedded database's connections are set up (PostgreSQL has nothing to match).</summary>
public sealed class SqliteConnectionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Every_connection_waits_for_a_busy_writer_and_the_file_is_in_wal_mode()
    {
        await using var scope = app.SystemScope(out var db);
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            Convert.ToInt32(await command.ExecuteScalarAsync()).ShouldBe(10_000);
            command.CommandText = "PRAGMA journal_mode;";
            (await command.ExecuteScalarAsync()).ShouldBe("wal");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
