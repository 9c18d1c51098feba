using Lodestar.Domain.Privacy.Deletion;
using Lodestar.Domain.Privacy.Suppression;
using Lodestar.Portal.Client.Features.Privacy.Deletions;

namespace Lodestar.Portal.Features.Privacy;

/// <summary>Deletion requests, receipts and suppression entries as the API shows them (enums as lower-case words).</summary>
internal static class DeletionMapping
{
    public static DeletionDto ToDto(DeletionView v, string? jobId = null) => new(v.Id, v.IdentifierType, v.Hint, ModeName(v.Mode),
        v.Status.ToString().ToLowerInvariant(), v.RequestedBy, v.RequestedAt, v.StartedAt, v.CompletedAt, jobId ?? v.JobId, v.Error, ToDto(v.Receipt));

    public static DeletionReceiptDto ToDto(DeletionReceipt r) => new(r.Profiles, r.Contacts, r.Events, r.RowsRemoved,
        r.Stores.Select(s => new DeletionStoreDto(s.Store, s.Action, s.Rows)).ToList(),
        r.Destinations.Select(d => new DeletionDestinationDto(d.DestinationId, d.Name, d.Type, d.Status, d.Profiles, d.Response, d.At)).ToList(),
        r.Suppressed.Select(s => new SuppressedHintDto(s.Type, s.Hint, s.Added)).ToList(),
        r.StartedAt, r.ErasedAt, r.CompletedAt);

    public static SuppressionDto ToDto(SuppressionEntry e) => new(e.Id, e.IdentifierType, e.Hint, e.DeletionRequestId, e.CreatedAt, e.CreatedBy);

    private static string ModeName(DeletionMode mode) => mode == DeletionMode.Anonymise ? "anonymise" : "delete";
}
