namespace Lodestar.Domain.Destinations.Sending;

/// <summary>A kind of destination: its description and settings, their validation, and the connection test.</summary>
public interface IDestinationType
{
    DestinationTypeInfo Info { get; }

    /// <summary>Problems with the settings, by field key (empty when they are usable); runs before anything is saved.</summary>
    IReadOnlyDictionary<string, string> Validate(DestinationTarget target);

    Task<ConnectionTestResult> TestAsync(DestinationTarget target, CancellationToken cancellationToken);
}
