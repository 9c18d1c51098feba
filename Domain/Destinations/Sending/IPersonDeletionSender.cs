namespace Lodestar.Domain.Destinations.Sending;

/// <summary>
/// A destination type that can delete a person it holds (a privacy erasure). Like <see cref="IAudienceSender.SendAsync"/>
/// it does not throw for the destination's refusals or outages, only for cancellation: those are outcomes.
/// </summary>
public interface IPersonDeletionSender : IDestinationType
{
    Task<PersonDeletionOutcome> DeleteAsync(DestinationTarget target, PersonDeletion deletion, CancellationToken cancellationToken);
}
