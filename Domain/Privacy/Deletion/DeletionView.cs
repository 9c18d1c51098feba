namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>A deletion request as lists and the API show it: never the identifier's value, only its masked hint.</summary>
public sealed record DeletionView(
    long Id,
    string IdentifierType,
    string Hint,
    DeletionMode Mode,
    DeletionStatus Status,
    string RequestedBy,
    DateTime RequestedAt,
    DateTime? StartedAt,
    DateTime? CompletedAt,
    string? JobId,
    string? Error,
    DeletionReceipt Receipt)
{
    public static DeletionView Of(DeletionRequest r) => new(r.Id, r.IdentifierType, r.Hint, r.Mode, r.Status, r.RequestedBy, r.RequestedAt, r.StartedAt,
        r.CompletedAt, r.JobId, r.Error, DeletionReceipt.Parse(r.Receipt));
}
