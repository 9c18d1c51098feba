using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations;

/// <summary>Builds what a sender sees of a stored destination: settings and decrypted secrets.</summary>
public sealed class DestinationTargets(DestinationSecrets secrets, Microsoft.Extensions.Options.IOptions<DestinationOptions> options)
{
    public DestinationTarget For(Destination destination) => For(
        destination, DestinationSettings.Read(destination.Settings), secrets.Unprotect(destination.ProtectedSecrets));

    public DestinationTarget For(Destination destination, IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string> secretValues) =>
        new(destination.Id, destination.Name, destination.Type, settings, secretValues,
            destination.BatchSize > 0 ? destination.BatchSize : options.Value.DefaultBatchSize, destination.RequestsPerSecond);
}
