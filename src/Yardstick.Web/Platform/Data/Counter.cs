using Microsoft.EntityFrameworkCore;

namespace Yardstick.Web.Platform.Data;

/// <summary>A named counter for human-readable numbers (工单号). Shared by all nodes through the database.</summary>
public class Counter
{
    public string Name { get; set; } = "";
    public long Value { get; set; }
}

public static class Counters
{
    /// <summary>
    /// The next value of the named counter. Call inside a transaction: the UPDATE locks the row until commit,
    /// so two nodes never get the same number. The row is created on first use; ON CONFLICT (SQLite and
    /// PostgreSQL alike) lets two nodes race to create it without either failing.
    /// </summary>
    public static async Task<long> NextAsync(AppDbContext db, string name, CancellationToken ct = default)
    {
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"Counters\" (\"Name\", \"Value\") VALUES ({name}, 0) ON CONFLICT (\"Name\") DO NOTHING", ct);
        await db.Counters.Where(c => c.Name == name).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), ct);
        return await db.Counters.Where(c => c.Name == name).Select(c => c.Value).FirstAsync(ct);
    }
}
