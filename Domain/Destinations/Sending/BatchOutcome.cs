namespace Lodestar.Domain.Destinations.Sending;

/// <summary>
/// What became of a batch. <see cref="Error"/> set: the whole batch failed (with the destination's response). Otherwise
/// every record was sent except those in <see cref="Failed"/> and <see cref="Skipped"/> (by ledger entry id, with why).
/// </summary>
public sealed record BatchOutcome(string? Error, IReadOnlyDictionary<long, string> Failed, IReadOnlyDictionary<long, string> Skipped)
{
    private static readonly IReadOnlyDictionary<long, string> None = new Dictionary<long, string>();

    public static BatchOutcome Success { get; } = new(null, None, None);

    public static BatchOutcome Failure(string error) => new(error, None, None);

    public static BatchOutcome Partial(IReadOnlyDictionary<long, string> failed, IReadOnlyDictionary<long, string>? skipped = null) =>
        new(null, failed, skipped ?? None);
}
