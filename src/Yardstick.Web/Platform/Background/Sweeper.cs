using Microsoft.EntityFrameworkCore;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Platform.Background;

/// <summary>
/// Base of every background sweep (webhooks now; SLA deadlines, return-visit due dates and survey reminders
/// later). Each run takes a lease row in the database so that only one web node sweeps at a time; the work
/// itself reads what is due from the database, so a sweep is idempotent and a restart loses nothing.
/// </summary>
public abstract class Sweeper(IServiceScopeFactory scopes, ILogger log) : BackgroundService
{
    /// <summary>This node's identity in the lease table.</summary>
    public static readonly string NodeId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public abstract string Name { get; }
    public abstract TimeSpan Interval { get; }

    /// <summary>Does the due work; returns how many items it handled.</summary>
    protected abstract Task<int> SweepAsync(AppDbContext db, CancellationToken ct);

    /// <summary>Runs one sweep if this node can take the lease; null when another node holds it.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await LeaseStore.TryAcquireAsync(db, Name, NodeId, Interval * 4, ct)) return null;
        return await SweepAsync(db, ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up (migrations, seeding) finish first.
        await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Sweep {Name} failed; it will run again in {Interval}", Name, Interval);
            }
            await Task.Delay(Interval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}

public static class LeaseStore
{
    /// <summary>
    /// Takes or renews the named lease for <paramref name="holder"/> if it is free, expired or already ours.
    /// A single conditional UPDATE decides, so two nodes can never both win.
    /// </summary>
    public static async Task<bool> TryAcquireAsync(AppDbContext db, string name, string holder, TimeSpan duration, CancellationToken ct = default)
    {
        var now = DateTime.UtcNow;
        var until = now + duration;
        var updated = await db.Leases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), ct);
        if (updated == 1) return true;
        if (await db.Leases.AnyAsync(l => l.Name == name, ct)) return false;
        try
        {
            db.Leases.Add(new Lease { Name = name, Holder = holder, ExpiresAt = until });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node inserted the row first: it holds the lease.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
