using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Tests.Platform;

/// <summary>
/// A pooled context must go back to the pool once per scope. Given back twice, it can be lent to a second request
/// between the two returns and then to a third while the second still reads with it ("Invalid attempt to call GetInt32
/// when reader is closed", seen once under load).
/// </summary>
public sealed class ContextLendingTests
{
    [Fact]
    public async Task A_context_is_given_back_once_so_a_borrower_between_two_disposals_keeps_it_to_itself()
    {
        var services = new ServiceCollection();
        services.AddYardstickDatabase(new ConfigurationBuilder().Build(), Path.GetTempPath());
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<Borrower>();
        await using var root = services.BuildServiceProvider();

        var first = root.CreateAsyncScope();
        // The container disposes in reverse order of creation. Were AppDbContext handed out as the provider's own type
        // too, the one context would be disposed as AppDbContext, then the borrower would open a new scope, as another
        // request might, then the context would be disposed again, given back a second time while the borrower has it.
        first.ServiceProvider.GetService<SqliteAppDbContext>();
        var borrower = first.ServiceProvider.GetRequiredService<Borrower>();
        var lent = first.ServiceProvider.GetRequiredService<AppDbContext>();
        await first.DisposeAsync();

        borrower.Context.ShouldBeSameAs(lent);
        await using var later = root.CreateAsyncScope();
        later.ServiceProvider.GetRequiredService<AppDbContext>().ShouldNotBeSameAs(borrower.Context);
        await borrower.Scope!.Value.DisposeAsync();
    }

    private sealed class Borrower(IServiceScopeFactory scopes) : IAsyncDisposable
    {
        public AsyncServiceScope? Scope { get; private set; }
        public AppDbContext? Context { get; private set; }

        public ValueTask DisposeAsync()
        {
            Scope = scopes.CreateAsyncScope();
            Context = Scope.Value.ServiceProvider.GetRequiredService<AppDbContext>();
            return ValueTask.CompletedTask;
        }
    }
}
