using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Yardstick.Web.Platform.Data;

/// <summary>A transaction that may be the caller's: committed and disposed only by whoever began it.</summary>
public sealed class JoinedTransaction(IDbContextTransaction? owned) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken ct) => owned?.CommitAsync(ct) ?? Task.CompletedTask;
    public ValueTask DisposeAsync() => owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}

public static class TransactionExtensions
{
    /// <summary>
    /// Begins a transaction, or joins the one already open on this context, so that a rule which needs one (a numbered
    /// order) can also run inside a larger unit of work (a return visit that opens a new complaint).
    /// </summary>
    public static async Task<JoinedTransaction> BeginOrJoinTransactionAsync(this DatabaseFacade database, CancellationToken ct) =>
        new(database.CurrentTransaction is null ? await database.BeginTransactionAsync(ct) : null);
}
