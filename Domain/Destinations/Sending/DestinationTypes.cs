namespace Lodestar.Domain.Destinations.Sending;

/// <summary>The destination types this build knows, and the audience sender of each.</summary>
public sealed class DestinationTypes(IEnumerable<IDestinationType> types, IEnumerable<IAudienceSender> senders)
{
    private readonly Dictionary<DestinationType, IDestinationType> _types = types.ToDictionary(t => t.Info.Type);
    private readonly Dictionary<DestinationType, IAudienceSender> _senders = senders.ToDictionary(s => s.Info.Type);

    public IEnumerable<DestinationTypeInfo> All => _types.Values.Select(t => t.Info).OrderBy(i => i.Type);

    public IDestinationType? Find(DestinationType type) => _types.GetValueOrDefault(type);

    public IAudienceSender? Sender(DestinationType type) => _senders.GetValueOrDefault(type);
}
