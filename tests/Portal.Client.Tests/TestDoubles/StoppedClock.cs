namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>A clock that always says <see cref="Now"/>, so relative times ("due in 3 h") render the same every run.</summary>
public sealed class StoppedClock : TimeProvider
{
    public static readonly DateTime Now = new(2026, 5, 4, 12, 0, 0, DateTimeKind.Utc);

    public override DateTimeOffset GetUtcNow() => new(Now);
}
