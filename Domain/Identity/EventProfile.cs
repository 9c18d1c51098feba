namespace Lodestar.Domain.Identity;

/// <summary>
/// Which profile an event belongs to. Derived (events keep their own identifiers): a merge moves rows here, a rebuild
/// writes them again. Keyed by profile first, so a profile's timeline is one range.
/// </summary>
public class EventProfile
{
    public long ProfileId { get; set; }

    public long EventId { get; set; }
}
