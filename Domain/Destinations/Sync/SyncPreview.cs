using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.Sync;

/// <summary>
/// The next sync of a connection, computed without sending: full (first sync or a snapshot destination) or a diff, the
/// counts, the members left out for lack of consent, and a sample of the records as they would be sent.
/// </summary>
public sealed record SyncPreview(long ConnectionId, bool Full, int Adds, int Removes, int WithoutConsent, IReadOnlyList<AudienceRecord> Sample);
