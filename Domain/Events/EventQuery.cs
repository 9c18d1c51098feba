namespace Lodestar.Domain.Events;

/// <summary>A filter for the event debugger, newest first.</summary>
/// <param name="User">Matches either the userId or the anonymousId.</param>
/// <param name="BeforeId">Page back: only events older than this one.</param>
/// <param name="AfterId">Live tail: only events newer than this one.</param>
/// <param name="ScanWindow">How many events (by id) one filtered request searches; see <see cref="EventQueryService"/>.</param>
public sealed record EventQuery(
    int Limit = 50,
    MessageType? Type = null,
    string? Name = null,
    string? UserId = null,
    string? AnonymousId = null,
    string? User = null,
    long? BeforeId = null,
    long? AfterId = null,
    int ScanWindow = EventQuery.DefaultScanWindow)
{
    public const int MaxLimit = 500;

    public const int DefaultScanWindow = 200_000;

    public bool HasFilter => Type is not null || !string.IsNullOrWhiteSpace(Name) || !string.IsNullOrWhiteSpace(UserId)
        || !string.IsNullOrWhiteSpace(AnonymousId) || !string.IsNullOrWhiteSpace(User);
}
