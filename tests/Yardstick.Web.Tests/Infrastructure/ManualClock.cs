namespace Yardstick.Web.Tests.Infrastructure;

/// <summary>A clock the tests move by hand, so deadlines and sweeps are tested without sleeping.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public event Action? Moved;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "Time only moves forward.");
        _now += by;
        Moved?.Invoke();
    }
}
