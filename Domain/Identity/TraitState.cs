namespace Lodestar.Domain.Identity;

/// <summary>A trait's value (JSON) and the message that set it.</summary>
public readonly record struct TraitState(string Value, DateTime UpdatedAt, long EventId, string MessageId)
{
    /// <summary>Newest wins; at the same timestamp the later message does.</summary>
    public bool IsNewerThan(TraitState other) =>
        UpdatedAt > other.UpdatedAt || (UpdatedAt == other.UpdatedAt && EventId > other.EventId);
}
