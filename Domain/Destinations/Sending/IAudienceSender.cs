namespace Lodestar.Domain.Destinations.Sending;

/// <summary>
/// A destination type that receives audiences. <see cref="SendAsync"/> sends one batch and reports per record; it
/// does not throw for the destination's refusals or outages (those are outcomes), only for cancellation.
/// </summary>
public interface IAudienceSender : IDestinationType
{
    Task<BatchOutcome> SendAsync(DestinationTarget target, AudienceBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// True when every run must send the whole audience as adds (a snapshot file) rather than the diff; removals are
    /// then still planned, and the sender may treat them as done without sending anything.
    /// </summary>
    bool SendsFullAudience(DestinationTarget target) => false;
}
