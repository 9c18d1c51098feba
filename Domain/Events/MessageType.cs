namespace Lodestar.Domain.Events;

/// <summary>The six Segment message types.</summary>
public enum MessageType
{
    Identify = 1,
    Track = 2,
    Page = 3,
    Screen = 4,
    Group = 5,
    Alias = 6,
}
