using Lodestar.Portal.Client.Features.Audit;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>An audit log in memory that filters like the server (action or family, text, user) and remembers each query.</summary>
public sealed class FakeAuditApi : IAuditApi
{
    public List<AuditEntryDto> Entries { get; } = [];

    public List<AuditFilter> Calls { get; } = [];

    public Task<AuditPageDto> ListAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        Calls.Add(filter);
        var matching = Entries
            .Where(e => filter.Action is null || e.Action == filter.Action
                || (filter.Action.EndsWith(".*", StringComparison.Ordinal) && e.Action.StartsWith(filter.Action[..^1], StringComparison.Ordinal)))
            .Where(e => filter.Q is null || $"{e.ActorName} {e.TargetDisplay} {e.Detail}".Contains(filter.Q, StringComparison.OrdinalIgnoreCase))
            .Where(e => filter.User is null || e.ActorId == filter.User || string.Equals(e.ActorName, filter.User, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => e.OccurredAt)
            .ToList();
        return Task.FromResult(new AuditPageDto(matching.Skip(filter.Skip).Take(filter.Take).ToList(), matching.Count));
    }

    public Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(Entries.Select(e => e.Action).Distinct().Order().ToList());

    public static AuditEntryDto Entry(int minute, string action, string who = "mia@example.com", string? target = null, string? detail = null) =>
        new(minute, new DateTime(2026, 3, 1, 9, minute, 0, DateTimeKind.Utc), "user", "u-" + who, who, action,
            target is null ? null : "segment", target is null ? null : "7", target, detail, "198.51.100.4", "Mozilla/5.0 (X11; Linux x86_64) Chrome/140");
}
