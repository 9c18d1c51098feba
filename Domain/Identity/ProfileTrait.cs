namespace Lodestar.Domain.Identity;

/// <summary>A profile trait's current value (JSON) and the message that set it; the newest value wins.</summary>
public class ProfileTrait
{
    public long ProfileId { get; set; }

    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long EventId { get; set; }

    public required string MessageId { get; set; }
}
